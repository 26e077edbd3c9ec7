#pragma once

#include <QtGlobal>

/**
 * One CloudMonitor datapoint: the statistics of a metric over the period that ends at `timeMs`.
 * Times are epoch milliseconds (UTC) so that long series stay cheap to sort, merge and downsample.
 */
struct MetricPoint
{
    qint64 timeMs = 0;
    double average = 0;
    double maximum = 0;
    double minimum = 0;

    friend bool operator==(const MetricPoint &, const MetricPoint &) = default;
};
