#include "appcontroller.h"
#include "core/applicationtablemodel.h"
#include "core/instancetablemodel.h"
#include "core/namespacelistmodel.h"
#include "platform/requestscheduler.h"
#include "support/localemulator.h"
#include "translations.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstPageLoads();
    void typingInTheFilterNarrowsTheTable();
    void choosingANamespaceReloads();
    void lastChoiceWinsWhenNamespacesChangeQuickly();
    void clickingAnApplicationShowsItsInstances();
    void failedRefreshKeepsDataMarkedStale();
    void wrongCredentialsAreReported();
    void smallPagesCollectEveryPage();
    void lastApplicationChosenWins();
    void filteringKeepsTheInstancesOnScreen();
    void refreshKeepsNamespaceAndApplication();

private:
    void startConsole();
    QTableView *table(const QString &name) const { return m_window->findChild<QTableView *>(name); }
    int rowsOf(const QString &tableName) const { return table(tableName)->model()->rowCount(); }
    QStringList columnOf(const QString &tableName, int column) const;
    QString appIdOf(const QString &appName, const QString &namespaceName) const;

    std::unique_ptr<LocalEmulator> m_local;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<AppController> m_controller;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_modelTesters;
};

void TestAppController::initTestCase()
{
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAppController::init()
{
    m_local = std::make_unique<LocalEmulator>();
    QVERIFY(m_local->isListening());
    m_window = std::make_unique<MainWindow>();
    m_scheduler = std::make_unique<RequestScheduler>(&m_local->client());
    m_controller = std::make_unique<AppController>(m_scheduler.get(), m_window.get());
    const QList<QAbstractItemModel *> models{m_controller->namespaceModel(), m_controller->applicationModel(),
                                             m_controller->instanceModel()};
    for (QAbstractItemModel *model : models) {
        m_modelTesters.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAppController::cleanup()
{
    m_modelTesters.clear();
    m_controller.reset();
    m_window.reset();
    m_scheduler.reset();
    m_local.reset();
}

void TestAppController::startConsole()
{
    QSignalSpy loaded(m_controller.get(), &AppController::initialLoadFinished);
    m_controller->start();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), true);
}

QStringList TestAppController::columnOf(const QString &tableName, int column) const
{
    QStringList values;
    QAbstractItemModel *model = table(tableName)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

void TestAppController::firstPageLoads()
{
    startConsole();
    QCOMPARE(rowsOf(u"applicationTable"_s), 48);
    QCOMPARE(m_window->findChild<QComboBox *>(u"namespaceSelector"_s)->count(), 4);
    QCOMPARE(m_window->findChild<QLabel *>(u"applicationSummary"_s)->text(), u"48 applications"_s);
    // The first application by name is current and its instances are on screen.
    QCOMPARE(table(u"applicationTable"_s)->currentIndex().data().toString(), u"api-gateway"_s);
    QVERIFY(rowsOf(u"instanceTable"_s) > 0);
    QVERIFY(m_window->findChild<QLabel *>(u"instanceTitle"_s)->text().contains(u"api-gateway"));
    QCOMPARE(m_window->errorText(), QString());
}

void TestAppController::typingInTheFilterNarrowsTheTable()
{
    startConsole();
    auto *filter = m_window->findChild<QLineEdit *>(u"applicationFilter"_s);
    QTest::keyClicks(filter, u"order"_s);
    QCOMPARE(rowsOf(u"applicationTable"_s), 3);
    for (const QString &name : columnOf(u"applicationTable"_s, ApplicationTableModel::NameColumn))
        QCOMPARE(name, u"order-service"_s);
    QTest::keyClicks(filter, u" prod"_s);
    QCOMPARE(rowsOf(u"applicationTable"_s), 1);
    QCOMPARE(m_window->findChild<QLabel *>(u"applicationSummary"_s)->text(), u"1 of 48 applications"_s);
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(rowsOf(u"applicationTable"_s), 48);
}

void TestAppController::choosingANamespaceReloads()
{
    startConsole();
    auto *selector = m_window->findChild<QComboBox *>(u"namespaceSelector"_s);
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down); // All namespaces -> prod
    QCOMPARE(m_window->currentNamespaceId(), u"cn-shenzhen:prod"_s);
    QTRY_COMPARE(rowsOf(u"applicationTable"_s), 22);
    for (const QString &ns : columnOf(u"applicationTable"_s, ApplicationTableModel::NamespaceColumn))
        QCOMPARE(ns, u"prod"_s);
    // The new namespace's first application is current, with its instances.
    QTRY_VERIFY(rowsOf(u"instanceTable"_s) > 0);
}

void TestAppController::lastChoiceWinsWhenNamespacesChangeQuickly()
{
    startConsole();
    auto *selector = m_window->findChild<QComboBox *>(u"namespaceSelector"_s);
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down); // prod
    QTest::keyClick(selector, Qt::Key_Down); // staging
    QTest::keyClick(selector, Qt::Key_Down); // dev, before prod or staging answered
    QTRY_COMPARE(rowsOf(u"applicationTable"_s), 8);
    QTest::qWait(200); // late answers for prod and staging must not replace dev's rows
    QCOMPARE(rowsOf(u"applicationTable"_s), 8);
    for (const QString &ns : columnOf(u"applicationTable"_s, ApplicationTableModel::NamespaceColumn))
        QCOMPARE(ns, u"dev"_s);
}

