#pragma once

class OperationRegistry;
struct OperationContext;

/**
 * A region's top offenders in one call each (reference 9.6): GetAvailabilityMetric (abnormal
 * instances), GetScaleAppMetric (auto-scaling applications), GetWarningEventMetric (Warning
 * events in a time window) and GetChangeOrderMetric (change orders, failed and slow).
 */
namespace RegionMetricOperations {

void registerRoutes(OperationRegistry &registry, const OperationContext &context);

} // namespace RegionMetricOperations
