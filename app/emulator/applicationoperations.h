#pragma once

class OperationRegistry;
struct OperationContext;

/**
 * ListApplications, DescribeApplicationConfig, DescribeApplicationGroups,
 * DescribeApplicationInstances and ListAppVersions (reference 9.1).
 */
namespace ApplicationOperations {

void registerRoutes(OperationRegistry &registry, const OperationContext &context);

} // namespace ApplicationOperations
