#pragma once

#include "core/chartseries.h"
#include "core/metricaggregationmode.h"
#include "core/metricseries.h"

#include <QList>
#include <QString>

/**
 * Turns CloudMonitor's per-instance series of one metric into the lines a chart draws. Instances
 * report at slightly different times and come and go (scaling, restarts), so the folded modes
 * take every timestamp any instance reported and combine the instances that have a point there.
 */
namespace MetricAggregation {

/**
 * PerInstance: one series per input series, named by its instance ID without the part every ID
 * shares up to a dash (`rtmcb` for `order-service-znqm575b5z-rtmcb`), y = point.average.
 * Average: one series named `averageName`, y = mean of `average` over the instances reporting at
 * that time. Maximum: one series named `maximumName`, y = max of `maximum` likewise. Points come
 * out in ascending x; empty input gives no series at all.
 */
QList<ChartSeries> toChartSeries(const QList<MetricSeries> &series, MetricAggregationMode mode,
                                 const QString &averageName, const QString &maximumName);

} // namespace MetricAggregation
