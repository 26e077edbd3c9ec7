#include "metricaggregation.h"

#include <QMap>

#include <algorithm>

namespace MetricAggregation {

namespace {

/**
 * How much of the instance IDs a legend can leave out: the part all of them share, up to a dash.
 * Pod names repeat the application's name and its replica set's hash
 * (`order-service-znqm575b5z-rtmcb`); what tells instances apart is the rest.
 */
qsizetype sharedPrefixLength(const QList<MetricSeries> &series)
{
    if (series.size() < 2)
        return 0;
    QStringView prefix = series.constFirst().instanceId;
    for (const MetricSeries &one : series) {
        qsizetype common = 0;
        while (common < prefix.size() && common < one.instanceId.size()
               && prefix[common] == one.instanceId[common])
            ++common;
        prefix = prefix.left(common);
    }
    const qsizetype dash = prefix.lastIndexOf(u'-');
    return dash < 0 ? 0 : dash + 1;
}

ChartSeries perInstance(const MetricSeries &series, qsizetype sharedPrefix)
{
    ChartSeries line;
    line.name = series.instanceId.isEmpty() ? series.appId : series.instanceId.mid(sharedPrefix);
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
        const qsizetype shared = sharedPrefixLength(series);
        lines.reserve(series.size());
        for (const MetricSeries &one : series)
            lines.append(perInstance(one, shared));
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
