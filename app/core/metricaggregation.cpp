#include "metricaggregation.h"

#include <QMap>

#include <algorithm>

namespace MetricAggregation {

namespace {

ChartSeries perInstance(const MetricSeries &series)
{
    ChartSeries line;
    line.name = series.instanceId.isEmpty() ? series.appId : series.instanceId;
    line.points.reserve(series.points.size());
    for (const MetricPoint &point : series.points)
        line.points.append(QPointF(double(point.timeMs), point.average));
    // MetricSeries promises ascending time; a chart must not depend on every producer keeping it.
    if (!std::is_sorted(line.points.cbegin(), line.points.cend(),
                        [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); })) {
        std::stable_sort(line.points.begin(), line.points.end(),
                         [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    }
    return line;
}

struct Accumulator
{
    double sum = 0;
    double maximum = 0;
    int count = 0;
};

} // namespace

QList<ChartSeries> toChartSeries(const QList<MetricSeries> &series, MetricAggregationMode mode,
                                 const QString &averageName, const QString &maximumName)
{
    QList<ChartSeries> lines;
    if (mode == MetricAggregationMode::PerInstance) {
        lines.reserve(series.size());
        for (const MetricSeries &one : series)
            lines.append(perInstance(one));
        return lines;
    }

    QMap<qint64, Accumulator> byTime; // ordered: the output comes out in ascending x
    for (const MetricSeries &one : series) {
        for (const MetricPoint &point : one.points) {
            Accumulator &at = byTime[point.timeMs];
            at.maximum = at.count == 0 ? point.maximum : std::max(at.maximum, point.maximum);
            at.sum += point.average;
            ++at.count;
        }
    }
    if (series.isEmpty())
        return lines;

    ChartSeries line;
    const bool average = mode == MetricAggregationMode::Average;
    line.name = average ? averageName : maximumName;
    line.points.reserve(byTime.size());
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it) {
        const double y = average ? it->sum / it->count : it->maximum;
        line.points.append(QPointF(double(it.key()), y));
    }
    lines.append(line);
    return lines;
}

} // namespace MetricAggregation
