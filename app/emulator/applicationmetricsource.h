#pragma once

#include "core/scalingmetrictype.h"

#include <QDateTime>

#include <optional>

struct EmulatedApplication;

/**
 * Where the scaling engine reads the load of an application: the average per instance of one
 * metric at one time, in the unit of reference 7.4 (CPU and memory in percent of the request,
 * QPS in requests/s per instance, RT in milliseconds, tcpActiveConn in connections per instance).
 * The value must depend on how many instances share the load, or metric rules cannot settle.
 * Implementations are deterministic functions of the application and the time.
 */
class ApplicationMetricSource
{
public:
    virtual ~ApplicationMetricSource() = default;
    /// Nullopt when there is no such value (no instance runs, no SLB bound, not a Java app for
    /// the ARMS metrics...); a metric without a value never causes a scale-in.
    virtual std::optional<double> averageValue(const EmulatedApplication &application,
                                               ScalingMetricType metric, const QDateTime &at) const = 0;
};
