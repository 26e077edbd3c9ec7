#pragma once

#include "core/changeorder.h"
#include "core/fleetalert.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <chrono>
#include <optional>

/**
 * Decides which alerts to raise from successive looks at the fleet, so that each condition is said
 * once (issue 8). The console refreshes the fleet every so often and hands observe() what it saw;
 * observe() returns only the new alerts, in the order of the observations (per application: its
 * health alert, then its change order's).
 *
 * Rules:
 * - The first look at an application sets its baseline. An application already unhealthy at its
 *   first look raises one TurnedUnhealthy (it is news to whoever just opened the console); a change
 *   order already failed at the first look that knows the application's change order raises nothing
 *   (it is history). A look without `lastChange` does not set or move the change-order baseline,
 *   so an application whose details are read late does not announce an old failure.
 * - Healthy -> unhealthy raises TurnedUnhealthy once; unhealthy -> healthy raises Recovered once;
 *   staying in a state raises nothing.
 * - Flapping: an application that turns unhealthy again less than flapQuietPeriod after it was seen
 *   recovered raises nothing: it is still the condition already said (its `since` is kept), and its
 *   next recovery raises nothing either. A turn at or after flapQuietPeriod is a new condition.
 * - ChangeOrderFailed: once per change order ID, when the newest change order is seen Failed (3) or
 *   SystemFailure (10) and was not already failed at the previous look that knew the application's
 *   change order (or is new). Aborted (6) is not a failure.
 * - SignOffOverdue: once per (change order, waiting batch), when the newest change order waits for
 *   a batch confirmation (8) for longer than the threshold since SignOffInboxModel::waitingSince();
 *   a later batch of the same order waiting again counts again. Also at an application's first look:
 *   an order waiting now is not history.
 * - Muted namespaces raise nothing, but their applications' state is still tracked, so unmuting
 *   does not replay conditions that began while muted.
 * - An application missing from an observe() call is forgotten: its return is a new first look.
 * Applications are keyed by appId; a repeated appId within one call is read once (the first).
 */
class FleetAlertTracker final
{
public:
    /// What one refresh saw of one application.
    struct Observation
    {
        QString appId, appName, namespaceId, namespaceName;
        bool unhealthy = false;
        QString unhealthyReason;               ///< "2 of 6 instances not ready"
        std::optional<ChangeOrder> lastChange; ///< the newest change order, when known
    };

    /// A re-turn to unhealthy sooner than this after a recovery is the same condition (flapping).
    static constexpr std::chrono::minutes flapQuietPeriod{2};
    static constexpr std::chrono::minutes defaultSignOffThreshold{15};

    /// How long a batch may wait for a person before SignOffOverdue; default 15 min.
    void setSignOffThreshold(std::chrono::minutes threshold);
    std::chrono::minutes signOffThreshold() const { return m_signOffThreshold; }
    void setMuted(const QString &namespaceId, bool muted);
    bool isMuted(const QString &namespaceId) const;

    /// Compares with what was seen before; returns the alerts to raise now (possibly none).
    QList<FleetAlert> observe(const QList<Observation> &observations, const QDateTime &now);

private:
    /// What the tracker remembers of one application between looks.
    struct ApplicationState
    {
        bool unhealthy = false;
        QString unhealthyReason;
        QDateTime unhealthySince;    ///< start of the current (or last) unhealthy condition
        QDateTime recoveredAt;       ///< when it was last seen turning healthy; invalid: never
        bool recoverySaid = false;   ///< the last condition's recovery was said (or muted)
        bool changeKnown = false;    ///< a look has carried the application's change order
        QSet<QString> failuresKnown; ///< IDs of the orders seen failed: raised, muted or history
        QSet<QString> overdueSaid;   ///< "<changeOrderId>/<batch>" whose overdue wait was raised
    };

    void observeHealth(const Observation &observation, ApplicationState &state, bool firstLook,
                       const QDateTime &now, QList<FleetAlert> &alerts) const;
    void observeChange(const Observation &observation, ApplicationState &state, const QDateTime &now,
                       QList<FleetAlert> &alerts) const;
    static FleetAlert alertFor(const Observation &observation, FleetAlert::Kind kind);

    std::chrono::minutes m_signOffThreshold = defaultSignOffThreshold;
    QSet<QString> m_mutedNamespaces;
    QHash<QString, ApplicationState> m_applications;
};
