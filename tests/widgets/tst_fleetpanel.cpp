#include "core/fleettablemodel.h"
#include "core/itemroles.h"
#include "widgets/fleetpanel.h"
#include "widgets/fleettileview.h"
#include "widgets/messagebanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestFleetPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void allProfilesIsOfferedOnlyWhenThereAreOthers();
    void worstFirstWithASummary();
    void unhealthyOnlyAndTheTextFilter();
    void openingARowAsksForTheApplication();
    void aFailedReadIsSaidAndTheRowsStay();
    void tilesByDefaultAndTheTableByAButton();
    void openingATileAsksForTheApplication();
    void changingAndWaitingFiltersMatchAnyChecked();
    void groupingComboGroupsTilesAndTable();
    void exportButtonsAsk();
    void mutedNamespacesAreSaid();
    void visibleApplicationsAreToldOnceAfterAScroll();
    void selectionSurvivesARefresh();
    void screenshots();

private:
    static FleetRow row(const QString &id, const QString &name, const QString &namespaceName, int target,
                        int running)
    {
        FleetRow fleetRow;
        fleetRow.application.appId = id;
        fleetRow.application.appName = name;
        fleetRow.application.namespaceName = namespaceName;
        fleetRow.application.regionId = u"cn-shenzhen"_s;
        fleetRow.application.targetInstances = target;
        fleetRow.application.runningInstances = running;
        FleetHealth::Input input;
        input.targetInstances = target;
        input.runningInstances = running;
        fleetRow.health = FleetHealth::of(input, QDateTime::currentDateTimeUtc());
        fleetRow.checkedAt = QDateTime::currentDateTimeUtc();
        return fleetRow;
    }
    QStringList shownNames() const
    {
        QStringList names;
        QAbstractItemModel *shown = m_panel->table()->model();
        for (int r = 0; r < shown->rowCount(); ++r)
            names.append(shown->index(r, FleetTableModel::ApplicationColumn).data().toString());
        return names;
    }

    template <typename T>
    T *child(const QString &name) const
    {
        T *found = m_panel->findChild<T *>(name);
        Q_ASSERT(found);
        return found;
    }
    void click(QWidget *widget) const
    {
        QTest::mouseClick(widget, Qt::LeftButton, {}, QPoint(8, widget->height() / 2));
    }
    void showTable() const
    {
        auto *tableButton = child<QToolButton>(u"fleetTableButton"_s);
        QTest::mouseClick(tableButton, Qt::LeftButton);
        QVERIFY(m_panel->table()->isVisible());
    }
    QStringList tileOrder() const
    {
        // The tiles in reading order: by line, then left to right.
        QStringList ids = m_panel->tiles()->visibleAppIds();
        std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
            const QRect ra = m_panel->tiles()->tileRect(a);
            const QRect rb = m_panel->tiles()->tileRect(b);
            return ra.top() != rb.top() ? ra.top() < rb.top() : ra.left() < rb.left();
        });
        return ids;
    }

    std::unique_ptr<FleetTableModel> m_model;
    std::unique_ptr<FleetPanel> m_panel;
};

