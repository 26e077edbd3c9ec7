#include "core/apierror.h"
#include "core/applicationtablemodel.h"
#include "core/fleettablemodel.h"
#include "core/instancetablemodel.h"
#include "core/itemroles.h"
#include "core/namespacelistmodel.h"
#include "widgets/applicationdetailview.h"
#include "widgets/fleetpanel.h"
#include "widgets/instancepanel.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstApplicationBecomesCurrent();
    void filterNarrowsTheList();
    void clickingARowSelectsTheApplication();
    void filteringIsNotAChoice();
    void removedApplicationIsReplacedByTheFirst();
    void namespaceSelectorEmitsTheId();
    void refreshedNamespacesKeepTheChoice();
    void shortcuts();
    void errorsShowCodeAndRequestId();
    void staleDataIsMarked();
    void statusFilterAndEscape();
    void statusBarShowsBudgetAgeAndConnection();
    void protectedNamespaceShowsABanner();
    void goToApplicationShortcut();
    void contextMenuAsksForActions();
    void layoutIsRemembered();
    void profileAndRegionSelectors();
    void fleetPageLeadsToTheUnhealthyInstances();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }

    NamespaceListModel *m_namespaces = nullptr;
    ApplicationTableModel *m_applications = nullptr;
    InstanceTableModel *m_instances = nullptr;
    MainWindow *m_window = nullptr;
};

namespace {

Application app(const QString &id, const QString &name, const QString &ns, int running, int target)
{
    Application application;
    application.appId = id;
    application.appName = name;
    application.namespaceId = u"cn-shenzhen:"_s + ns;
    application.namespaceName = ns;
    application.runningInstances = running;
    application.targetInstances = target;
    application.cpuMillicores = 1000;
    application.memoryMb = 2048;
    application.imageUrl = u"registry/retail/"_s + name + u":1.2.3"_s;
    return application;
}

} // namespace

void TestMainWindow::initTestCase()
{
    // What the app installs for English: the plural forms of "%n application(s)" and the like.
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestMainWindow::init()
{
    m_namespaces = new NamespaceListModel(this);
    m_applications = new ApplicationTableModel(this);
    m_instances = new InstanceTableModel(this);
    m_window = new MainWindow;
    m_window->setModels(m_namespaces, m_applications, m_instances);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_instances;
    delete m_applications;
    delete m_namespaces;
}

void TestMainWindow::firstApplicationBecomesCurrent()
{
    QSignalSpy selected(m_window, &MainWindow::applicationSelected);
    m_applications->setRows(
        {app(u"id-z"_s, u"zeta"_s, u"prod"_s, 1, 1), app(u"id-a"_s, u"alpha"_s, u"prod"_s, 1, 1)});
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toString(), u"id-a"_s); // the first row as sorted by name
    QCOMPARE(m_window->currentApplicationId(), u"id-a"_s);

    // A refresh that keeps the application keeps it current, without a new selection.
    m_applications->setRows(
        {app(u"id-a"_s, u"alpha"_s, u"prod"_s, 0, 1), app(u"id-b"_s, u"beta"_s, u"prod"_s, 1, 1)});
    QCOMPARE(selected.count(), 1);
    QCOMPARE(m_window->currentApplicationId(), u"id-a"_s);
}

