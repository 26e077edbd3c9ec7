#include "fleetflows.h"

#include "core/fleettablemodel.h"
#include "core/handoverreport.h"
#include "fleetcontroller.h"
#include "fleetexporter.h"
#include "fleetnotifier.h"
#include "releasecontroller.h"
#include "signoffwatcher.h"
#include "widgets/fleetpanel.h"
#include "widgets/fleettrayicon.h"
#include "widgets/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// The names of the namespaces `ids`, as the fleet knows them (else the IDs), sorted.
QStringList namespaceNames(const FleetController *fleet, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        QString name = id;
        for (const FleetRow &row : fleet->model()->rows()) {
            if (row.application.namespaceId == id && !row.application.namespaceName.isEmpty()) {
                name = row.application.namespaceName;
                break;
            }
        }
        names.append(name);
    }
    names.sort();
    return names;
}

} // namespace

namespace FleetFlows {

QDateTime shiftStart(const QDateTime &lastHandOver, const QDateTime &now)
{
    if (lastHandOver.isValid() && lastHandOver < now && lastHandOver.secsTo(now) < 24 * 3600)
        return lastHandOver;
    return now.addSecs(-12 * 3600);
}

void connect(MainWindow *window, FleetController *fleet, FleetPanel *panel, FleetNotifier *notifier,
             FleetTrayIcon *tray, ReleaseController *releases, FleetExporter *exporter,
             const Options &options)
{
    QSettings *settings = options.settings;
    const QString scope = options.profileName;
    panel->setModel(fleet->model());
    window->setFleetPanel(panel);
    window->menuBar()->addMenu(tray->menu());

    // Triage: an application of this region opens at its unhealthy instances; one of another
    // region of the profile cannot be opened in this window, which says so.
    const auto openForTriage = [window, fleet](const QString &appId) {
        const QString here = fleet->regions().value(0).regionId;
        for (const FleetRow &row : fleet->model()->rows()) {
            if (row.application.appId != appId)
                continue;
            FleetAlert named; // for its "order-service (prod)"
            named.appId = appId;
            named.appName = row.application.appName;
            named.namespaceId = row.application.namespaceId;
            named.namespaceName = row.application.namespaceName;
            if (!row.profile.isEmpty()) {
                //: %1: "order-service (prod)", %2: the profile it was read with
                window->showErrorMessage(QCoreApplication::translate(
                                             "FleetFlows", "%1 belongs to profile %2: choose that profile in "
                                                           "the toolbar to open it.")
                                             .arg(named.subject(), row.profile));
                return false;
            }
            if (!here.isEmpty() && !row.application.regionId.isEmpty() && row.application.regionId != here) {
                //: %1: "order-service (prod)", %2: its region
                window->showErrorMessage(QCoreApplication::translate(
                                             "FleetFlows", "%1 runs in %2: choose that region in the toolbar "
                                                           "to open it.")
                                             .arg(named.subject(), row.application.regionId));
                return false;
            }
            break;
        }
        window->openForTriage(appId);
        return true;
    };
    QObject::connect(panel, &FleetPanel::applicationOpened, window, openForTriage);

    // Details (instances, restarts) go to what is on screen first.
    QObject::connect(panel, &FleetPanel::visibleApplicationsChanged, fleet,
                     [fleet, panel] { fleet->setVisibleApplications(panel->visibleAppIds()); });

    // The inbox reads every application's newest change order anyway: the fleet takes them.
    QObject::connect(releases->watcher(), &SignOffWatcher::newestChangeRead, fleet,
                     &FleetController::setNewestChange);

    // What the last refresh could not read, next to the table, with code and RequestId.
    auto failures = std::make_shared<QStringList>();
    QObject::connect(fleet, &FleetController::readFailed, panel,
                     [failures](const QString &what, const ApiError &error) {
                         //: %1 names what could not be read ("the Warning events")
                         failures->append(QCoreApplication::translate("FleetFlows", "Could not read %1: %2")
                                              .arg(what, error.detailedText()));
                     });
    QObject::connect(fleet, &FleetController::cycleFinished, panel, [panel, failures] {
        failures->removeDuplicates();
        panel->setStaleReason(failures->join(u' '));
        failures->clear();
    });

    // Every refresh: the notifications, the badge, and the namespaces one can mute.
    QObject::connect(fleet, &FleetController::cycleFinished, notifier, [fleet, notifier, tray, panel] {
        notifier->observe();
        panel->setMutedNamespaces(namespaceNames(fleet, notifier->mutedNamespaces()));
        tray->setUnhealthyCount(fleet->model()->unhealthyCount());
        // By ID (prod of two regions are two namespaces), named; a name two share gets its region.
        std::map<QString, std::pair<QString, QString>> namespaces; // ID -> name, region
        QHash<QString, int> named;
        for (const FleetRow &row : fleet->model()->rows()) {
            const QString name = row.application.namespaceName.isEmpty() ? row.application.namespaceId
                                                                         : row.application.namespaceName;
            if (namespaces.emplace(row.application.namespaceId, std::pair{name, row.application.regionId})
                    .second)
                ++named[name];
        }
        QList<std::pair<QString, QString>> choices;
        for (const auto &[id, nameAndRegion] : namespaces) {
            const auto &[name, region] = nameAndRegion;
            choices.append({id, named.value(name) > 1 ? u"%1 (%2)"_s.arg(name, region) : name});
        }
        std::sort(choices.begin(), choices.end(),
                  [](const auto &a, const auto &b) { return a.second < b.second; });
        tray->setNamespaces(choices);
    });
    QObject::connect(
        notifier, &FleetNotifier::alertsRaised, tray,
        [tray, notifier](const QList<FleetAlert> &alerts) { tray->showAlerts(alerts, notifier->now()); });

    // A notification opens what it is about.
    QObject::connect(tray, &FleetTrayIcon::alertOpened, window,
                     [window, releases, openForTriage](const FleetAlert &alert) {
                         window->showNormal();
                         window->raise();
                         window->activateWindow();
                         switch (alert.kind) {
                         case FleetAlert::Kind::TurnedUnhealthy:
                         case FleetAlert::Kind::Recovered:
                             openForTriage(alert.appId);
                             break;
                         case FleetAlert::Kind::ChangeOrderFailed:
                             if (openForTriage(alert.appId))
                                 releases->showChangeOrder(alert.changeOrderId);
                             break;
                         case FleetAlert::Kind::SignOffOverdue:
                             releases->openGate(alert.changeOrderId);
                             break;
                         }
                     });
    QObject::connect(tray, &FleetTrayIcon::fleetOpened, window, [window] {
        window->showNormal();
        window->raise();
        window->showFleet(true);
    });

    // Exports: where, asked without blocking; written off the GUI thread; said where it happened.
    auto handOverPending = std::make_shared<QDateTime>();
    const auto chooseFile = [window](const QString &title, const QString &fileName, const QString &filter,
                                     const QString &suffix, std::function<void(const QString &)> chosen) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        auto *dialog = new QFileDialog(window, title, QDir(folder).filePath(fileName), filter);
        dialog->setObjectName(u"fleetExportDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(suffix);
        QObject::connect(dialog, &QFileDialog::fileSelected, window, std::move(chosen));
        dialog->open();
    };
    QObject::connect(
        panel, &FleetPanel::exportCsvRequested, exporter, [window, fleet, panel, exporter, chooseFile] {
            const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s);
            chooseFile(
                QCoreApplication::translate("FleetFlows", "Export the fleet as CSV"),
                u"fleet-%1.csv"_s.arg(stamp), QCoreApplication::translate("FleetFlows", "CSV (*.csv)"),
                u"csv"_s, [window, fleet, panel, exporter](const QString &path) {
                    window->showNotice(
                        QCoreApplication::translate("FleetFlows", "Writing the fleet to %1…").arg(path));
                    // What the page shows, as filtered and in its order.
                    QHash<QString, const FleetRow *> byId;
                    for (const FleetRow &row : fleet->model()->rows())
                        byId.insert(row.application.appId, &row);
                    QList<FleetRow> rows;
                    for (const QString &appId : panel->shownAppIds()) {
                        if (const FleetRow *row = byId.value(appId))
                            rows.append(*row);
                    }
                    exporter->exportCsv(rows, path);
                });
        });
    QObject::connect(
        panel, &FleetPanel::handOverRequested, exporter,
        [window, fleet, notifier, exporter, chooseFile, settings, options, handOverPending] {
            const QDateTime now = notifier->now();
            const QString lastKey = u"handOver/%1/lastAt"_s.arg(options.profileName);
            HandOverReport report;
            report.profile = options.profileName;
            QStringList regions;
            for (const FleetController::Region &region : fleet->regions()) {
                if (!region.regionId.isEmpty())
                    regions.append(region.regionId);
            }
            report.region = regions.join(u", "_s);
            report.from = shiftStart(settings ? settings->value(lastKey).toDateTime() : QDateTime(), now);
            report.to = now;
            report.rows = fleet->model()->rows();
            report.alerts = notifier->history();
            const QString stamp = now.toLocalTime().toString(u"yyyyMMdd-HHmm"_s);
            chooseFile(QCoreApplication::translate("FleetFlows", "Save the hand-over report"),
                       u"hand-over-%1.pdf"_s.arg(stamp),
                       QCoreApplication::translate("FleetFlows", "PDF and Markdown (*.pdf)"), u"pdf"_s,
                       [window, exporter, report, options, handOverPending](const QString &path) {
                           const QFileInfo chosen(path);
                           window->showNotice(
                               QCoreApplication::translate("FleetFlows", "Writing the hand-over report…"));
                           *handOverPending = report.to; // the next shift starts here once written
                           exporter->exportHandOver(report, options.journalPath,
                                                    chosen.dir().filePath(chosen.completeBaseName()));
                       });
        });
    QObject::connect(exporter, &FleetExporter::exported, window,
                     [window, settings, options, handOverPending](const QStringList &paths) {
                         //: %1: the files written, comma-separated
                         window->showNotice(
                             QCoreApplication::translate("FleetFlows", "Saved %1.").arg(paths.join(u", "_s)));
                         const bool handOver = paths.size() == 2; // Markdown and PDF; a CSV is one
                         if (handOver && handOverPending->isValid() && settings)
                             settings->setValue(u"handOver/%1/lastAt"_s.arg(options.profileName),
                                                *handOverPending);
                         if (handOver)
                             *handOverPending = QDateTime();
                     });
    QObject::connect(
        exporter, &FleetExporter::failed, window, [window, handOverPending](const QString &message) {
            *handOverPending = QDateTime(); // not written: the next hand-over still covers this shift
            window->showErrorMessage(message);
        });

