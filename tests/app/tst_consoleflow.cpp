// The console end to end, clicked through as a person would: the real window, the three
// controllers and the journal, against the emulator over loopback (its clock driven by the test,
// so that a change order can finish within the test).

#include "consoletestbase.h"
#include "core/applicationtablemodel.h"
#include "core/journalentry.h"
#include "core/journalreader.h"
#include "core/retrypolicy.h"
#include "detailcontroller.h"
#include "operationcontroller.h"
#include "platform/journalwriter.h"
#include "platform/requestscheduler.h"
#include "support/localemulator.h"
#include "translations.h"
#include "widgets/applicationdetailview.h"
#include "widgets/applicationoverviewpanel.h"
#include "widgets/confirmationdialog.h"
#include "widgets/instancelogpanel.h"
#include "widgets/instancepanel.h"
#include "widgets/mainwindow.h"
#include "widgets/metricchartview.h"
#include "widgets/monitoringpanel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConsoleFlow
    : public QObject
    , private ConsoleTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clickThroughTheApplicationsAndTheirTabs();
    void restartAnInstanceThroughTheConfirmation();
    void failuresShowInTheTabOverTheLastGoodData();
};

void TestConsoleFlow::initTestCase()
{
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestConsoleFlow::init()
{
    QVERIFY(createConsole(this));
    // "The last hour" is the emulator's last hour.
    m_window->detail()->monitoringPanel()->setClock([this] { return m_local->emulator().clock().now(); });
    connect(m_window->instancePanel(), &InstancePanel::restartRequested, m_operations.get(),
            &OperationController::reviewInstanceRestart);
    QVERIFY(showConsole());
}

void TestConsoleFlow::cleanup()
{
    destroyConsole();
}

void TestConsoleFlow::clickThroughTheApplicationsAndTheirTabs()
{
    startConsole();
    QTableView *apps = table(u"applicationTable"_s);

    // Namespace: prod only.
    auto *namespaces = m_window->findChild<QComboBox *>(u"namespaceSelector"_s);
    namespaces->setFocus();
    QTest::keyClick(namespaces, Qt::Key_Down);
    QTRY_COMPARE(apps->model()->rowCount(), 22);

    // Sort by instances, most first: a click on the header, twice.
    QHeaderView *header = apps->horizontalHeader();
    const QPoint instancesHeader(header->sectionViewportPosition(ApplicationTableModel::InstancesColumn) + 10,
                                 header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, instancesHeader);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, instancesHeader);
    QCOMPARE(header->sortIndicatorSection(), int(ApplicationTableModel::InstancesColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < apps->model()->rowCount(); ++row) {
        const qint64 key = apps->model()
                               ->index(row, ApplicationTableModel::InstancesColumn)
                               .data(ItemRoles::SortRole)
                               .toLongLong();
        QVERIFY(key <= previous);
        previous = key;
    }

    // Filter and open an application.
    openApplication(u"order-service"_s, u"prod"_s);
    QVERIFY(m_window->isProtectedBannerShown());

    // Overview: the configuration.
    QSignalSpy loaded(m_details.get(), &DetailController::pageLoaded);
    clickTab(DetailPage::Overview);
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.last().at(0).value<DetailPage>(), DetailPage::Overview);
    QCOMPARE(loaded.last().at(1).toBool(), true);
    QVERIFY(
        m_window->detail()->overviewPanel()->copyableIds().contains(m_controller->currentApplicationId()));

    // Instances: the application's six.
    clickTab(DetailPage::Instances);
    QTRY_COMPARE(table(u"instanceTable"_s)->model()->rowCount(), 6);

    // Monitoring: five metrics of the last hour, per instance.
    loaded.clear();
    clickTab(DetailPage::Monitoring);
    MonitoringPanel *monitoring = m_window->detail()->monitoringPanel();
    MetricChartView *cpu = monitoring->chart(u"cpu"_s);
    QTRY_COMPARE(loaded.size(), 5);
    for (const QList<QVariant> &page : std::as_const(loaded))
        QVERIFY(page.at(1).toBool());
    QCOMPARE(cpu->seriesNames().size(), 6);
    const int metricCalls = sentCalls(u"DescribeMetricList"_s);
    QCOMPARE(metricCalls, 5);

    // Hide one instance from the legend: gone from every chart.
    const QString instance = cpu->seriesNames().constFirst();
    QVERIFY(!cpu->legendEntryPosition(instance).isNull());
    QTest::mouseClick(cpu->chartViewport(), Qt::LeftButton, {}, cpu->legendEntryPosition(instance));
    QVERIFY(!cpu->isSeriesVisible(instance));
    QVERIFY(!monitoring->chart(u"memoryPercent"_s)->isSeriesVisible(instance));

    // Another range: six hours, read again.
    loaded.clear();
    QTest::mouseClick(monitoring->findChild<QAbstractButton *>(u"range6h"_s), Qt::LeftButton);
    QTRY_COMPARE(loaded.size(), 5);
    QVERIFY(sentCalls(u"DescribeMetricList"_s) > metricCalls);
    const auto [from6h, to6h] = cpu->xRange();
    QCOMPARE(from6h.secsTo(to6h), 6 * 3600);

    // Zoom by dragging over the CPU chart: every chart follows.
    const QRect plot = cpu->plotAreaRect();
    const QPoint start(plot.left() + plot.width() / 4, plot.center().y());
    const QPoint end(plot.left() + plot.width() / 2, plot.center().y());
    QTest::mousePress(cpu->chartViewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(cpu->chartViewport(), end);
    QTest::mouseRelease(cpu->chartViewport(), Qt::LeftButton, {}, end);
    QVERIFY(cpu->isZoomed());
    QCOMPARE(monitoring->chart(u"rt"_s)->xRange(), cpu->xRange());
    QVERIFY(cpu->xRange().first.secsTo(cpu->xRange().second) < 2 * 3600);
    // What changed in those six hours is on the time axis: the deployment of 5.2.7, 3 h 25 min
    // before the emulator's fleet was built, with the scaling of its replica sets.
    bool deployment = false;
    for (const ChartMarker &marker : cpu->markers())
        deployment = deployment
                     || (marker.kind == ChartMarker::Kind::Deployment && marker.label.startsWith(u"Deploy"));
    QVERIFY(deployment);

    // Events and logs load when their tab opens.
    loaded.clear();
    clickTab(DetailPage::Events);
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.last().at(0).value<DetailPage>(), DetailPage::Events);
    QCOMPARE(loaded.last().at(1).toBool(), true);
    loaded.clear();
    clickTab(DetailPage::Logs);
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.last().at(0).value<DetailPage>(), DetailPage::Logs);
    QCOMPARE(loaded.last().at(1).toBool(), true);
    auto *log = m_window->detail()->logPanel()->findChild<QPlainTextEdit *>();
    QVERIFY(log->toPlainText().contains(u"Started"_s) || log->toPlainText().size() > 100);
    QCOMPARE(m_window->errorText(), QString());
}

