#pragma once

#include "core/apierror.h"
#include "core/changeorder.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

class ChangeOrderFollower;
class QTimer;
class RequestScheduler;
class SignOffInboxModel;

/**
 * Finds the change orders that wait for a person across every application of the region, for the
 * sign-off inbox (issue 7). SAE has no call for "orders waiting" across applications, and only one
 * change order runs per application at a time, so a cycle lists the applications (all namespaces)
 * and reads each one's newest change order (ListChangeOrders, PageSize 1) behind everything on
 * screen, paced to a share of the call budget. Orders the console follows update their rows at
 * once, between cycles.
 */
class SignOffWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffWatcher)

public:
    SignOffWatcher(RequestScheduler *scheduler, ChangeOrderFollower *follower, QObject *parent = nullptr);

    SignOffInboxModel *model() const { return m_model; }
    int count() const;

    /// The share of the call budget a cycle may use (default 12 a minute; 0: no pacing).
    void setCallsPerMinute(int calls);
    /// The pause between the end of one cycle and the start of the next (default 60 s; 0: none
    /// until refreshNow()).
    void setCycleInterval(int milliseconds);

    /// Starts cycling; the first cycle begins at once.
    void start();
    /// Begins a cycle now unless one is under way.
    void refreshNow();

    /// When the last full cycle ended; invalid before the first.
    QDateTime lastCycleEnd() const { return m_lastCycleEnd; }

signals:
    /// The number of change orders waiting for a person changed.
    void countChanged(int count);
    /// An application's newest change order as just read (or as followed), waiting or not; the
    /// fleet takes it from here instead of reading it again.
    void newestChangeRead(const ChangeOrder &order);

    /// A cycle read every application (or gave up on those it could not read).
    void cycleFinished();
    /// A read failed: the inbox keeps what it knew, and says since when.
    void readFailed(const ApiError &error);

private:
    void listApplications(int page);
    void readNext();
    /// Reads a waiting order's own record, for its batches, then goes on with the cycle.
    void describe(const ChangeOrder &listed);
    void paceNext();
    void consider(const ChangeOrder &order);
    void forget(const QString &appId);
    void publish();
    void endCycle();

    RequestScheduler *m_scheduler;
    ChangeOrderFollower *m_follower;
    SignOffInboxModel *m_model;
    QTimer *m_cycleTimer;
    QTimer *m_paceTimer;
    QTimer *m_clockTimer;
    int m_callsPerMinute = 12;
    int m_cycleInterval = 60000;
    bool m_cycling = false;
    QHash<QString, QString> m_appNames;    ///< appId -> name, of the cycle's listing
    QStringList m_toRead;                  ///< applications the cycle has still to read
    QHash<QString, ChangeOrder> m_waiting; ///< appId -> its order waiting for a person
    QDateTime m_lastCycleEnd;
    int m_lastCount = 0;
};
