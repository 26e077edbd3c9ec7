#pragma once

#include <QString>

/**
 * One application in GetAvailabilityMetric's ranking (reference 9.6): a region's applications
 * with abnormal instances, most first.
 */
struct AvailabilityMetric
{
    QString appId;
    QString appName;
    QString namespaceId; ///< the wire's `RegionId`, documented as "the namespace ID"
    qint64 errorInstances = 0;
    qint64 targetInstances = 0;  ///< `Instances`
    qint64 runningInstances = 0; ///< `Runnings`
    bool autoscaleEnabled = false;

    friend bool operator==(const AvailabilityMetric &, const AvailabilityMetric &) = default;
};
