#pragma once

#include "emulator/emulatedchangeorder.h"

#include <QDateTime>
#include <QList>

struct EmulatedApplication;
class Fleet;

/**
 * The change orders a fleet had before the emulator started, so that "what changed just before
 * the spike?" has an answer from the first minute: deploys every few days, restarts, roll-backs,
 * the odd failed or aborted release, scale-outs for promotions. The history agrees with the fleet:
 * the newest order that replaced instances did so when the running instances were created and put
 * them on the running version; older deploys carry older versions; nothing after it replaced an
 * instance. A function of the seed, the applications and the build time.
 */
namespace ChangeOrderHistory {

inline constexpr int days = 7;

/// Adds the history of the `days` before `builtAt` of every application to `fleet`: its change
/// orders (oldest first, as the engine keeps them) and the Kubernetes events they left.
void write(Fleet &fleet, quint64 seed, const QDateTime &builtAt);

/// One application's change orders, oldest first (what write() adds for it).
QList<EmulatedChangeOrder> of(const EmulatedApplication &application, quint64 seed, const QDateTime &builtAt);

} // namespace ChangeOrderHistory
