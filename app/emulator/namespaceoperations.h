#pragma once

class OperationRegistry;
struct OperationContext;

/** DescribeNamespaces, DescribeNamespaceList and DescribeRegions (reference section 9). */
namespace NamespaceOperations {

void registerRoutes(OperationRegistry &registry, const OperationContext &context);

} // namespace NamespaceOperations
