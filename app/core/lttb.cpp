#include "lttb.h"

#include <cmath>

namespace Lttb {

QList<QPointF> downsample(const QList<QPointF> &points, qsizetype threshold)
{
    const qsizetype count = points.size();
    if (threshold < 3 || count <= threshold)
        return points;

    QList<QPointF> sampled;
    sampled.reserve(threshold);
    sampled.append(points.first());
    // The points between the first and the last fall into threshold - 2 buckets.
    const double bucketSize = double(count - 2) / double(threshold - 2);
    qsizetype chosen = 0;
    for (qsizetype bucket = 0; bucket < threshold - 2; ++bucket) {
        const qsizetype start = qsizetype(std::floor(bucket * bucketSize)) + 1;
        const qsizetype end = qsizetype(std::floor((bucket + 1) * bucketSize)) + 1; // exclusive

        // The average of the next bucket (the last point for the last bucket).
        const qsizetype nextStart = end;
        const qsizetype nextEnd = std::min(qsizetype(std::floor((bucket + 2) * bucketSize)) + 1, count - 1);
        double averageX = 0;
        double averageY = 0;
        if (nextEnd > nextStart) {
            for (qsizetype i = nextStart; i < nextEnd; ++i) {
                averageX += points.at(i).x();
                averageY += points.at(i).y();
            }
            averageX /= double(nextEnd - nextStart);
            averageY /= double(nextEnd - nextStart);
        } else {
            averageX = points.last().x();
            averageY = points.last().y();
        }

        const QPointF &a = points.at(chosen);
        double largestArea = -1;
        qsizetype best = start;
        for (qsizetype i = start; i < end; ++i) {
            const QPointF &p = points.at(i);
            const double area =
                std::abs((a.x() - averageX) * (p.y() - a.y()) - (a.x() - p.x()) * (averageY - a.y()));
            if (area > largestArea) {
                largestArea = area;
                best = i;
            }
        }
        sampled.append(points.at(best));
        chosen = best;
    }
    sampled.append(points.last());
    return sampled;
}

} // namespace Lttb
