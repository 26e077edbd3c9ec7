#include "emulator/cloudmonitormetric.h"
#include "emulator/fleet.h"
#include "emulator/metricseriesbuilder.h"
#include "platform/cloudmonitorapi.h"
#include "support/apitestutils.h"
#include "support/localemulator.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

/**
 * CloudMonitorApi against the in-process emulator: the merged pages of DescribeMetricList are the
 * series the emulator's load model gives each instance.
 */
class TestCloudMonitorApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mergedPagesAreTheLoadModels();
    void oneInstanceByItsId();
    void unknownMetricIsAnError();

private:
    /// Every page of `query`, merged; fails the test on an error.
    MetricPage allPages(MetricQuery query);
    /// What the emulator computes for the query, as the wire rounds it, by instance.
    MetricPage truth(const EmulatedApplication &application, CloudMonitorMetric metric,
                     const MetricQuery &query);
    const EmulatedApplication &gateway() const;

    std::unique_ptr<LocalEmulator> m_local;
};

void TestCloudMonitorApi::init()
{
    EmulatorOptions options;
    // Friday 27 November 2026, 19:00 in China: an hour before the flash sale.
    options.manualStart = QDateTime(QDate(2026, 11, 27), QTime(19, 0), QTimeZone(8 * 3600)).toUTC();
    options.callsPerMinute = 0;
    m_local = std::make_unique<LocalEmulator>(options);
    QVERIFY(m_local->isListening());
}

void TestCloudMonitorApi::cleanup()
{
    m_local.reset();
}

const EmulatedApplication &TestCloudMonitorApi::gateway() const
{
    for (const EmulatedApplication &application : m_local->emulator().fleet().applications) {
        if (application.application.appName == u"api-gateway"
            && application.application.namespaceId.endsWith(u":prod"))
            return application;
    }
    qFatal("the retail fleet has no api-gateway in prod");
}

MetricPage TestCloudMonitorApi::allPages(MetricQuery query)
{
    MetricPage merged;
    for (int pages = 0; pages < 100; ++pages) {
        const auto result = waitForCall(m_local->client(), CloudMonitorApi::describeMetricList(query));
        if (!result.isOk()) {
            QTest::qFail(qPrintable(result.error().detailedText()), __FILE__, __LINE__);
            return {};
        }
        merged.append(result.value());
        if (!result.value().hasMore())
            return merged;
        query = query.next(result.value());
    }
    QTest::qFail("more than 100 pages", __FILE__, __LINE__);
    return merged;
}

MetricPage TestCloudMonitorApi::truth(const EmulatedApplication &application, CloudMonitorMetric metric,
                                      const MetricQuery &query)
{
    const auto rounded = [](double value) { return std::round(value * 100) / 100; };
    const QList<MetricDatapoint> points = MetricSeriesBuilder::build(
        m_local->emulator().loadModel(), application, metric, query.instanceId, query.start, query.end,
        query.periodSeconds, m_local->emulator().clock().now());
    MetricPage expected;
    for (const MetricDatapoint &point : points) {
        MetricSeries series;
        series.metricName = query.metricName;
        series.appId = point.appId;
        series.instanceId = point.instanceId;
        series.periodSeconds = query.periodSeconds;
        series.points = {
            {point.timestampMs, rounded(point.average), rounded(point.maximum), rounded(point.minimum)}};
        expected.append({{series}, {}, query.periodSeconds});
    }
    return expected;
}

void TestCloudMonitorApi::mergedPagesAreTheLoadModels()
{
    const QDateTime now = m_local->emulator().clock().now();
    MetricQuery query;
    query.metricName = u"cpu"_s;
    query.appId = gateway().application.appId;
    query.start = now.addSecs(-3 * 3600);
    query.end = now;
    query.periodSeconds = 300;
    query.length = 25; // several pages, which split instances' series between them

    int pages = 0;
    MetricQuery counting = query;
    for (;; ++pages) {
        const auto page = waitForCall(m_local->client(), CloudMonitorApi::describeMetricList(counting));
        QVERIFY(page.isOk());
        if (!page.value().hasMore())
            break;
        counting = counting.next(page.value());
    }
    QVERIFY2(pages >= 3, "the query should need several pages");

    const MetricPage merged = allPages(query);
    QVERIFY(!merged.hasMore());
    QCOMPARE(merged.periodSeconds, 300);
    const MetricPage expected = truth(gateway(), CloudMonitorMetric::Cpu, query);
    QVERIFY(expected.series.size() >= 2);
    QCOMPARE(merged.series.size(), expected.series.size());
    for (qsizetype i = 0; i < expected.series.size(); ++i) {
        QCOMPARE(merged.series[i].instanceId, expected.series[i].instanceId);
        QCOMPARE(merged.series[i].appId, query.appId);
        QCOMPARE(merged.series[i].points.size(), expected.series[i].points.size());
        QCOMPARE(merged.series[i], expected.series[i]);
    }
}

void TestCloudMonitorApi::oneInstanceByItsId()
{
    const QDateTime now = m_local->emulator().clock().now();
    const Instance &instance = gateway().instances.constFirst();
    MetricQuery query;
    query.metricName = u"memoryPercent"_s;
    query.instanceId = instance.instanceId; // no appId: CloudMonitor finds the instance
    query.start = now.addSecs(-3600);
    query.end = now;
    const MetricPage page = allPages(query);
    QCOMPARE(page.series.size(), 1);
    QCOMPARE(page.series.first().instanceId, instance.instanceId);
    QCOMPARE(page.series.first().appId, gateway().application.appId); // from the datapoints
    QCOMPARE(page.series.first(), truth(gateway(), CloudMonitorMetric::MemoryPercent, query).series.first());
    QCOMPARE(page.series.first().points.size(), 60);
}

void TestCloudMonitorApi::unknownMetricIsAnError()
{
    MetricQuery query;
    query.metricName = u"diskIops"_s;
    query.appId = gateway().application.appId;
    const auto result = waitForCall(m_local->client(), CloudMonitorApi::describeMetricList(query));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Platform);
    QCOMPARE(result.error().code, u"MetricNotFound"_s);
    QCOMPARE(result.error().httpStatus, 400);
}

QTEST_GUILESS_MAIN(TestCloudMonitorApi)
#include "tst_cloudmonitorapi.moc"
