#pragma once

#include "core/metricautoscaler.h"
#include "core/scalingrule.h"
#include "emulator/simulationstep.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

class ApplicationMetricSource;
struct EmulatedApplication;

/**
 * Makes the applications' enabled scaling rules act (reference 7.3, 7.4), as SAE's Kubernetes
 * controllers do:
 *
 * - Timing rules set the replicas at each schedule point (GMT+8 unless the rule says otherwise),
 *   on the days of their period, within beginDate..endDate.
 * - Metric and mix rules are evaluated every 15 seconds by a MetricAutoscaler (core), like a
 *   HorizontalPodAutoscaler: the replicas wanted are ceil(replicas x value / target), the largest
 *   over the metrics; out when any metric is above its target, in only when all are below. Each direction has
 * its step (the most instances added or removed at a time) and stabilization window (scale out to the lowest,
 * in to the highest recommendation of the window), and can be disabled. Mix rules take min/max from the
 *   latest schedule point of the day, and the metric part's bounds before the first.
 *
 * An application that is stopped (no target instances) is not scaled. Every change adds Pending
 * instances or removes the newest, and records HorizontalPodAutoscaler and Deployment events. The
 * rule's MetricsStatus is kept up to date at every evaluation.
 */
class ScalingEngine final : public SimulationStep
{
public:
    static constexpr int evaluationPeriodSeconds = 15;
    /// After a longer pause only the last hour is evaluated; timers catch up with their latest point.
    static constexpr int maximumReplaySeconds = 3600;

    explicit ScalingEngine(std::shared_ptr<const ApplicationMetricSource> metricSource = {});

    /// The load the metric rules follow; without one, metric rules report no values and hold.
    void setMetricSource(std::shared_ptr<const ApplicationMetricSource> metricSource);

    void advance(Fleet &fleet, const QDateTime &from, const QDateTime &to) override;

    /// The rule's MetricsStatus as DescribeApplicationScalingRule(s) show it at `now`: the last
    /// evaluation with the current replicas and the seconds to the next evaluation.
    static ScalingMetricsStatus metricsStatusAt(const EmulatedApplication &application,
                                                const ScalingRule &rule, const QDateTime &now);
    /// The min/max in force for a metric or mix rule at `at`.
    static std::pair<int, int> boundsAt(const ScalingRule &rule, const QDateTime &at);
    /// Sets the application's replicas: adds Pending instances or removes the newest, and records
    /// the events. `reason` completes Kubernetes' "New size: N; reason: ...".
    static void resize(Fleet &fleet, EmulatedApplication &application, int replicas, const QDateTime &at,
                       const QString &objectName, const QString &reason);

private:
    void catchUpTimers(Fleet &fleet, EmulatedApplication &application, const QDateTime &after,
                       const QDateTime &until);
    void fireTimers(Fleet &fleet, EmulatedApplication &application, const QDateTime &at);
    void evaluateMetricRule(Fleet &fleet, EmulatedApplication &application, ScalingRule &rule,
                            const QDateTime &at);

    std::shared_ptr<const ApplicationMetricSource> m_metricSource;
    /// Per application and rule name, the autoscaler with its recommendations of the last hour.
    QHash<QString, MetricAutoscaler> m_autoscalers;
};
