#pragma once

class OperationRegistry;
struct OperationContext;

/**
 * Every operation group of the emulator, registered in one place. Each group lives in its own
 * file pair (namespaceoperations, applicationoperations, ...) with the exact methods, paths,
 * parameters, response shapes and error codes of reference section 9.
 */
namespace SaeOperations {

void registerAll(OperationRegistry &registry, const OperationContext &context);

} // namespace SaeOperations
