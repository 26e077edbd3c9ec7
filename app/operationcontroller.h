#pragma once

#include "core/apierror.h"
#include "core/journalentry.h"
#include "core/lifecycleaction.h"
#include "core/profile.h"
#include "plannedoperation.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUuid>

#include <functional>

class AppController;
class ChangeOrderFollower;
class JournalWriter;
class MainWindow;
class RequestScheduler;
struct ChangeOrder;
struct ChangeOrderTicket;
struct ConfirmationRequest;

/**
 * Every change the console makes to the platform walks the same four steps (DESIGN.md section 5):
 * review — a ConfirmationDialog names the profile, region, namespace, application and target and
 * says what will happen; confirm — Cancel is the default, protected namespaces and destructive
 * actions want the application's name typed; track — the change order is followed to its end;
 * record — the journal gets a line when the user confirmed (written and fsync'd before the call
 * leaves), when the platform took it (RequestId, ChangeOrderId) and when it ended.
 *
 * The same operation cannot be submitted twice while it runs: a second request for it says so.
 */
class OperationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationController)

public:
    OperationController(RequestScheduler *scheduler, JournalWriter *journal, AppController *navigation,
                        MainWindow *window, QObject *parent = nullptr);

    /// Who acts and where: the profile (name, AccessKey ID, protected namespaces) and region.
    void setSession(const Profile &profile, const QString &regionId);

    /// Opens the confirmation for restarting (or deleting) instances of the chosen application.
    void reviewInstanceRestart(const QStringList &instanceIds);
    void reviewInstanceDeletion(const QStringList &instanceIds);
    void reviewLifecycleAction(const QString &appId, LifecycleAction action);
    /// Reviews any planned change with the user, then sends, follows and journals it.
    void propose(PlannedOperation planned);
    /// Whether the same operation (action, application, subject) is confirmed and not yet ended.
    bool isRunning(const PlannedOperation &planned) const { return m_running.contains(keyOf(planned)); }

    /// Where an action on `appId` lands (profile, region, namespace, application, protected?),
    /// for a review that leads with it; `action` is the translated title.
    ConfirmationRequest confirmationFor(const QString &appId, const QString &action) const;

    /// Operations confirmed and not yet at their end.
    int operationsInFlight() const { return int(m_running.size()); }

    /// The change orders being followed, shared with the views that show them.
    ChangeOrderFollower *follower() const { return m_follower; }

signals:
    /// An operation reached its end: the platform finished it, refused it, or its outcome is unknown.
    void operationFinished(const QString &what, JournalEntry::Outcome outcome);

private:
    struct Operation
    {
        QString key; ///< what makes two requests the same operation
        PlannedOperation planned;
        JournalEntry requested;
        /// The application's newest change order when the call left: not the call's own.
        QString previousChangeOrderId;
    };

    static QString keyOf(const PlannedOperation &planned);
    PlannedOperation planFor(QLatin1StringView what, const QString &appId, const QStringList &instanceIds,
                             const QString &title, const ApiCall<ChangeOrderTicket> &call) const;
    /// For operations SAE does not want while a scaling rule is enabled: reads the rules first.
    void submitUnlessLocked(Operation operation);
    /// For operations whose premise may have changed while the person read the confirmation.
    void recheckThenSubmit(Operation operation);
    void submit(Operation operation);
    void send(const Operation &operation);
    void onAccepted(const Operation &operation, const ChangeOrderTicket &ticket);
    void onRefused(const Operation &operation, const ApiError &error);
    void track(const Operation &operation, const JournalEntry &accepted);
    void onChangeOrderFinished(const ChangeOrder &order);
    void finishTracked(const Operation &operation, const JournalEntry &accepted, const ChangeOrder &order);
    /// No answer to a call that starts a change order: reads the application's change orders
    /// again and follows the one the call started, if it did; else the outcome stays unknown.
    void reconcile(const Operation &operation, const ApiError &error);
    void reportUnknown(const Operation &operation, const ApiError &error);
    /// Journals the end and tells the planner; `error` when the platform refused or the order failed.
    void finish(const Operation &operation, const JournalEntry &entry, const ApiError *error = nullptr);
    void journal(const JournalEntry &entry);
    JournalEntry::Who who() const;
    JournalEntry::Where where(const QString &appId, const QStringList &instanceIds) const;

    RequestScheduler *m_scheduler;
    JournalWriter *m_journal;
    AppController *m_navigation;
    MainWindow *m_window;
    Profile m_profile;
    QString m_regionId;
    ChangeOrderFollower *m_follower;
    QSet<QString> m_running; ///< keys of confirmed operations not yet ended
    /// Change order ID -> the operations that wait for its end (the deploy that started it, a
    /// stop that aborts it) and their "accepted" lines.
    QMultiHash<QString, std::pair<Operation, JournalEntry>> m_tracked;
    QHash<QUuid, std::function<void(bool)>> m_awaitingJournal; ///< entry id -> continue (written?)
};
