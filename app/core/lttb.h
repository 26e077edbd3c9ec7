#pragma once

#include <QList>
#include <QPointF>

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013): the points of a series thinned
 * to what a chart can draw, so that the shape survives, peaks and troughs included. Charts reduce
 * their series to the plot's pixel width with it before Qt Charts sees them.
 */
namespace Lttb {

/**
 * At most `threshold` points of `points` (sorted by x): the first and the last, and from each of
 * `threshold - 2` equal buckets in between the point that makes the largest triangle with the
 * point chosen before and the average of the next bucket. Series no longer than `threshold`, and
 * thresholds below 3, come back unchanged.
 */
QList<QPointF> downsample(const QList<QPointF> &points, qsizetype threshold);

} // namespace Lttb
