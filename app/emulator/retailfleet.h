#pragma once

#include "emulator/fleet.h"

#include <QDateTime>

/**
 * The emulator's default fleet: a retail company's channel platform in one region, with
 * production, staging and development namespaces. The same seed always builds the same fleet
 * (IDs, IPs, ages), so tests and screenshots are reproducible.
 */
namespace RetailFleet {

Fleet build(quint64 seed, const QString &regionId, const QDateTime &now);

} // namespace RetailFleet
