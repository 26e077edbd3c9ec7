#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/**
 * One notification the console raises (issue 8): what happened to which application, when.
 * FleetAlertTracker decides which to raise; the tray shows title() and body(), and a click opens
 * the application (appId) or its change order (changeOrderId).
 */
struct FleetAlert
{
    Q_DECLARE_TR_FUNCTIONS(FleetAlert)

public:
    enum class Kind
    {
        TurnedUnhealthy,
        Recovered,
        ChangeOrderFailed,
        SignOffOverdue
    };

    Kind kind = Kind::TurnedUnhealthy;
    QString appId, appName, namespaceId, namespaceName;
    QString changeOrderId;  ///< ChangeOrderFailed, SignOffOverdue
    QString changeTypeCode; ///< ChangeOrderFailed, SignOffOverdue: the order's CoType (CoDeploy...)
    /// Why unhealthy ("2 of 6 instances not ready"); for Recovered why it had been; the order's
    /// error for ChangeOrderFailed; what waits ("Confirm batch 2 of 3") for SignOffOverdue.
    QString detail;
    /// When the condition began: first seen unhealthy (kept across a flap), first seen healthy
    /// again, the order's end (else first seen failed), the batch's wait start.
    QDateTime since;
    /// When the console raised it (the hand-over's shift counts this); invalid: not raised yet.
    QDateTime raisedAt;

    /// Translated, short: "order-service (prod) is unhealthy", "order-service (prod) recovered",
    /// "Deploy of order-service (prod) failed", "order-service (prod) waits for sign-off for 25 min".
    QString title(const QDateTime &now) const;
    /// Translated detail line(s): the reason, the error or what waits, and the change order's ID.
    QString body() const;
    /// "order-service (prod)": the application's name (else ID) and its namespace's.
    QString subject() const;

    friend bool operator==(const FleetAlert &, const FleetAlert &) = default;
};
