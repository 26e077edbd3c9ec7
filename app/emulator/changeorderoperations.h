#pragma once

class OperationRegistry;
struct OperationContext;

/**
 * Following and steering change orders: ListChangeOrders, DescribeChangeOrder, DescribePipeline,
 * ConfirmPipelineBatch, AbortChangeOrder, AbortAndRollbackChangeOrder, and the application's view
 * of them, DescribeApplicationStatus (reference 6.1, 6.2, 9).
 */
namespace ChangeOrderOperations {

void registerRoutes(OperationRegistry &registry, const OperationContext &context);

} // namespace ChangeOrderOperations
