#pragma once

#include "core/scalingmetricpolicy.h"
#include "core/scalingmetrictype.h"

#include <QList>
#include <QMap>
#include <QtGlobal>

#include <optional>

/**
 * The metric part of SAE's autoscaler, one evaluation at a time, as a Kubernetes
 * HorizontalPodAutoscaler decides (reference 7.4). The emulator's ScalingEngine and the console's
 * ScalingReplay both call it, so the two cannot drift apart.
 *
 * At each evaluation the replicas wanted are ceil(replicas x value / target), the largest over the
 * metrics, within the bounds. The application scales out when that is above the current replicas,
 * in when below (so only when every metric is under its target). A metric without a value never
 * causes a scale-in. Each direction has its step (the most instances added or removed at once) and
 * stabilization window: out goes to the lowest recommendation of its window, in to the highest, so a
 * spike or a dip shorter than the window changes nothing. A disabled direction does not move, but
 * replicas outside the bounds are brought back to them whatever the directions say.
 *
 * The scaler keeps the recommendations of the last hour (the longest window SAE allows).
 */
class MetricAutoscaler final
{
public:
    /// Why the replicas changed (or not).
    enum class Reason
    {
        Hold,              ///< no change
        BelowMinimum,      ///< brought up to the minimum
        AboveMaximum,      ///< brought down to the maximum
        MetricAboveTarget, ///< scaled out; `firstAboveTarget` says on which metric
        AllMetricsBelowTarget,
    };

    struct Decision
    {
        int replicas = 0;    ///< the replicas after this evaluation
        int recommended = 0; ///< what the metrics asked for, within the bounds, before windows and steps
        Reason reason = Reason::Hold;
        std::optional<ScalingMetricType> firstAboveTarget;

        friend bool operator==(const Decision &, const Decision &) = default;
    };

    static constexpr int historySeconds = 3600;

    /**
     * One evaluation at `atMs` (epoch ms, later than the previous one). `values` are the averages
     * per instance the rule sees now, for the metrics that have one; `minimum` and `maximum` are the
     * bounds in force (a mix rule's come from its schedule). `currentReplicas` must be positive:
     * a stopped application is not scaled and should not be evaluated.
     */
    Decision evaluate(const ScalingMetricPolicy &policy, int minimum, int maximum, int currentReplicas,
                      const QMap<ScalingMetricType, double> &values, qint64 atMs);

    /// The replicas one metric asks for: ceil(replicas x value / target).
    static int wantedReplicas(int currentReplicas, double value, int target);

private:
    struct Recommendation
    {
        qint64 atMs = 0;
        int replicas = 0;
    };

    /// The recommendations made in the `seconds` up to `atMs` (at least the one at `atMs`).
    QList<int> withinWindow(qint64 atMs, int seconds) const;

    QList<Recommendation> m_history;
};
