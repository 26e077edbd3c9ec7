#include "core/scalingreplay.h"
#include "emulator/applicationmetricsource.h"
#include "emulator/emulatedapplication.h"
#include "emulator/emulator.h"
#include "emulator/fleet.h"
#include "emulator/fleetsimulator.h"
#include "emulator/gateway.h"
#include "emulator/retailfleet.h"
#include "emulator/scalingengine.h"
#include "platform/cloudmonitorapi.h"
#include "platform/cloudmonitorjsonreader.h"
#include "support/signedrequests.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

/**
 * A load in steps: totals of CPU (percent x instances) and QPS (requests/s), shared evenly by the
 * application's instances, as the ApplicationMetricSource contract asks. Every value the scaling
 * engine reads is also written down per instance, as CloudMonitor would have recorded it: those are
 * the series the console would replay.
 */
class RecordingLoad final : public ApplicationMetricSource
{
public:
    struct Step
    {
        int fromSecond = 0;
        double totalCpu = 0;
        double totalQps = 0;
    };

    RecordingLoad(QDateTime start, QList<Step> steps)
        : m_start(std::move(start))
        , m_steps(std::move(steps))
    {}

    std::optional<double> averageValue(const EmulatedApplication &application, ScalingMetricType metric,
                                       const QDateTime &at) const override
    {
        const int instances = application.application.targetInstances;
        const std::optional<QString> name = ScalingReplay::recordedMetricName(metric);
        if (instances <= 0 || !name)
            return std::nullopt;
        const Step *step = &m_steps.constFirst();
        for (const Step &candidate : m_steps) {
            if (m_start.secsTo(at) >= candidate.fromSecond)
                step = &candidate;
        }
        double total = 0;
        if (metric == ScalingMetricType::Cpu)
            total = step->totalCpu;
        else if (metric == ScalingMetricType::Qps)
            total = step->totalQps;
        else
            return std::nullopt;
        const double average = total / instances;
        record(application, *name, at, average);
        return average;
    }

    /// Per metric name, one series per instance that ever ran, with a point at each evaluation.
    QHash<QString, QList<MetricSeries>> recorded() const
    {
        QHash<QString, QList<MetricSeries>> byMetric;
        for (const MetricSeries &series : std::as_const(m_series))
            byMetric[series.metricName].append(series);
        return byMetric;
    }

private:
    void record(const EmulatedApplication &application, const QString &metric, const QDateTime &at,
                double average) const
    {
        for (const Instance &instance : application.instances) {
            MetricSeries &series = m_series[metric + u'/' + instance.instanceId];
            series.metricName = metric;
            series.appId = application.application.appId;
            series.instanceId = instance.instanceId;
            series.periodSeconds = ScalingEngine::evaluationPeriodSeconds;
            series.addPoints({{at.toMSecsSinceEpoch(), average, average, average}});
        }
    }

    QDateTime m_start;
    QList<Step> m_steps;
    mutable QHash<QString, MetricSeries> m_series;
};

/// The replicas of a step curve at `atMs`: the value of the last point at or before it.
int replicasAt(const QList<QPointF> &curve, qint64 atMs)
{
    int replicas = -1;
    for (const QPointF &point : curve) {
        if (point.x() <= double(atMs))
            replicas = int(point.y());
    }
    return replicas;
}

} // namespace

Q_DECLARE_METATYPE(ScalingMetricPolicy::StepRule)
Q_DECLARE_METATYPE(RecordingLoad::Step)

/**
 * The console's ScalingReplay and the emulator's ScalingEngine, fed the same load from the same
 * start: the same replicas at every evaluation when the replay reads exactly what the engine read;
 * a bounded, explained gap when it reads the emulator's CloudMonitor series (a sample a minute,
 * load shared by ready instances only).
 */
class TestScalingReplayConsistency : public QObject
{
    Q_OBJECT

private slots:
    void replayFollowsTheEmulator_data();
    void replayFollowsTheEmulator();
    void replayOfCloudMonitorSeriesTracksTheEmulator();
};

