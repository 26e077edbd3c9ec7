#include "metricautoscaler.h"

#include <algorithm>
#include <cmath>

MetricAutoscaler::Decision MetricAutoscaler::evaluate(const ScalingMetricPolicy &policy, int minimum,
                                                      int maximum, int currentReplicas,
                                                      const QMap<ScalingMetricType, double> &values,
                                                      qint64 atMs)
{
    maximum = std::max(minimum, maximum);
    Decision decision;
    decision.replicas = currentReplicas;

    int recommended = 0;
    bool anyMetricKnown = false;
    bool everyMetricKnown = true;
    for (const ScalingMetricPolicy::Metric &metric : policy.metrics) {
        const std::optional<ScalingMetricType> type = metric.type();
        if (!type || metric.targetAverageUtilization <= 0)
            continue;
        const auto value = values.constFind(*type);
        if (value == values.cend()) {
            everyMetricKnown = false;
            continue;
        }
        anyMetricKnown = true;
        const int wanted = wantedReplicas(currentReplicas, *value, metric.targetAverageUtilization);
        if (wanted > currentReplicas && !decision.firstAboveTarget)
            decision.firstAboveTarget = type;
        recommended = std::max(recommended, wanted);
    }
    // Without every value, only a scale-out is known to be wanted.
    if (!anyMetricKnown || (!everyMetricKnown && recommended < currentReplicas))
        recommended = currentReplicas;
    recommended = std::clamp(recommended, minimum, maximum);
    decision.recommended = recommended;

    m_history.append({atMs, recommended});
    const qint64 oldestMs = atMs - qint64(historySeconds) * 1000;
    m_history.removeIf([oldestMs](const Recommendation &entry) { return entry.atMs <= oldestMs; });

    if (currentReplicas < minimum) {
        decision.replicas = minimum;
        decision.reason = Reason::BelowMinimum;
    } else if (currentReplicas > maximum) {
        decision.replicas = maximum;
        decision.reason = Reason::AboveMaximum;
    } else if (recommended > currentReplicas && !policy.scaleUp.disabled) {
        const QList<int> window = withinWindow(atMs, policy.scaleUp.stabilizationWindowSeconds);
        const int stabilized = std::max(currentReplicas, *std::min_element(window.cbegin(), window.cend()));
        decision.replicas = std::min(stabilized, currentReplicas + std::max(1, policy.scaleUp.step));
        decision.reason = Reason::MetricAboveTarget;
    } else if (recommended < currentReplicas && !policy.scaleDown.disabled) {
        const QList<int> window = withinWindow(atMs, policy.scaleDown.stabilizationWindowSeconds);
        const int stabilized = std::min(currentReplicas, *std::max_element(window.cbegin(), window.cend()));
        decision.replicas = std::max(stabilized, currentReplicas - std::max(1, policy.scaleDown.step));
        decision.reason = Reason::AllMetricsBelowTarget;
    }
    if (decision.replicas == currentReplicas)
        decision.reason = Reason::Hold;
    return decision;
}

int MetricAutoscaler::wantedReplicas(int currentReplicas, double value, int target)
{
    // The tolerance keeps a value exactly at the target (after a division) from asking for one more.
    return int(std::ceil(currentReplicas * value / target - 1e-9));
}

QList<int> MetricAutoscaler::withinWindow(qint64 atMs, int seconds) const
{
    const qint64 afterMs = atMs - qint64(seconds) * 1000;
    QList<int> replicas;
    for (const Recommendation &entry : m_history) {
        if (entry.atMs == atMs || entry.atMs > afterMs)
            replicas.append(entry.replicas);
    }
    return replicas;
}
