#include "core/metricautoscaler.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ScalingMetricPolicy policyOf(QList<ScalingMetricPolicy::Metric> metrics, ScalingMetricPolicy::StepRule up,
                             ScalingMetricPolicy::StepRule down)
{
    ScalingMetricPolicy policy;
    policy.minReplicas = 2;
    policy.maxReplicas = 20;
    policy.metrics = std::move(metrics);
    policy.scaleUp = up;
    policy.scaleDown = down;
    return policy;
}

ScalingMetricPolicy::Metric metric(const QString &type, int target)
{
    return {type, target, {}, {}, {}, {}};
}

QMap<ScalingMetricType, double> cpu(double value)
{
    return {{ScalingMetricType::Cpu, value}};
}

constexpr qint64 tickMs = 15'000;

} // namespace

/** One evaluation of SAE's metric autoscaler: recommendations, bounds, steps, windows, directions. */
class TestMetricAutoscaler : public QObject
{
    Q_OBJECT

private slots:
    void wantedReplicas_data();
    void wantedReplicas();
    void scalesOutByStep();
    void anyMetricAboveScalesOut();
    void scalesInOnlyWhenAllAreBelow();
    void unknownMetricNeverScalesIn();
    void noValueHolds();
    void clampsToBounds();
    void bringsBackWithinBoundsEvenWhenDisabled();
    void disabledDirections();
    void scaleOutWindowTakesTheLowest();
    void scaleInWindowTakesTheHighest();
    void historyKeepsOneHour();
};

void TestMetricAutoscaler::wantedReplicas_data()
{
    QTest::addColumn<int>("replicas");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("wanted");
    QTest::newRow("at target") << 4 << 50.0 << 50 << 4;
    QTest::newRow("just above") << 4 << 50.5 << 50 << 5;
    QTest::newRow("double") << 4 << 100.0 << 50 << 8;
    QTest::newRow("below") << 4 << 20.0 << 50 << 2;
    QTest::newRow("idle") << 4 << 0.0 << 50 << 0;
    QTest::newRow("divided exactly") << 3 << 200.0 / 3 << 50 << 4;
}

void TestMetricAutoscaler::wantedReplicas()
{
    QFETCH(int, replicas);
    QFETCH(double, value);
    QFETCH(int, target);
    QFETCH(int, wanted);
    QCOMPARE(MetricAutoscaler::wantedReplicas(replicas, value, target), wanted);
}

void TestMetricAutoscaler::scalesOutByStep()
{
    MetricAutoscaler scaler;
    const ScalingMetricPolicy policy = policyOf({metric(u"CPU"_s, 50)}, {3, false, 0}, {1, false, 0});
    const MetricAutoscaler::Decision decision = scaler.evaluate(policy, 2, 20, 4, cpu(150), tickMs);
    QCOMPARE(decision.recommended, 12);
    QCOMPARE(decision.replicas, 7);
    QCOMPARE(decision.reason, MetricAutoscaler::Reason::MetricAboveTarget);
    QVERIFY(decision.firstAboveTarget == ScalingMetricType::Cpu);
}

void TestMetricAutoscaler::anyMetricAboveScalesOut()
{
    MetricAutoscaler scaler;
    const ScalingMetricPolicy policy =
        policyOf({metric(u"CPU"_s, 50), metric(u"QPS"_s, 100)}, {10, false, 0}, {10, false, 0});
    // CPU far below, QPS 50 % over: the larger recommendation wins.
    const QMap<ScalingMetricType, double> values{{ScalingMetricType::Cpu, 10}, {ScalingMetricType::Qps, 150}};
    const MetricAutoscaler::Decision decision = scaler.evaluate(policy, 2, 20, 4, values, tickMs);
    QCOMPARE(decision.replicas, 6);
    QVERIFY(decision.firstAboveTarget == ScalingMetricType::Qps);
}

void TestMetricAutoscaler::scalesInOnlyWhenAllAreBelow()
{
    MetricAutoscaler scaler;
    const ScalingMetricPolicy policy =
        policyOf({metric(u"CPU"_s, 50), metric(u"MEMORY"_s, 80)}, {10, false, 0}, {10, false, 0});
    // CPU wants 2, memory exactly at its target wants 8: no scale-in.
    QMap<ScalingMetricType, double> values{{ScalingMetricType::Cpu, 10}, {ScalingMetricType::Memory, 80}};
    MetricAutoscaler::Decision decision = scaler.evaluate(policy, 2, 20, 8, values, tickMs);
    QCOMPARE(decision.replicas, 8);
    QCOMPARE(decision.reason, MetricAutoscaler::Reason::Hold);
    values.insert(ScalingMetricType::Memory, 40); // wants 4
    decision = scaler.evaluate(policy, 2, 20, 8, values, 2 * tickMs);
    QCOMPARE(decision.replicas, 4);
    QCOMPARE(decision.reason, MetricAutoscaler::Reason::AllMetricsBelowTarget);
}

void TestMetricAutoscaler::unknownMetricNeverScalesIn()
{
    MetricAutoscaler scaler;
    const ScalingMetricPolicy policy =
        policyOf({metric(u"CPU"_s, 50), metric(u"QPS"_s, 100)}, {10, false, 0}, {10, false, 0});
    QCOMPARE(scaler.evaluate(policy, 2, 20, 8, cpu(10), tickMs).replicas, 8);
    QCOMPARE(scaler.evaluate(policy, 2, 20, 8, cpu(100), 2 * tickMs).replicas, 16); // but may scale out
}

