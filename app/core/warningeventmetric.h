#pragma once

#include <QString>

/**
 * One application in GetWarningEventMetric's ranking (reference 9.6): a region's applications by
 * the Warning events they had in a time window.
 */
struct WarningEventMetric
{
    QString appId;
    QString appName;
    QString namespaceId; ///< the wire's `RegionId`, documented as "the namespace ID"
    qint64 warningCount = 0;

    friend bool operator==(const WarningEventMetric &, const WarningEventMetric &) = default;
};
