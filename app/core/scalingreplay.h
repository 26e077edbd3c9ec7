#pragma once

#include "core/metricseries.h"
#include "core/scalingmetricpolicy.h"
#include "core/scalingmetrictype.h"
#include "core/scalingrule.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

/**
 * What a metric rule (or the metric part of a mix rule) would have done to an application over a
 * stretch of its recorded CloudMonitor metrics: the replica count SAE's autoscaler would have set,
 * with the same MetricAutoscaler the emulator scales with, evaluated every 15 seconds on the
 * epoch's grid as SAE does.
 *
 * The load model. The series are per instance (`cpu`, `memoryPercent`, `qps`, `rt`), recorded while
 * the application ran its *recorded* replicas, not the simulated ones. At each evaluation the
 * replay takes, per metric, the points whose period covers that moment: their mean is what the
 * recorded instances averaged, their count the recorded replicas. For the metrics that measure
 * load shared by the instances (CPU, memory, QPS, connections) the total, average x recorded
 * replicas, is spread over the simulated replicas: seen = average x recorded / simulated, as the
 * autoscaler's own ceil(replicas x value / target) assumes. Response times are a level, not a share,
 * and are seen as recorded. A moment no series covers has no value, and a metric without a value
 * never causes a scale-in (as in SAE). Series of the whole application (no instance ID) are not
 * used: they do not say how many instances shared the load.
 *
 * The evaluations stay every 15 seconds over coarser series (a minute, five, an hour), the value
 * of a period holding through it: steps and windows count evaluations, and SAE evaluates every
 * 15 seconds whatever CloudMonitor keeps, so evaluating once a period would scale too slowly.
 *
 * The bounds are the metric part's minReplicas/maxReplicas; replaying a whole mix rule, they follow
 * its schedule as ScalingTimerPreview gives it (the latest point of the day, as the emulator does).
 */
class ScalingReplay final
{
public:
    struct Result
    {
        /// A step curve of (epoch ms, replicas): the start, each change (the new count holds from
        /// that moment), and the end.
        QList<QPointF> replicas;
        int scaleOutEvents = 0;
        int scaleInEvents = 0;
        double instanceHours = 0;

        friend bool operator==(const Result &, const Result &) = default;
    };

    static constexpr int evaluationPeriodSeconds = 15;

    /// The CloudMonitor metric that records what a rule watches; nullopt for the metrics the
    /// console does not fetch per instance (tcpActiveConn, the SLB metrics).
    static std::optional<QString> recordedMetricName(ScalingMetricType type);
    /// Whether the metric is load shared by the instances (spread over the simulated replicas).
    static bool isSharedLoad(ScalingMetricType type);

    /**
     * The average per instance a rule would see at `atMs` with `replicas` instances sharing the
     * load recorded in `series` (one per instance, of one metric); nullopt when no point covers it.
     */
    static std::optional<double> seenValue(const QList<MetricSeries> &series, ScalingMetricType type,
                                           qint64 atMs, int replicas);

    /**
     * Replays `policy` from `startReplicas` at `fromMs` to `toMs`, over `seriesByMetric` (keyed by
     * CloudMonitor metric name, each a list of per-instance series). Evaluations happen on the
     * 15-second grid, after `fromMs` and up to `toMs`. A stopped application (no replicas) stays so.
     */
    static Result replay(const ScalingMetricPolicy &policy,
                         const QHash<QString, QList<MetricSeries>> &seriesByMetric, int startReplicas,
                         qint64 fromMs, qint64 toMs);
    /// The rule's metric part, with a mix rule's bounds following its schedule; a rule without a
    /// metric part changes nothing.
    static Result replay(const ScalingRule &rule, const QHash<QString, QList<MetricSeries>> &seriesByMetric,
                         int startReplicas, qint64 fromMs, qint64 toMs);

    /**
     * How many instances ran at each moment, as a step curve from `fromMs` to `toMs`: the number of
     * instance series with a point whose period covers the moment, in the metric with the most
     * instances (every running instance reports CPU; the others may be missing), an instance
     * within a period of the end counting as still running. Also its integral, in instance-hours.
     */
    static std::pair<QList<QPointF>, double>
    recordedInstances(const QHash<QString, QList<MetricSeries>> &load, qint64 fromMs, qint64 toMs);

private:
    static Result run(const ScalingMetricPolicy &policy,
                      const QHash<QString, QList<MetricSeries>> &seriesByMetric, int startReplicas,
                      qint64 fromMs, qint64 toMs, const std::function<std::pair<int, int>(qint64)> &boundsAt);
};
