#include "emulator/containerhistory.h"
#include "emulator/faultplan.h"
#include "emulator/fleet.h"
#include "platform/applicationapi.h"
#include "platform/cloudmonitorapi.h"
#include "platform/eventapi.h"
#include "platform/instancelogapi.h"
#include "platform/regionapi.h"
#include "support/apitestutils.h"
#include "support/localemulator.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/**
 * Every typed read under each fault the emulator injects, in turn: a late answer past the
 * client's transfer timeout, a server error, a malformed or truncated body, a dropped connection.
 * Each read ends with an ApiError of the kind that fault calls for, well within its time, and
 * never crashes; without faults, each succeeds.
 */
class TestReadsUnderFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachReadFailsAsItShould_data();
    void eachReadFailsAsItShould();

private:
    /// One read, type-erased: nullopt when it succeeded, else its error.
    using Read = std::function<std::optional<ApiError>(ApiClient &client, int giveUpMilliseconds)>;
    template <typename T>
    static Read read(const ApiCall<T> &call);

    std::unique_ptr<LocalEmulator> m_local;
    std::map<QString, Read> m_reads;
};

namespace {

/// How much later than the transfer timeout a timed-out read may end, and when the test gives up.
constexpr int slack = 1500;
constexpr int giveUp = 10000;
constexpr auto shortTimeout = 100ms;
constexpr auto lateness = 400ms;

enum class Fault
{
    None,
    LateButInTime,
    LatePastTimeout,
    ServerError,
    Malformed,
    Truncated,
    Dropped,
};

FaultPlan planFor(Fault fault)
{
    FaultPlan plan;
    switch (fault) {
    case Fault::None:
        break;
    case Fault::LateButInTime:
    case Fault::LatePastTimeout:
        plan.minimumLatency = plan.maximumLatency = lateness;
        break;
    case Fault::ServerError:
        plan.errorRate = 1;
        break;
    case Fault::Malformed:
        plan.malformedRate = 1;
        break;
    case Fault::Truncated:
        plan.truncateRate = 1;
        break;
    case Fault::Dropped:
        plan.dropRate = 1;
        break;
    }
    return plan;
}

} // namespace

template <typename T>
TestReadsUnderFaults::Read TestReadsUnderFaults::read(const ApiCall<T> &call)
{
    return [call](ApiClient &client, int giveUpMilliseconds) -> std::optional<ApiError> {
        const ApiResult<T> result = waitForCall(client, call, giveUpMilliseconds);
        return result.isOk() ? std::nullopt : std::optional(result.error());
    };
}

void TestReadsUnderFaults::initTestCase()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC);
    options.callsPerMinute = 0;
    m_local = std::make_unique<LocalEmulator>(options);
    QVERIFY(m_local->isListening());
    m_local->emulator().clock().advance(10 * 60 * 1000);
    m_local->emulator().advance();

    const Fleet &fleet = m_local->emulator().fleet();
    const QDateTime now = m_local->emulator().clock().now();
    const EmulatedApplication *withLog = nullptr;
    const Instance *running = nullptr;
    for (const EmulatedApplication &application : fleet.applications) {
        for (const Instance &instance : application.instances) {
            if (!running && ContainerHistory(application, instance).previous(now)) {
                withLog = &application;
                running = &instance;
            }
        }
    }
    QVERIFY2(running, "no instance of the fleet has a previous run");
    const QString appId = withLog->application.appId;

    AppEventQuery events;
    events.namespaceId = fleet.regionId;
    const RegionMetricQuery region{10, fleet.regionId, {}, {}};
    ChangeOrderMetricQuery changeOrders;
    changeOrders.ranking = region;
    changeOrders.createdSince = now.addDays(-7);
    MetricQuery metric;
    metric.metricName = u"cpu"_s;
    metric.appId = appId;
    metric.start = now.addSecs(-3600);
    metric.end = now;

    m_reads = {
        {u"DescribeApplicationConfig"_s, read(ApplicationApi::describeApplicationConfig(appId))},
        {u"DescribeApplicationConfig(VersionId)"_s,
         read(ApplicationApi::describeApplicationConfig(appId, withLog->versions.constLast().versionId))},
        {u"DescribeApplicationStatus"_s, read(ApplicationApi::describeApplicationStatus(appId))},
        {u"ListAppVersions"_s, read(ApplicationApi::listAppVersions(appId))},
        {u"ListAppEvents"_s, read(EventApi::listAppEvents(events))},
        {u"GetAvailabilityMetric"_s, read(EventApi::getAvailabilityMetric(region))},
        {u"GetScaleAppMetric"_s, read(EventApi::getScaleAppMetric(region))},
        {u"GetWarningEventMetric"_s, read(EventApi::getWarningEventMetric(region, now.addSecs(-3600), now))},
        {u"GetChangeOrderMetric"_s, read(EventApi::getChangeOrderMetric(changeOrders))},
        {u"DescribeInstanceLog"_s, read(InstanceLogApi::describeInstanceLog(running->instanceId))},
        {u"DescribeInstanceLog(Previous)"_s,
         read(InstanceLogApi::describeInstanceLog(running->instanceId, InstanceLog::Run::Previous))},
        {u"DescribeRegions"_s, read(RegionApi::describeRegions())},
        {u"DescribeNamespaceList"_s, read(RegionApi::describeNamespaceList())},
        {u"DescribeMetricList"_s, read(CloudMonitorApi::describeMetricList(metric))},
    };
}

