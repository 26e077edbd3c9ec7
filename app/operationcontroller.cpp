#include "operationcontroller.h"

#include "appcontroller.h"
#include "changeorderfollower.h"
#include "core/applicationtablemodel.h"
#include "core/changeorderticket.h"
#include "core/confirmationrequest.h"
#include "core/manualchangelock.h"
#include "core/retrypolicy.h"
#include "platform/changeorderapi.h"
#include "platform/deploymentapi.h"
#include "platform/journalwriter.h"
#include "platform/requestscheduler.h"
#include "platform/scalingruleapi.h"
#include "widgets/confirmationdialog.h"
#include "widgets/mainwindow.h"

using namespace Qt::StringLiterals;

OperationController::OperationController(RequestScheduler *scheduler, JournalWriter *journal,
                                         AppController *navigation, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_journal(journal)
    , m_navigation(navigation)
    , m_window(window)
    , m_follower(new ChangeOrderFollower(scheduler, this))
{
    connect(m_follower, &ChangeOrderFollower::finished, this, &OperationController::onChangeOrderFinished);
    connect(m_journal, &JournalWriter::entryWritten, this, [this](const QUuid &id) {
        if (auto next = m_awaitingJournal.take(id))
            next(true);
    });
    connect(m_journal, &JournalWriter::writeFailed, this, [this](const QUuid &id, const QString &message) {
        m_window->showErrorMessage(tr("Could not write the operations journal (%1): %2. Nothing was sent.")
                                       .arg(m_journal->path(), message));
        if (auto next = m_awaitingJournal.take(id))
            next(false);
    });
}

void OperationController::setSession(const Profile &profile, const QString &regionId)
{
    m_profile = profile;
    m_regionId = regionId;
}

void OperationController::reviewInstanceRestart(const QStringList &instanceIds)
{
    const QString appId = m_navigation->currentApplicationId();
    if (appId.isEmpty() || instanceIds.isEmpty())
        return;
    PlannedOperation planned = planFor(JournalAction::restartInstances, appId, instanceIds,
                                       tr("Restart %n instance(s)", nullptr, int(instanceIds.size())),
                                       DeploymentApi::restartInstances(appId, instanceIds));
    planned.target = instanceIds.join(u", "_s);
    planned.impact = tr("Each instance's container restarts in place and serves no traffic until its "
                        "readiness check passes again, usually under a minute. The other instances keep "
                        "serving.");
    propose(std::move(planned));
}

void OperationController::reviewInstanceDeletion(const QStringList &instanceIds)
{
    const QString appId = m_navigation->currentApplicationId();
    if (appId.isEmpty() || instanceIds.isEmpty())
        return;
    PlannedOperation planned = planFor(JournalAction::deleteInstances, appId, instanceIds,
                                       tr("Delete %n instance(s)", nullptr, int(instanceIds.size())),
                                       DeploymentApi::deleteInstances(appId, instanceIds));
    planned.target = instanceIds.join(u", "_s);
    planned.impact = tr("The instances are removed and their local state and logs are lost; the platform "
                        "starts new ones to keep the application's instance count.");
    planned.destructive = true;
    propose(std::move(planned));
}

PlannedOperation OperationController::planFor(QLatin1StringView what, const QString &appId,
                                              const QStringList &instanceIds, const QString &title,
                                              const ApiCall<ChangeOrderTicket> &call) const
{
    PlannedOperation planned;
    planned.what = what;
    planned.appId = appId;
    planned.instanceIds = instanceIds;
    planned.title = title;
    planned.call = call;
    return planned;
}

QString OperationController::keyOf(const PlannedOperation &planned)
{
    // What makes two requests the same operation: the action, the application, the instances and
    // the subject (a scaling rule).
    QString key = QString(planned.what) + u':' + planned.appId;
    if (!planned.instanceIds.isEmpty())
        key += u':' + planned.instanceIds.join(u',');
    if (!planned.subject.isEmpty())
        key += u':' + planned.subject;
    return key;
}

void OperationController::reviewLifecycleAction(const QString &appId, LifecycleAction action)
{
    if (appId.isEmpty())
        return;
    const Application *listed = m_navigation->applicationModel()->findRow(appId);
    if (const QString lock =
            ManualChangeLock::reasonFor(m_navigation->applicationModel()->activity(appId), action);
        !lock.isEmpty()) {
        m_window->showErrorMessage(lock);
        return;
    }
    const int running = listed ? listed->runningInstances : 0;
    PlannedOperation planned;
    switch (action) {
    case LifecycleAction::Deploy:
        return; // planned in the deploy wizard (DeployController)
    case LifecycleAction::Restart:
        planned = planFor(JournalAction::restartApplication, appId, {}, tr("Restart application"),
                          DeploymentApi::restartApplication(appId));
        planned.impact = tr("All %n instance(s) restart batch by batch; capacity drops by one batch while "
                            "each batch restarts.",
                            nullptr, running);
        break;
    case LifecycleAction::Stop:
        planned = planFor(JournalAction::stop, appId, {}, tr("Stop application"),
                          DeploymentApi::stopApplication(appId));
        planned.impact = tr("All %n instance(s) stop and the application serves no traffic until it is "
                            "started again.",
                            nullptr, running);
        planned.destructive = true;
        break;
    case LifecycleAction::Start:
        planned = planFor(JournalAction::start, appId, {}, tr("Start application"),
                          DeploymentApi::startApplication(appId));
        planned.impact = tr("The application starts with the instance count it had when it was stopped.");
        break;
    }
    planned.blockedByEnabledScalingRule = ManualChangeLock::blocks(action);
    propose(std::move(planned));
}

ConfirmationRequest OperationController::confirmationFor(const QString &appId, const QString &action) const
{
    const Application *listed = m_navigation->applicationModel()->findRow(appId);
    const Application app = listed ? *listed : Application();
    ConfirmationRequest request;
    request.action = action;
    request.profileName = m_profile.name;
    request.regionId = m_regionId;
    request.namespaceId = app.namespaceId;
    request.namespaceName = app.namespaceName;
    request.appId = appId;
    request.appName = app.appName;
    request.protectedNamespace = m_profile.isProtected(app.namespaceId, app.namespaceName);
    return request;
}

void OperationController::propose(PlannedOperation planned)
{
    ConfirmationRequest request = confirmationFor(planned.appId, planned.title);
    request.target = planned.target;
    request.impact = planned.impact;
    request.destructive = planned.destructive;
    request.changes = planned.changes;
    Operation operation;
    operation.key = keyOf(planned);
    operation.requested =
        JournalEntry::requested(QString(planned.what), who(), where(planned.appId, planned.instanceIds),
                                planned.call.request.summary);
    operation.requested.changeOrderId = planned.changeOrderId;
    operation.requested.comment = planned.comment;
    operation.requested.evidence = planned.evidence;
    operation.planned = std::move(planned);
    if (m_running.contains(operation.key)) {
        m_window->showNotice(tr("%1 is already under way for %2; wait for it to finish.")
                                 .arg(operation.planned.title, request.appName));
        if (operation.planned.cancelled)
            operation.planned.cancelled();
        return;
    }
    QWidget *over = operation.planned.reviewedIn ? operation.planned.reviewedIn.data() : m_window;
    auto *dialog = new ConfirmationDialog(request, over);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfirmationDialog::rejected, this, [cancelled = operation.planned.cancelled] {
        if (cancelled)
            cancelled();
    });
    connect(dialog, &ConfirmationDialog::confirmed, this, [this, operation = std::move(operation)]() mutable {
        if (operation.planned.recheck)
            recheckThenSubmit(std::move(operation));
        else if (operation.planned.blockedByEnabledScalingRule)
            submitUnlessLocked(std::move(operation));
        else
            submit(std::move(operation));
    });
    dialog->open();
}

