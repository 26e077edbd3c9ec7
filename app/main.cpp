// opsconsole: the composition root. It reads the command line, chooses the platform endpoint
// (the embedded emulator unless --endpoint is given) and wires the window to the platform.

#include "appcontroller.h"
#include "colorscheme.h"
#include "commandlineoptions.h"
#include "core/applicationtablemodel.h"
#include "core/fleettablemodel.h"
#include "core/namespacelistmodel.h"
#include "core/profilestore.h"
#include "core/secretstore.h"
#include "deploycontroller.h"
#include "detailcontroller.h"
#include "embeddedemulator.h"
#include "fleetcontroller.h"
#include "fleetexporter.h"
#include "fleetflows.h"
#include "fleetnotifier.h"
#include "operationcontroller.h"
#include "otherprofilesfleet.h"
#include "platform/apiclient.h"
#include "platform/journalwriter.h"
#include "platform/requestscheduler.h"
#include "platform/secretstoreprobe.h"
#include "releasecontroller.h"
#include "releaseflows.h"
#include "scalingcontroller.h"
#include "signoffwatcher.h"
#include "translations.h"
#include "widgets/applicationdetailview.h"
#include "widgets/fleetpanel.h"
#include "widgets/fleettrayicon.h"
#include "widgets/gotoapplicationdialog.h"
#include "widgets/instancepanel.h"
#include "widgets/mainwindow.h"
#include "widgets/scalingpreviewview.h"
#include "widgets/scalingruleeditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>

/// CloudMonitor documents 10-50 calls a second for its metric APIs; the console asks far fewer.
constexpr int cloudMonitorCallsPerMinute = 600;

// Off by default; tests/bench/bench_coldstart turns it on to time the way to a populated list.
Q_LOGGING_CATEGORY(lcStartup, "opsconsole.startup", QtWarningMsg)

namespace {

using namespace Qt::StringLiterals;

QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="))
            return arguments.at(i).mid(7);
    }
    return {};
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

bool wantsTextOnly(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--help" || argument == u"-h" || argument == u"--help-all"
            || argument == u"--version" || argument == u"-v")
            return true;
    }
    return false;
}

/// Where the chosen namespace and application are remembered: per profile and region.
QString selectionScope(const QString &profileName, const QString &regionId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(profileName)) + u'/' + regionId;
}

QString lastRegionKey(const QString &profileName)
{
    return u"lastRegion/"_s + QString::fromLatin1(QUrl::toPercentEncoding(profileName));
}

/**
 * Connects again as another profile or region: everything a connection holds (endpoint,
 * AccessKey, emulator, call budget, models) belongs to one profile and region, so the console
 * starts afresh as that one, in the same language and colours, and this window closes.
 */
void relaunch(MainWindow *window, const CommandLineOptions &options, const QString &profileName,
              const QString &regionId)
{
    QStringList arguments{u"--profile"_s, profileName};
    if (!regionId.isEmpty())
        arguments << u"--region"_s << regionId;
    if (!options.language.isEmpty())
        arguments << u"--lang"_s << options.language;
    if (!options.colorScheme.isEmpty())
        arguments << u"--color-scheme"_s << options.colorScheme;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
        ApiError error;
        error.message = QCoreApplication::translate("main", "The console could not start itself again.");
        window->showError(QCoreApplication::translate("main", "Could not switch to %1.").arg(profileName),
                          error);
        return;
    }
    window->close();
}

QString maskedAccessKeyId(const QString &accessKeyId)
{
    return accessKeyId.size() <= 8 ? accessKeyId : accessKeyId.left(4) + u'…' + accessKeyId.right(4);
}

/**
 * `--page app:NAME[/tab]`: once the applications have loaded the first time, chooses the one
 * called NAME (in the namespace shown, else anywhere) and opens the tab.
 */