void TestMainWindow::filterNarrowsTheList()
{
    m_applications->setRows(
        {app(u"1"_s, u"order-service"_s, u"prod"_s, 6, 6), app(u"2"_s, u"order-service"_s, u"dev"_s, 1, 1),
         app(u"3"_s, u"member-service"_s, u"prod"_s, 4, 4), app(u"4"_s, u"mall-web"_s, u"prod"_s, 2, 2)});
    auto *filter = child<QLineEdit>(u"applicationFilter"_s);
    auto *table = child<QTableView>(u"applicationTable"_s);
    auto *summary = child<QLabel>(u"applicationSummary"_s);
    QVERIFY(filter && table && summary);
    QCOMPARE(summary->text(), u"4 applications"_s);

    QTest::keyClicks(filter, u"order"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(summary->text(), u"2 of 4 applications"_s);
    QTest::keyClicks(filter, u" prod"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(table->model()->rowCount(), 4);
}

void TestMainWindow::clickingARowSelectsTheApplication()
{
    m_applications->setRows({app(u"id-a"_s, u"alpha"_s, u"prod"_s, 1, 1),
                             app(u"id-b"_s, u"beta"_s, u"prod"_s, 1, 1),
                             app(u"id-c"_s, u"gamma"_s, u"prod"_s, 1, 1)});
    auto *table = child<QTableView>(u"applicationTable"_s);
    QSignalSpy selected(m_window, &MainWindow::applicationSelected);
    const QRect row = table->visualRect(table->model()->index(2, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toString(), u"id-c"_s);

    // Sorting by a header click keeps the same application current.
    table->horizontalHeader()->setSortIndicator(ApplicationTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(m_window->currentApplicationId(), u"id-c"_s);
    QCOMPARE(table->currentIndex().row(), 0);
}

void TestMainWindow::filteringIsNotAChoice()
{
    m_applications->setRows({app(u"id-a"_s, u"alpha"_s, u"prod"_s, 1, 1),
                             app(u"id-b"_s, u"beta"_s, u"prod"_s, 1, 1),
                             app(u"id-c"_s, u"gamma"_s, u"prod"_s, 1, 1)});
    auto *table = child<QTableView>(u"applicationTable"_s);
    auto *filter = child<QLineEdit>(u"applicationFilter"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, 0)).center());
    QCOMPARE(m_window->currentApplicationId(), u"id-b"_s);

    QSignalSpy selected(m_window, &MainWindow::applicationSelected);
    QTest::keyClicks(filter, u"gam"_s); // hides beta: its instances stay on screen
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(selected.count(), 0);
    QCOMPARE(m_window->currentApplicationId(), u"id-b"_s);
    QVERIFY(!table->currentIndex().isValid()); // no highlight on an application nobody chose

    QTest::keyClick(filter, Qt::Key_Escape); // beta is visible again, and current again
    QCOMPARE(selected.count(), 0);
    QCOMPARE(table->currentIndex().data(ItemRoles::IdRole).toString(), u"id-b"_s);

    QTest::keyClicks(filter, u"a"_s); // alpha, beta, gamma all match: nothing moves
    QCOMPARE(selected.count(), 0);

    // A refresh that changes a sort key re-sorts the rows; still not a choice.
    table->sortByColumn(ApplicationTableModel::InstancesColumn, Qt::AscendingOrder);
    m_applications->setRows({app(u"id-a"_s, u"alpha"_s, u"prod"_s, 3, 3),
                             app(u"id-b"_s, u"beta"_s, u"prod"_s, 2, 2),
                             app(u"id-c"_s, u"gamma"_s, u"prod"_s, 1, 1)});
    QCOMPARE(selected.count(), 0);
    QCOMPARE(table->currentIndex().data(ItemRoles::IdRole).toString(), u"id-b"_s);

    // Keyboard navigation is a choice.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last().first().toString(), m_window->currentApplicationId());
}

void TestMainWindow::removedApplicationIsReplacedByTheFirst()
{
    m_applications->setRows(
        {app(u"id-a"_s, u"alpha"_s, u"prod"_s, 1, 1), app(u"id-b"_s, u"beta"_s, u"prod"_s, 1, 1)});
    QVERIFY(m_window->selectApplication(u"id-b"_s));
    QSignalSpy selected(m_window, &MainWindow::applicationSelected);
    m_applications->setRows({app(u"id-a"_s, u"alpha"_s, u"prod"_s, 1, 1)}); // beta was deleted
    QCOMPARE(m_window->currentApplicationId(), u"id-a"_s);
    QCOMPARE(selected.last().first().toString(), u"id-a"_s);

    m_applications->clear(); // e.g. another namespace is loading: nothing is chosen
    QCOMPARE(m_window->currentApplicationId(), QString());
    QCOMPARE(selected.last().first().toString(), QString());
}

void TestMainWindow::namespaceSelectorEmitsTheId()
{
    m_namespaces->setNamespaces({{u"cn-shenzhen:prod"_s, u"prod"_s, {}, u"cn-shenzhen"_s, {}},
                                 {u"cn-shenzhen:dev"_s, u"dev"_s, {}, u"cn-shenzhen"_s, {}}});
    auto *selector = child<QComboBox>(u"namespaceSelector"_s);
    QVERIFY(selector);
    QCOMPARE(selector->count(), 3);
    QSignalSpy chosen(m_window, &MainWindow::namespaceSelected);
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), u"cn-shenzhen:prod"_s);
    QCOMPARE(m_window->currentNamespaceId(), u"cn-shenzhen:prod"_s);
    m_window->selectNamespace(u"cn-shenzhen:dev"_s);
    QCOMPARE(chosen.last().first().toString(), u"cn-shenzhen:dev"_s);
}