void TestMetricAutoscaler::noValueHolds()
{
    MetricAutoscaler scaler;
    const ScalingMetricPolicy policy = policyOf({metric(u"CPU"_s, 50)}, {10, false, 0}, {10, false, 0});
    const MetricAutoscaler::Decision decision = scaler.evaluate(policy, 2, 20, 5, {}, tickMs);
    QCOMPARE(decision.replicas, 5);
    QCOMPARE(decision.recommended, 5);
    // A value of a metric the rule does not watch is not looked at.
    QCOMPARE(scaler.evaluate(policy, 2, 20, 5, {{ScalingMetricType::Memory, 100}}, 2 * tickMs).replicas, 5);
}

void TestMetricAutoscaler::clampsToBounds()
{
    MetricAutoscaler scaler;
    const ScalingMetricPolicy policy = policyOf({metric(u"CPU"_s, 50)}, {100, false, 0}, {100, false, 0});
    MetricAutoscaler::Decision decision = scaler.evaluate(policy, 3, 5, 4, cpu(1000), tickMs);
    QCOMPARE(decision.recommended, 5);
    QCOMPARE(decision.replicas, 5);
    decision = scaler.evaluate(policy, 3, 5, 5, cpu(0), 2 * tickMs);
    QCOMPARE(decision.recommended, 3);
    QCOMPARE(decision.replicas, 3);
}

void TestMetricAutoscaler::bringsBackWithinBoundsEvenWhenDisabled()
{
    MetricAutoscaler scaler;
    const ScalingMetricPolicy policy = policyOf({metric(u"CPU"_s, 50)}, {1, true, 0}, {1, true, 0});
    MetricAutoscaler::Decision decision = scaler.evaluate(policy, 6, 10, 4, cpu(50), tickMs);
    QCOMPARE(decision.replicas, 6); // not limited by the step either
    QCOMPARE(decision.reason, MetricAutoscaler::Reason::BelowMinimum);
    decision = scaler.evaluate(policy, 2, 3, 6, cpu(50), 2 * tickMs);
    QCOMPARE(decision.replicas, 3);
    QCOMPARE(decision.reason, MetricAutoscaler::Reason::AboveMaximum);
}

void TestMetricAutoscaler::disabledDirections()
{
    MetricAutoscaler scaler;
    ScalingMetricPolicy policy = policyOf({metric(u"CPU"_s, 50)}, {2, true, 0}, {2, false, 0});
    MetricAutoscaler::Decision decision = scaler.evaluate(policy, 2, 10, 4, cpu(250), tickMs);
    QCOMPARE(decision.recommended, 10);
    QCOMPARE(decision.replicas, 4);
    QCOMPARE(decision.reason, MetricAutoscaler::Reason::Hold);
    policy.scaleDown.disabled = true;
    QCOMPARE(scaler.evaluate(policy, 2, 10, 4, cpu(0), 2 * tickMs).replicas, 4);
}

void TestMetricAutoscaler::scaleOutWindowTakesTheLowest()
{
    MetricAutoscaler scaler;
    const ScalingMetricPolicy policy = policyOf({metric(u"CPU"_s, 50)}, {10, false, 60}, {10, false, 300});
    QCOMPARE(scaler.evaluate(policy, 2, 20, 4, cpu(50), 0).replicas, 4);
    // Recommendations 8 from 15 s on; the one of 4 at 0 s stays in the 60-s window until 60 s.
    QCOMPARE(scaler.evaluate(policy, 2, 20, 4, cpu(100), 1 * tickMs).replicas, 4);
    QCOMPARE(scaler.evaluate(policy, 2, 20, 4, cpu(100), 2 * tickMs).replicas, 4);
    QCOMPARE(scaler.evaluate(policy, 2, 20, 4, cpu(100), 3 * tickMs).replicas, 4);
    QCOMPARE(scaler.evaluate(policy, 2, 20, 4, cpu(100), 4 * tickMs).replicas, 8);
}

void TestMetricAutoscaler::scaleInWindowTakesTheHighest()
{
    MetricAutoscaler scaler;
    const ScalingMetricPolicy policy = policyOf({metric(u"CPU"_s, 50)}, {10, false, 0}, {10, false, 30});
    QCOMPARE(scaler.evaluate(policy, 2, 20, 8, cpu(50), 0).replicas, 8);
    QCOMPARE(scaler.evaluate(policy, 2, 20, 8, cpu(25), 1 * tickMs).replicas, 8); // 8 and 4
    // The window reaches back 30 s, not including: 4 and 6 now.
    QCOMPARE(scaler.evaluate(policy, 2, 20, 8, cpu(37.5), 2 * tickMs).replicas, 6);
    QCOMPARE(scaler.evaluate(policy, 2, 20, 6, cpu(100.0 / 6), 3 * tickMs).replicas, 6); // 6 and 2
    QCOMPARE(scaler.evaluate(policy, 2, 20, 6, cpu(100.0 / 6), 4 * tickMs).replicas, 2);
}

void TestMetricAutoscaler::historyKeepsOneHour()
{
    MetricAutoscaler scaler;
    const ScalingMetricPolicy policy = policyOf({metric(u"CPU"_s, 50)}, {10, false, 0}, {10, false, 3600});
    QCOMPARE(scaler.evaluate(policy, 2, 20, 8, cpu(50), 0).replicas, 8);
    const qint64 hourMs = 3600'000;
    QCOMPARE(scaler.evaluate(policy, 2, 20, 8, cpu(25), hourMs - tickMs).replicas, 8);
    // The recommendation of 8 at 0 s is an hour old now: out of the window and of the history.
    QCOMPARE(scaler.evaluate(policy, 2, 20, 8, cpu(25), hourMs).replicas, 4);
}

QTEST_GUILESS_MAIN(TestMetricAutoscaler)
#include "tst_metricautoscaler.moc"
