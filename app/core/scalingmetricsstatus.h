#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/**
 * The live state of a metric or mix rule, as DescribeApplicationScalingRule(s) report it in
 * `Metric.MetricsStatus` (reference 7.5): replicas now and wanted, the bounds in force, the
 * metric values and the values at which the next scale-out or scale-in would happen.
 */
struct ScalingMetricsStatus
{
    struct CurrentMetric
    {
        QString name; ///< cpu, memory, arms_incall_qps_v2, ...
        QString type; ///< Resource, Pods or External
        qint64 currentValue = 0;

        friend bool operator==(const CurrentMetric &, const CurrentMetric &) = default;
    };

    struct NextScaleMetric
    {
        QString name;
        int nextScaleOutAverageUtilization = 0;
        int nextScaleInAverageUtilization = 0;

        friend bool operator==(const NextScaleMetric &, const NextScaleMetric &) = default;
    };

    qint64 currentReplicas = 0;
    qint64 desiredReplicas = 0;
    qint64 minReplicas = 0;
    qint64 maxReplicas = 0;
    QDateTime lastScaleTime; ///< invalid: never scaled
    int nextScaleTimePeriod = 0;
    QList<CurrentMetric> currentMetrics;
    QList<NextScaleMetric> nextScaleMetrics;

    friend bool operator==(const ScalingMetricsStatus &, const ScalingMetricsStatus &) = default;
};
