#include "scalingreplay.h"

#include "core/metricautoscaler.h"
#include "core/scalingtimerpreview.h"

#include <QMap>

#include <algorithm>

namespace {

using namespace Qt::StringLiterals;

constexpr double msPerHour = 3600.0 * 1000.0;
/// CloudMonitor's finest period for SAE's metrics, used when a series does not say its own.
constexpr int defaultPeriodSeconds = 60;

/// The point of `series` whose period, ending at its time, covers `atMs`.
const MetricPoint *pointCovering(const MetricSeries &series, qint64 atMs)
{
    const auto point = std::lower_bound(series.points.cbegin(), series.points.cend(), atMs,
                                        [](const MetricPoint &p, qint64 t) { return p.timeMs < t; });
    if (point == series.points.cend())
        return nullptr;
    const int periodSeconds = series.periodSeconds > 0 ? series.periodSeconds : defaultPeriodSeconds;
    return point->timeMs - qint64(periodSeconds) * 1000 < atMs ? &*point : nullptr;
}

} // namespace

std::optional<QString> ScalingReplay::recordedMetricName(ScalingMetricType type)
{
    switch (type) {
    case ScalingMetricType::Cpu:
        return u"cpu"_s;
    case ScalingMetricType::Memory:
        return u"memoryPercent"_s;
    case ScalingMetricType::Qps:
        return u"qps"_s;
    case ScalingMetricType::Rt:
        return u"rt"_s;
    case ScalingMetricType::TcpActiveConnections:
    case ScalingMetricType::SlbQps:
    case ScalingMetricType::SlbRt:
    case ScalingMetricType::IntranetSlbQps:
    case ScalingMetricType::IntranetSlbRt:
        break;
    }
    return std::nullopt;
}

bool ScalingReplay::isSharedLoad(ScalingMetricType type)
{
    switch (type) {
    case ScalingMetricType::Rt:
    case ScalingMetricType::SlbRt:
    case ScalingMetricType::IntranetSlbRt:
        return false;
    default:
        return true;
    }
}

std::optional<double> ScalingReplay::seenValue(const QList<MetricSeries> &series, ScalingMetricType type,
                                               qint64 atMs, int replicas)
{
    double sum = 0;
    int recordedReplicas = 0;
    for (const MetricSeries &instance : series) {
        if (instance.instanceId.isEmpty())
            continue;
        if (const MetricPoint *point = pointCovering(instance, atMs)) {
            sum += point->average;
            ++recordedReplicas;
        }
    }
    if (recordedReplicas == 0 || replicas <= 0)
        return std::nullopt;
    const double average = sum / recordedReplicas;
    return isSharedLoad(type) ? average * recordedReplicas / replicas : average;
}

ScalingReplay::Result ScalingReplay::replay(const ScalingMetricPolicy &policy,
                                            const QHash<QString, QList<MetricSeries>> &seriesByMetric,
                                            int startReplicas, qint64 fromMs, qint64 toMs)
{
    // The bounds of a metric rule, as the emulator's ScalingEngine::boundsAt reads them.
    const int minimum = policy.minReplicas.value_or(1);
    const int maximum = std::max(minimum, policy.maxReplicas.value_or(minimum));
    return run(policy, seriesByMetric, startReplicas, fromMs, toMs, [minimum, maximum](qint64) {
        return std::pair{minimum, maximum};
    });
}

ScalingReplay::Result ScalingReplay::replay(const ScalingRule &rule,
                                            const QHash<QString, QList<MetricSeries>> &seriesByMetric,
                                            int startReplicas, qint64 fromMs, qint64 toMs)
{
    if (!rule.hasMetricPart())
        return replay(ScalingMetricPolicy(), {}, startReplicas, fromMs, fromMs);
    const ScalingMetricPolicy &policy = *rule.metric;
    if (rule.type != ScalingRuleType::Mix || !rule.timer || toMs <= fromMs)
        return replay(policy, seriesByMetric, startReplicas, fromMs, toMs);

    // A mix rule's bounds follow its schedule: the steps ScalingTimerPreview (and the emulator) give.
    const int minimum = policy.minReplicas.value_or(1);
    const int maximum = std::max(minimum, policy.maxReplicas.value_or(minimum));
    constexpr qint64 msPerDay = 24 * 3600 * 1000;
    const int days = int((toMs - fromMs + msPerDay - 1) / msPerDay) + 1;
    const QList<ScalingTimerPreview::Step> steps =
        ScalingTimerPreview(rule).steps(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC), days);
    qsizetype next = 0;
    std::pair<int, int> bounds{minimum, maximum};
    // Evaluations come in time order, so the steps are walked once.
    return run(policy, seriesByMetric, startReplicas, fromMs, toMs, [&](qint64 atMs) {
        while (next < steps.size() && steps.at(next).at.toMSecsSinceEpoch() <= atMs) {
            const ScalingTimerPreview::Step &step = steps.at(next++);
            const int low = step.minReplicas.value_or(minimum);
            bounds = {low, std::max(low, step.maxReplicas.value_or(maximum))};
        }
        return bounds;
    });
}