void TestMainWindow::refreshedNamespacesKeepTheChoice()
{
    const Namespace prod{u"cn-shenzhen:prod"_s, u"prod"_s, {}, u"cn-shenzhen"_s, {}};
    const Namespace dev{u"cn-shenzhen:dev"_s, u"dev"_s, {}, u"cn-shenzhen"_s, {}};
    const Namespace staging{u"cn-shenzhen:staging"_s, u"staging"_s, {}, u"cn-shenzhen"_s, {}};
    m_namespaces->setNamespaces({prod, dev});
    m_window->selectNamespace(dev.id);
    QSignalSpy chosen(m_window, &MainWindow::namespaceSelected);

    m_namespaces->setNamespaces({prod, staging, dev}); // a refresh that resets the model
    QCOMPARE(m_window->currentNamespaceId(), dev.id);
    QCOMPARE(chosen.count(), 0);

    m_namespaces->setNamespaces({prod, staging}); // dev was deleted: say what is shown now
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), m_window->currentNamespaceId());
}

void TestMainWindow::shortcuts()
{
    QSignalSpy refresh(m_window, &MainWindow::refreshRequested);
    QTest::keyClick(m_window, Qt::Key_F5);
    QCOMPARE(refresh.count(), 1);
    auto *filter = child<QLineEdit>(u"applicationFilter"_s);
    child<QTableView>(u"applicationTable"_s)->setFocus();
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
}

