#include "releaseflows.h"

#include "appcontroller.h"
#include "deploycontroller.h"
#include "detailcontroller.h"
#include "operationcontroller.h"
#include "releasecontroller.h"
#include "widgets/applicationdetailview.h"
#include "widgets/changehistorypanel.h"
#include "widgets/mainwindow.h"
#include "widgets/whatchangedpanel.h"

namespace ReleaseFlows {

void connect(MainWindow *window, AppController *navigation, DetailController *details,
             OperationController *operations, DeployController *deploys, ReleaseController *releases)
{
    QObject::connect(window, &MainWindow::lifecycleActionRequested, operations,
                     [operations, deploys](const QString &appId, LifecycleAction action) {
                         if (action == LifecycleAction::Deploy)
                             deploys->openWizard(appId);
                         else
                             operations->reviewLifecycleAction(appId, action);
                     });
    QObject::connect(deploys, &DeployController::changeOrderStarted, releases,
                     [releases](const QString &, const QString &changeOrderId) {
                         releases->showChangeOrder(changeOrderId);
                     });
    ChangeHistoryPanel *history = window->detail()->changesPanel();
    QObject::connect(history, &ChangeHistoryPanel::changeOrderOpened, releases,
                     &ReleaseController::showChangeOrder);
    QObject::connect(window->detail()->whatChangedPanel(), &WhatChangedPanel::changeOrderOpened, releases,
                     &ReleaseController::showChangeOrder);
    QObject::connect(history, &ChangeHistoryPanel::exportRequested, releases,
                     &ReleaseController::chooseExportPath);
    QObject::connect(history, &ChangeHistoryPanel::rollbackRequested, deploys,
                     [navigation, deploys](const QString &versionId) {
                         deploys->reviewRollback(navigation->currentApplicationId(), versionId);
                     });
    QObject::connect(operations, &OperationController::operationFinished, details, [details] {
        details->reloadPage(DetailPage::Changes);
        details->reloadPage(DetailPage::WhatChanged);
    });
}

} // namespace ReleaseFlows