    // Mutes and the reminder's threshold: chosen in the menu, kept per profile.
    const QString mutedKey = u"notifications/%1/muted"_s.arg(scope);
    const QString thresholdKey = u"notifications/signOffMinutes"_s;
    if (settings) {
        for (const QString &id : settings->value(mutedKey).toStringList())
            notifier->setMuted(id, true);
        const int minutes = settings->value(thresholdKey, int(notifier->signOffThreshold().count())).toInt();
        if (FleetTrayIcon::signOffThresholds().contains(minutes))
            notifier->setSignOffThreshold(std::chrono::minutes(minutes));
    }
    tray->setMuted(notifier->mutedNamespaces());
    tray->setSignOffThreshold(int(notifier->signOffThreshold().count()));
    QObject::connect(tray, &FleetTrayIcon::muteToggled, notifier, &FleetNotifier::setMuted);
    panel->setMutedNamespaces(namespaceNames(fleet, notifier->mutedNamespaces()));
    QObject::connect(notifier, &FleetNotifier::mutedChanged, tray,
                     [tray, settings, mutedKey, panel, fleet](const QStringList &muted) {
                         tray->setMuted(muted);
                         if (settings)
                             settings->setValue(mutedKey, muted);
                         panel->setMutedNamespaces(namespaceNames(fleet, muted));
                     });
    QObject::connect(tray, &FleetTrayIcon::signOffThresholdChosen, notifier,
                     [notifier, tray, settings, thresholdKey](int minutes) {
                         notifier->setSignOffThreshold(std::chrono::minutes(minutes));
                         tray->setSignOffThreshold(minutes);
                         if (settings)
                             settings->setValue(thresholdKey, minutes);
                     });
}

} // namespace FleetFlows