void TestMainWindow::errorsShowCodeAndRequestId()
{
    QCOMPARE(m_window->errorText(), QString());
    const ApiError error =
        ApiError::fromPlatform(400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s,
                               u"9736ED45-A72D-5D19-8029-7B9543910000"_s);
    m_window->showError(u"Could not load the applications."_s, error);
    const QString text = m_window->errorText();
    QVERIFY(text.startsWith(u"Could not load the applications."));
    QVERIFY(text.contains(u"Throttling.User"));
    QVERIFY(text.contains(u"RequestId: 9736ED45-A72D-5D19-8029-7B9543910000"));
    auto *banner = m_window->findChild<QWidget *>(u"messageBanner"_s);
    QVERIFY(banner->isVisible());
    QTest::mouseClick(banner->findChild<QToolButton *>(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::staleDataIsMarked()
{
    auto *notice = child<QLabel>(u"applicationStaleNotice"_s);
    QVERIFY(!notice->isVisible());
    const QDateTime lastGood = QDateTime::currentDateTimeUtc().addSecs(-120);
    m_window->setApplicationsStale(lastGood);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"Stale"));
    m_window->setApplicationsUpdated(QDateTime::currentDateTimeUtc());
    QVERIFY(!notice->isVisible());
    QVERIFY(child<QLabel>(u"updatedLabel"_s)->text().startsWith(u"Updated "));
}

void TestMainWindow::statusFilterAndEscape()
{
    m_applications->setRows({app(u"id-a"_s, u"alpha"_s, u"prod"_s, 1, 2),
                             app(u"id-b"_s, u"beta"_s, u"prod"_s, 2, 2),
                             app(u"id-c"_s, u"gamma"_s, u"dev"_s, 0, 0)});
    auto *table = child<QTableView>(u"applicationTable"_s);
    auto *statusFilter = child<QComboBox>(u"applicationStatusFilter"_s);
    QCOMPARE(statusFilter->currentIndex(), 0); // all statuses
    statusFilter->setFocus();
    QTest::keyClick(statusFilter, Qt::Key_Down); // the first status offered: Unhealthy
    QCOMPARE(statusFilter->currentText(), u"Unhealthy"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"alpha"_s);

    auto *filter = child<QLineEdit>(u"applicationFilter"_s);
    QTest::keyClicks(filter, u"zzz"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    QTest::keyClick(filter, Qt::Key_Escape); // clears the text and the status filter
    QCOMPARE(filter->text(), QString());
    QCOMPARE(statusFilter->currentIndex(), 0);
    QCOMPARE(table->model()->rowCount(), 3);

    QTest::keyClicks(filter, u"beta"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Escape); // Esc anywhere in the list
    QCOMPARE(filter->text(), QString());
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::statusBarShowsBudgetAgeAndConnection()
{
    auto *budget = child<QLabel>(u"budgetLabel"_s);
    m_window->setCallBudget(12, 60, 0);
    QCOMPARE(budget->text(), u"Calls 12/60 per min"_s);
    m_window->setCallBudget(54, 60, 3);
    QCOMPARE(budget->text(), u"Calls 54/60 per min · 3 queued"_s);

    m_window->setApplicationsUpdated(QDateTime::currentDateTimeUtc().addSecs(-75));
    QVERIFY2(m_window->updatedText().startsWith(u"Updated 1m"), qPrintable(m_window->updatedText()));

    auto *state = child<QLabel>(u"connectionStateLabel"_s);
    m_window->setConnectionState(MainWindow::ConnectionState::Offline, u"Connection refused"_s);
    QVERIFY(state->text().contains(u"Offline"));
    QCOMPARE(state->toolTip(), u"Connection refused"_s);
    m_window->setConnectionState(MainWindow::ConnectionState::Throttled);
    QVERIFY(state->text().contains(u"Throttled"));
    m_window->setConnectionState(MainWindow::ConnectionState::Connected);
    QVERIFY(state->text().contains(u"Connected"));
    QCOMPARE(m_window->connectionState(), MainWindow::ConnectionState::Connected);
}

void TestMainWindow::protectedNamespaceShowsABanner()
{
    QVERIFY(!m_window->isProtectedBannerShown());
    m_window->setNamespaceProtected(true, u"prod"_s);
    QVERIFY(m_window->isProtectedBannerShown());
    QVERIFY(child<QWidget>(u"protectedBanner"_s)->isVisible());
    m_window->setNamespaceProtected(false);
    QVERIFY(!m_window->isProtectedBannerShown());
}

void TestMainWindow::goToApplicationShortcut()
{
    QSignalSpy asked(m_window, &MainWindow::goToApplicationRequested);
    child<QTableView>(u"applicationTable"_s)->setFocus();
    QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(asked.count(), 1);
}

void TestMainWindow::contextMenuAsksForActions()
{
    m_applications->setRows(
        {app(u"id-a"_s, u"alpha"_s, u"prod"_s, 1, 1), app(u"id-b"_s, u"beta"_s, u"prod"_s, 1, 1)});
    auto *table = child<QTableView>(u"applicationTable"_s);
    const QPoint onBeta = table->visualRect(table->model()->index(1, 0)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, onBeta, table->viewport()->mapToGlobal(onBeta));
    QApplication::sendEvent(table->viewport(), &event);
    QCOMPARE(m_window->currentApplicationId(), u"id-b"_s); // acting on a row chooses it
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QSignalSpy lifecycle(m_window, &MainWindow::lifecycleActionRequested);
    QAction *restart = nullptr;
    QAction *monitoring = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Restart application…")
            restart = action;
        if (action->text() == u"Monitoring")
            monitoring = action;
    }
    QVERIFY(restart && monitoring);
    restart->trigger();
    QCOMPARE(lifecycle.count(), 1);
    QCOMPARE(lifecycle.first().at(0).toString(), u"id-b"_s);
    QCOMPARE(lifecycle.first().at(1).value<LifecycleAction>(), LifecycleAction::Restart);
    monitoring->trigger();
    QCOMPARE(m_window->detail()->currentPage(), DetailPage::Monitoring);
    menu->close();
}

void TestMainWindow::layoutIsRemembered()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"layout.ini"_s), QSettings::IniFormat);
    auto *header = child<QTableView>(u"applicationTable"_s)->horizontalHeader();
    header->moveSection(ApplicationTableModel::VersionColumn, 1);
    header->resizeSection(ApplicationTableModel::NameColumn, 333);
    m_window->detail()->setCurrentPage(DetailPage::Events);
    m_window->saveLayout(settings);

    MainWindow other;
    other.setModels(m_namespaces, m_applications, m_instances);
    other.restoreLayout(settings);
    auto *otherHeader = other.findChild<QTableView *>(u"applicationTable"_s)->horizontalHeader();
    QCOMPARE(otherHeader->visualIndex(ApplicationTableModel::VersionColumn), 1);
    QCOMPARE(otherHeader->sectionSize(ApplicationTableModel::NameColumn), 333);
    QCOMPARE(other.detail()->currentPage(), DetailPage::Events);
}

