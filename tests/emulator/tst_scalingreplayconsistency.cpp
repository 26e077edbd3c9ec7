#include "core/scalingreplay.h"
#include "emulator/applicationmetricsource.h"
#include "emulator/emulatedapplication.h"
#include "emulator/fleet.h"
#include "emulator/fleetsimulator.h"
#include "emulator/retailfleet.h"
#include "emulator/scalingengine.h"

#include <QTest>

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
 * start, set the same replicas at every evaluation.
 */
class TestScalingReplayConsistency : public QObject
{
    Q_OBJECT

private slots:
    void replayFollowsTheEmulator_data();
    void replayFollowsTheEmulator();
};

void TestScalingReplayConsistency::replayFollowsTheEmulator_data()
{
    QTest::addColumn<ScalingMetricPolicy::StepRule>("scaleUp");
    QTest::addColumn<ScalingMetricPolicy::StepRule>("scaleDown");
    QTest::addColumn<QList<RecordingLoad::Step>>("load");
    QTest::addColumn<int>("atSpikeEnd");
    QTest::addColumn<int>("finalReplicas");

    // QPS spikes over its target for a minute, then CPU climbs for five, then the load drops.
    const QList<RecordingLoad::Step> load{
        {0, 200, 300}, {120, 200, 900}, {180, 200, 300}, {300, 700, 400}, {600, 90, 100}};
    QTest::newRow("fast") << ScalingMetricPolicy::StepRule{3, false, 0}
                          << ScalingMetricPolicy::StepRule{2, false, 0} << load << 9 << 2;
    QTest::newRow("windows") << ScalingMetricPolicy::StepRule{2, false, 45}
                             << ScalingMetricPolicy::StepRule{1, false, 120} << load << 8 << 2;
    QTest::newRow("spike within the window")
        << ScalingMetricPolicy::StepRule{10, false, 75} << ScalingMetricPolicy::StepRule{1, false, 300}
        << load << 4 << 2;
    QTest::newRow("no scale-in") << ScalingMetricPolicy::StepRule{1, false, 0}
                                 << ScalingMetricPolicy::StepRule{1, true, 0} << load << 8 << 14;
}

void TestScalingReplayConsistency::replayFollowsTheEmulator()
{
    QFETCH(ScalingMetricPolicy::StepRule, scaleUp);
    QFETCH(ScalingMetricPolicy::StepRule, scaleDown);
    QFETCH(QList<RecordingLoad::Step>, load);
    QFETCH(int, atSpikeEnd);
    QFETCH(int, finalReplicas);

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
        policy, source->recorded(), startReplicas, start.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
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
}

QTEST_GUILESS_MAIN(TestScalingReplayConsistency)
#include "tst_scalingreplayconsistency.moc"
