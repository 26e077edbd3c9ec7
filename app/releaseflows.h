#pragma once

class AppController;
class DeployController;
class DetailController;
class MainWindow;
class OperationController;
class ReleaseController;

/**
 * The wiring of the release manager's flows (issue 7), shared by the executable and the
 * end-to-end tests so that both run the same connections: Deploy… from the menus and the list
 * opens the wizard; a deploy or rollback the platform took opens its change order; the Changes
 * tab opens, exports and rolls back; what ends reloads the tab.
 */
namespace ReleaseFlows {

void connect(MainWindow *window, AppController *navigation, DetailController *details,
             OperationController *operations, DeployController *deploys, ReleaseController *releases);

} // namespace ReleaseFlows
