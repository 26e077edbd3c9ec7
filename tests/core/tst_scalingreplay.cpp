#include "core/scalingreplay.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// Monday 23 November 2026, 10:00 in Shanghai: on the 15-second and the minute grid.
const qint64 s_startMs = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr int s_periodSeconds = 60;

/// `instances` per-instance series of `metric`, one point a minute from the start with the averages
/// given (the same on every instance).
QList<MetricSeries> recorded(const QString &metric, int instances, const QList<double> &averages)
{
    QList<MetricSeries> series;
    for (int i = 0; i < instances; ++i) {
        MetricSeries one;
        one.metricName = metric;
        one.appId = u"app-1"_s;
        one.instanceId = u"app-1-instance-%1"_s.arg(i);
        one.periodSeconds = s_periodSeconds;
        for (qsizetype k = 0; k < averages.size(); ++k) {
            const double average = averages.at(k);
            one.points.append({s_startMs + (k + 1) * s_periodSeconds * 1000, average, average, average});
        }
        series.append(one);
    }
    return series;
}

ScalingMetricPolicy policyOf(int minimum, int maximum, ScalingMetricPolicy::StepRule up,
                             ScalingMetricPolicy::StepRule down)
{
    ScalingMetricPolicy policy;
    policy.minReplicas = minimum;
    policy.maxReplicas = maximum;
    policy.metrics = {{u"CPU"_s, 50, {}, {}, {}, {}}};
    policy.scaleUp = up;
    policy.scaleDown = down;
    return policy;
}

/// The expected step curve from (seconds after the start, replicas).
QList<QPointF> curve(const QList<std::pair<int, int>> &points)
{
    QList<QPointF> result;
    for (const auto &[seconds, replicas] : points)
        result.append(QPointF(double(s_startMs + seconds * 1000LL), replicas));
    return result;
}

/// Replays five minutes.
ScalingReplay::Result replayFiveMinutes(const ScalingMetricPolicy &policy,
                                        const QHash<QString, QList<MetricSeries>> &series, int startReplicas)
{
    return ScalingReplay::replay(policy, series, startReplicas, s_startMs, s_startMs + 300'000);
}

} // namespace

/** The replay of a metric rule over recorded per-instance series: known load, known replica curve. */
class TestScalingReplay : public QObject
{
    Q_OBJECT

private slots:
    void recordedMetricNames();
    void seenValueSpreadsTheRecordedLoad();
    void stepLoadScalesOutAndSettles();
    void spikeShorterThanTheWindowIsIgnored();
    void sustainedLoadOutlastsTheWindow();
    void disabledScaleInHolds();
    void clampsToMinAndMax();
    void stepsLimitEachEvaluation();
    void oneMetricOverTargetIsEnough();
    void gridStartsAfterTheStart();
    void coarseSeriesAreEvaluatedEvery15Seconds();
    void stoppedApplicationStaysStopped();
    void mixBoundsFollowTheSchedule();
    void recordedInstancesCountTheSeries();
};

void TestScalingReplay::recordedMetricNames()
{
    QCOMPARE(ScalingReplay::recordedMetricName(ScalingMetricType::Cpu).value_or(QString()), u"cpu"_s);
    QCOMPARE(ScalingReplay::recordedMetricName(ScalingMetricType::Memory).value_or(QString()),
             u"memoryPercent"_s);
    QCOMPARE(ScalingReplay::recordedMetricName(ScalingMetricType::Qps).value_or(QString()), u"qps"_s);
    QCOMPARE(ScalingReplay::recordedMetricName(ScalingMetricType::Rt).value_or(QString()), u"rt"_s);
    QVERIFY(!ScalingReplay::recordedMetricName(ScalingMetricType::TcpActiveConnections));
    QVERIFY(!ScalingReplay::recordedMetricName(ScalingMetricType::SlbQps));
}

