// The on-call engineer's flows (issue 8), end to end against the emulator over loopback with a
// clock driven by the test: an application starts crash-looping -> the fleet marks it and one
// notification fires; the notification leads, by clicks, to the bad instance, its events and its
// previous log, and to a confirmed restart; the recovery is said once; a batch left waiting for
// sign-off is reminded of after the threshold, once.

#include "consoletestbase.h"
#include "core/fleettablemodel.h"
#include "core/itemroles.h"
#include "emulator/instancefate.h"
#include "fleetcontroller.h"
#include "fleetexporter.h"
#include "fleetflows.h"
#include "fleetnotifier.h"
#include "releasecontroller.h"
#include "signoffwatcher.h"
#include "support/gatewaycall.h"
#include "translations.h"
#include "widgets/confirmationdialog.h"
#include "widgets/eventspanel.h"
#include "widgets/fleetpanel.h"
#include "widgets/fleettileview.h"
#include "widgets/fleettrayicon.h"
#include "widgets/instancelogpanel.h"
#include "widgets/instancepanel.h"
#include "widgets/whatchangedpanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

class TestOnCallFlow
    : public QObject
    , private ConsoleTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aCrashLoopIsSaidOnceAndTriagedByClicks();
    void aBatchWaitingTooLongIsRemindedOnce();
    void mutedNamespacesStayQuiet();

private:
    bool refreshFleet();
    const FleetRow *row(const QString &name, const QString &namespaceName) const;
    void startCrashLoop(const QString &name, const QString &namespaceName);
    /// Opens the instance table's context menu on `row` and triggers the entry called `text`.
    void triggerInstanceMenu(int row, const QString &text);
    QDateTime emulatorNow() { return m_local->emulator().clock().now(); }

    std::unique_ptr<ReleaseController> m_releases;
    std::unique_ptr<FleetController> m_fleet;
    std::unique_ptr<FleetNotifier> m_notifier;
    std::unique_ptr<FleetExporter> m_exporter;

    FleetTrayIcon *m_tray = nullptr; // the window's child
    QList<FleetAlert> m_alerts;      ///< those of m_watched
    QString m_watched;
};

void TestOnCallFlow::initTestCase()
{
    // As the console runs: English plurals ("5 of 48 applications") come from its translation.
    QVERIFY(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
}

void TestOnCallFlow::init()
{
    // The journal is written at the wall clock's time: the emulator's starts a little before it,
    // so that the shift a hand-over covers holds both.
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-6 * 60);
    m_emulatorStart = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
    QVERIFY(createConsole(this));
    m_releases = std::make_unique<ReleaseController>(m_scheduler.get(), m_scheduler.get(), m_controller.get(),
                                                     m_operations.get(), m_window.get());
    m_releases->setJournalPath(journalPath());
    m_releases->watcher()->setCallsPerMinute(0);
    m_releases->watcher()->setCycleInterval(0);
    m_fleet = std::make_unique<FleetController>(m_scheduler.get());
    m_fleet->setRegion(u"cn-shenzhen"_s);
    m_fleet->setMinimumInterval(0);
    m_fleet->setClock([this] { return emulatorNow(); });
    m_notifier = std::make_unique<FleetNotifier>(m_fleet->model());
    m_notifier->setClock([this] { return emulatorNow(); });
    m_tray = new FleetTrayIcon(m_window.get());
    m_alerts.clear();
    connect(m_notifier.get(), &FleetNotifier::alertsRaised, this, [this](const QList<FleetAlert> &alerts) {
        // The living fleet has its own ups and downs: only the application watched counts.
        for (const FleetAlert &alert : alerts) {
            if (alert.appName == m_watched)
                m_alerts.append(alert);
        }
    });
    connect(m_window->instancePanel(), &InstancePanel::restartRequested, m_operations.get(),
            &OperationController::reviewInstanceRestart);
    m_exporter = std::make_unique<FleetExporter>();
    FleetFlows::Options options;
    options.profileName = Profile::localEmulator().name;
    options.journalPath = journalPath();
    FleetFlows::connect(m_window.get(), m_fleet.get(), new FleetPanel, m_notifier.get(), m_tray,
                        m_releases.get(), m_exporter.get(), options);
    m_window->setProfiles({Profile::localEmulator().name}, Profile::localEmulator().name);
    m_window->setRegions({u"cn-shenzhen"_s}, u"cn-shenzhen"_s);
    QVERIFY(showConsole());
    startConsole();
}