void OperationController::recheckThenSubmit(Operation operation)
{
    if (m_running.contains(operation.key))
        return;
    m_running.insert(operation.key); // a second confirmation waits its turn
    const auto recheck = operation.planned.recheck;
    recheck([this, operation = std::move(operation)](const QString &refusal) mutable {
        m_running.remove(operation.key);
        if (!refusal.isEmpty()) {
            m_window->showErrorMessage(tr("%1: nothing was sent. %2").arg(operation.planned.title, refusal));
            if (operation.planned.cancelled)
                operation.planned.cancelled();
            return;
        }
        operation.planned.recheck = nullptr;
        if (operation.planned.blockedByEnabledScalingRule)
            submitUnlessLocked(std::move(operation));
        else
            submit(std::move(operation));
    });
}

void OperationController::submitUnlessLocked(Operation operation)
{
    if (m_running.contains(operation.key))
        return;
    // Held as running while the rules are read, so that a second confirmation waits its turn.
    m_running.insert(operation.key);
    const QString appId = operation.planned.appId;
    m_scheduler->schedule(
        ScalingRuleApi::describeScalingRules(appId), RequestScheduler::Priority::UserAction, this,
        [this, appId, operation = std::move(operation)](const ApiResult<QList<ScalingRule>> &result) mutable {
            m_running.remove(operation.key);
            const auto stop = [this, &operation](const QString &message) {
                m_window->showErrorMessage(message);
                if (operation.planned.cancelled)
                    operation.planned.cancelled();
            };
            if (!result.isOk()) {
                stop(tr("%1: could not check the application's scaling rules, so nothing was sent. %2")
                         .arg(operation.planned.title, result.error().detailedText()));
                return;
            }
            m_navigation->noteScalingRules(appId, result.value());
            QStringList enabled;
            for (const ScalingRule &rule : result.value()) {
                if (rule.enabled)
                    enabled.append(rule.name);
            }
            if (!enabled.isEmpty()) {
                stop(ManualChangeLock::reasonForRules(enabled));
                return;
            }
            submit(std::move(operation));
        });
}

