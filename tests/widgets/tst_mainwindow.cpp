#include "core/apierror.h"
#include "core/applicationtablemodel.h"
#include "core/instancetablemodel.h"
#include "core/itemroles.h"
#include "core/namespacelistmodel.h"
#include "widgets/mainwindow.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
