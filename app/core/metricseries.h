#pragma once

#include "core/metricpoint.h"

#include <QList>
#include <QString>

/**
 * One instance's time series of one metric (CloudMonitor `DescribeMetricList`, namespace
 * `acs_serverless`; reference 10): its points in time order, one per period.
 */
struct MetricSeries
{
    QString metricName; ///< cpu, memoryPercent, qps, rt... (reference appendix B 16: [U])
    QString appId;
    QString instanceId; ///< empty for a series of the whole application
    int periodSeconds = 0;
    QList<MetricPoint> points; ///< ascending time, at most one point per time

    /// Adds points, keeping time order; a point at a time already present replaces it.
    void addPoints(const QList<MetricPoint> &more);

    friend bool operator==(const MetricSeries &, const MetricSeries &) = default;
};