void OperationController::submit(Operation operation)
{
    if (m_running.contains(operation.key))
        return; // a second dialog for the same operation was confirmed meanwhile
    m_running.insert(operation.key);
    operation.requested.time = QDateTime::currentDateTimeUtc(); // when the user confirmed, not opened
    const ApplicationActivity before = m_navigation->applicationModel()->activity(operation.planned.appId);
    operation.previousChangeOrderId = before.lastChange ? before.lastChange->changeOrderId : QString();
    // Write-ahead: the call leaves only once the journal holds the user's decision on disk.
    m_awaitingJournal.insert(operation.requested.id, [this, operation](bool written) {
        if (written) {
            send(operation);
        } else {
            m_running.remove(operation.key);
            if (operation.planned.refused)
                operation.planned.refused(ApiError()); // never sent; writeFailed() said why
            if (operation.planned.ended)
                operation.planned.ended();
            emit operationFinished(operation.requested.what, JournalEntry::Outcome::Failed); // never sent
        }
    });
    m_journal->append(operation.requested);
    m_window->showNotice(tr("%1: sending…").arg(operation.planned.title));
}

void OperationController::send(const Operation &operation)
{
    m_scheduler->schedule(operation.planned.call, RequestScheduler::Priority::UserAction, this,
                          [this, operation](const ApiResult<ChangeOrderTicket> &result) {
                              if (result.isOk())
                                  onAccepted(operation, result.value());
                              else
                                  onRefused(operation, result.error());
                          });
}

