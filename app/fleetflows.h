#pragma once

#include <QDateTime>
#include <QString>

class FleetController;
class FleetExporter;

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
 * in the settings (when given), per profile. Export CSV… and Hand-over report… ask where (a
 * non-blocking file dialog) and FleetExporter writes off the GUI thread.
 */
namespace FleetFlows {

/// Where the flows keep and find things.
struct Options
{
    QSettings *settings = nullptr; ///< mutes, threshold, the last hand-over; none: not kept
    QString profileName;           ///< the settings' scope and the hand-over's title
    QString journalPath;           ///< the operations journal the hand-over reads
};

void connect(MainWindow *window, FleetController *fleet, FleetPanel *panel, FleetNotifier *notifier,
             FleetTrayIcon *tray, ReleaseController *releases, FleetExporter *exporter,
             const Options &options = {});

/// The shift a hand-over covers by default: since the last hand-over of this profile when that
/// was less than a day ago, else the last 12 hours.
QDateTime shiftStart(const QDateTime &lastHandOver, const QDateTime &now);

} // namespace FleetFlows
