#pragma once

class OperationRegistry;
struct OperationContext;

/**
 * CloudMonitor's `DescribeMetricList` (cms 2019-01-01, RPC style) over the `acs_serverless`
 * namespace: per-instance series of the load model for up to a week back (reference 10; the
 * metric names are in cloudmonitormetric.h).
 */
namespace CloudMonitorOperations {

inline constexpr char apiVersion[] = "2019-01-01";
/// How far back the emulator keeps series.
inline constexpr int retentionDays = 7;
inline constexpr int defaultLength = 1000;
inline constexpr int maximumLength = 1440;

void registerRoutes(OperationRegistry &registry, const OperationContext &context);

} // namespace CloudMonitorOperations
