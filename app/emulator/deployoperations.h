#pragma once

class OperationRegistry;
struct OperationContext;

/**
 * The operations that change an application through a change order: DeployApplication,
 * RollbackApplication, RescaleApplication, RestartApplication, StopApplication, StartApplication,
 * RestartInstances and DeleteInstances (reference 6, 8, 9). Each answers at once with the change order's ID;
 * ChangeOrderEngine carries it out.
 */
namespace DeployOperations {

void registerRoutes(OperationRegistry &registry, const OperationContext &context);

} // namespace DeployOperations