ScalingReplay::Result ScalingReplay::run(const ScalingMetricPolicy &policy,
                                         const QHash<QString, QList<MetricSeries>> &seriesByMetric,
                                         int startReplicas, qint64 fromMs, qint64 toMs,
                                         const std::function<std::pair<int, int>(qint64)> &boundsAt)
{
    Result result;
    int replicas = std::max(0, startReplicas);
    result.replicas.append(QPointF(double(fromMs), replicas));
    if (toMs <= fromMs)
        return result;

    MetricAutoscaler autoscaler;
    qint64 lastChangeMs = fromMs;
    constexpr qint64 periodMs = qint64(evaluationPeriodSeconds) * 1000;
    for (qint64 tick = (fromMs / periodMs + 1) * periodMs; replicas > 0 && tick <= toMs; tick += periodMs) {
        QMap<ScalingMetricType, double> values;
        for (const ScalingMetricPolicy::Metric &metric : policy.metrics) {
            const std::optional<ScalingMetricType> type = metric.type();
            if (!type || values.contains(*type))
                continue;
            const std::optional<QString> name = recordedMetricName(*type);
            if (!name)
                continue;
            if (const std::optional<double> value =
                    seenValue(seriesByMetric.value(*name), *type, tick, replicas))
                values.insert(*type, *value);
        }
        const auto [minimum, maximum] = boundsAt(tick);
        const int next = autoscaler.evaluate(policy, minimum, maximum, replicas, values, tick).replicas;
        if (next == replicas)
            continue;
        ++(next > replicas ? result.scaleOutEvents : result.scaleInEvents);
        result.instanceHours += replicas * double(tick - lastChangeMs) / msPerHour;
        lastChangeMs = tick;
        replicas = next;
        result.replicas.append(QPointF(double(tick), replicas));
    }
    result.instanceHours += replicas * double(toMs - lastChangeMs) / msPerHour;
    if (result.replicas.constLast().x() < double(toMs))
        result.replicas.append(QPointF(double(toMs), replicas));
    return result;
}

std::pair<QList<QPointF>, double>
ScalingReplay::recordedInstances(const QHash<QString, QList<MetricSeries>> &load, qint64 fromMs, qint64 toMs)
{
    const QList<MetricSeries> *best = nullptr;
    qsizetype bestCount = -1;
    for (ScalingMetricType type : allScalingMetricTypes()) {
        const std::optional<QString> name = recordedMetricName(type);
        if (!name)
            continue;
        const auto found = load.constFind(*name);
        if (found == load.cend())
            continue;
        const qsizetype count = std::count_if(found->cbegin(), found->cend(),
                                              [](const MetricSeries &s) { return !s.instanceId.isEmpty(); });
        if (count > bestCount) {
            best = &*found;
            bestCount = count;
        }
    }

    QMap<qint64, int> changes; // time -> instances starting minus instances ending
    if (best) {
        for (const MetricSeries &series : *best) {
            if (series.instanceId.isEmpty())
                continue;
            const qint64 periodMs =
                qint64(series.periodSeconds > 0 ? series.periodSeconds : defaultPeriodSeconds) * 1000;
            qint64 runFrom = -1;
            qint64 runTo = -1;
            const auto flush = [&] {
                if (runFrom >= 0 && runTo > runFrom) {
                    changes[runFrom] += 1;
                    // Running within a period of the end: its last point is simply not in yet.
                    if (toMs - runTo > periodMs)
                        changes[runTo] -= 1;
                }
            };
            for (const MetricPoint &point : series.points) {
                const qint64 start = std::max(point.timeMs - periodMs, fromMs);
                const qint64 end = std::min(point.timeMs, toMs);
                if (end <= start)
                    continue;
                if (start <= runTo) {
                    runTo = std::max(runTo, end);
                    continue;
                }
                flush();
                runFrom = start;
                runTo = end;
            }
            flush();
        }
    }

    QList<QPointF> curve{QPointF(double(fromMs), 0)};
    int count = 0;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        count += it.value();
        if (it.key() <= fromMs)
            curve.first().setY(count);
        else if (it.key() < toMs && count != curve.constLast().y())
            curve.append(QPointF(double(it.key()), count));
    }
    if (curve.constLast().x() < double(toMs))
        curve.append(QPointF(double(toMs), curve.constLast().y()));
    double instanceHours = 0;
    for (qsizetype i = 1; i < curve.size(); ++i)
        instanceHours += curve.at(i - 1).y() * (curve.at(i).x() - curve.at(i - 1).x()) / msPerHour;
    return {curve, instanceHours};
}
