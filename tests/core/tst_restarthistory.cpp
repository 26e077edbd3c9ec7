#include "core/restarthistory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestRestartHistory : public QObject
{
    Q_OBJECT

private slots:
    void neverReadIsUnknown();
    void oneReadOfOldInstancesCountsNothingYet();
    void growthSinceTheBaselineCounts();
    void anInstanceBornWithinTheWindowCountsAll();
    void readingsOlderThanTheWindowAreTheBaseline();
    void goneInstancesAndApplicationsAreForgotten();

private:
    static QDateTime t0() { return QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC); }
    static Instance instance(const QString &id, qint64 restarts, const QDateTime &created)
    {
        Instance result;
        result.instanceId = id;
        result.restarts = restarts;
        result.createdAt = created;
        return result;
    }
};

void TestRestartHistory::neverReadIsUnknown()
{
    RestartHistory history;
    QVERIFY(!history.restartsWithin(u"app"_s, 1h, t0()).has_value());
    QVERIFY(!history.lastReadAt(u"app"_s).isValid());
}

void TestRestartHistory::oneReadOfOldInstancesCountsNothingYet()
{
    RestartHistory history;
    const QDateTime lastWeek = t0().addDays(-7);
    history.record(u"app"_s, {instance(u"a"_s, 40, lastWeek)}, t0());
    QCOMPARE(history.restartsWithin(u"app"_s, 1h, t0()), std::optional<qint64>(0));
    QCOMPARE(history.lastReadAt(u"app"_s), t0());
}

void TestRestartHistory::growthSinceTheBaselineCounts()
{
    RestartHistory history;
    const QDateTime lastWeek = t0().addDays(-7);
    history.record(u"app"_s, {instance(u"a"_s, 40, lastWeek), instance(u"b"_s, 2, lastWeek)}, t0());
    history.record(u"app"_s, {instance(u"a"_s, 43, lastWeek), instance(u"b"_s, 2, lastWeek)},
                   t0().addSecs(600));
    QCOMPARE(history.restartsWithin(u"app"_s, 1h, t0().addSecs(600)), std::optional<qint64>(3));
}

void TestRestartHistory::anInstanceBornWithinTheWindowCountsAll()
{
    RestartHistory history;
    history.record(u"app"_s, {instance(u"new"_s, 5, t0().addSecs(-1200))}, t0());
    QCOMPARE(history.restartsWithin(u"app"_s, 1h, t0()), std::optional<qint64>(5));
}

void TestRestartHistory::readingsOlderThanTheWindowAreTheBaseline()
{
    RestartHistory history;
    const QDateTime lastWeek = t0().addDays(-7);
    history.record(u"app"_s, {instance(u"a"_s, 10, lastWeek)}, t0());
    history.record(u"app"_s, {instance(u"a"_s, 20, lastWeek)}, t0().addSecs(1800));
    history.record(u"app"_s, {instance(u"a"_s, 26, lastWeek)}, t0().addSecs(4200));
    // The window 4200-3600 = 600 s: the baseline is the reading at 0 (10); at 1800 it was 20.
    QCOMPARE(history.restartsWithin(u"app"_s, 1h, t0().addSecs(4200)), std::optional<qint64>(16));
    // An hour later the reading at 1800 is the newest before the window: 26 - 20.
    QCOMPARE(history.restartsWithin(u"app"_s, 1h, t0().addSecs(5500)), std::optional<qint64>(6));
    // Quiet for long: nothing in the window.
    history.record(u"app"_s, {instance(u"a"_s, 26, lastWeek)}, t0().addSecs(9000));
    QCOMPARE(history.restartsWithin(u"app"_s, 1h, t0().addSecs(9000)), std::optional<qint64>(0));
}

void TestRestartHistory::goneInstancesAndApplicationsAreForgotten()
{
    RestartHistory history;
    const QDateTime lastWeek = t0().addDays(-7);
    history.record(u"app"_s, {instance(u"a"_s, 1, lastWeek)}, t0());
    history.record(u"app"_s, {instance(u"a"_s, 9, lastWeek)}, t0().addSecs(60));
    history.record(u"app"_s, {instance(u"b"_s, 0, t0().addSecs(100))}, t0().addSecs(120));
    QCOMPARE(history.restartsWithin(u"app"_s, 1h, t0().addSecs(120)), std::optional<qint64>(0));
    history.record(u"other"_s, {}, t0());
    history.retainOnly({u"other"_s});
    QVERIFY(!history.restartsWithin(u"app"_s, 1h, t0()).has_value());
    QCOMPARE(history.restartsWithin(u"other"_s, 1h, t0()), std::optional<qint64>(0));
}

QTEST_GUILESS_MAIN(TestRestartHistory)
#include "tst_restarthistory.moc"
