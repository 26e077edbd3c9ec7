#pragma once

#include "core/applicationconfig.h"
#include "core/appversion.h"
#include "core/deploymentplan.h"
#include "widgets/deploywizard.h"

#include <QObject>
#include <QPointer>

class AppController;

class MainWindow;
class OperationController;
class RequestScheduler;

/**
 * Deploys and rollbacks of a whole application (issue 7): the deploy wizard is fed the running
 * configuration and the recent versions, its plan goes through OperationController's review,
 * confirm, track and journal (DESIGN.md section 5) with the field-by-field diff and the batch plan
 * as the journal's evidence; a rollback to a version of ListAppVersions is reviewed against the
 * running configuration the same way. When the platform takes either, changeOrderStarted() hands
 * the change order to the change-order view.
 */
class DeployController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployController)

public:
    /// How many of the newest versions are read to offer their tags in the wizard.
    static constexpr int recentVersionsToOffer = 5;

    DeployController(RequestScheduler *scheduler, AppController *navigation, OperationController *operations,
                     MainWindow *window, QObject *parent = nullptr);

    /// Opens the deploy wizard for `appId`; one wizard at a time (a second request raises it).
    void openWizard(const QString &appId);
    DeployWizard *wizard() const { return m_wizard; }

    /// Reads the running configuration and the one of `versionId`, then reviews the rollback.
    void reviewRollback(const QString &appId, const QString &versionId);

    /// The plan that puts `config`'s version back in place (what runs; nothing else changes).
    static DeploymentPlan planOf(const ApplicationConfig &config);

signals:
    /// The platform took a deploy or a rollback: its change order, to be shown and followed.
    void changeOrderStarted(const QString &appId, const QString &changeOrderId);

private:
    void loadConfig(const QString &appId);
    void loadRecentVersions(const QString &appId);
    void submit(const DeploymentPlan &plan);
    void proposeRollback(const QString &appId, const AppVersion &version, const ApplicationConfig &current,
                         const ApplicationConfig &target);

    RequestScheduler *m_scheduler;
    AppController *m_navigation;
    OperationController *m_operations;
    MainWindow *m_window;
    QPointer<DeployWizard> m_wizard;
    QString m_wizardAppId;
    ApplicationConfig m_config; ///< the running configuration the wizard compares with
    bool m_rollbackLoading = false;
};
