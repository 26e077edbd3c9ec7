#pragma once

#include <QStringList>
#include <QStringView>

#include <optional>

/**
 * The per-instance metrics the emulator keeps in CloudMonitor's `acs_serverless` namespace. The
 * reference cannot confirm SAE's own metric names ([U]); these are ours, documented in the README:
 *
 * | name           | unit                          |
 * |----------------|-------------------------------|
 * | `cpu`          | % of the instance's CPU       |
 * | `memoryPercent`| % of the instance's memory    |
 * | `qps`          | requests per second           |
 * | `rt`           | average response time, ms     |
 * | `restartCount` | container restarts so far     |
 */
enum class CloudMonitorMetric
{
    Cpu,
    MemoryPercent,
    Qps,
    Rt,
    RestartCount,
};

namespace CloudMonitorMetrics {

inline constexpr char namespaceName[] = "acs_serverless";

/// Exact spelling, as CloudMonitor's metric names are case-sensitive.
std::optional<CloudMonitorMetric> fromName(QStringView name);
QString name(CloudMonitorMetric metric);
QStringList names();

} // namespace CloudMonitorMetrics