void OperationController::onAccepted(const Operation &operation, const ChangeOrderTicket &ticket)
{
    JournalEntry accepted = operation.requested.followUp(JournalEntry::Outcome::Accepted);
    accepted.requestId = ticket.requestId;
    if (!ticket.changeOrderId.isEmpty())
        accepted.changeOrderId = ticket.changeOrderId; // a sign-off keeps the order it decided on
    journal(accepted);
    if (operation.planned.accepted)
        operation.planned.accepted(ticket);
    m_navigation->reloadActivity(operation.requested.where.appId);
    if (ticket.changeOrderId.isEmpty()) {
        // Nothing to follow (scaling rules start no change order): accepted is done.
        finish(operation, accepted.followUp(JournalEntry::Outcome::Succeeded));
        m_window->showNotice(tr("%1: done.").arg(operation.planned.title));
        return;
    }
    m_window->showNotice(tr("%1: accepted, change order %2; following it…")
                             .arg(operation.planned.title, ticket.changeOrderId));
    track(operation, accepted);
}

void OperationController::onRefused(const Operation &operation, const ApiError &error)
{
    const bool unknown = RetryPolicy::mayHaveBeenApplied(error);
    if (unknown) {
        if (operation.planned.startsChangeOrderType.isEmpty())
            reportUnknown(operation, error);
        else
            reconcile(operation, error);
        return;
    }
    JournalEntry entry = operation.requested.followUp(unknown ? JournalEntry::Outcome::UnknownAfterTimeout
                                                              : JournalEntry::Outcome::Failed);
    entry.requestId = error.requestId;
    entry.errorCode = error.code.isEmpty() ? QVariant::fromValue(error.kind).toString() : error.code;
    entry.errorMessage = error.message;
    finish(operation, entry, &error);
    m_window->showError(tr("%1 was refused.").arg(operation.planned.title), error);
}

void OperationController::reportUnknown(const Operation &operation, const ApiError &error)
{
    JournalEntry entry = operation.requested.followUp(JournalEntry::Outcome::UnknownAfterTimeout);
    entry.requestId = error.requestId;
    entry.errorCode = error.code.isEmpty() ? QVariant::fromValue(error.kind).toString() : error.code;
    entry.errorMessage = error.message;
    finish(operation, entry, &error);
    m_window->showError(tr("%1: no answer; it may or may not have happened. Check the application "
                           "before trying again.")
                            .arg(operation.planned.title),
                        error);
}

void OperationController::reconcile(const Operation &operation, const ApiError &error)
{
    m_window->showNotice(tr("%1: no answer; reading the application's change orders to see whether it "
                            "started…")
                             .arg(operation.planned.title));
    ChangeOrderQuery query;
    query.appId = operation.planned.appId;
    query.pageSize = 10;
    m_scheduler->schedule(
        ChangeOrderApi::listChangeOrders(query), RequestScheduler::Priority::UserAction, this,
        [this, operation, error](const ApiResult<Page<ChangeOrder>> &result) {
            if (!result.isOk()) {
                reportUnknown(operation, error);
                return;
            }
            // A change order of the type, created since the request (give or take the clocks'
            // difference), that is not the one the application had before, is the request's; only
            // one change order runs per application at a time. Two candidates: nobody can tell.
            const QDateTime since = operation.requested.time.addSecs(-10);
            const QString type = operation.planned.startsChangeOrderType;
            const QString previous = operation.previousChangeOrderId;
            QList<ChangeOrder> candidates;
            for (const ChangeOrder &order : result.value().items) {
                const bool sameType = order.coTypeCode == type
                                      || (type == u"CoRollback" && order.coTypeCode == u"CoDeployHistroy");
                if (sameType && order.createdAt >= since && order.changeOrderId != previous)
                    candidates.append(order);
            }
            if (candidates.size() == 1) {
                const ChangeOrder &order = candidates.constFirst();
                JournalEntry accepted = operation.requested.followUp(JournalEntry::Outcome::Accepted);
                accepted.changeOrderId = order.changeOrderId;
                accepted.errorCode =
                    error.code.isEmpty() ? QVariant::fromValue(error.kind).toString() : error.code;
                accepted.errorMessage = u"No answer to the call; change order found by ListChangeOrders."_s;
                journal(accepted);
                ChangeOrderTicket ticket;
                ticket.changeOrderId = order.changeOrderId;
                if (operation.planned.accepted)
                    operation.planned.accepted(ticket);
                m_window->showNotice(tr("%1: the call got no answer, but change order %2 started; following "
                                        "it…")
                                         .arg(operation.planned.title, order.changeOrderId));
                track(operation, accepted);
                return;
            }
            reportUnknown(operation, error);
        });
}

