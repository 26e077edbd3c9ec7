#pragma once

#include <optional>

/**
 * What one instance measures in one minute, in CloudMonitor's units: CPU and memory in percent
 * of the instance's request, requests per second, average response time in milliseconds, the
 * container's restart count so far. A metric the instance cannot have (no traffic reaches a
 * container that is not ready) is absent.
 */
struct InstanceSample
{
    double cpuPercent = 0;
    double memoryPercent = 0;
    std::optional<double> requestsPerSecond;
    std::optional<double> responseTimeMs;
    double restarts = 0;
};
