#include "deploycontroller.h"

#include "appcontroller.h"
#include "core/applicationtablemodel.h"
#include "core/confirmationrequest.h"
#include "core/deploymentdiff.h"
#include "core/releasebatchplan.h"
#include "operationcontroller.h"
#include "platform/applicationapi.h"
#include "platform/deploymentapi.h"
#include "platform/requestscheduler.h"
#include "widgets/deploywizard.h"
#include "widgets/mainwindow.h"

#include <QJsonArray>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QJsonArray changesJson(const QList<ConfirmationChange> &changes)
{
    QJsonArray json;
    for (const ConfirmationChange &change : changes)
        json.append(QJsonObject{
            {u"field"_s, change.field}, {u"before"_s, change.before}, {u"after"_s, change.after}});
    return json;
}

QJsonArray batchesJson(const QList<ReleaseBatchPlan::Batch> &batches)
{
    QJsonArray json;
    for (const ReleaseBatchPlan::Batch &batch : batches) {
        json.append(QJsonObject{{u"instances"_s, batch.instances},
                                {u"gray"_s, batch.gray},
                                {u"waitsForConfirmation"_s, batch.waitsForConfirmation}});
    }
    return json;
}

/// The tag of an image URL ("…/order-service:5.2.7" -> "5.2.7"); empty without one.
QString tagOf(const QString &imageUrl)
{
    const qsizetype colon = imageUrl.lastIndexOf(u':');
    return colon > imageUrl.lastIndexOf(u'/') ? imageUrl.mid(colon + 1) : QString();
}

} // namespace