void TestScalingReplayConsistency::replayFollowsTheEmulator_data()
{
    QTest::addColumn<ScalingMetricPolicy::StepRule>("scaleUp");
    QTest::addColumn<ScalingMetricPolicy::StepRule>("scaleDown");
    QTest::addColumn<QList<RecordingLoad::Step>>("load");
    QTest::addColumn<int>("atSpikeEnd");
    QTest::addColumn<int>("finalReplicas");
    QTest::addColumn<QList<ScalingTimer::Schedule>>("mixSchedule"); ///< empty: a metric rule

    // QPS spikes over its target for a minute, then CPU climbs for five, then the load drops.
    const QList<RecordingLoad::Step> load{
        {0, 200, 300}, {120, 200, 900}, {180, 200, 300}, {300, 700, 400}, {600, 90, 100}};
    QTest::newRow("fast") << ScalingMetricPolicy::StepRule{3, false, 0}
                          << ScalingMetricPolicy::StepRule{2, false, 0} << load << 9 << 2
                          << QList<ScalingTimer::Schedule>();
    QTest::newRow("windows") << ScalingMetricPolicy::StepRule{2, false, 45}
                             << ScalingMetricPolicy::StepRule{1, false, 120} << load << 8 << 2
                             << QList<ScalingTimer::Schedule>();
    QTest::newRow("spike within the window")
        << ScalingMetricPolicy::StepRule{10, false, 75} << ScalingMetricPolicy::StepRule{1, false, 300}
        << load << 4 << 2 << QList<ScalingTimer::Schedule>();
    QTest::newRow("no scale-in") << ScalingMetricPolicy::StepRule{1, false, 0}
                                 << ScalingMetricPolicy::StepRule{1, true, 0} << load << 8 << 14
                                 << QList<ScalingTimer::Schedule>();
    // A mix rule: from 10:05 the bounds are 6-8 (the CPU climb is capped at 8), from 10:12 2-14.
    QTest::newRow("mix") << ScalingMetricPolicy::StepRule{3, false, 0}
                         << ScalingMetricPolicy::StepRule{2, false, 0} << load << 9 << 2
                         << QList<ScalingTimer::Schedule>{{u"10:05"_s, std::nullopt, 6, 8},
                                                          {u"10:12"_s, std::nullopt, 2, 14}};
}