void TestScalingReplay::seenValueSpreadsTheRecordedLoad()
{
    QList<MetricSeries> cpu = recorded(u"cpu"_s, 3, {60, 30});
    cpu[2].points.removeLast(); // the third instance is gone in the second minute
    MetricSeries wholeApplication = cpu.first();
    wholeApplication.instanceId.clear();
    wholeApplication.points[0].average = 1000;
    cpu.append(wholeApplication); // not used: it does not say how many instances there were

    const qint64 firstMinute = s_startMs + 60'000;
    QCOMPARE(ScalingReplay::seenValue(cpu, ScalingMetricType::Cpu, firstMinute, 3).value_or(-1), 60.0);
    QCOMPARE(ScalingReplay::seenValue(cpu, ScalingMetricType::Cpu, firstMinute, 6).value_or(-1), 30.0);
    QCOMPARE(ScalingReplay::seenValue(cpu, ScalingMetricType::Cpu, s_startMs + 1, 2).value_or(-1), 90.0);
    // The second minute: two instances recorded 30 %, so 60 in all.
    QCOMPARE(ScalingReplay::seenValue(cpu, ScalingMetricType::Cpu, firstMinute + 1, 4).value_or(-1), 15.0);
    QVERIFY(!ScalingReplay::seenValue(cpu, ScalingMetricType::Cpu, s_startMs, 3));
    QVERIFY(!ScalingReplay::seenValue(cpu, ScalingMetricType::Cpu, firstMinute + 60'001, 3));
    QVERIFY(!ScalingReplay::seenValue(cpu, ScalingMetricType::Cpu, firstMinute, 0));
    // A response time is a level: more instances do not divide it.
    QCOMPARE(ScalingReplay::seenValue(recorded(u"rt"_s, 2, {80}), ScalingMetricType::Rt, firstMinute, 8)
                 .value_or(-1),
             80.0);
}

void TestScalingReplay::stepLoadScalesOutAndSettles()
{
    // 4 instances at 50 % for two minutes, then at 100 %: 400 % in all, 8 instances at the target.
    const ScalingMetricPolicy policy = policyOf(2, 10, {2, false, 0}, {1, false, 0});
    const ScalingReplay::Result result =
        replayFiveMinutes(policy, {{u"cpu"_s, recorded(u"cpu"_s, 4, {50, 50, 100, 100, 100})}}, 4);
    // 135 s: 100 % on 4, 8 wanted, step 2; 150 s: 400 / 6 = 66.7 %, 8 wanted; then 50 % on 8.
    QCOMPARE(result.replicas, curve({{0, 4}, {135, 6}, {150, 8}, {300, 8}}));
    QCOMPARE(result.scaleOutEvents, 2);
    QCOMPARE(result.scaleInEvents, 0);
    QCOMPARE(result.instanceHours, (4 * 135 + 6 * 15 + 8 * 150) / 3600.0);
}

void TestScalingReplay::spikeShorterThanTheWindowIsIgnored()
{
    // One minute at 100 %, a scale-out window of two minutes: the 4 of before stay in the window.
    const ScalingMetricPolicy policy = policyOf(2, 10, {100, false, 120}, {1, false, 0});
    const ScalingReplay::Result result =
        replayFiveMinutes(policy, {{u"cpu"_s, recorded(u"cpu"_s, 4, {50, 100, 50, 50, 50})}}, 4);
    QCOMPARE(result.replicas, curve({{0, 4}, {300, 4}}));
    QCOMPARE(result.scaleOutEvents, 0);
    QCOMPARE(result.scaleInEvents, 0);
    QCOMPARE(result.instanceHours, 4 * 300 / 3600.0);
}

void TestScalingReplay::sustainedLoadOutlastsTheWindow()
{
    const ScalingMetricPolicy policy = policyOf(2, 10, {100, false, 120}, {1, false, 0});
    const ScalingReplay::Result result =
        replayFiveMinutes(policy, {{u"cpu"_s, recorded(u"cpu"_s, 4, {50, 100, 100, 100, 50})}}, 4);
    // 8 is recommended from 75 s; at 180 s the window (60 s, 180 s] holds only 8s. At 255 s the
    // load is back to 200 % in all: 25 % on 8, 4 wanted, one instance at a time.
    QCOMPARE(result.replicas, curve({{0, 4}, {180, 8}, {255, 7}, {270, 6}, {285, 5}, {300, 4}}));
    QCOMPARE(result.scaleOutEvents, 1);
    QCOMPARE(result.scaleInEvents, 4);
    QCOMPARE(result.instanceHours, (4 * 180 + 8 * 75 + 7 * 15 + 6 * 15 + 5 * 15) / 3600.0);
}

void TestScalingReplay::disabledScaleInHolds()
{
    const ScalingMetricPolicy policy = policyOf(2, 10, {10, false, 0}, {1, true, 0});
    const ScalingReplay::Result result =
        replayFiveMinutes(policy, {{u"cpu"_s, recorded(u"cpu"_s, 4, {100, 10, 10, 10, 10})}}, 4);
    QCOMPARE(result.replicas, curve({{0, 4}, {15, 8}, {300, 8}}));
    QCOMPARE(result.scaleOutEvents, 1);
    QCOMPARE(result.scaleInEvents, 0);
    QCOMPARE(result.instanceHours, (4 * 15 + 8 * 285) / 3600.0);
}

void TestScalingReplay::clampsToMinAndMax()
{
    const ScalingMetricPolicy policy = policyOf(3, 5, {100, false, 0}, {100, false, 0});
    // Recorded on 2 instances: 100 % in all, then 1000 %, then nothing.
    const ScalingReplay::Result result =
        replayFiveMinutes(policy, {{u"cpu"_s, recorded(u"cpu"_s, 2, {50, 500, 0, 0, 0})}}, 2);
    // Up to the minimum at the first evaluation, to the maximum at 1000 %, back to the minimum.
    QCOMPARE(result.replicas, curve({{0, 2}, {15, 3}, {75, 5}, {135, 3}, {300, 3}}));
    QCOMPARE(result.scaleOutEvents, 2);
    QCOMPARE(result.scaleInEvents, 1);
    QCOMPARE(result.instanceHours, (2 * 15 + 3 * 60 + 5 * 60 + 3 * 165) / 3600.0);
}

void TestScalingReplay::stepsLimitEachEvaluation()
{
    const ScalingMetricPolicy policy = policyOf(1, 20, {1, false, 0}, {2, false, 0});
    // 400 % in all for two minutes (8 wanted), then 20 % in all (1 wanted).
    const ScalingReplay::Result result =
        replayFiveMinutes(policy, {{u"cpu"_s, recorded(u"cpu"_s, 2, {200, 200, 10, 10, 10})}}, 2);
    QCOMPARE(result.replicas, curve({{0, 2},
                                     {15, 3},
                                     {30, 4},
                                     {45, 5},
                                     {60, 6},
                                     {75, 7},
                                     {90, 8},
                                     {135, 6},
                                     {150, 4},
                                     {165, 2},
                                     {180, 1},
                                     {300, 1}}));
    QCOMPARE(result.scaleOutEvents, 6);
    QCOMPARE(result.scaleInEvents, 4);
    QCOMPARE(result.instanceHours,
             (15 * (2 + 3 + 4 + 5 + 6 + 7) + 8 * 45 + 15 * (6 + 4 + 2) + 1 * 120) / 3600.0);
}

void TestScalingReplay::oneMetricOverTargetIsEnough()
{
    ScalingMetricPolicy policy = policyOf(2, 10, {100, false, 0}, {100, false, 0});
    policy.metrics.append({u"QPS"_s, 100, {}, {}, {}, {}});
    // CPU stays low (80 % in all); QPS is 600 requests/s in all for two minutes, then 200.
    const QHash<QString, QList<MetricSeries>> series{
        {u"cpu"_s, recorded(u"cpu"_s, 4, {20, 20, 20, 20, 20})},
        {u"qps"_s, recorded(u"qps"_s, 4, {150, 150, 50, 50, 50})},
    };
    const ScalingReplay::Result result = replayFiveMinutes(policy, series, 4);
    // Out on QPS alone; in only when QPS is below its target too (CPU asked for 2 all along).
    QCOMPARE(result.replicas, curve({{0, 4}, {15, 6}, {135, 2}, {300, 2}}));
    QCOMPARE(result.scaleOutEvents, 1);
    QCOMPARE(result.scaleInEvents, 1);

    // Without the QPS series, its value is unknown: CPU alone cannot scale in.
    const ScalingReplay::Result cpuOnly = replayFiveMinutes(policy, {{u"cpu"_s, series.value(u"cpu"_s)}}, 4);
    QCOMPARE(cpuOnly.replicas, curve({{0, 4}, {300, 4}}));
}

void TestScalingReplay::gridStartsAfterTheStart()
{
    const ScalingMetricPolicy policy = policyOf(2, 10, {1, false, 0}, {1, false, 0});
    const QHash<QString, QList<MetricSeries>> series{{u"cpu"_s, recorded(u"cpu"_s, 4, {100, 100})}};
    // From 7 s: the first evaluation is at 15 s, the last at 105 s, before the end at 110 s.
    const ScalingReplay::Result result =
        ScalingReplay::replay(policy, series, 4, s_startMs + 7'000, s_startMs + 110'000);
    QCOMPARE(result.replicas, curve({{7, 4}, {15, 5}, {30, 6}, {45, 7}, {60, 8}, {110, 8}}));
    QCOMPARE(result.instanceHours, (4 * 8 + 5 * 15 + 6 * 15 + 7 * 15 + 8 * 50) / 3600.0);
}

void TestScalingReplay::coarseSeriesAreEvaluatedEvery15Seconds()
{
    // One five-minute point per instance, as CloudMonitor keeps a week back: 400 % in all.
    QList<MetricSeries> cpu = recorded(u"cpu"_s, 4, {});
    for (MetricSeries &series : cpu) {
        series.periodSeconds = 300;
        series.points = {{s_startMs + 300'000, 100, 100, 100}};
    }
    const ScalingMetricPolicy policy = policyOf(2, 10, {1, false, 0}, {1, false, 0});
    const ScalingReplay::Result result = replayFiveMinutes(policy, {{u"cpu"_s, cpu}}, 4);
    QCOMPARE(result.replicas, curve({{0, 4}, {15, 5}, {30, 6}, {45, 7}, {60, 8}, {300, 8}}));
}

void TestScalingReplay::stoppedApplicationStaysStopped()
{
    const ScalingMetricPolicy policy = policyOf(2, 10, {1, false, 0}, {1, false, 0});
    const ScalingReplay::Result result =
        replayFiveMinutes(policy, {{u"cpu"_s, recorded(u"cpu"_s, 4, {100, 100})}}, 0);
    QCOMPARE(result.replicas, curve({{0, 0}, {300, 0}}));
    QCOMPARE(result.scaleOutEvents, 0);
    QCOMPARE(result.instanceHours, 0.0);
}

void TestScalingReplay::mixBoundsFollowTheSchedule()
{
    ScalingRule rule;
    rule.type = ScalingRuleType::Mix;
    rule.metric = policyOf(1, 10, {100, false, 0}, {100, false, 0});
    ScalingTimer timer;
    // The start is 10:00 in Shanghai: at 10:02 the bounds become 4-4, at 10:04 2-6.
    timer.schedules = {{u"10:02"_s, std::nullopt, 4, 4}, {u"10:04"_s, std::nullopt, 2, 6}};
    rule.timer = timer;
    // 50 % on 2 instances: exactly the target, so only the bounds move the replicas.
    const QHash<QString, QList<MetricSeries>> series{{u"cpu"_s, recorded(u"cpu"_s, 2, {50, 50, 50, 50, 50})}};
    const ScalingReplay::Result result =
        ScalingReplay::replay(rule, series, 2, s_startMs, s_startMs + 300'000);
    QCOMPARE(result.replicas, curve({{0, 2}, {120, 4}, {240, 2}, {300, 2}}));
    QCOMPARE(result.scaleOutEvents, 1);
    QCOMPARE(result.scaleInEvents, 1);
    QCOMPARE(result.instanceHours, (2 * 120 + 4 * 120 + 2 * 60) / 3600.0);

    // The metric part alone keeps 1-10 all along.
    QCOMPARE(ScalingReplay::replay(*rule.metric, series, 2, s_startMs, s_startMs + 300'000).replicas,
             curve({{0, 2}, {300, 2}}));
    // A timing rule has nothing to replay.
    rule.type = ScalingRuleType::Timing;
    QCOMPARE(ScalingReplay::replay(rule, series, 2, s_startMs, s_startMs + 300'000).scaleOutEvents, 0);
}

void TestScalingReplay::recordedInstancesCountTheSeries()
{
    // Three instances for two minutes, then one stops; memory has only two series.
    QList<MetricSeries> cpu = recorded(u"cpu"_s, 3, {50, 50, 50, 50, 50});
    cpu[2].points.resize(2);
    const QHash<QString, QList<MetricSeries>> load{
        {u"cpu"_s, cpu}, {u"memoryPercent"_s, recorded(u"memoryPercent"_s, 2, {40, 40})}};
    const auto [instances, hours] = ScalingReplay::recordedInstances(load, s_startMs, s_startMs + 300'000);
    QCOMPARE(instances, curve({{0, 3}, {120, 2}, {300, 2}}));
    QCOMPARE(hours, (3 * 120 + 2 * 180) / 3600.0);
}

QTEST_GUILESS_MAIN(TestScalingReplay)
#include "tst_scalingreplay.moc"
