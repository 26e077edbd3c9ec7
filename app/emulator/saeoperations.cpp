#include "saeoperations.h"

#include "emulator/applicationoperations.h"
#include "emulator/changeorderoperations.h"
#include "emulator/cloudmonitoroperations.h"
#include "emulator/deployoperations.h"
#include "emulator/eventoperations.h"
#include "emulator/instancelogoperations.h"
#include "emulator/namespaceoperations.h"
#include "emulator/regionmetricoperations.h"
#include "emulator/scalingruleoperations.h"

namespace SaeOperations {

void registerAll(OperationRegistry &registry, const OperationContext &context)
{
    NamespaceOperations::registerRoutes(registry, context);
    ApplicationOperations::registerRoutes(registry, context);
    ScalingRuleOperations::registerRoutes(registry, context);
    DeployOperations::registerRoutes(registry, context);
    ChangeOrderOperations::registerRoutes(registry, context);
    EventOperations::registerRoutes(registry, context);
    CloudMonitorOperations::registerRoutes(registry, context);
    InstanceLogOperations::registerRoutes(registry, context);
    RegionMetricOperations::registerRoutes(registry, context);
}

} // namespace SaeOperations