void openRequestedPage(AppController *controller, MainWindow *window, const CommandLineOptions &options)
{
    if (options.pageTab.isEmpty() && options.pageApplication.isEmpty())
        return;
    if (const auto tab = detailPageFromName(options.pageTab))
        window->detail()->setCurrentPage(*tab);
    if (options.pageApplication.isEmpty())
        return;
    QObject::connect(controller, &AppController::applicationsRefreshed, window,
                     [controller, window, name = options.pageApplication] {
                         const ApplicationTableModel *applications = controller->applicationModel();
                         for (const Application &app : applications->rows()) {
                             if (app.appName == name) {
                                 window->selectApplication(app.appId);
                                 return;
                             }
                         }
                         QTextStream(stderr)
                             << "opsconsole: "
                             << QCoreApplication::translate("main", "There is no application \"%1\" here.")
                                    .arg(name)
                             << Qt::endl;
                     });
}

/**
 * `--page app:NAME/scaling/new:TYPE` or `/scaling/edit:RULE`: opens the rule editor the first time
 * the Scaling tab has read the rules; `ready` turns true once the editor's preview is drawn.
 */
void openRequestedScalingEditor(DetailController *details, ScalingController *scaling, const QString &request,
                                const std::shared_ptr<bool> &ready)
{
    auto opened = std::make_shared<bool>(false);
    QObject::connect(scaling, &ScalingController::editorOpened, scaling, [ready](ScalingRuleEditor *editor) {
        // Form and preview side by side, whatever the (offscreen) screen's size.
        editor->resize(editor->size().expandedTo(QSize(1400, 860)));
        auto *preview = editor->findChild<ScalingPreviewView *>();
        if (!preview || !editor->rule().hasMetricPart()) {
            *ready = true;
            return;
        }
        QObject::connect(preview, &ScalingPreviewView::replayFinished, editor, [ready] { *ready = true; });
        // A replay that cannot be drawn (its load failed to load) is shown as it is, with its error.
        QTimer::singleShot(20000, editor, [ready] { *ready = true; });
    });
    QObject::connect(details, &DetailController::pageLoaded, scaling,
                     [scaling, request, opened](DetailPage page, bool succeeded) {
                         if (page != DetailPage::Scaling || !succeeded || *opened)
                             return;
                         *opened = true;
                         const QString argument = request.section(u':', 1);
                         if (request.startsWith(u"new:"_s)) {
                             if (const auto type = scalingRuleTypeFromWire(argument))
                                 scaling->createRule(*type);
                         } else if (!scaling->editRule(argument)) {
                             QTextStream(stderr) << "opsconsole: "
                                                 << QCoreApplication::translate(
                                                        "main", "There is no scaling rule \"%1\" here.")
                                                        .arg(argument)
                                                 << Qt::endl;
                         }
                     });
}

/**
 * Saves the window once the first page has settled and the console has nothing left to ask for
 * (the tab's data, the rows' background details), then quits with a meaningful status.
 */
