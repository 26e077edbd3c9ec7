#include "operationcontroller.h"

#include "appcontroller.h"
#include "core/applicationtablemodel.h"
#include "core/changeorderticket.h"
#include "core/confirmationrequest.h"
#include "core/retrypolicy.h"
#include "platform/changeorderapi.h"
#include "platform/changeordertracker.h"
#include "platform/deploymentapi.h"
#include "platform/journalwriter.h"
#include "platform/requestscheduler.h"
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
{
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
    Operation operation = operationFor(JournalAction::restartInstances, appId, instanceIds,
                                       tr("Restart %n instance(s)", nullptr, int(instanceIds.size())),
                                       DeploymentApi::restartInstances(appId, instanceIds));
    ConfirmationRequest request = confirmationFor(appId, operation.title);
    request.target = instanceIds.join(u", "_s);
    request.impact = tr("Each instance's container restarts in place and serves no traffic until its "
                        "readiness check passes again, usually under a minute. The other instances keep "
                        "serving.");
    review(std::move(operation), request);
}

void OperationController::reviewInstanceDeletion(const QStringList &instanceIds)
{
    const QString appId = m_navigation->currentApplicationId();
    if (appId.isEmpty() || instanceIds.isEmpty())
        return;
    Operation operation = operationFor(JournalAction::deleteInstances, appId, instanceIds,
                                       tr("Delete %n instance(s)", nullptr, int(instanceIds.size())),
                                       DeploymentApi::deleteInstances(appId, instanceIds));
    ConfirmationRequest request = confirmationFor(appId, operation.title);
    request.target = instanceIds.join(u", "_s);
    request.impact = tr("The instances are removed and their local state and logs are lost; the platform "
                        "starts new ones to keep the application's instance count.");
    request.destructive = true;
    review(std::move(operation), request);
}

OperationController::Operation OperationController::operationFor(QLatin1StringView what, const QString &appId,
                                                                 const QStringList &instanceIds,
                                                                 const QString &title,
                                                                 const ApiCall<ChangeOrderTicket> &call) const
{
    Operation operation;
    // What makes two requests the same operation: the action, the application, the instances.
    operation.key = QString(what) + u':' + appId;
    if (!instanceIds.isEmpty())
        operation.key += u':' + instanceIds.join(u',');
    operation.title = title;
    operation.call = call;
    operation.requested =
        JournalEntry::requested(QString(what), who(), where(appId, instanceIds), call.request.summary);
    return operation;
}

