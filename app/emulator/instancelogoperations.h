#pragma once

class OperationRegistry;
struct OperationContext;

/** DescribeInstanceLog: the stdout of an instance's container, now or before its last restart
 * (reference 9.5). */
namespace InstanceLogOperations {

void registerRoutes(OperationRegistry &registry, const OperationContext &context);

} // namespace InstanceLogOperations
