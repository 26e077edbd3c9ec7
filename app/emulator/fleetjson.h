#pragma once

#include "core/namespace.h"
#include "emulator/emulatedapplication.h"

#include <QJsonObject>

/**
 * The emulator's side of the wire: fleet state written with SAE's exact JSON field names and
 * types (reference section 9). The console's reading side is separate (platform/SaeJsonReader),
 * so a mistake in one cannot hide the same mistake in the other.
 */
namespace FleetJson {

QJsonObject namespaceEntry(const Namespace &ns);
QJsonObject applicationEntry(const EmulatedApplication &app);
QJsonObject groupEntry(const EmulatedApplication &app);
QJsonObject instanceEntry(const Instance &instance);

} // namespace FleetJson