void TestOnCallFlow::cleanup()
{
    m_fleet.reset();
    m_notifier.reset();
    m_exporter.reset();
    m_releases.reset();
    destroyConsole();
}

bool TestOnCallFlow::refreshFleet()
{
    QSignalSpy finished(m_fleet.get(), &FleetController::cycleFinished);
    m_fleet->refreshNow();
    return finished.wait(20000);
}

const FleetRow *TestOnCallFlow::row(const QString &name, const QString &namespaceName) const
{
    for (const FleetRow &fleetRow : m_fleet->model()->rows()) {
        if (fleetRow.application.appName == name && fleetRow.application.namespaceName == namespaceName)
            return &fleetRow;
    }
    return nullptr;
}

void TestOnCallFlow::startCrashLoop(const QString &name, const QString &namespaceName)
{
    const EmulatedApplication *found = m_local->emulator().fleet().findApplicationNamed(namespaceName, name);
    QVERIFY(found);
    EmulatedApplication *app = m_local->emulator().fleet().findApplication(found->application.appId);
    // A dependency starts refusing the application: every instance fails its liveness probe.
    for (const Instance &instance : std::as_const(app->instances)) {
        app->instanceFates.insert(instance.instanceId, InstanceFate::CrashLoop);
        app->lifecycleDue.insert(instance.instanceId, emulatorNow());
    }
}

void TestOnCallFlow::triggerInstanceMenu(int row, const QString &text)
{
    QTableView *instances = table(u"instanceTable"_s);
    const QRect cell = instances->visualRect(instances->model()->index(row, 0));
    QTest::mouseClick(instances->viewport(), Qt::LeftButton, {}, cell.center());
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, cell.center(),
                                instances->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(instances->viewport(), &menuEvent);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *chosen = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            chosen = action;
    }
    QVERIFY2(chosen, qPrintable(text));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(chosen).center());
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