void TestAppController::clickingAnApplicationShowsItsInstances()
{
    startConsole();
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"applicationFilter"_s), u"order-service prod"_s);
    QTableView *apps = table(u"applicationTable"_s);
    QCOMPARE(apps->model()->rowCount(), 1);
    QTest::mouseClick(apps->viewport(), Qt::LeftButton, {},
                      apps->visualRect(apps->model()->index(0, 0)).center());
    QTRY_COMPARE(rowsOf(u"instanceTable"_s), 6);
    QVERIFY(m_window->findChild<QLabel *>(u"instanceTitle"_s)->text().contains(u"order-service"));
    const QStringList statuses = columnOf(u"instanceTable"_s, InstanceTableModel::StatusColumn);
    QCOMPARE(statuses.count(u"CrashLoopBackOff"_s), 1);
    QCOMPARE(statuses.first(), u"CrashLoopBackOff"_s); // failures sort first
    QVERIFY(columnOf(u"instanceTable"_s, InstanceTableModel::HealthColumn)
                .first()
                .startsWith(u"Liveness failing: Liveness probe failed: Get \"http://10.20.3.26:8080"_s));
}

void TestAppController::failedRefreshKeepsDataMarkedStale()
{
    startConsole();
    m_local->emulator().close();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(!m_window->errorText().isEmpty());
    QVERIFY(m_window->errorText().contains(u"Could not load"));
    QCOMPARE(rowsOf(u"applicationTable"_s), 48); // the last good data stays
    QTRY_VERIFY(m_window->findChild<QLabel *>(u"applicationStaleNotice"_s)->isVisible());

    // The platform comes back: the next refresh clears the error and the stale mark.
    QVERIFY(m_local->emulator().listen(QHostAddress::LocalHost, m_local->client().endpoint().port()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(m_window->errorText(), QString());
    QTRY_VERIFY(!m_window->findChild<QLabel *>(u"applicationStaleNotice"_s)->isVisible());
}

void TestAppController::wrongCredentialsAreReported()
{
    m_local->client().setCredential({u"LTAI5tOpsConsoleDemoKey"_s, "wrong-secret"});
    QSignalSpy loaded(m_controller.get(), &AppController::initialLoadFinished);
    m_controller->start();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), false);
    const QString error = m_window->errorText();
    QVERIFY2(error.contains(u"SignatureDoesNotMatch"), qPrintable(error));
    QVERIFY(error.contains(u"RequestId: "));
    QCOMPARE(rowsOf(u"applicationTable"_s), 0);
}

