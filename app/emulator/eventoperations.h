#pragma once

class OperationRegistry;
struct OperationContext;

/** ListAppEvents: the Kubernetes-style events of applications and their pods (reference 9). */
namespace EventOperations {

void registerRoutes(OperationRegistry &registry, const OperationContext &context);

} // namespace EventOperations