void TestConsoleFlow::restartAnInstanceThroughTheConfirmation()
{
    startConsole();
    openApplication(u"order-service"_s, u"prod"_s);
    clickTab(DetailPage::Instances);
    QTableView *instances = table(u"instanceTable"_s);
    QTRY_COMPARE(instances->model()->rowCount(), 6);
    // The crash-looping instance sorts first.
    QTest::mouseClick(instances->viewport(), Qt::LeftButton, {},
                      instances->visualRect(instances->model()->index(0, 0)).center());
    const QString instanceId = instances->model()->index(0, 0).data(ItemRoles::IdRole).toString();
    auto *restart = m_window->findChild<QPushButton *>(u"restartInstanceButton"_s);

    // Cancel: nothing is sent, nothing is journalled.
    QTest::mouseClick(restart, Qt::LeftButton);
    auto *dialog = m_window->findChild<ConfirmationDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().startsWith(u"Local emulator · cn-shenzhen · prod · order-service"_s));
    QCOMPARE(dialog->request().target, instanceId);
    QVERIFY(dialog->request().protectedNamespace);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ConfirmationDialog *>());
    QTest::qWait(200);
    QCOMPARE(sentCalls(u"RestartInstances"_s), 0);
    QCOMPARE(journal().size(), 0);

    // Confirm: the protected namespace wants the name typed; then one call and one operation.
    QTest::mouseClick(restart, Qt::LeftButton);
    dialog = m_window->findChild<ConfirmationDialog *>();
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"typedNameField"_s), u"order-service"_s);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTest::mouseClick(confirm, Qt::LeftButton); // a second click changes nothing
    QTRY_COMPARE(sentCalls(u"RestartInstances"_s), 1);

    // The platform took it; once its change order ends, the journal says so.
    QTRY_COMPARE(journal().size(), 2); // requested, accepted
    QSignalSpy finished(m_operations.get(), &OperationController::operationFinished);
    m_local->emulator().clock().advance(10 * 60 * 1000);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).value<JournalEntry::Outcome>(), JournalEntry::Outcome::Succeeded);
    QTRY_COMPARE(journal().size(), 3);
    QCOMPARE(sentCalls(u"RestartInstances"_s), 1);

    const QList<JournalEntry> entries = journal();
    QCOMPARE(entries.at(0).outcome, JournalEntry::Outcome::Requested);
    QCOMPARE(entries.at(1).outcome, JournalEntry::Outcome::Accepted);
    QCOMPARE(entries.at(2).outcome, JournalEntry::Outcome::Succeeded);
    for (const JournalEntry &entry : entries) {
        QCOMPARE(entry.operationId, entries.first().operationId); // one operation
        QCOMPARE(entry.what, QString(JournalAction::restartInstances));
        QCOMPARE(entry.where.appName, u"order-service"_s);
        QCOMPARE(entry.where.namespaceId, u"cn-shenzhen:prod"_s);
        QCOMPARE(entry.where.instanceIds, QStringList{instanceId});
        QCOMPARE(entry.who.profile, Profile::localEmulator().name);
    }
    QVERIFY(!entries.at(1).requestId.isEmpty());
    QVERIFY(!entries.at(1).changeOrderId.isEmpty());
}

