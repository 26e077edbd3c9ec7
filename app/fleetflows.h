#pragma once

#include <QString>

class FleetController;
class FleetNotifier;
class FleetPanel;
class FleetTrayIcon;
class MainWindow;
class QSettings;
class ReleaseController;

/**
 * The wiring of the on-call engineer's flows (issue 8), shared by the executable and the
 * end-to-end tests: the fleet page shows FleetController's rows; the sign-off inbox's reads give
 * the fleet each application's newest change order; every refresh goes past FleetNotifier, whose
 * alerts the tray (or the status bar) shows; a notification opens the application's unhealthy
 * instances, or the change order, or its batch gate; mutes and the sign-off threshold are kept
 * in `settings` (when given) under `scope`, the profile's.
 */
namespace FleetFlows {

void connect(MainWindow *window, FleetController *fleet, FleetPanel *panel, FleetNotifier *notifier,
             FleetTrayIcon *tray, ReleaseController *releases, QSettings *settings = nullptr,
             const QString &scope = {});

} // namespace FleetFlows