void TestFleetPanel::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestFleetPanel::init()
{
    m_model = std::make_unique<FleetTableModel>();
    m_model->setFleet(
        {row(u"a"_s, u"member-service"_s, u"prod"_s, 4, 4), row(u"b"_s, u"order-service"_s, u"prod"_s, 6, 0),
         row(u"c"_s, u"mall-web"_s, u"staging"_s, 4, 3), row(u"d"_s, u"cms-web"_s, u"dev"_s, 0, 0)});
    m_panel = std::make_unique<FleetPanel>();
    m_panel->setModel(m_model.get());
    m_panel->resize(900, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestFleetPanel::cleanup()
{
    m_panel.reset();
    m_model.reset();
}

void TestFleetPanel::worstFirstWithASummary()
{
    QCOMPARE(shownNames().first(), u"order-service"_s);
    QCOMPARE(shownNames().at(1), u"mall-web"_s);
    QCOMPARE(m_panel->findChild<QLabel *>(u"fleetSummary"_s)->text(), u"2 of 4 applications need someone."_s);
}

void TestFleetPanel::unhealthyOnlyAndTheTextFilter()
{
    auto *unhealthy = m_panel->findChild<QCheckBox *>(u"fleetUnhealthyOnly"_s);
    QTest::mouseClick(unhealthy, Qt::LeftButton, {}, QPoint(8, unhealthy->height() / 2));
    QVERIFY(unhealthy->isChecked());
    QCOMPARE(shownNames(), (QStringList{u"order-service"_s, u"mall-web"_s}));
    QTest::keyClicks(m_panel->findChild<QLineEdit *>(u"fleetFilter"_s), u"staging"_s);
    QCOMPARE(shownNames(), QStringList{u"mall-web"_s});
    QTest::mouseClick(unhealthy, Qt::LeftButton, {}, QPoint(8, unhealthy->height() / 2));
    QCOMPARE(shownNames(), QStringList{u"mall-web"_s}); // still the text filter
    m_panel->findChild<QLineEdit *>(u"fleetFilter"_s)->clear();
    QCOMPARE(shownNames().size(), 4);
}

void TestFleetPanel::openingARowAsksForTheApplication()
{
    showTable();
    QSignalSpy opened(m_panel.get(), &FleetPanel::applicationOpened);
    QTableView *table = m_panel->table();
    const QRect first = table->visualRect(table->model()->index(0, FleetTableModel::ApplicationColumn));
    // As a person double-clicks: a click, then the second press that makes it double.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), u"b"_s);
}

void TestFleetPanel::aFailedReadIsSaidAndTheRowsStay()
{
    m_panel->setStaleReason(u"Throttling.User (RequestId R-1)"_s);
    auto *banner = m_panel->findChild<MessageBanner *>(u"fleetBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"R-1"_s));
    QCOMPARE(shownNames().size(), 4);
    m_panel->setStaleReason({});
    QVERIFY(!banner->isVisible());
}

void TestFleetPanel::tilesByDefaultAndTheTableByAButton()
{
    QVERIFY(m_panel->isTileView());
    QVERIFY(m_panel->tiles()->isVisible());
    QVERIFY(!m_panel->table()->isVisible());
    auto *tilesButton = child<QToolButton>(u"fleetTilesButton"_s);
    auto *tableButton = child<QToolButton>(u"fleetTableButton"_s);
    QVERIFY(tilesButton->isChecked());
    QCOMPARE(m_panel->tiles()->tileCount(), 4);
    // Worst first, as in the table: order-service (0 of 6), mall-web (3 of 4), then the others.
    QCOMPARE(tileOrder().mid(0, 2), (QStringList{u"b"_s, u"c"_s}));

    // The tile chosen stays chosen in the table.
    QTest::mouseClick(m_panel->tiles()->viewport(), Qt::LeftButton, {},
                      m_panel->tiles()->tileRect(u"c"_s).center());
    QTest::mouseClick(tableButton, Qt::LeftButton);
    QVERIFY(!m_panel->isTileView());
    QVERIFY(tableButton->isChecked());
    QVERIFY(!tilesButton->isChecked());
    QVERIFY(m_panel->table()->isVisible());
    QVERIFY(!m_panel->tiles()->isVisible());
    QCOMPARE(m_panel->table()->currentIndex().data(ItemRoles::IdRole).toString(), u"c"_s);

    // And back.
    const QModelIndex b = m_panel->table()->model()->index(0, FleetTableModel::ApplicationColumn);
    QTest::mouseClick(m_panel->table()->viewport(), Qt::LeftButton, {},
                      m_panel->table()->visualRect(b).center());
    QTest::mouseClick(tilesButton, Qt::LeftButton);
    QVERIFY(m_panel->isTileView());
    QCOMPARE(m_panel->tiles()->currentAppId(), u"b"_s);
    m_panel->setTileView(false);
    QVERIFY(tableButton->isChecked());
}

void TestFleetPanel::openingATileAsksForTheApplication()
{
    QSignalSpy opened(m_panel.get(), &FleetPanel::applicationOpened);
    const QPoint onC = m_panel->tiles()->tileRect(u"c"_s).center();
    QTest::mouseClick(m_panel->tiles()->viewport(), Qt::LeftButton, {}, onC);
    QTest::mouseDClick(m_panel->tiles()->viewport(), Qt::LeftButton, {}, onC);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), u"c"_s);
    QTest::keyClick(m_panel->tiles(), Qt::Key_Left);
    QTest::keyClick(m_panel->tiles(), Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.last().first().toString(), u"b"_s); // worst first: b is left of c
}

void TestFleetPanel::changingAndWaitingFiltersMatchAnyChecked()
{
    QAbstractItemModelTester tester(m_panel->table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    FleetRow deploying = row(u"e"_s, u"pay-service"_s, u"prod"_s, 2, 2);
    deploying.lastChange = ChangeOrder();
    deploying.lastChange->status = ChangeOrderStatus::Executing;
    FleetRow waiting = row(u"f"_s, u"cart-service"_s, u"prod"_s, 2, 2);
    waiting.lastChange = ChangeOrder();
    waiting.lastChange->status = ChangeOrderStatus::WaitingForConfirmation;
    m_model->upsertRows({deploying, waiting});
    QCOMPARE(m_panel->tiles()->tileCount(), 6);

    auto *changing = child<QCheckBox>(u"fleetChangingOnly"_s);
    auto *waitingOnly = child<QCheckBox>(u"fleetWaitingOnly"_s);
    auto *unhealthy = child<QCheckBox>(u"fleetUnhealthyOnly"_s);
    QVERIFY(changing->toolTip().contains(u"any of them"_s));
    QVERIFY(waitingOnly->toolTip().contains(u"any of them"_s));
    QVERIFY(unhealthy->toolTip().contains(u"any of them"_s));

    click(changing);
    QVERIFY(changing->isChecked());
    QCOMPARE(m_panel->tiles()->tileCount(), 2);
    QVERIFY(!m_panel->tiles()->tileRect(u"e"_s).isEmpty());
    QVERIFY(!m_panel->tiles()->tileRect(u"f"_s).isEmpty());
    click(changing);
    click(waitingOnly);
    QCOMPARE(m_panel->tiles()->tileCount(), 1);
    QVERIFY(!m_panel->tiles()->tileRect(u"f"_s).isEmpty());
    QCOMPARE(shownNames(), QStringList{u"cart-service"_s});

    // Unhealthy or waiting: b and c, and f.
    click(unhealthy);
    QCOMPARE(m_panel->tiles()->tileCount(), 3);
    QCOMPARE(shownNames(), (QStringList{u"order-service"_s, u"mall-web"_s, u"cart-service"_s}));
    // The text still narrows it.
    QTest::keyClicks(child<QLineEdit>(u"fleetFilter"_s), u"cart"_s);
    QCOMPARE(shownNames(), QStringList{u"cart-service"_s});
    child<QLineEdit>(u"fleetFilter"_s)->clear();
    click(unhealthy);
    click(waitingOnly);
    QCOMPARE(m_panel->tiles()->tileCount(), 6);

    m_panel->setChangingOnly(true);
    QVERIFY(changing->isChecked());
    QCOMPARE(m_panel->tiles()->tileCount(), 2);
    m_panel->setWaitingOnly(true);
    QVERIFY(waitingOnly->isChecked());
    QCOMPARE(m_panel->tiles()->tileCount(), 2);
    // The summary speaks of the whole fleet.
    QCOMPARE(child<QLabel>(u"fleetSummary"_s)->text(), u"2 of 6 applications need someone."_s);
}

void TestFleetPanel::groupingComboGroupsTilesAndTable()
{
    auto *grouping = child<QComboBox>(u"fleetGrouping"_s);
    QCOMPARE(grouping->currentText(), u"None"_s);
    QCOMPARE(m_panel->grouping(), FleetTileView::Grouping::None);
    grouping->setFocus();
    QTest::keyClick(grouping, Qt::Key_Down);
    QCOMPARE(grouping->currentText(), u"Namespace"_s);
    QCOMPARE(m_panel->grouping(), FleetTileView::Grouping::Namespace);
    QCOMPARE(m_panel->tiles()->grouping(), FleetTileView::Grouping::Namespace);
    QCOMPARE(m_panel->tiles()->groupHeaders(),
             (QStringList{u"prod — 1 of 2 need someone"_s, u"staging — 1 of 1 need someone"_s,
                          u"dev — 0 of 1 need someone"_s}));
    // The table: by namespace first, then worst first within it.
    QCOMPARE(shownNames(),
             (QStringList{u"cms-web"_s, u"order-service"_s, u"member-service"_s, u"mall-web"_s}));

    QTest::keyClick(grouping, Qt::Key_Down);
    QCOMPARE(m_panel->grouping(), FleetTileView::Grouping::Region);
    QCOMPARE(m_panel->tiles()->groupHeaders(), QStringList{u"cn-shenzhen — 2 of 4 need someone"_s});

    m_panel->setGrouping(FleetTileView::Grouping::None);
    QCOMPARE(grouping->currentText(), u"None"_s);
    QVERIFY(m_panel->tiles()->groupHeaders().isEmpty());
    QCOMPARE(shownNames().mid(0, 2), (QStringList{u"order-service"_s, u"mall-web"_s}));
}

void TestFleetPanel::exportButtonsAsk()
{
    QSignalSpy csv(m_panel.get(), &FleetPanel::exportCsvRequested);
    QSignalSpy handOver(m_panel.get(), &FleetPanel::handOverRequested);
    auto *exportCsv = child<QPushButton>(u"fleetExportCsv"_s);
    auto *report = child<QPushButton>(u"fleetHandOver"_s);
    QCOMPARE(exportCsv->text(), u"Export &CSV…"_s);
    QCOMPARE(report->text(), u"Hand-over &report…"_s);
    QTest::mouseClick(exportCsv, Qt::LeftButton);
    QCOMPARE(csv.size(), 1);
    QCOMPARE(handOver.size(), 0);
    QTest::mouseClick(report, Qt::LeftButton);
    QCOMPARE(handOver.size(), 1);
    QCOMPARE(csv.size(), 1);
}

void TestFleetPanel::mutedNamespacesAreSaid()
{
    auto *note = child<QLabel>(u"fleetMutedNote"_s);
    QVERIFY(!note->isVisible());
    m_panel->setMutedNamespaces({u"prod"_s, u"staging"_s});
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Notifications muted for: prod, staging"_s);
    m_panel->setMutedNamespaces({});
    QVERIFY(!note->isVisible());
}

void TestFleetPanel::visibleApplicationsAreToldOnceAfterAScroll()
{
    QList<FleetRow> fleet;
    for (int i = 0; i < 200; ++i)
        fleet.append(row(u"app-%1"_s.arg(i, 3, 10, QChar(u'0')), u"app-%1"_s.arg(i, 3, 10, QChar(u'0')),
                         u"prod"_s, 4, 4));
    m_model->upsertRows(fleet); // with the four: b stays the worst
    QSignalSpy changed(m_panel.get(), &FleetPanel::visibleApplicationsChanged);
    QVERIFY(changed.wait(1000));
    changed.clear();

    const QList<QString> top = m_panel->visibleAppIds();
    QVERIFY(!top.isEmpty());
    QVERIFY(top.size() < 60);
    QVERIFY(top.contains(u"b"_s)); // the worst first
    QScrollBar *bar = m_panel->tiles()->verticalScrollBar();
    for (int step = 1; step <= 5; ++step)
        bar->setValue(bar->maximum() * step / 5);
    QVERIFY(changed.wait(1000));
    QTest::qWait(400);
    QCOMPARE(changed.size(), 1); // five scrolls, one signal
    const QList<QString> bottom = m_panel->visibleAppIds();
    QVERIFY(!bottom.contains(u"b"_s));
    QCOMPARE(bottom, m_panel->tiles()->visibleAppIds());

    // The table says its own rows.
    changed.clear();
    showTable();
    QVERIFY(changed.wait(1000));
    const QList<QString> rows = m_panel->visibleAppIds();
    QVERIFY(!rows.isEmpty());
    QVERIFY(rows.size() < 60);
    QCOMPARE(rows.first(), u"b"_s);
    m_panel->table()->verticalScrollBar()->setValue(m_panel->table()->verticalScrollBar()->maximum());
    QVERIFY(changed.wait(1000));
    QVERIFY(!m_panel->visibleAppIds().contains(u"b"_s));

    // A filter changes what is visible.
    changed.clear();
    QTest::keyClicks(child<QLineEdit>(u"fleetFilter"_s), u"mall"_s);
    QVERIFY(changed.wait(1000));
    QCOMPARE(m_panel->visibleAppIds(), QList<QString>{u"c"_s});
}

void TestFleetPanel::selectionSurvivesARefresh()
{
    QTest::mouseClick(m_panel->tiles()->viewport(), Qt::LeftButton, {},
                      m_panel->tiles()->tileRect(u"c"_s).center());
    m_model->setFleet({row(u"c"_s, u"mall-web"_s, u"staging"_s, 4, 0),
                       row(u"b"_s, u"order-service"_s, u"prod"_s, 6, 6),
                       row(u"e"_s, u"new-web"_s, u"prod"_s, 2, 1)});
    QCOMPARE(m_panel->tiles()->currentAppId(), u"c"_s);
    QCOMPARE(tileOrder().first(), u"c"_s); // now the worst

    showTable();
    QCOMPARE(m_panel->table()->currentIndex().data(ItemRoles::IdRole).toString(), u"c"_s);
    m_model->setFleet({row(u"c"_s, u"mall-web"_s, u"staging"_s, 4, 4),
                       row(u"b"_s, u"order-service"_s, u"prod"_s, 6, 0),
                       row(u"e"_s, u"new-web"_s, u"prod"_s, 2, 1)});
    QCOMPARE(m_panel->table()->currentIndex().data(ItemRoles::IdRole).toString(), u"c"_s);
    QCOMPARE(m_panel->table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_panel->table()->selectionModel()->selectedRows().first().data(ItemRoles::IdRole).toString(),
             u"c"_s);
}

void TestFleetPanel::screenshots()
{
    // To look at the page, light and dark: OPSCONSOLE_SCREENSHOTS=/some/dir.
    const QString directory = qEnvironmentVariable("OPSCONSOLE_SCREENSHOTS");
    if (directory.isEmpty())
        QSKIP("OPSCONSOLE_SCREENSHOTS is not set");
    const auto fill = [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QStringList names{u"order-service"_s,
                                u"member-service"_s,
                                u"mall-web"_s,
                                u"cms-web"_s,
                                u"payment-gateway"_s,
                                u"search-indexer"_s,
                                u"recommendation-engine-v2"_s,
                                u"inventory"_s,
                                u"user-profile"_s,
                                u"notification-dispatcher"_s,
                                u"cart"_s,
                                u"checkout"_s,
                                u"coupon"_s,
                                u"review"_s,
                                u"shipping"_s,
                                u"analytics-etl"_s,
                                u"gateway"_s,
                                u"auth"_s,
                                u"config-center"_s,
                                u"image-resizer"_s};
        QList<FleetRow> fleet;
        for (int i = 0; i < names.size(); ++i) {
            const int target = 2 + i % 4;
            const int running = i == 0 ? 0 : (i % 6 == 1 ? target - 1 : target);
            FleetRow fleetRow = row(u"app-%1"_s.arg(i), names.at(i),
                                    i % 3 == 0 ? u"prod"_s : (i % 3 == 1 ? u"staging"_s : u"dev"_s),
                                    i == 3 ? 0 : target, i == 3 ? 0 : running);
            FleetHealth::Input input;
            input.targetInstances = fleetRow.application.targetInstances;
            input.runningInstances = fleetRow.application.runningInstances;
            input.restartsLastHour = i == 4 ? 9 : 0;
            input.warningEvents = i == 7 ? 6 : 0;
            input.abnormalInstances = i == 10 ? 2 : 0;
            if (i == 5) {
                fleetRow.lastChange = ChangeOrder();
                fleetRow.lastChange->status = ChangeOrderStatus::WaitingForConfirmation;
                input.lastChange = fleetRow.lastChange;
            }
            fleetRow.health = FleetHealth::of(input, now);
            fleetRow.checkedAt = now.addSecs(-(i * 7 % 50));
            if (i % 5 != 4) {
                for (int p = 0; p <= 30; ++p) {
                    const double wave = (i % 3) * 6 * std::sin((p + i) / 3.0);
                    const double score = p < 20 ? std::min(100.0, fleetRow.health.score + 30 + wave)
                                                : fleetRow.health.score + wave / 2;
                    fleetRow.trend.append(QPointF(double(now.addSecs(-3600 + p * 120).toMSecsSinceEpoch()),
                                                  std::clamp(score, 0.0, 100.0)));
                }
            }
            fleet.append(fleetRow);
        }
        m_model->setFleet(fleet);
        m_panel->resize(1100, 720);
        m_panel->setGrouping(FleetTileView::Grouping::Namespace);
        m_panel->setMutedNamespaces({u"dev"_s});
        m_panel->tiles()->setCurrentAppId(u"app-4"_s);
        m_panel->tiles()->setFocus();
        QTest::qWait(50);
    };
    fill();
    QVERIFY(m_panel->grab().save(directory + u"/fleet-tiles-light.png"_s));
    m_panel->setTileView(false);
    QVERIFY(m_panel->grab().save(directory + u"/fleet-table-light.png"_s));
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    cleanup();
    init();
    fill();
    QVERIFY(m_panel->grab().save(directory + u"/fleet-tiles-dark.png"_s));
    QApplication::setPalette(light);
}

void TestFleetPanel::allProfilesIsOfferedOnlyWhenThereAreOthers()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    auto *allProfiles = m_panel->findChild<QCheckBox *>(u"fleetAllProfiles"_s);
    QVERIFY(allProfiles);
    QVERIFY(!allProfiles->isVisible()); // no other profile: nothing to offer
    m_panel->setAllProfilesAvailable(true);
    QVERIFY(allProfiles->isVisible());
    QSignalSpy toggled(m_panel.get(), &FleetPanel::allProfilesToggled);
    QTest::mouseClick(allProfiles, Qt::LeftButton, {}, QPoint(8, allProfiles->height() / 2));
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled.first().first().toBool(), true);
    QVERIFY(m_panel->isAllProfiles());
    m_panel->setAllProfiles(false); // the owner's word says nothing back
    QCOMPARE(toggled.size(), 1);
    QVERIFY(!m_panel->isAllProfiles());
}

QTEST_MAIN(TestFleetPanel)
#include "tst_fleetpanel.moc"