void TestAppController::smallPagesCollectEveryPage()
{
    m_controller->setPageSize(5); // 48 applications: 10 pages; order-service has 6 instances
    startConsole();
    QCOMPARE(rowsOf(u"applicationTable"_s), 48);
    QSet<QString> names;
    for (const QString &name : columnOf(u"applicationTable"_s, ApplicationTableModel::NameColumn))
        names.insert(name);
    QVERIFY(names.contains(u"api-gateway"_s) && names.contains(u"order-service"_s));
    QVERIFY(m_window->selectApplication(appIdOf(u"order-service"_s, u"prod"_s)));
    QTRY_COMPARE(rowsOf(u"instanceTable"_s), 6);
}

void TestAppController::lastApplicationChosenWins()
{
    startConsole();
    const QString order = appIdOf(u"order-service"_s, u"prod"_s);
    const QString member = appIdOf(u"member-service"_s, u"prod"_s);
    QVERIFY(m_window->selectApplication(order));
    QVERIFY(m_window->selectApplication(member)); // before order-service's instances arrive
    auto *title = m_window->findChild<QLabel *>(u"instanceTitle"_s);
    QTRY_VERIFY(rowsOf(u"instanceTable"_s) > 0);
    QTest::qWait(200); // a late answer for order-service must not replace member-service's rows
    QVERIFY2(title->text().contains(u"member-service"), qPrintable(title->text()));
    const QStringList statuses = columnOf(u"instanceTable"_s, InstanceTableModel::StatusColumn);
    QVERIFY(!statuses.contains(u"CrashLoopBackOff"_s)); // that is order-service's sick instance
    QCOMPARE(m_window->errorText(), QString());         // the cancelled request is not an error
}

void TestAppController::filteringKeepsTheInstancesOnScreen()
{
    startConsole();
    const QString order = appIdOf(u"order-service"_s, u"prod"_s);
    QVERIFY(m_window->selectApplication(order));
    QTRY_COMPARE(rowsOf(u"instanceTable"_s), 6);
    QSignalSpy chosen(m_window.get(), &MainWindow::applicationSelected);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"applicationFilter"_s), u"member"_s);
    QTest::qWait(100);
    QCOMPARE(chosen.count(), 0);
    QCOMPARE(rowsOf(u"instanceTable"_s), 6);
    QVERIFY(m_window->findChild<QLabel *>(u"instanceTitle"_s)->text().contains(u"order-service"));
}

void TestAppController::refreshKeepsNamespaceAndApplication()
{
    startConsole();
    auto *selector = m_window->findChild<QComboBox *>(u"namespaceSelector"_s);
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down); // prod
    QTRY_COMPARE(rowsOf(u"applicationTable"_s), 22);
    const QString order = appIdOf(u"order-service"_s, u"prod"_s);
    QTRY_VERIFY(m_window->selectApplication(order));
    QTRY_COMPARE(rowsOf(u"instanceTable"_s), 6);

    auto *updated = m_window->findChild<QLabel *>(u"updatedLabel"_s);
    updated->clear();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(!updated->text().isEmpty());
    QTest::qWait(200); // the namespace list and the instances answer too
    QCOMPARE(m_window->currentNamespaceId(), u"cn-shenzhen:prod"_s);
    QCOMPARE(rowsOf(u"applicationTable"_s), 22);
    QCOMPARE(m_window->currentApplicationId(), order);
    QCOMPARE(rowsOf(u"instanceTable"_s), 6);
}

QString TestAppController::appIdOf(const QString &appName, const QString &namespaceName) const
{
    const ApplicationTableModel *model = m_controller->applicationModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Application &application = model->rowAt(row);
        if (application.appName == appName && application.namespaceName == namespaceName)
            return application.appId;
    }
    return {};
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
