#include "saeoperations.h"

#include "emulator/applicationoperations.h"
#include "emulator/namespaceoperations.h"

namespace SaeOperations {

void registerAll(OperationRegistry &registry, const OperationContext &context)
{
    NamespaceOperations::registerRoutes(registry, context);
    ApplicationOperations::registerRoutes(registry, context);
}

} // namespace SaeOperations