void scheduleScreenshot(AppController *controller, RequestScheduler *scheduler, MainWindow *window,
                        const QString &path, const std::function<QWidget *()> &subject)
{
    constexpr int pollMilliseconds = 100;
    constexpr int quietPolls = 4; // nothing queued or in flight for this many polls in a row
    constexpr int giveUpMilliseconds = 60000;
    QObject::connect(
        controller, &AppController::initialLoadFinished, window,
        [scheduler, window, path, subject](bool loaded) {
            auto *poll = new QTimer(window);
            poll->setInterval(pollMilliseconds);
            auto quiet = std::make_shared<int>(0);
            QObject::connect(
                poll, &QTimer::timeout, window, [poll, quiet, scheduler, window, path, loaded, subject] {
                    const RequestScheduler::Budget budget = scheduler->budget();
                    QWidget *shown = subject();
                    // A dialog is pictured once it is drawn and nothing is on its way; background
                    // reads queued behind the call budget do not concern it.
                    const bool waiting = shown == window ? budget.queued > 0 : false;
                    *quiet = !waiting && budget.inFlight == 0 ? *quiet + 1 : 0;
                    if (*quiet < quietPolls || !shown)
                        return;
                    poll->stop();
                    poll->deleteLater();
                    QTextStream err(stderr);
                    if (!shown->grab().save(path, "PNG")) {
                        err << QCoreApplication::translate("main", "Could not write the screenshot to %1.")
                                   .arg(path)
                            << Qt::endl;
                        QCoreApplication::exit(4);
                        return;
                    }
                    if (!loaded) {
                        err << QCoreApplication::translate("main", "Saved %1, but the data did not load: %2")
                                   .arg(path, window->errorText())
                            << Qt::endl;
                        QCoreApplication::exit(3);
                        return;
                    }
                    QCoreApplication::exit(0);
                });
            poll->start();
        });
    QTimer::singleShot(giveUpMilliseconds, window, [] {
        QTextStream(stderr) << QCoreApplication::translate("main",
                                                           "Gave up waiting for the first page to load.")
                            << Qt::endl;
        QCoreApplication::exit(5);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    const QStringList arguments = rawArguments(argc, argv);
    if (!hasDisplay()) {
        if (CommandLineOptions::wantsScreenshot(arguments) || wantsTextOnly(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen"); // a screenshot or help needs no screen
        } else {
            QTextStream(stderr) << "opsconsole: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                                   "  Run it under a virtual display:  xvfb-run -a ./run.sh\n"
                                   "  or save a picture of it:        ./run.sh --screenshot shot.png"
                                << Qt::endl;
            return 1;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"opsconsole"_s);
    QApplication::setOrganizationName(u"OpsConsole"_s);
    QApplication::setApplicationVersion(QStringLiteral(OPSCONSOLE_VERSION));
    QApplication::setDesktopFileName(u"opsconsole"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/opsconsole.png"_s));

    const QString language = requestedLanguage(arguments);
    if (!Translations::install(language.isEmpty() ? QLocale::system() : QLocale(language))
        && !language.isEmpty())
        QTextStream(stderr) << "opsconsole: no translation for " << language << "; using English."
                            << Qt::endl; // English on purpose: the requested language is unavailable
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Ops Console"));

    QCommandLineParser parser;
    CommandLineOptions::declare(parser);
    parser.process(app);
    CommandLineOptions options;
    if (const QString error = CommandLineOptions::read(parser, &options); !error.isEmpty()) {
        QTextStream(stderr) << "opsconsole: " << error << Qt::endl; // already translated
        return 2;
    }
    ColorScheme::apply(options.colorScheme);

    // Profiles: the first run creates the local emulator's; --profile picks and remembers one.
    QSettings settings;
    ProfileStore profileStore(&settings);
    profileStore.ensureLocalEmulatorProfile();
    const StoredProfiles stored = profileStore.load();
    for (const ProfileWarning &warning : stored.warnings)
        qCWarning(lcStartup).noquote() << warning.message;
    const QString profileName =
        options.profileName.isEmpty() ? stored.currentProfileName : options.profileName;
    const Profile *profile = stored.find(profileName);
    if (!options.profileName.isEmpty() && options.endpoint.isEmpty()) {
        if (!profile) {
            QStringList names;
            for (const Profile &known : stored.profiles)
                names.append(known.name);
            QTextStream(stderr) << "opsconsole: "
                                << QCoreApplication::translate("main",
                                                               "There is no profile \"%1\". Profiles: %2.")
                                       .arg(options.profileName, names.join(u", "_s))
                                << Qt::endl;
            return 2;
        }
        profileStore.setCurrentProfileName(profile->name);
    }
    const bool cloudProfile =
        options.endpoint.isEmpty() && profile && profile->kind == ProfileKind::AlibabaCloud;
    if (profile && !options.regionGiven && !profile->regions.isEmpty()) {
        const QString lastRegion = settings.value(lastRegionKey(profile->name)).toString();
        options.regionId = profile->regions.contains(lastRegion) ? lastRegion : profile->regions.constFirst();
    }
    if (profile)
        settings.setValue(lastRegionKey(profile->name), options.regionId);

    QNetworkAccessManager network;
    ApiClient client(&network);
    RequestScheduler scheduler(&client); // every call of this AccessKey, inside SAE's 60 a minute
    // CloudMonitor has its own endpoint and limits on Alibaba Cloud; the emulator serves both APIs
    // on one endpoint and one budget, and then the SAE scheduler carries both.
    ApiClient cloudMonitorClient(&network);
    RequestScheduler cloudMonitorScheduler(&cloudMonitorClient);
    cloudMonitorScheduler.setLimit(cloudMonitorCallsPerMinute);
    RequestScheduler *metricsScheduler = cloudProfile ? &cloudMonitorScheduler : &scheduler;
    MainWindow window;
    AppController controller(&scheduler, &window);
    DetailController details(&scheduler, metricsScheduler, &controller, window.detail());
    JournalWriter journal;
    OperationController operations(&scheduler, &journal, &controller, &window);
    ScalingController scaling(metricsScheduler, &controller, &details, &operations, &window);
    DeployController deploys(&scheduler, &controller, &operations, &window);
    ReleaseController releases(&scheduler, metricsScheduler, &controller, &operations, &window);
    FleetController fleet(&scheduler);
    fleet.setRegion(options.regionId);
    if (cloudProfile && profile->regions.size() > 1) {
        // The fleet covers every region of the profile, one AccessKey and one budget.
        QList<FleetController::Region> regions{{options.regionId, {}}};
        for (const QString &regionId : profile->regions) {
            if (regionId != options.regionId)
                regions.append({regionId, profile->saeEndpoint(regionId)});
        }
        fleet.setRegions(regions);
    }

    FleetNotifier notifier(fleet.model());
    FleetTrayIcon tray(&window);

    std::unique_ptr<EmbeddedEmulator> emulator;

    // Who acts where: the profile (or, with --endpoint, the AccessKey from the environment).
    Profile session = profile && options.endpoint.isEmpty() ? *profile : Profile();
    if (!options.endpoint.isEmpty()) {
        session.name = options.endpoint.host();
        session.accessKeyId = qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID");
    }
    controller.setProfile(session);
    operations.setSession(session, options.regionId);
    QObject::connect(window.instancePanel(), &InstancePanel::restartRequested, &operations,
                     &OperationController::reviewInstanceRestart);
    QObject::connect(window.instancePanel(), &InstancePanel::deleteRequested, &operations,
                     &OperationController::reviewInstanceDeletion);
    ReleaseFlows::connect(&window, &controller, &details, &operations, &deploys, &releases);
    FleetExporter fleetExporter;
    FleetFlows::Options fleetOptions;
    fleetOptions.settings = &settings;
    fleetOptions.profileName =
        profile && options.endpoint.isEmpty() ? profile->name : options.endpoint.host();
    fleetOptions.journalPath = journal.path();
    auto *fleetPanel = new FleetPanel;
    FleetFlows::connect(&window, &fleet, fleetPanel, &notifier, &tray, &releases, &fleetExporter,
                        fleetOptions);
    // The fleet of all profiles: the other Alibaba Cloud profiles, each with its own AccessKey.
    OtherProfilesFleet otherProfiles(&network, &fleet, fleet.regions());
    otherProfiles.setProfiles(stored.profiles, fleetOptions.profileName);
    fleetPanel->setAllProfilesAvailable(!otherProfiles.isEmpty());
    QObject::connect(fleetPanel, &FleetPanel::allProfilesToggled, &otherProfiles,
                     [&otherProfiles, &settings](bool included) {
                         settings.setValue(u"fleet/allProfiles"_s, included);
                         otherProfiles.setIncluded(included);
                     });
    QObject::connect(&otherProfiles, &OtherProfilesFleet::profileFailed, &window,
                     &MainWindow::showErrorMessage);

    releases.setJournalPath(journal.path());

    auto *goTo = new GoToApplicationDialog(&window);
    goTo->setModel(controller.applicationModel());
    QObject::connect(&window, &MainWindow::goToApplicationRequested, goTo, &GoToApplicationDialog::popup);
    QObject::connect(goTo, &GoToApplicationDialog::applicationChosen, &window,
                     [&window](const QString &appId) { window.selectApplication(appId); });

    // Navigation: profile -> region -> namespace, each remembered.
    QStringList profileNames;
    for (const Profile &known : stored.profiles)
        profileNames.append(known.name);
    const QString shownProfile =
        options.endpoint.isEmpty() && profile ? profile->name : options.endpoint.host();
    if (!profileNames.contains(shownProfile))
        profileNames.append(shownProfile);
    window.setProfiles(profileNames, shownProfile);
    window.setRegions(options.endpoint.isEmpty() && profile ? profile->regions
                                                            : QStringList{options.regionId},
                      options.regionId);
    window.restoreLayout(settings);
    controller.setSelectionMemory(&settings, selectionScope(shownProfile, options.regionId));
    if (options.largeFleetApplications > 0)
        controller.setMaximumPages(100); // the whole large fleet, paced by the call budget
    // Another profile or region is another connection; changes being followed would be orphaned.
    const QStringList shownRegions =
        options.endpoint.isEmpty() && profile ? profile->regions : QStringList{options.regionId};
    const auto switchTo = [&window, &options, &operations, profileNames, shownProfile,
                           shownRegions](const QString &name, const QString &regionId) {
        if (operations.operationsInFlight() > 0) {
            window.setProfiles(profileNames, shownProfile);
            window.setRegions(shownRegions, options.regionId);
            window.showErrorMessage(QCoreApplication::translate("main",
                                                                "%n change(s) are still being followed here; "
                                                                "switch when they have finished.",
                                                                nullptr, operations.operationsInFlight()));
            return;
        }
        relaunch(&window, options, name, regionId);
    };
    QObject::connect(&window, &MainWindow::profileSelected, &window,
                     [switchTo](const QString &name) { switchTo(name, {}); });
    QObject::connect(&window, &MainWindow::regionSelected, &window,
                     [switchTo, shownProfile](const QString &regionId) { switchTo(shownProfile, regionId); });

    if (cloudProfile) {
        // The secret comes from the keychain, asynchronously; the console starts once it has it.
        const QUrl endpoint = profile->saeEndpoint(options.regionId);
        client.setEndpoint(endpoint);
        scheduler.setLimit(profile->callsPerMinute);
        cloudMonitorClient.setEndpoint(profile->cloudMonitorEndpoint(options.regionId));
        //: status bar: %1 profile, %2 region, %3 host, %4 masked AccessKey ID
        window.setConnectionDescription(QCoreApplication::translate("main", "%1 · %2 · %3 · AccessKey %4")
                                            .arg(profile->name, options.regionId, endpoint.host(),
                                                 maskedAccessKeyId(profile->accessKeyId)));
        window.setTitleBase(u"%1 — %2"_s.arg(profile->name, options.regionId));
        const bool screenshot = !options.screenshotPath.isEmpty();
        SecretStoreProbe::choose(&controller, [&client, &cloudMonitorClient, &controller, &window, screenshot,
                                               selected = *profile](SecretStore *store) {
            store->readSecret(
                selected.name, &controller,
                [&client, &cloudMonitorClient, &controller, &window, screenshot, selected,
                 persistence = store->persistence()](const SecretResult &result) {
                    if (!result.isOk()) {
                        // Said where the user looks: in the window, with why.
                        const QString why = persistence.isKeychain() ? result.message() : persistence.reason;
                        const QString what =
                            QCoreApplication::translate("main", "No AccessKey secret for profile \"%1\"")
                                .arg(selected.name);
                        ApiError error;
                        error.kind = ApiError::Kind::Authentication;
                        error.message = why;
                        window.showError(what, error);
                        QTextStream(stderr) << "opsconsole: " << what << ": " << why << Qt::endl;
                        if (screenshot)
                            QCoreApplication::exit(1);
                        return;
                    }
                    client.setCredential({selected.accessKeyId, result.secret()});
                    cloudMonitorClient.setCredential({selected.accessKeyId, result.secret()});
                    controller.start();
                });
        });
    } else if (options.endpoint.isEmpty()) {
        EmulatorOptions emulatorOptions;
        emulatorOptions.regionId = options.regionId;
        emulatorOptions.largeFleetApplications = options.largeFleetApplications;
        emulator = std::make_unique<EmbeddedEmulator>(emulatorOptions);
        client.setCredential({emulatorOptions.accessKeyId, emulatorOptions.accessKeySecret});
        QObject::connect(emulator.get(), &EmbeddedEmulator::started, &controller,
                         [&client, &window, &controller, regionId = options.regionId](const QUrl &url) {
                             client.setEndpoint(url);
                             //: status bar: where the data comes from; %1 region, %2 URL
                             window.setConnectionDescription(
                                 QCoreApplication::translate("main", "Embedded SAE emulator · %1 · %2")
                                     .arg(regionId, url.toString()));
                             controller.start();
                         });
        QObject::connect(emulator.get(), &EmbeddedEmulator::failed, &window, [](const QString &message) {
            QTextStream(stderr) << "opsconsole: "
                                << QCoreApplication::translate("main",
                                                               "The embedded emulator could not start: %1")
                                       .arg(message)
                                << Qt::endl;
            QCoreApplication::exit(1);
        });
        window.setTitleBase(
            QCoreApplication::translate("main", "%1 — embedded emulator").arg(options.regionId));
    } else {
        const AccessKeyCredential credential{qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                                             qgetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET")};
        if (!credential.isComplete()) {
            QTextStream(stderr) << "opsconsole: "
                                << QCoreApplication::translate(
                                       "main", "--endpoint needs ALIBABA_CLOUD_ACCESS_KEY_ID and "
                                               "ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment.")
                                << Qt::endl;
            return 2;
        }
        client.setEndpoint(options.endpoint);
        client.setCredential(credential);
        window.setConnectionDescription(
            QCoreApplication::translate("main", "%1 · %2 · AccessKey %3")
                .arg(options.regionId, options.endpoint.host(), maskedAccessKeyId(credential.accessKeyId)));
        window.setTitleBase(options.regionId);
    }

    QObject::connect(&controller, &AppController::initialLoadFinished, &window, [&sinceStart](bool loaded) {
        qCInfo(lcStartup, "first page %s after %lld ms", loaded ? "loaded" : "failed", sinceStart.elapsed());
    });
    // With more than one namespace, the on-call engineer's home is the whole fleet.
    if (!options.pageGiven) {
        QObject::connect(
            &controller, &AppController::initialLoadFinished, &window,
            [&window, &controller] {
                if (controller.namespaceModel()->rowCount() > 1)
                    window.showFleet(true);
            },
            Qt::SingleShotConnection);
    }
    // The sign-off inbox checks the region once the window has what it shows first.
    QObject::connect(
        &controller, &AppController::initialLoadFinished, &releases,
        [&releases, &fleet, &otherProfiles, fleetPanel, &settings] {
            releases.watcher()->start();
            fleet.start();
            if (!otherProfiles.isEmpty() && settings.value(u"fleet/allProfiles"_s).toBool()) {
                fleetPanel->setAllProfiles(true);
                otherProfiles.setIncluded(true);
            }
        },
        Qt::SingleShotConnection);
    // `--page app:NAME/scaling/new:TYPE|edit:RULE`: the editor, once the tab has read the rules;
    // a screenshot then shows the editor, when its preview has what it needs.
    std::function<QWidget *()> screenshotSubject = [&window]() -> QWidget * { return &window; };
    if (!options.pageScalingEditor.isEmpty()) {
        auto ready = std::make_shared<bool>(false);
        openRequestedScalingEditor(&details, &scaling, options.pageScalingEditor, ready);
        screenshotSubject = [&scaling, ready]() -> QWidget * { return *ready ? scaling.editor() : nullptr; };
    }
    if (!options.screenshotPath.isEmpty())
        scheduleScreenshot(&controller, &scheduler, &window, options.screenshotPath, screenshotSubject);
    openRequestedPage(&controller, &window, options);
    if (options.pageFleet)
        window.showFleet(true);
    window.show();
    if (emulator)
        emulator->start();
    else if (!cloudProfile)
        controller.start();
    return app.exec();
}