void TestReadsUnderFaults::cleanupTestCase()
{
    m_local.reset();
}

void TestReadsUnderFaults::eachReadFailsAsItShould_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("faultNumber");
    const std::pair<const char *, Fault> faults[] = {
        {"no fault", Fault::None},
        {"late, within the timeout", Fault::LateButInTime},
        {"late, past the timeout", Fault::LatePastTimeout},
        {"server error", Fault::ServerError},
        {"malformed", Fault::Malformed},
        {"truncated", Fault::Truncated},
        {"dropped", Fault::Dropped},
    };
    for (const auto &[name, fault] : faults) {
        for (const auto &[call, read] : m_reads)
            QTest::addRow("%s: %s", name, qPrintable(call)) << call << int(fault);
    }
}

void TestReadsUnderFaults::eachReadFailsAsItShould()
{
    QFETCH(QString, call);
    QFETCH(int, faultNumber);
    const auto fault = Fault(faultNumber);
    QVERIFY(m_reads.count(call) == 1);
    ApiClient &client = m_local->client();
    client.setTransferTimeout(fault == Fault::LatePastTimeout ? std::chrono::milliseconds(shortTimeout)
                                                              : 15000ms);
    m_local->emulator().setFaultPlan(planFor(fault));

    QElapsedTimer elapsed;
    elapsed.start();
    const std::optional<ApiError> error = m_reads.at(call)(client, giveUp);
    const qint64 took = elapsed.elapsed();
    m_local->emulator().setFaultPlan({});
    client.setTransferTimeout(15000ms);

    if (fault == Fault::None || fault == Fault::LateButInTime) {
        QVERIFY2(!error, qPrintable(error ? error->detailedText() : QString()));
        if (fault == Fault::LateButInTime)
            QVERIFY(took >= lateness.count() - 50);
        return;
    }
    QVERIFY2(error, "the read succeeded under a fault");
    QVERIFY2(took < giveUp - 1000, qPrintable(u"%1 ms: the read hung"_s.arg(took)));
    switch (fault) {
    case Fault::LatePastTimeout:
        QCOMPARE(error->kind, ApiError::Kind::Timeout);
        QVERIFY2(took < shortTimeout.count() + slack, qPrintable(u"timed out only after %1 ms"_s.arg(took)));
        QVERIFY(error->retryable);
        break;
    case Fault::ServerError:
        QCOMPARE(error->kind, ApiError::Kind::Platform);
        QVERIFY2(error->httpStatus == 500 || error->httpStatus == 503, qPrintable(error->detailedText()));
        QVERIFY(error->code == u"InternalError" || error->code == u"ServiceUnavailable");
        QVERIFY(!error->requestId.isEmpty());
        QVERIFY(error->retryable);
        break;
    case Fault::Malformed:
        QCOMPARE(error->kind, ApiError::Kind::Parse);
        QCOMPARE(error->httpStatus, 200);
        QVERIFY(!error->retryable);
        break;
    case Fault::Truncated:
    case Fault::Dropped:
        QCOMPARE(error->kind, ApiError::Kind::Network);
        QVERIFY(error->retryable);
        break;
    case Fault::None:
    case Fault::LateButInTime:
        break;
    }
}

QTEST_GUILESS_MAIN(TestReadsUnderFaults)
#include "tst_readsunderfaults.moc"
