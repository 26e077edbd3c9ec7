#pragma once

#include "emulator/fleet.h"

#include <QJsonObject>
#include <QString>

#include <variant>

/**
 * The fleet as a JSON document, for `sae-emulator --state FILE`: everything the simulation
 * needs to carry on where it stopped. Reading is strict: a document that is not exactly what
 * toJson() writes is refused with the JSON path of the first problem, never half-loaded.
 */
namespace FleetState {

inline constexpr char formatName[] = "opsconsole-sae-emulator-state";
inline constexpr int formatVersion = 2;

QJsonObject toJson(const Fleet &fleet);
/// The fleet, or a message naming what is wrong and where (e.g. "applications[3].instances[0].ip").
std::variant<Fleet, QString> fromJson(const QJsonObject &document);

} // namespace FleetState