void TestScalingReplayConsistency::replayFollowsTheEmulator()
{
    QFETCH(ScalingMetricPolicy::StepRule, scaleUp);
    QFETCH(ScalingMetricPolicy::StepRule, scaleDown);
    QFETCH(QList<RecordingLoad::Step>, load);
    QFETCH(int, atSpikeEnd);
    QFETCH(int, finalReplicas);
    QFETCH(QList<ScalingTimer::Schedule>, mixSchedule);

    // Monday 23 November 2026, 10:00 in Shanghai; payment-service runs 4 instances.
    const QDateTime start(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
    Fleet fleet = RetailFleet::build(7, u"cn-shenzhen"_s, start);
    const auto source = std::make_shared<RecordingLoad>(start, load);
    FleetSimulator simulator;
    simulator.addStep(std::make_unique<ScalingEngine>(source));
    for (EmulatedApplication &application : fleet.applications)
        application.scalingRules.clear();
    simulator.advanceTo(fleet, start);
    const EmulatedApplication &payment = *fleet.findApplicationNamed(u"prod", u"payment-service");
    const QString appId = payment.application.appId;
    const int startReplicas = payment.application.targetInstances;
    QCOMPARE(startReplicas, 4);

    ScalingRule rule;
    rule.name = u"cpu-and-qps"_s;
    rule.type = ScalingRuleType::Metric;
    ScalingMetricPolicy policy;
    policy.minReplicas = 2;
    policy.maxReplicas = 14;
    policy.metrics = {{u"CPU"_s, 50, {}, {}, {}, {}}, {u"QPS"_s, 100, {}, {}, {}, {}}};
    policy.scaleUp = scaleUp;
    policy.scaleDown = scaleDown;
    rule.metric = policy;
    if (!mixSchedule.isEmpty()) {
        rule.type = ScalingRuleType::Mix;
        ScalingTimer timer;
        timer.schedules = mixSchedule;
        rule.timer = timer;
    }
    fleet.findApplication(appId)->scalingRules.append(rule);

    // Twenty minutes, one evaluation at a time, with the emulator's replicas after each.
    constexpr int evaluations = 20 * 4;
    QList<std::pair<qint64, int>> emulated;
    QDateTime now = start;
    for (int i = 0; i < evaluations; ++i) {
        now = now.addSecs(ScalingEngine::evaluationPeriodSeconds);
        simulator.advanceTo(fleet, now);
        emulated.append({now.toMSecsSinceEpoch(), fleet.findApplication(appId)->application.targetInstances});
    }
    int rescales = 0;
    for (const FleetEvent &event : std::as_const(fleet.events)) {
        if (event.appId == appId && event.reason == u"SuccessfulRescale")
            rescales += event.count; // repeats are folded into one event
    }

    const ScalingReplay::Result replayed = ScalingReplay::replay(
        rule, source->recorded(), startReplicas, start.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
    for (const auto &[atMs, replicas] : std::as_const(emulated)) {
        QVERIFY2(
            replicasAt(replayed.replicas, atMs) == replicas,
            qPrintable(u"at +%1 s: replayed %2, emulated %3"_s.arg((atMs - start.toMSecsSinceEpoch()) / 1000)
                           .arg(replicasAt(replayed.replicas, atMs))
                           .arg(replicas)));
    }
    // The QPS spike (120 s to 180 s) asks for 9: reached, delayed by a window, or ignored.
    QCOMPARE(emulated.at(165 / ScalingEngine::evaluationPeriodSeconds - 1).second, atSpikeEnd);
    QCOMPARE(emulated.constLast().second, finalReplicas);
    QCOMPARE(replayed.scaleOutEvents + replayed.scaleInEvents, rescales);
    QVERIFY(replayed.scaleOutEvents > 0); // the load did move the replicas
    if (!mixSchedule.isEmpty()) {         // the schedule capped the climb: 8 at most between 10:05 and 10:12
        for (const auto &[atMs, replicas] : std::as_const(emulated)) {
            const qint64 second = (atMs - start.toMSecsSinceEpoch()) / 1000;
            if (second >= 300 && second < 720)
                QVERIFY2(replicas >= 6 && replicas <= 8,
                         qPrintable(u"%1 at +%2 s"_s.arg(replicas).arg(second)));
        }
    }
}

void TestScalingReplayConsistency::replayOfCloudMonitorSeriesTracksTheEmulator()
{
    // Friday 27 November 2026, 19:50 in China: the flash sale starts at 20:00. api-gateway has the
    // seeded rule gateway-cpu (CPU 60 %, 6 to 20 instances, out 2 at a time, in 1 after 300 s).
    EmulatorOptions options;
    const QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(19, 50), QTimeZone(8 * 3600)).toUTC();
    options.manualStart = start;
    Emulator emulator(options);
    emulator.advance();
    const EmulatedApplication *gateway = emulator.fleet().findApplicationNamed(u"prod", u"api-gateway");
    QVERIFY(gateway);
    const QString appId = gateway->application.appId;
    const ScalingRule rule = gateway->scalingRules.constFirst();
    QCOMPARE(rule.name, u"gateway-cpu"_s);
    const int startReplicas = gateway->application.targetInstances;

    QList<std::pair<qint64, int>> emulated;
    for (int i = 0; i < 60 * 4; ++i) {
        emulator.clock().advance(ScalingEngine::evaluationPeriodSeconds * 1000);
        emulator.advance();
        emulated.append({emulator.clock().now().toMSecsSinceEpoch(),
                         emulator.fleet().findApplication(appId)->application.targetInstances});
    }

    MetricQuery query;
    query.metricName = u"cpu"_s;
    query.appId = appId;
    query.start = start;
    query.end = emulator.clock().now();
    MetricPage recorded;
    do {
        SignedRequest request;
        request.path = u"/"_s;
        request.action = u"DescribeMetricList"_s;
        request.version = "2019-01-01";
        request.query = {{u"Namespace"_s, u"acs_serverless"_s},
                         {u"MetricName"_s, query.metricName},
                         {u"Dimensions"_s, u"{\"appId\":\"%1\"}"_s.arg(appId)},
                         {u"StartTime"_s, QString::number(query.start.toMSecsSinceEpoch())},
                         {u"EndTime"_s, QString::number(query.end.toMSecsSinceEpoch())},
                         {u"Period"_s, u"60"_s},
                         {u"Length"_s, u"1440"_s}};
        if (recorded.hasMore())
            request.query.append({u"NextToken"_s, recorded.nextToken});
        request.date = emulator.clock().now();
        const GatewayResponse response = emulator.gateway().handle(request.toGatewayRequest());
        QCOMPARE(response.status, 200);
        const ApiResult<MetricPage> page =
            CloudMonitorJsonReader::page(QJsonDocument::fromJson(response.body).object(), query);
        QVERIFY(page.isOk());
        if (recorded.series.isEmpty() && recorded.nextToken.isEmpty())
            recorded = page.value();
        else
            recorded.append(page.value());
    } while (recorded.hasMore());

    const ScalingReplay::Result replayed =
        ScalingReplay::replay(*rule.metric, {{u"cpu"_s, recorded.series}}, startReplicas,
                              start.toMSecsSinceEpoch(), emulator.clock().now().toMSecsSinceEpoch());
    // Where the two part, and by how much. The replay's model is the cause, and it bounds the gap:
    // - the emulator shares the load among the instances that are ready, and a new instance takes
    //   20 to 60 s to be; meanwhile the others run hotter and the next evaluation adds one more
    //   step, which the 300-s scale-in window then keeps. The replay counts new replicas at once,
    //   so it scales out by up to one step (2) less;
    // - CloudMonitor keeps one sample a minute: the replay sees that minute's value where the
    //   emulator saw the moment's, which moves a scale-out by an evaluation or more either way: one
    //   step ahead or behind.
    int largestBelow = 0;
    int largestAbove = 0;
    int equal = 0;
    int peak = 0;
    double emulatedHours = startReplicas * double(ScalingEngine::evaluationPeriodSeconds) / 3600;
    for (qsizetype i = 0; i < emulated.size(); ++i) {
        const auto &[atMs, replicas] = emulated.at(i);
        const int difference = replicasAt(replayed.replicas, atMs) - replicas;
        largestBelow = std::max(largestBelow, -difference);
        largestAbove = std::max(largestAbove, difference);
        equal += difference == 0 ? 1 : 0;
        peak = std::max(peak, replicas);
        if (i + 1 < emulated.size())
            emulatedHours += replicas * double(ScalingEngine::evaluationPeriodSeconds) / 3600;
    }
    QVERIFY2(peak >= 12, qPrintable(QString::number(peak))); // the sale did scale the gateway out
    QVERIFY2(largestBelow <= 2 * rule.metric->scaleUp.step, qPrintable(QString::number(largestBelow)));
    QVERIFY2(largestAbove <= rule.metric->scaleUp.step, qPrintable(QString::number(largestAbove)));
    QVERIFY2(equal >= emulated.size() * 3 / 4, qPrintable(u"%1 of %2"_s.arg(equal).arg(emulated.size())));
    QCOMPARE(replicasAt(replayed.replicas, emulated.constLast().first), emulated.constLast().second);
    QVERIFY2(replayed.instanceHours <= emulatedHours && replayed.instanceHours >= 0.95 * emulatedHours,
             qPrintable(u"%1 vs %2"_s.arg(replayed.instanceHours).arg(emulatedHours)));
    QVERIFY(replayed.scaleOutEvents > 0 && replayed.scaleInEvents > 0);
}

QTEST_GUILESS_MAIN(TestScalingReplayConsistency)
#include "tst_scalingreplayconsistency.moc"
