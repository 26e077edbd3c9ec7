#include "core/metricpage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMetricPage : public QObject
{
    Q_OBJECT

private slots:
    void joinsTheSameInstanceAcrossPages();
    void addsInstancesSeenLater();
    void takesTheLaterPagesToken();
    void findsSeriesByInstance();
};

namespace {

MetricSeries series(const QString &instanceId, QList<qint64> times)
{
    MetricSeries result;
    result.metricName = u"cpu"_s;
    result.appId = u"app"_s;
    result.instanceId = instanceId;
    result.periodSeconds = 60;
    for (const qint64 time : times)
        result.points.append({time, double(time / 1000), double(time / 1000), double(time / 1000)});
    return result;
}

} // namespace

void TestMetricPage::joinsTheSameInstanceAcrossPages()
{
    MetricPage page{{series(u"a"_s, {60000, 120000})}, u"t1"_s, 60};
    page.append({{series(u"a"_s, {180000})}, {}, 60});
    QCOMPARE(page.series.size(), 1);
    QCOMPARE(page.series.first(), series(u"a"_s, {60000, 120000, 180000}));
}

void TestMetricPage::addsInstancesSeenLater()
{
    // CloudMonitor pages by datapoint: instance b first shows up on the second page.
    MetricPage page{{series(u"c"_s, {60000}), series(u"a"_s, {60000})}, u"t1"_s, 60};
    page.append({{series(u"b"_s, {60000}), series(u"a"_s, {120000})}, u"t2"_s, 60});
    QCOMPARE(page.series.size(), 3);
    QCOMPARE(page.series[0].instanceId, u"a"_s);
    QCOMPARE(page.series[0].points.size(), 2);
    QCOMPARE(page.series[1].instanceId, u"b"_s);
    QCOMPARE(page.series[2].instanceId, u"c"_s);
}

void TestMetricPage::takesTheLaterPagesToken()
{
    MetricPage page{{}, u"t1"_s, 60};
    QVERIFY(page.hasMore());
    page.append({{}, u"t2"_s, 0});
    QCOMPARE(page.nextToken, u"t2"_s);
    QCOMPARE(page.periodSeconds, 60); // a page that does not say keeps the period
    page.append({{}, {}, 300});
    QVERIFY(!page.hasMore());
    QCOMPARE(page.periodSeconds, 300);
}

void TestMetricPage::findsSeriesByInstance()
{
    const MetricPage page{{series(u"a"_s, {60000}), series(u"b"_s, {60000})}, {}, 60};
    QVERIFY(page.find(u"app"_s, u"b"_s));
    QCOMPARE(page.find(u"app"_s, u"b"_s)->instanceId, u"b"_s);
    QVERIFY(!page.find(u"app"_s, u"z"_s));
    QVERIFY(!page.find(u"other"_s, u"a"_s));
}

QTEST_GUILESS_MAIN(TestMetricPage)
#include "tst_metricpage.moc"
