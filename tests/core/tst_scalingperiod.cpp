#include "core/scalingperiod.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestScalingPeriod : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void includesDays();
    void overlaps_data();
    void overlaps();
};

void TestScalingPeriod::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("every day") << u"* * *"_s << true << u"* * *"_s;
    QTest::newRow("weekdays") << u"* * Fri,Mon"_s << true << u"* * Mon,Fri"_s;
    QTest::newRow("weekday case") << u"* * sat,SUN"_s << true << u"* * Sat,Sun"_s;
    QTest::newRow("days of month") << u"1,2,3,28,31 * *"_s << true << u"1,2,3,28,31 * *"_s;
    QTest::newRow("extra spaces") << u" *  * * "_s << true << u"* * *"_s;
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("two fields") << u"* *"_s << false << QString();
    QTest::newRow("both selectors") << u"1 * Mon"_s << false << QString();
    QTest::newRow("month field") << u"* 1 *"_s << false << QString();
    QTest::newRow("day 0") << u"0 * *"_s << false << QString();
    QTest::newRow("day 32") << u"32 * *"_s << false << QString();
    QTest::newRow("unknown weekday") << u"* * Mon,Funday"_s << false << QString();
    QTest::newRow("weekday range") << u"* * Mon-Fri"_s << false << QString();
}

void TestScalingPeriod::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const std::optional<ScalingPeriod> period = ScalingPeriod::parse(text);
    QCOMPARE(period.has_value(), valid);
    if (period)
        QCOMPARE(period->toString(), canonical);
}

void TestScalingPeriod::includesDays()
{
    const QDate monday(2026, 11, 23);
    QCOMPARE(monday.dayOfWeek(), 1);
    QVERIFY(ScalingPeriod::parse(u"* * *")->includes(monday));
    QVERIFY(ScalingPeriod::parse(u"* * Mon,Fri")->includes(monday));
    QVERIFY(!ScalingPeriod::parse(u"* * Mon,Fri")->includes(monday.addDays(1)));
    QVERIFY(ScalingPeriod::parse(u"* * Fri")->includes(monday.addDays(4)));
    QVERIFY(ScalingPeriod::parse(u"23 * *")->includes(monday));
    QVERIFY(!ScalingPeriod::parse(u"31 * *")->includes(QDate(2026, 11, 30)));
    QVERIFY(ScalingPeriod::parse(u"31 * *")->includes(QDate(2026, 12, 31)));
}

void TestScalingPeriod::overlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("every day") << u"* * *"_s << u"* * Mon"_s << true;
    QTest::newRow("same weekday") << u"* * Mon,Tue"_s << u"* * Tue"_s << true;
    QTest::newRow("other weekdays") << u"* * Mon,Tue"_s << u"* * Sat,Sun"_s << false;
    QTest::newRow("other month days") << u"1,2 * *"_s << u"15 * *"_s << false;
    QTest::newRow("weekday and month day") << u"* * Sun"_s << u"15 * *"_s << true;
}

void TestScalingPeriod::overlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlap);
    QCOMPARE(ScalingPeriod::parse(a)->overlaps(*ScalingPeriod::parse(b)), overlap);
    QCOMPARE(ScalingPeriod::parse(b)->overlaps(*ScalingPeriod::parse(a)), overlap);
}

QTEST_GUILESS_MAIN(TestScalingPeriod)
#include "tst_scalingperiod.moc"