void TestConsoleFlow::failuresShowInTheTabOverTheLastGoodData()
{
    startConsole();
    openApplication(u"order-service"_s, u"prod"_s);
    QTRY_VERIFY(!m_window->detail()->overviewPanel()->copyableIds().constFirst().isEmpty());
    QSignalSpy loaded(m_details.get(), &DetailController::pageLoaded);
    clickTab(DetailPage::Monitoring);
    MetricChartView *cpu = m_window->detail()->monitoringPanel()->chart(u"cpu"_s);
    QTRY_COMPARE(cpu->seriesNames().size(), 6);
    QTRY_VERIFY(loaded.size() >= 5);

    // The platform throttles every call from now on: the charts say so, with the platform's code
    // and RequestId, and keep the lines they had.
    RetryPolicy quickGiveUp; // the real back-off takes a minute before it reports; the test need not
    quickGiveUp.maximumAttempts = 2;
    quickGiveUp.initialDelay = std::chrono::milliseconds(100);
    m_scheduler->setRetryPolicy(quickGiveUp);
    FaultPlan storm;
    storm.throttlingStorm = true;
    m_local->emulator().setFaultPlan(storm);
    loaded.clear();
    QTest::mouseClick(m_window->detail()->monitoringPanel()->findChild<QAbstractButton *>(u"range24h"_s),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 5, 60000);
    for (const QList<QVariant> &page : std::as_const(loaded))
        QCOMPARE(page.at(1).toBool(), false);
    QVERIFY2(cpu->stateText().contains(u"Throttling.User"_s), qPrintable(cpu->stateText()));
    QVERIFY2(cpu->stateText().contains(u"RequestId"_s), qPrintable(cpu->stateText()));
    QCOMPARE(cpu->seriesNames().size(), 6);

    // The platform recovers: the next range loads and the message goes.
    m_local->emulator().setFaultPlan({});
    loaded.clear();
    QTest::mouseClick(m_window->detail()->monitoringPanel()->findChild<QAbstractButton *>(u"range6h"_s),
                      Qt::LeftButton);
    const auto succeeded = [&loaded] {
        return std::count_if(loaded.cbegin(), loaded.cend(),
                             [](const QList<QVariant> &page) { return page.at(1).toBool(); });
    };
    QTRY_COMPARE_WITH_TIMEOUT(succeeded(), 5, 60000);
    QVERIFY2(!cpu->stateText().contains(u"Throttling.User"_s), qPrintable(cpu->stateText()));
}

QTEST_MAIN(TestConsoleFlow)
#include "tst_consoleflow.moc"