void TestOnCallFlow::aCrashLoopIsSaidOnceAndTriagedByClicks()
{
    m_watched = u"coupon-service"_s;
    // The first look: what is already wrong is said (in one summary when it is much).
    QVERIFY(refreshFleet());
    const int firstLook = int(m_alerts.size());
    QVERIFY(row(u"coupon-service"_s, u"prod"_s));
    QVERIFY2(!FleetTableModel::needsAttention(*row(u"coupon-service"_s, u"prod"_s)),
             qPrintable(row(u"coupon-service"_s, u"prod"_s)->health.reasons.join(u" | "_s)));
    QVERIFY(refreshFleet());
    QCOMPARE(m_alerts.size(), firstLook); // nothing new, nothing said again

    // coupon-service starts crash-looping: its tile turns red, one notification.
    startCrashLoop(u"coupon-service"_s, u"prod"_s);
    m_local->emulator().clock().advance(2 * 60 * 1000);
    QVERIFY(refreshFleet());
    const FleetRow *coupons = row(u"coupon-service"_s, u"prod"_s);
    QCOMPARE(coupons->health.severity, Severity::Critical);
    const QString appId = coupons->application.appId;
    QCOMPARE(m_alerts.size(), firstLook + 1);
    QCOMPARE(m_alerts.constLast().kind, FleetAlert::Kind::TurnedUnhealthy);
    QCOMPARE(m_alerts.constLast().appName, u"coupon-service"_s);
    QCOMPARE(m_tray->lastTitle(), u"coupon-service (prod) is unhealthy"_s);
    const int notifications = m_tray->notificationCount();
    m_local->emulator().clock().advance(60 * 1000);
    QVERIFY(refreshFleet());
    QVERIFY(refreshFleet());
    QCOMPARE(m_alerts.size(), firstLook + 1); // still crash-looping: not said again
    QCOMPARE(m_tray->notificationCount(), notifications);
    m_window->showFleet(true);
    saveScreenshot(m_window.get(), u"fleet.png"_s);

    // The notification opens the application's instances that need attention.
    m_window->showFleet(true);
    QVERIFY(m_window->findChild<QMenu *>(u"notificationsMenu"_s));
    auto *openLast = m_window->findChild<QAction *>(u"openLastNotification"_s);
    QVERIFY(openLast->isEnabled());
    openLast->trigger();
    QVERIFY(!m_window->isFleetShown());
    QTRY_COMPARE(m_controller->currentApplication().appName, u"coupon-service"_s);
    QCOMPARE(m_window->detail()->currentPage(), DetailPage::Instances);

    // And so does its red tile, by clicks: the fleet page, then a double-click on the tile.
    openApplication(u"api-gateway"_s, u"prod"_s);
    m_window->findChild<QAction *>(u"fleetAction"_s)->trigger();
    QVERIFY(m_window->isFleetShown());
    auto *panel = m_window->findChild<FleetPanel *>();
    QVERIFY(panel->isTileView());
    FleetTileView *tiles = panel->tiles();
    const QRect tile = tiles->tileRect(appId);
    QVERIFY(!tile.isEmpty());
    QVERIFY(tiles->viewport()->rect().contains(tile)); // the worst come first
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, tile.center());
    QTest::mouseDClick(tiles->viewport(), Qt::LeftButton, {}, tile.center());
    QVERIFY(!m_window->isFleetShown());
    QTRY_COMPARE(m_controller->currentApplication().appName, u"coupon-service"_s);
    QCOMPARE(m_window->detail()->currentPage(), DetailPage::Instances);
    QTableView *instances = table(u"instanceTable"_s);
    QTRY_COMPARE(instances->model()->rowCount(), 2); // both crash-loop
    const QString instanceId = instances->model()->index(0, 0).data(ItemRoles::IdRole).toString();

    // Its events: the Pod's BackOff.
    triggerInstanceMenu(0, u"Show events"_s);
    QCOMPARE(m_window->detail()->currentPage(), DetailPage::Events);
    auto *events = m_window->detail()->eventsPanel()->findChild<QTableView *>();
    QTRY_VERIFY(events->model()->rowCount() > 0);
    bool backOff = false;
    for (int eventRow = 0; eventRow < events->model()->rowCount(); ++eventRow) {
        for (int column = 0; column < events->model()->columnCount(); ++column)
            backOff = backOff || events->model()->index(eventRow, column).data().toString() == u"BackOff"_s;
    }
    QVERIFY(backOff);

    // Its previous log: why the container stopped.
    clickTab(DetailPage::Instances);
    QTRY_COMPARE(instances->model()->rowCount(), 2);
    triggerInstanceMenu(0, u"Show log"_s);
    QCOMPARE(m_window->detail()->currentPage(), DetailPage::Logs);
    auto *previous = m_window->findChild<QRadioButton *>(u"previousRunButton"_s);
    QTRY_VERIFY(previous->isEnabled());
    QTest::mouseClick(previous, Qt::LeftButton, {}, QPoint(8, previous->height() / 2));
    QVERIFY(previous->isChecked());
    auto *log = m_window->findChild<QPlainTextEdit *>(u"logView"_s);
    QTRY_VERIFY(!log->toPlainText().isEmpty());

    // Restart both: confirmed with the name typed (prod), sent once, journalled.
    clickTab(DetailPage::Instances);
    QTRY_COMPARE(instances->model()->rowCount(), 2);
    QTest::mouseClick(instances->viewport(), Qt::LeftButton, {},
                      instances->visualRect(instances->model()->index(0, 0)).center());
    QTest::mouseClick(instances->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      instances->visualRect(instances->model()->index(1, 0)).center());
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"restartInstanceButton"_s), Qt::LeftButton);
    auto *dialog = m_window->findChild<ConfirmationDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->request().target.contains(instanceId));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"typedNameField"_s), u"coupon-service"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(sentCalls(u"RestartInstances"_s), 1);
    QSignalSpy finished(m_operations.get(), &OperationController::operationFinished);
    m_local->emulator().clock().advance(10 * 60 * 1000);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).value<JournalEntry::Outcome>(), JournalEntry::Outcome::Succeeded);

    // Recovered: said once. The restarts counted from the crash-looping instances last until
    // their replacements are read (the details go to 3 applications a refresh, the longest
    // unread first), so it may take a second refresh.
    QVERIFY(refreshFleet());
    if (FleetTableModel::needsAttention(*row(u"coupon-service"_s, u"prod"_s)))
        QVERIFY(refreshFleet());
    QVERIFY2(!FleetTableModel::needsAttention(*row(u"coupon-service"_s, u"prod"_s)),
             qPrintable(row(u"coupon-service"_s, u"prod"_s)->health.reasons.join(u" | "_s)));
    QCOMPARE(m_alerts.size(), firstLook + 2);
    QCOMPARE(m_alerts.constLast().kind, FleetAlert::Kind::Recovered);
    QCOMPARE(m_tray->lastTitle(), u"coupon-service (prod) recovered"_s);
    QVERIFY(refreshFleet());
    QCOMPARE(m_alerts.size(), firstLook + 2);

    // What changed: the restart and the crash loop's warnings on one timeline, markers on the chart.
    clickTab(DetailPage::WhatChanged);
    auto *whatChanged = m_window->detail()->whatChangedPanel();
    QTRY_VERIFY(!whatChanged->entries().isEmpty());
    bool restartShown = false;
    bool backOffShown = false;
    for (const TimelineEntry &entry : whatChanged->entries()) {
        restartShown = restartShown || entry.kind == TimelineEntry::Kind::ChangeOrder;
        backOffShown =
            backOffShown || (entry.kind == TimelineEntry::Kind::Warning && entry.reason == u"BackOff"_s);
    }
    QVERIFY(restartShown);
    QVERIFY(backOffShown);
    QTest::qWait(200); // the chart's series
    saveScreenshot(m_window.get(), u"what-changed.png"_s);

    // The hand-over report for the next shift, by clicks: what happened and what was done.
    m_window->findChild<QAction *>(u"fleetAction"_s)->trigger();
    QSignalSpy exported(m_exporter.get(), &FleetExporter::exported);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"fleetHandOver"_s), Qt::LeftButton);
    QFileDialog *saveAs = nullptr;
    QTRY_VERIFY((saveAs = m_window->findChild<QFileDialog *>(u"fleetExportDialog"_s)));
    const QString base = m_dir.filePath(u"hand-over"_s);
    saveAs->selectFile(base + u".pdf"_s);
    static_cast<QDialog *>(saveAs)->accept();
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().first().toStringList(), QStringList({base + u".md"_s, base + u".pdf"_s}));
    QFile markdown(base + u".md"_s);
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(markdown.readAll());
    QVERIFY2(report.contains(u"coupon-service (prod) is unhealthy"_s), qPrintable(report));
    QVERIFY(report.contains(u"coupon-service (prod) recovered"_s));
    QVERIFY(report.contains(u"Restart instances"_s));
    QFile pdf(base + u".pdf"_s);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // And the fleet as CSV: a header and a line an application.
    QTRY_VERIFY(!m_window->findChild<QFileDialog *>(u"fleetExportDialog"_s)); // the last one went
    exported.clear();
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"fleetExportCsv"_s), Qt::LeftButton);
    QTRY_VERIFY((saveAs = m_window->findChild<QFileDialog *>(u"fleetExportDialog"_s)));
    saveAs->selectFile(m_dir.filePath(u"fleet.csv"_s));
    static_cast<QDialog *>(saveAs)->accept();
    QVERIFY(exported.wait(20000));
    QFile csv(m_dir.filePath(u"fleet.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size() - 1, 1 + m_fleet->model()->rowCount()); // the last line ends with CRLF
}

void TestOnCallFlow::aBatchWaitingTooLongIsRemindedOnce()
{
    m_watched = u"payment-service"_s;
    m_notifier->setSignOffThreshold(std::chrono::minutes(15));
    QVERIFY(refreshFleet());
    const int firstLook = int(m_alerts.size());
    // A gray release of payment-service: its gray batch waits for a person.
    const EmulatedApplication *app =
        m_local->emulator().fleet().findApplicationNamed(u"prod", u"payment-service");
    QVERIFY(app);
    const QString image = app->application.imageUrl.section(u':', 0, -2);
    const GatewayAnswer answer = callGateway(
        m_local->emulator(), "POST", u"/pop/v1/sam/app/deployApplication"_s, u"DeployApplication"_s,
        {{u"AppId"_s, app->application.appId},
         {u"PackageType"_s, u"Image"_s},
         {u"ImageUrl"_s, image + u":3.2.0"_s},
         {u"UpdateStrategy"_s,
          uR"({"type":"GrayBatchUpdate","batchUpdate":{"batch":1,"releaseType":"manual"},"grayUpdate":{"gray":1}})"_s}});
    const QString changeOrderId = answer.data().value(u"ChangeOrderId").toString();
    QVERIFY(!changeOrderId.isEmpty());
    const auto waiting = [this, &changeOrderId] {
        return callGateway(m_local->emulator(), "GET", u"/pop/v1/sam/changeorder/DescribeChangeOrder"_s,
                           u"DescribeChangeOrder"_s, {{u"ChangeOrderId"_s, changeOrderId}})
                   .data()
                   .value(u"Status")
                   .toInt()
               == 8;
    };
    for (int step = 0; step < 120 && !waiting(); ++step)
        m_local->emulator().clock().advance(5000);
    QVERIFY(waiting());

    // The inbox's round tells the fleet; under the threshold, nothing is said.
    QSignalSpy inbox(m_releases->watcher(), &SignOffWatcher::cycleFinished);
    m_releases->watcher()->refreshNow();
    QVERIFY(inbox.wait(20000));
    QVERIFY(refreshFleet());
    const FleetRow *payments = row(u"payment-service"_s, u"prod"_s);
    QVERIFY(FleetTableModel::waitsForSignOff(*payments));
    QCOMPARE(m_alerts.size(), firstLook);

    // Past it: one reminder, which opens the batch gate.
    m_local->emulator().clock().advance(16 * 60 * 1000);
    QVERIFY(refreshFleet());
    QCOMPARE(m_alerts.size(), firstLook + 1);
    QCOMPARE(m_alerts.constLast().kind, FleetAlert::Kind::SignOffOverdue);
    QCOMPARE(m_alerts.constLast().changeOrderId, changeOrderId);
    QVERIFY2(m_tray->lastTitle().startsWith(u"payment-service (prod) waits for sign-off for"_s),
             qPrintable(m_tray->lastTitle()));
    m_local->emulator().clock().advance(5 * 60 * 1000);
    QVERIFY(refreshFleet());
    QCOMPARE(m_alerts.size(), firstLook + 1);
    m_window->findChild<QAction *>(u"openLastNotification"_s)->trigger();
    QTRY_VERIFY(m_window->findChild<QDockWidget *>(u"batchGateDock"_s)->isVisible());
}

void TestOnCallFlow::mutedNamespacesStayQuiet()
{
    m_watched = u"coupon-service"_s;
    QVERIFY(refreshFleet());
    const int firstLook = int(m_alerts.size());
    // Mute prod from the Notifications menu.
    auto *mute = m_window->findChild<QMenu *>(u"muteMenu"_s);
    QVERIFY(mute->isEnabled());
    const auto prod = [mute]() -> QAction * {
        for (QAction *action : mute->actions()) {
            if (action->text() == u"prod"_s)
                return action;
        }
        return nullptr;
    };
    QVERIFY(prod());
    prod()->trigger();
    QVERIFY(m_notifier->isMuted(u"cn-shenzhen:prod"_s));
    startCrashLoop(u"coupon-service"_s, u"prod"_s);
    m_local->emulator().clock().advance(2 * 60 * 1000);
    QVERIFY(refreshFleet());
    QVERIFY(FleetTableModel::needsAttention(*row(u"coupon-service"_s, u"prod"_s))); // the page still shows it
    QCOMPARE(m_alerts.size(), firstLook);
    // Unmuting does not replay what began meanwhile.
    prod()->trigger();
    QVERIFY(!m_notifier->isMuted(u"cn-shenzhen:prod"_s));
    QVERIFY(refreshFleet());
    QCOMPARE(m_alerts.size(), firstLook);
}

QTEST_MAIN(TestOnCallFlow)
#include "tst_oncallflow.moc"