DeployController::DeployController(RequestScheduler *scheduler, AppController *navigation,
                                   OperationController *operations, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_navigation(navigation)
    , m_operations(operations)
    , m_window(window)
{}

void DeployController::openWizard(const QString &appId)
{
    if (appId.isEmpty())
        return;
    if (m_wizard) {
        if (m_wizardAppId == appId) {
            m_wizard->raise();
            m_wizard->activateWindow();
            return;
        }
        m_wizard->close(); // one deploy is planned at a time
    }
    m_wizardAppId = appId;
    m_config = {};
    m_wizard = new DeployWizard(m_operations->confirmationFor(appId, tr("Deploy")), m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &DeployWizard::deployRequested, this, &DeployController::submit);
    m_wizard->open();
    loadConfig(appId);
    loadRecentVersions(appId);
}

void DeployController::loadConfig(const QString &appId)
{
    m_scheduler->schedule(ApplicationApi::describeApplicationConfig(appId),
                          RequestScheduler::Priority::UserAction, this,
                          [this, appId](const ApiResult<ApplicationConfig> &result) {
                              if (!m_wizard || m_wizardAppId != appId)
                                  return;
                              if (!result.isOk()) {
                                  m_wizard->setConfigError(
                                      tr("Could not read the running configuration, so there is nothing to "
                                         "compare the deploy with. %1")
                                          .arg(result.error().detailedText()));
                                  return;
                              }
                              m_config = result.value();
                              m_wizard->setCurrentConfig(m_config);
                          });
}

void DeployController::loadRecentVersions(const QString &appId)
{
    // ListAppVersions says when each version ran, not what: the newest few versions' own
    // configurations name their image or package version.
    m_scheduler->schedule(
        ApplicationApi::listAppVersions(appId), RequestScheduler::Priority::Visible, this,
        [this, appId](const ApiResult<QList<AppVersion>> &result) {
            if (!m_wizard || m_wizardAppId != appId || !result.isOk())
                return; // the tag stays editable; offering recent ones is a convenience
            QList<AppVersion> versions = result.value();
            std::sort(versions.begin(), versions.end(),
                      [](const AppVersion &a, const AppVersion &b) { return a.createdAt > b.createdAt; });
            versions = versions.mid(0, recentVersionsToOffer);
            auto offered = std::make_shared<QStringList>(versions.size());
            auto pending = std::make_shared<int>(int(versions.size()));
            for (int i = 0; i < versions.size(); ++i) {
                m_scheduler->schedule(
                    ApplicationApi::describeApplicationConfig(appId, versions.at(i).versionId),
                    RequestScheduler::Priority::Background, this,
                    [this, appId, i, offered, pending](const ApiResult<ApplicationConfig> &config) {
                        if (config.isOk()) {
                            const ApplicationConfig &version = config.value();
                            (*offered)[i] =
                                version.imageUrl.isEmpty() ? version.packageVersion : tagOf(version.imageUrl);
                        }
                        if (--*pending > 0 || !m_wizard || m_wizardAppId != appId)
                            return;
                        QStringList tags;
                        for (const QString &tag : std::as_const(*offered)) {
                            if (!tag.isEmpty() && !tags.contains(tag))
                                tags.append(tag);
                        }
                        m_wizard->setRecentVersions(tags);
                    });
            }
        });
}

void DeployController::submit(const DeploymentPlan &plan)
{
    if (!m_wizard)
        return;
    const int replicas = plan.replicas.value_or(m_config.replicas);
    const UpdateStrategy strategy = plan.release.updateStrategy.value_or(UpdateStrategy());
    const QList<ReleaseBatchPlan::Batch> batches = ReleaseBatchPlan::of(replicas, strategy);
    const int minimumReady = minimumReadyInstances(
        plan.release.minReadyInstances.value_or(m_config.minReadyInstances),
        plan.release.minReadyInstanceRatio.value_or(m_config.minReadyInstanceRatio), replicas);
    const QString consequence = ReleaseBatchPlan::consequence(batches, minimumReady);

    PlannedOperation planned;
    planned.what = JournalAction::deploy;
    planned.appId = plan.appId;
    planned.title = tr("Deploy");
    planned.target =
        plan.deploysImage() ? plan.imageUrl : u"%1 (%2)"_s.arg(plan.packageUrl, plan.packageVersion);
    //: %1 is the release strategy ("1 gray instance, then 2 batches..."), %2 what that means
    planned.impact = tr("Release: %1. %2").arg(DeploymentDiff::strategyText(strategy), consequence);
    planned.changes = DeploymentDiff::between(m_config, plan);
    planned.evidence = QJsonObject{{u"changes"_s, changesJson(planned.changes)},
                                   {u"batches"_s, batchesJson(batches)},
                                   {u"consequence"_s, consequence}};
    planned.call = DeploymentApi::deployApplication(plan);
    planned.blockedByEnabledScalingRule = true;
    planned.startsChangeOrderType = u"CoDeploy"_s;
    planned.reviewedIn = m_wizard;
    QPointer<DeployWizard> wizard = m_wizard;
    planned.cancelled = [wizard] {
        if (wizard)
            wizard->setSubmitting(false);
    };
    planned.refused = [wizard](const ApiError &error) {
        if (!wizard)
            return;
        wizard->setSubmitting(false);
        // Without a code or message nothing was sent (the journal could not be written, or a
        // scaling rule is enabled); the main window says why.
        wizard->showSubmitError(error.code.isEmpty() && error.message.isEmpty()
                                    ? tr("Nothing was sent.")
                                    : tr("The deploy was not made. %1").arg(error.detailedText()));
    };
    planned.unknown = [wizard] {
        if (!wizard)
            return;
        wizard->setSubmitting(false);
        wizard->showSubmitError(tr("The deploy got no answer and no change order of it was found. Check the "
                                   "application's change orders before deploying again."));
    };
    planned.accepted = [this, wizard, appId = plan.appId](const ChangeOrderTicket &ticket) {
        if (wizard)
            wizard->closeAccepted();
        if (!ticket.changeOrderId.isEmpty())
            emit changeOrderStarted(appId, ticket.changeOrderId);
    };
    m_operations->propose(std::move(planned));
}

DeploymentPlan DeployController::planOf(const ApplicationConfig &config)
{
    DeploymentPlan plan;
    plan.appId = config.appId;
    plan.packageType = config.packageType.isEmpty() ? u"Image"_s : config.packageType;
    plan.imageUrl = config.imageUrl;
    plan.packageUrl = config.packageUrl;
    plan.packageVersion = config.packageVersion;
    plan.jdk = config.jdk;
    plan.webContainer = config.webContainer;
    return plan;
}

void DeployController::reviewRollback(const QString &appId, const QString &versionId)
{
    if (appId.isEmpty() || versionId.isEmpty() || m_rollbackLoading)
        return;
    m_rollbackLoading = true;
    m_window->showNotice(tr("Reading the version's configuration for the review…"));
    struct Reads
    {
        std::optional<ApplicationConfig> current;
        std::optional<ApplicationConfig> target;
        std::optional<AppVersion> version;
        int pending = 3;
        bool failed = false;
    };
    auto reads = std::make_shared<Reads>();
    const auto done = [this, appId, reads](const ApiError *error) {
        if (error && !reads->failed) {
            reads->failed = true;
            m_window->showError(tr("Could not prepare the rollback review; nothing was sent."), *error);
        }
        if (--reads->pending > 0)
            return;
        m_rollbackLoading = false;
        if (reads->failed)
            return;
        if (!reads->version) {
            m_window->showErrorMessage(tr("That version is no longer in the application's history."));
            return;
        }
        proposeRollback(appId, *reads->version, *reads->current, *reads->target);
    };
    m_scheduler->schedule(ApplicationApi::describeApplicationConfig(appId),
                          RequestScheduler::Priority::UserAction, this,
                          [reads, done](const ApiResult<ApplicationConfig> &result) {
                              if (result.isOk())
                                  reads->current = result.value();
                              done(result.isOk() ? nullptr : &result.error());
                          });
    m_scheduler->schedule(ApplicationApi::describeApplicationConfig(appId, versionId),
                          RequestScheduler::Priority::UserAction, this,
                          [reads, done](const ApiResult<ApplicationConfig> &result) {
                              if (result.isOk())
                                  reads->target = result.value();
                              done(result.isOk() ? nullptr : &result.error());
                          });
    m_scheduler->schedule(ApplicationApi::listAppVersions(appId), RequestScheduler::Priority::UserAction,
                          this, [reads, done, versionId](const ApiResult<QList<AppVersion>> &result) {
                              if (result.isOk()) {
                                  for (const AppVersion &version : result.value()) {
                                      if (version.versionId == versionId)
                                          reads->version = version;
                                  }
                              }
                              done(result.isOk() ? nullptr : &result.error());
                          });
}

void DeployController::proposeRollback(const QString &appId, const AppVersion &version,
                                       const ApplicationConfig &current, const ApplicationConfig &target)
{
    // Rolls back the way the application releases now, so that the review's batch plan holds.
    ReleaseOptions release;
    release.updateStrategy = current.updateStrategy;
    release.minReadyInstances = current.minReadyInstances;
    release.minReadyInstanceRatio = current.minReadyInstanceRatio;
    DeploymentPlan plan = planOf(target);
    plan.appId = appId;
    const UpdateStrategy strategy = current.updateStrategy.value_or(UpdateStrategy());
    const QList<ReleaseBatchPlan::Batch> batches = ReleaseBatchPlan::of(current.replicas, strategy);
    const QString consequence = ReleaseBatchPlan::consequence(batches, current.minimumReadyDuringRelease());

    PlannedOperation planned;
    planned.what = JournalAction::rollback;
    planned.appId = appId;
    planned.subject = version.versionId;
    planned.title = tr("Roll back");
    //: %1 is when the version was deployed, %2 its ID
    planned.target = tr("the version of %1 (%2)")
                         .arg(QLocale().toString(version.createdAt.toLocalTime(), QLocale::ShortFormat),
                              version.versionId);
    planned.impact = tr("The application goes back to what it ran then. Release: %1. %2")
                         .arg(DeploymentDiff::strategyText(strategy), consequence);
    planned.changes = DeploymentDiff::between(current, plan);
    planned.evidence = QJsonObject{{u"changes"_s, changesJson(planned.changes)},
                                   {u"batches"_s, batchesJson(batches)},
                                   {u"consequence"_s, consequence},
                                   {u"versionId"_s, version.versionId}};
    planned.call = DeploymentApi::rollbackApplication(appId, version.versionId, release);
    planned.blockedByEnabledScalingRule = true;
    planned.startsChangeOrderType = u"CoRollback"_s;
    planned.accepted = [this, appId](const ChangeOrderTicket &ticket) {
        if (!ticket.changeOrderId.isEmpty())
            emit changeOrderStarted(appId, ticket.changeOrderId);
    };
    m_operations->propose(std::move(planned));
}
