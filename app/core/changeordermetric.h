#pragma once

#include <QString>

#include <optional>

/**
 * One application in GetChangeOrderMetric's ranking (reference 9.6): a region's applications by
 * how their change orders went since a point in time.
 */
struct ChangeOrderMetric
{
    QString appId;
    QString appName;
    QString namespaceId; ///< the wire's `RegionId`, documented as "the namespace ID"
    qint64 total = 0;
    qint64 failed = 0;     ///< `Error`
    double errorRatio = 0; ///< `ErrorPercent`, a fraction: 1 failed of 4 is 0.25
    double averageTimeCostMs = 0;
    double maximumTimeCostMs = 0;
    std::optional<double> averageTaskTimeCostMs; ///< `TaskTimeCostMsAvg`, a string; nullopt when ""
    QString optimizeSuggestions;

    friend bool operator==(const ChangeOrderMetric &, const ChangeOrderMetric &) = default;
};
