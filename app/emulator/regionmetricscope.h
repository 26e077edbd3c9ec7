#pragma once

#include "emulator/operationresult.h"

#include <QString>

#include <variant>

class Fleet;
class RequestParameters;
struct EmulatedApplication;

/**
 * What the region overviews (reference 9.6: GetAvailabilityMetric, GetScaleAppMetric,
 * GetWarningEventMetric, GetChangeOrderMetric) have in common: a required Limit of 0 to 100
 * entries, and RegionId, AppSource and CpuStrategy, which narrow the applications they rank.
 */
class RegionMetricScope
{
public:
    static constexpr int maximumLimit = 100;

    /// The scope the request asks for, or the error to answer (missing or malformed parameters,
    /// a region this endpoint does not serve).
    static std::variant<RegionMetricScope, OperationResult> read(const RequestParameters &parameters,
                                                                 const Fleet &fleet, bool regionRequired);

    int limit() const { return m_limit; }
    bool includes(const EmulatedApplication &application) const;

private:
    int m_limit = 0;
    QString m_appSource;
    QString m_cpuStrategy;
};