void OperationController::reviewLifecycleAction(const QString &appId, LifecycleAction action)
{
    if (appId.isEmpty())
        return;
    Operation operation;
    ConfirmationRequest request;
    const Application *listed = m_navigation->applicationModel()->findRow(appId);
    const int running = listed ? listed->runningInstances : 0;
    switch (action) {
    case LifecycleAction::Restart:
        operation = operationFor(JournalAction::restartApplication, appId, {}, tr("Restart application"),
                                 DeploymentApi::restartApplication(appId));
        request = confirmationFor(appId, operation.title);
        request.impact = tr("All %n instance(s) restart batch by batch; capacity drops by one batch while "
                            "each batch restarts.",
                            nullptr, running);
        break;
    case LifecycleAction::Stop:
        operation = operationFor(JournalAction::stop, appId, {}, tr("Stop application"),
                                 DeploymentApi::stopApplication(appId));
        request = confirmationFor(appId, operation.title);
        request.impact = tr("All %n instance(s) stop and the application serves no traffic until it is "
                            "started again.",
                            nullptr, running);
        request.destructive = true;
        break;
    case LifecycleAction::Start:
        operation = operationFor(JournalAction::start, appId, {}, tr("Start application"),
                                 DeploymentApi::startApplication(appId));
        request = confirmationFor(appId, operation.title);
        request.impact = tr("The application starts with the instance count it had when it was stopped.");
        break;
    }
    review(std::move(operation), request);
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

void OperationController::review(Operation operation, const ConfirmationRequest &request)
{
    if (m_running.contains(operation.key)) {
        m_window->showNotice(tr("%1 is already under way for %2; wait for it to finish.")
                                 .arg(operation.title, request.appName));
        return;
    }
    auto *dialog = new ConfirmationDialog(request, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfirmationDialog::confirmed, this,
            [this, operation = std::move(operation)]() mutable { submit(std::move(operation)); });
    dialog->open();
}

void OperationController::submit(Operation operation)
{
    if (m_running.contains(operation.key))
        return; // a second dialog for the same operation was confirmed meanwhile
    m_running.insert(operation.key);
    operation.requested.time = QDateTime::currentDateTimeUtc(); // when the user confirmed, not opened
    // Write-ahead: the call leaves only once the journal holds the user's decision on disk.
    m_awaitingJournal.insert(operation.requested.id, [this, operation](bool written) {
        if (written) {
            send(operation);
        } else {
            m_running.remove(operation.key);
            emit operationFinished(operation.requested.what, JournalEntry::Outcome::Failed); // never sent
        }
    });
    m_journal->append(operation.requested);
    m_window->showNotice(tr("%1: sending…").arg(operation.title));
}

void OperationController::send(const Operation &operation)
{
    m_scheduler->schedule(operation.call, RequestScheduler::Priority::UserAction, this,
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
    accepted.changeOrderId = ticket.changeOrderId;
    journal(accepted);
    m_window->showNotice(
        tr("%1: accepted, change order %2; following it…").arg(operation.title, ticket.changeOrderId));
    m_navigation->reloadActivity(operation.requested.where.appId);
    if (ticket.changeOrderId.isEmpty()) {
        finish(operation, accepted.followUp(JournalEntry::Outcome::Succeeded));
        return;
    }
    track(operation, accepted);
}

void OperationController::onRefused(const Operation &operation, const ApiError &error)
{
    const bool unknown = RetryPolicy::mayHaveBeenApplied(error);
    JournalEntry entry = operation.requested.followUp(unknown ? JournalEntry::Outcome::UnknownAfterTimeout
                                                              : JournalEntry::Outcome::Failed);
    entry.requestId = error.requestId;
    entry.errorCode = error.code.isEmpty() ? QVariant::fromValue(error.kind).toString() : error.code;
    entry.errorMessage = error.message;
    finish(operation, entry);
    m_window->showError(unknown ? tr("%1: no answer; it may or may not have happened. Check the instances "
                                     "before trying again.")
                                      .arg(operation.title)
                                : tr("%1 was refused.").arg(operation.title),
                        error);
}

void OperationController::track(const Operation &operation, const JournalEntry &accepted)
{
    auto *tracker = new ChangeOrderTracker(m_scheduler, &ChangeOrderApi::describeChangeOrder,
                                           accepted.changeOrderId, this);
    tracker->setPriority(RequestScheduler::Priority::Visible);
    connect(tracker, &ChangeOrderTracker::finished, this,
            [this, tracker, operation, accepted](const ChangeOrder &order) {
                tracker->deleteLater();
                const bool succeeded = order.status == ChangeOrderStatus::Succeeded;
                JournalEntry entry = accepted.followUp(succeeded ? JournalEntry::Outcome::Succeeded
                                                                 : JournalEntry::Outcome::Failed);
                if (!succeeded) {
                    entry.errorCode = lastChangeOrderStatusText(order.status);
                    entry.errorMessage = order.errorMessage;
                }
                finish(operation, entry);
                if (succeeded)
                    m_window->showNotice(tr("%1: done.").arg(operation.title));
                else
                    m_window->showError(tr("%1 did not finish well.").arg(operation.title),
                                        ApiError::fromPlatform(0, entry.errorCode, order.errorMessage, {}));
            });
    tracker->start();
}

void OperationController::finish(const Operation &operation, const JournalEntry &entry)
{
    journal(entry);
    m_running.remove(operation.key);
    if (operation.requested.where.appId == m_navigation->currentApplicationId())
        m_navigation->reloadInstances();
    m_navigation->reloadActivity(operation.requested.where.appId);
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
