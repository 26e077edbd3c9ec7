#pragma once

#include <QString>

/**
 * One application in GetScaleAppMetric's ranking (reference 9.6): a region's applications that
 * auto-scale, with how many instances run against the most they may.
 */
struct ScaleAppMetric
{
    QString appId;
    QString appName;
    QString namespaceId;         ///< the wire's `RegionId`, documented as "the namespace ID"
    qint64 runningInstances = 0; ///< `Runnings`
    qint64 maxReplicas = 0;

    friend bool operator==(const ScaleAppMetric &, const ScaleAppMetric &) = default;
};