void TestMainWindow::profileAndRegionSelectors()
{
    m_window->setProfiles({u"Local emulator"_s, u"retail-prod"_s}, u"Local emulator"_s);
    m_window->setRegions({u"cn-shenzhen"_s, u"cn-hangzhou"_s}, u"cn-shenzhen"_s);
    QCOMPARE(m_window->currentProfile(), u"Local emulator"_s);
    QCOMPARE(m_window->currentRegion(), u"cn-shenzhen"_s);
    QSignalSpy profile(m_window, &MainWindow::profileSelected);
    QSignalSpy region(m_window, &MainWindow::regionSelected);
    auto *regions = child<QComboBox>(u"regionSelector"_s);
    regions->setFocus();
    QTest::keyClick(regions, Qt::Key_Down);
    QCOMPARE(region.count(), 1);
    QCOMPARE(region.first().first().toString(), u"cn-hangzhou"_s);
    auto *profiles = child<QComboBox>(u"profileSelector"_s);
    profiles->setFocus();
    QTest::keyClick(profiles, Qt::Key_Down);
    QCOMPARE(profile.count(), 1);
    QCOMPARE(profile.first().first().toString(), u"retail-prod"_s);
    // Setting them from the controller is not a choice.
    m_window->setRegions({u"cn-beijing"_s}, u"cn-beijing"_s);
    QCOMPARE(region.count(), 1);
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::fleetPageLeadsToTheUnhealthyInstances()
{
    m_applications->setRows(
        {app(u"id-a"_s, u"alpha"_s, u"prod"_s, 1, 1), app(u"id-b"_s, u"beta"_s, u"prod"_s, 0, 2)});
    FleetTableModel fleetModel;
    FleetRow broken;
    broken.application = m_applications->rowAt(1);
    FleetHealth::Input input;
    input.targetInstances = 2;
    input.runningInstances = 0;
    broken.health = FleetHealth::of(input, QDateTime::currentDateTimeUtc());
    fleetModel.setFleet({broken});
    auto *panel = new FleetPanel;
    panel->setModel(&fleetModel);
    auto *fleetAction = child<QAction>(u"fleetAction"_s);
    QVERIFY(!fleetAction->isEnabled()); // no fleet page yet
    m_window->setFleetPanel(panel);
    QVERIFY(fleetAction->isEnabled());
    // The composition root decides where an opened application goes (FleetFlows): here, triage.
    connect(panel, &FleetPanel::applicationOpened, m_window, &MainWindow::openForTriage);

    fleetAction->trigger();
    QVERIFY(m_window->isFleetShown());
    QVERIFY(panel->isVisible());
    QVERIFY(!m_window->detail()->isVisible());

    // Opening the broken application's red tile: its Instances tab, only the instances that need
    // attention.
    QVERIFY(panel->isTileView());
    FleetTileView *tiles = panel->tiles();
    const QRect tile = tiles->tileRect(broken.application.appId);
    QVERIFY(!tile.isEmpty());
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, tile.center());
    QTest::mouseDClick(tiles->viewport(), Qt::LeftButton, {}, tile.center());
    QVERIFY(!m_window->isFleetShown());
    QVERIFY(!fleetAction->isChecked());
    QCOMPARE(m_window->currentApplicationId(), broken.application.appId);
    QCOMPARE(m_window->detail()->currentPage(), DetailPage::Instances);
    QVERIFY(m_window->instancePanel()->isAttentionFilterOn());
}

#include "tst_mainwindow.moc"
