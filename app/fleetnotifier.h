#pragma once

#include "core/fleetalert.h"
#include "core/fleetalerttracker.h"

#include <QObject>

#include <functional>

class FleetTableModel;

/**
 * Turns the fleet page's refreshes into notifications for the on-call engineer (issue 8): after
 * each refresh it hands FleetAlertTracker what the rows say (unhealthy or not, the newest change
 * order) and raises what is new, once: an application turned unhealthy or recovered, a change
 * order failed, a batch waits for sign-off longer than the threshold. Muted namespaces raise
 * nothing. The raised alerts are kept (the newest 500) for the hand-over report.
 */
class FleetNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetNotifier)

public:
    static constexpr int keptAlerts = 500;

    explicit FleetNotifier(const FleetTableModel *fleet, QObject *parent = nullptr);

    /// What "now" is (tests follow the emulator's clock); the system clock by default.
    void setClock(std::function<QDateTime()> clock);
    void setSignOffThreshold(std::chrono::minutes threshold);
    std::chrono::minutes signOffThreshold() const { return m_tracker.signOffThreshold(); }
    void setMuted(const QString &namespaceId, bool muted);
    bool isMuted(const QString &namespaceId) const { return m_tracker.isMuted(namespaceId); }
    QStringList mutedNamespaces() const { return m_muted; }

    /// Compares the fleet's rows with the last look and raises what is new (after each refresh).
    void observe();

    /// The alerts raised so far, oldest first (at most keptAlerts).
    QList<FleetAlert> history() const { return m_history; }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

signals:
    /// The alerts one look raised, in the tracker's order (possibly several at the first look).
    void alertsRaised(const QList<FleetAlert> &alerts);
    void mutedChanged(const QStringList &namespaceIds);

private:
    const FleetTableModel *m_fleet;
    FleetAlertTracker m_tracker;
    std::function<QDateTime()> m_clock;
    QStringList m_muted;
    QList<FleetAlert> m_history;
};
