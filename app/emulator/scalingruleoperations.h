#pragma once

class OperationRegistry;
struct OperationContext;

/**
 * Auto-scaling rules (reference 9.2): DescribeApplicationScalingRules, DescribeApplicationScalingRule,
 * Create/Update/Delete/Enable/DisableApplicationScalingRule, validated with ScalingRuleValidator.
 * The rules act through the ScalingEngine simulation step, which also keeps their MetricsStatus.
 */
namespace ScalingRuleOperations {

void registerRoutes(OperationRegistry &registry, const OperationContext &context);

} // namespace ScalingRuleOperations
