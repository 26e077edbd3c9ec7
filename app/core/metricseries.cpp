#include "metricseries.h"

#include <algorithm>

void MetricSeries::addPoints(const QList<MetricPoint> &more)
{
    if (more.isEmpty())
        return;
    const bool inOrder =
        std::is_sorted(more.cbegin(), more.cend(),
                       [](const MetricPoint &a, const MetricPoint &b) { return a.timeMs < b.timeMs; });
    if (inOrder && (points.isEmpty() || points.constLast().timeMs < more.constFirst().timeMs)) {
        points += more; // the usual case: the next page continues where this one ended
        return;
    }
    // Later points win: stable-sort everything, then keep the last of each run of equal times.
    QList<MetricPoint> merged = points + more;
    std::stable_sort(merged.begin(), merged.end(),
                     [](const MetricPoint &a, const MetricPoint &b) { return a.timeMs < b.timeMs; });
    QList<MetricPoint> unique;
    unique.reserve(merged.size());
    for (const MetricPoint &point : std::as_const(merged)) {
        if (!unique.isEmpty() && unique.constLast().timeMs == point.timeMs)
            unique.last() = point;
        else
            unique.append(point);
    }
    points = std::move(unique);
}
