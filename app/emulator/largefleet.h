#pragma once

#include "emulator/fleet.h"

#include <QDateTime>

/**
 * `--fleet large:N`: N applications for performance work, made from the retail fleet's
 * applications as templates (each copy with its own name, IDs and instances), spread over the
 * same namespaces. Deterministic by seed, like the retail fleet.
 */
namespace LargeFleet {

inline constexpr int maximumApplications = 10000;

/// N from 1 to maximumApplications.
Fleet build(quint64 seed, const QString &regionId, const QDateTime &now, int applications);

} // namespace LargeFleet