void OperationController::track(const Operation &operation, const JournalEntry &accepted)
{
    // An order known to have ended already (a stop that names the order it stopped) ends here.
    if (const std::optional<ChangeOrder> known = m_follower->last(accepted.changeOrderId);
        known && isTerminal(known->status)) {
        finishTracked(operation, accepted, *known);
        return;
    }
    m_tracked.insert(accepted.changeOrderId, {operation, accepted});
    m_follower->follow(accepted.changeOrderId);
}

void OperationController::onChangeOrderFinished(const ChangeOrder &order)
{
    const QList<std::pair<Operation, JournalEntry>> waiting = m_tracked.values(order.changeOrderId);
    m_tracked.remove(order.changeOrderId);
    for (const auto &[operation, accepted] : waiting)
        finishTracked(operation, accepted, order);
}

void OperationController::finishTracked(const Operation &operation, const JournalEntry &accepted,
                                        const ChangeOrder &order)
{
    const bool succeeded =
        order.status == ChangeOrderStatus::Succeeded
        || (operation.planned.succeedsWhenAborted && order.status == ChangeOrderStatus::Aborted);
    JournalEntry entry =
        accepted.followUp(succeeded ? JournalEntry::Outcome::Succeeded : JournalEntry::Outcome::Failed);
    entry.changeOrderId = order.changeOrderId;
    if (!succeeded) {
        entry.errorCode = lastChangeOrderStatusText(order.status);
        entry.errorMessage = order.errorMessage;
    }
    const ApiError failure = ApiError::fromPlatform(0, entry.errorCode, order.errorMessage, {});
    finish(operation, entry, succeeded ? nullptr : &failure);
    if (succeeded)
        m_window->showNotice(tr("%1: done.").arg(operation.planned.title));
    else
        m_window->showError(tr("%1 did not finish well.").arg(operation.planned.title), failure);
}

void OperationController::finish(const Operation &operation, const JournalEntry &entry, const ApiError *error)
{
    journal(entry);
    m_running.remove(operation.key);
    if (operation.requested.where.appId == m_navigation->currentApplicationId())
        m_navigation->reloadInstances();
    m_navigation->reloadActivity(operation.requested.where.appId);
    const PlannedOperation &planned = operation.planned;
    if (entry.outcome == JournalEntry::Outcome::Succeeded && planned.succeeded)
        planned.succeeded();
    else if (entry.outcome == JournalEntry::Outcome::UnknownAfterTimeout && planned.unknown)
        planned.unknown();
    else if (entry.outcome == JournalEntry::Outcome::Failed && error && planned.refused)
        planned.refused(*error);
    if (planned.ended)
        planned.ended();
    emit operationFinished(operation.requested.what, entry.outcome);
}

void OperationController::journal(const JournalEntry &entry)
{
    m_journal->append(entry); // a failure is reported through writeFailed()
}

JournalEntry::Who OperationController::who() const
{
    JournalEntry::Who who;
    who.profile = m_profile.name;
    who.accessKeyId = m_profile.accessKeyId;
    who.osUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return who;
}

JournalEntry::Where OperationController::where(const QString &appId, const QStringList &instanceIds) const
{
    JournalEntry::Where where;
    where.regionId = m_regionId;
    where.appId = appId;
    where.instanceIds = instanceIds;
    if (const Application *app = m_navigation->applicationModel()->findRow(appId)) {
        where.namespaceId = app->namespaceId;
        where.namespaceName = app->namespaceName;
        where.appName = app->appName;
    }
    return where;
}
