#include "core/appversiontablemodel.h"
#include "core/changeordertablemodel.h"
#include "core/itemroles.h"
#include "widgets/changehistorypanel.h"
#include "widgets/messagebanner.h"
#include "widgets/statusdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime s_now(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);

ChangeOrder order(const QString &id, ChangeOrderStatus status, int minutesAgo)
{
    ChangeOrder change;
    change.changeOrderId = id;
    change.appId = u"app-order"_s;
    change.coTypeCode = u"CoDeploy"_s;
    change.description = u"Release "_s + id;
    change.status = status;
    change.createdAt = s_now.addSecs(-60 * minutesAgo);
    change.finishedAt = change.createdAt.addSecs(310);
    for (int i = 0; i < 3; ++i) {
        Pipeline batch;
        batch.pipelineId = id + QString::number(i);
        batch.status =
            i == 0 || status == ChangeOrderStatus::Succeeded ? ChangeOrderStatus::Succeeded : status;
        change.pipelines.append(batch);
    }
    return change;
}

AppVersion version(const QString &id, int daysAgo)
{
    AppVersion result;
    result.versionId = id;
    result.type = AppVersion::Type::Image;
    result.typeText = u"image"_s;
    result.createdAt = s_now.addDays(-daysAgo);
    return result;
}

} // namespace

class TestChangeHistoryPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tablesShowNewestFirst();
    void selectingRowsEnablesButtons();
    void signalsCarryTheIds();
    void doubleClickOpens();
    void returnOpens();
    void contextMenuOpensAndExports();
    void blockedReasonDisablesRollback();
    void staleReasonAndLoading();
    void selectionFollowsRefreshes();
    void screenshots();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        T *found = m_panel->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QTableView *changeOrderTable() const { return child<QTableView>(u"changeOrderTable"_s); }
    QTableView *versionTable() const { return child<QTableView>(u"versionTable"_s); }
    QPushButton *button(const QString &name) const { return child<QPushButton>(name); }
    /// Clicks the row of the view showing `id`.
    static void clickRow(QTableView *view, const QString &id, bool twice = false);

    ChangeHistoryPanel *m_panel = nullptr;
    ChangeOrderTableModel *m_changeOrders = nullptr;
    AppVersionTableModel *m_versions = nullptr;
};

void TestChangeHistoryPanel::init()
{
    m_panel = new ChangeHistoryPanel;
    m_changeOrders = new ChangeOrderTableModel(m_panel);
    m_versions = new AppVersionTableModel(m_panel);
    m_changeOrders->setReferenceTime(s_now);
    m_changeOrders->setChangeOrders({order(u"co-old"_s, ChangeOrderStatus::Succeeded, 600),
                                     order(u"co-new"_s, ChangeOrderStatus::Failed, 5),
                                     order(u"co-mid"_s, ChangeOrderStatus::Aborted, 60)});
    m_versions->setVersions({version(u"v1"_s, 3), version(u"v2"_s, 1)});
    m_versions->setVersionDetail(u"v1"_s, u"registry/order-service:5.2.7"_s);
    m_panel->setModels(m_changeOrders, m_versions);
    m_panel->resize(1100, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestChangeHistoryPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

void TestChangeHistoryPanel::clickRow(QTableView *view, const QString &id, bool twice)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 1);
        if (index.data(ItemRoles::IdRole).toString() != id)
            continue;
        const QPoint centre = view->visualRect(index).center();
        if (twice) {
            // A double-click is a click and then a double-click event, as a real one arrives.
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        } else {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        }
        return;
    }
    QFAIL(qPrintable(u"no row "_s + id));
}

void TestChangeHistoryPanel::tablesShowNewestFirst()
{
    const auto column = [](QTableView *view, int section) {
        QStringList texts;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            texts.append(view->model()->index(row, section).data().toString());
        return texts;
    };
    QCOMPARE(column(changeOrderTable(), ChangeOrderTableModel::DescriptionColumn),
             (QStringList{u"Release co-new"_s, u"Release co-mid"_s, u"Release co-old"_s}));
    QCOMPARE(column(changeOrderTable(), ChangeOrderTableModel::StatusColumn),
             (QStringList{u"Failed"_s, u"Stopped"_s, u"Succeeded"_s}));
    QCOMPARE(column(versionTable(), AppVersionTableModel::VersionIdColumn), (QStringList{u"v2"_s, u"v1"_s}));
    QCOMPARE(column(versionTable(), AppVersionTableModel::WhatRanColumn),
             (QStringList{u"…"_s, u"registry/order-service:5.2.7"_s}));
    QVERIFY(changeOrderTable()->isSortingEnabled());
    QVERIFY(qobject_cast<StatusDelegate *>(
        changeOrderTable()->itemDelegateForColumn(ChangeOrderTableModel::StatusColumn)));

    // Sortable by a click on the header: oldest first.
    QHeaderView *header = changeOrderTable()->horizontalHeader();
    const int x = header->sectionViewportPosition(ChangeOrderTableModel::CreatedColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(column(changeOrderTable(), ChangeOrderTableModel::DescriptionColumn),
             (QStringList{u"Release co-old"_s, u"Release co-mid"_s, u"Release co-new"_s}));
}

void TestChangeHistoryPanel::selectingRowsEnablesButtons()
{
    QVERIFY(!button(u"openChangeOrderButton"_s)->isEnabled());
    QVERIFY(!button(u"exportRecordButton"_s)->isEnabled());
    QVERIFY(!button(u"rollbackButton"_s)->isEnabled());
    QVERIFY(button(u"refreshHistoryButton"_s)->isEnabled());
    QCOMPARE(m_panel->selectedChangeOrderId(), QString());

    clickRow(changeOrderTable(), u"co-mid"_s);
    QCOMPARE(m_panel->selectedChangeOrderId(), u"co-mid"_s);
    QVERIFY(button(u"openChangeOrderButton"_s)->isEnabled());
    QVERIFY(button(u"exportRecordButton"_s)->isEnabled());
    QVERIFY(!button(u"rollbackButton"_s)->isEnabled());

    clickRow(versionTable(), u"v1"_s);
    QCOMPARE(m_panel->selectedVersionId(), u"v1"_s);
    QVERIFY(button(u"rollbackButton"_s)->isEnabled());
    QCOMPARE(m_panel->selectedChangeOrderId(), u"co-mid"_s); // each table keeps its own selection
}

void TestChangeHistoryPanel::signalsCarryTheIds()
{
    QSignalSpy opened(m_panel, &ChangeHistoryPanel::changeOrderOpened);
    QSignalSpy exported(m_panel, &ChangeHistoryPanel::exportRequested);
    QSignalSpy rollback(m_panel, &ChangeHistoryPanel::rollbackRequested);
    QSignalSpy refresh(m_panel, &ChangeHistoryPanel::refreshRequested);

    clickRow(changeOrderTable(), u"co-new"_s);
    QTest::mouseClick(button(u"openChangeOrderButton"_s), Qt::LeftButton);
    QTest::mouseClick(button(u"exportRecordButton"_s), Qt::LeftButton);
    clickRow(versionTable(), u"v2"_s);
    QTest::mouseClick(button(u"rollbackButton"_s), Qt::LeftButton);
    QTest::mouseClick(button(u"refreshHistoryButton"_s), Qt::LeftButton);

    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), u"co-new"_s);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toString(), u"co-new"_s);
    QCOMPARE(rollback.count(), 1);
    QCOMPARE(rollback.first().first().toString(), u"v2"_s);
    QCOMPARE(refresh.count(), 1);
    QCOMPARE(button(u"exportRecordButton"_s)->text(), u"Export record…"_s);
    QCOMPARE(button(u"rollbackButton"_s)->text(), u"Roll back to this version…"_s);
}

void TestChangeHistoryPanel::doubleClickOpens()
{
    QSignalSpy opened(m_panel, &ChangeHistoryPanel::changeOrderOpened);
    clickRow(changeOrderTable(), u"co-old"_s, true);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), u"co-old"_s);
}

void TestChangeHistoryPanel::returnOpens()
{
    QSignalSpy opened(m_panel, &ChangeHistoryPanel::changeOrderOpened);
    clickRow(changeOrderTable(), u"co-new"_s);
    QTest::keyClick(changeOrderTable(), Qt::Key_Down);
    QCOMPARE(m_panel->selectedChangeOrderId(), u"co-mid"_s);
    QTest::keyClick(changeOrderTable(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), u"co-mid"_s);
}

void TestChangeHistoryPanel::contextMenuOpensAndExports()
{
    QSignalSpy opened(m_panel, &ChangeHistoryPanel::changeOrderOpened);
    QSignalSpy exported(m_panel, &ChangeHistoryPanel::exportRequested);
    QTableView *view = changeOrderTable();
    const auto menuOn = [this, view](int row) {
        const QPoint at = view->visualRect(view->model()->index(row, 1)).center();
        emit view->customContextMenuRequested(at); // what a right-click there sends
        return m_panel->findChild<QMenu *>(u"changeOrderMenu"_s);
    };
    QMenu *menu = menuOn(2);
    QVERIFY(menu);
    QCOMPARE(m_panel->selectedChangeOrderId(), u"co-old"_s); // the row under the pointer
    QCOMPARE(menu->actions().size(), 2);
    QCOMPARE(menu->actions().at(1)->text(), u"Export record…"_s);
    menu->actions().at(1)->trigger();
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toString(), u"co-old"_s);
    menu->close();
    QTRY_VERIFY(!m_panel->findChild<QMenu *>(u"changeOrderMenu"_s));

    menu = menuOn(0);
    QVERIFY(menu);
    menu->actions().at(0)->trigger();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), u"co-new"_s);
    menu->close();
}

void TestChangeHistoryPanel::blockedReasonDisablesRollback()
{
    QSignalSpy rollback(m_panel, &ChangeHistoryPanel::rollbackRequested);
    auto *banner = child<MessageBanner>(u"historyBanner"_s);
    QVERIFY(!banner->isVisible());
    clickRow(versionTable(), u"v1"_s);
    QVERIFY(button(u"rollbackButton"_s)->isEnabled());

    const QString reason = u"Change order co-new is running."_s;
    m_panel->setRollbackBlockedReason(reason);
    QVERIFY(!button(u"rollbackButton"_s)->isEnabled());
    QCOMPARE(button(u"rollbackButton"_s)->toolTip(), reason);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"Rollback is not possible now: Change order co-new is running."_s);
    QCOMPARE(banner->level(), MessageBanner::Level::Information);
    QTest::mouseClick(button(u"rollbackButton"_s), Qt::LeftButton);
    QCOMPARE(rollback.count(), 0);
    // Selecting another version keeps it blocked.
    clickRow(versionTable(), u"v2"_s);
    QVERIFY(!button(u"rollbackButton"_s)->isEnabled());

    m_panel->setRollbackBlockedReason({});
    QVERIFY(button(u"rollbackButton"_s)->isEnabled());
    QVERIFY(!banner->isVisible());
    QTest::mouseClick(button(u"rollbackButton"_s), Qt::LeftButton);
    QCOMPARE(rollback.count(), 1);
    QCOMPARE(rollback.first().first().toString(), u"v2"_s);
}

void TestChangeHistoryPanel::staleReasonAndLoading()
{
    auto *banner = child<MessageBanner>(u"historyBanner"_s);
    const QString stale = u"Could not read the change orders: Throttling.User (RequestId 4F2A)."_s;
    m_panel->setStaleReason(stale);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), stale);
    QCOMPARE(banner->level(), MessageBanner::Level::Warning);
    m_panel->setRollbackBlockedReason(u"A scaling rule is enabled."_s);
    QCOMPARE(banner->text(), stale + u"\nRollback is not possible now: A scaling rule is enabled."_s);
    m_panel->setStaleReason({});
    QCOMPARE(banner->text(), u"Rollback is not possible now: A scaling rule is enabled."_s);
    m_panel->setRollbackBlockedReason({});
    QVERIFY(!banner->isVisible());

    auto *loading = child<QLabel>(u"historyLoadingNotice"_s);
    QVERIFY(!loading->isVisible());
    m_panel->setLoading(true);
    QVERIFY(loading->isVisible());
    QVERIFY(m_panel->isLoading());
    QVERIFY(!button(u"refreshHistoryButton"_s)->isEnabled());
    m_panel->setLoading(false);
    QVERIFY(!loading->isVisible());
    QVERIFY(button(u"refreshHistoryButton"_s)->isEnabled());
}

void TestChangeHistoryPanel::selectionFollowsRefreshes()
{
    clickRow(changeOrderTable(), u"co-mid"_s);
    clickRow(versionTable(), u"v1"_s);
    // A refresh that keeps the row keeps the selection; one that drops it disables the buttons.
    m_changeOrders->setChangeOrders({order(u"co-new"_s, ChangeOrderStatus::Succeeded, 5),
                                     order(u"co-mid"_s, ChangeOrderStatus::Aborted, 60)});
    QCOMPARE(m_panel->selectedChangeOrderId(), u"co-mid"_s);
    m_changeOrders->setChangeOrders({order(u"co-new"_s, ChangeOrderStatus::Succeeded, 5)});
    QCOMPARE(m_panel->selectedChangeOrderId(), QString());
    QVERIFY(!button(u"openChangeOrderButton"_s)->isEnabled());
    QVERIFY(!button(u"exportRecordButton"_s)->isEnabled());
    m_versions->setVersions({version(u"v2"_s, 1)});
    QCOMPARE(m_panel->selectedVersionId(), QString());
    QVERIFY(!button(u"rollbackButton"_s)->isEnabled());
}

void TestChangeHistoryPanel::screenshots()
{
    // To look at the panel, light and dark: OPSCONSOLE_SCREENSHOTS=/some/dir.
    const QString directory = qEnvironmentVariable("OPSCONSOLE_SCREENSHOTS");
    if (directory.isEmpty())
        QSKIP("OPSCONSOLE_SCREENSHOTS is not set");
    clickRow(changeOrderTable(), u"co-mid"_s);
    clickRow(versionTable(), u"v1"_s);
    m_panel->setRollbackBlockedReason(u"Change order co-new is running."_s);
    QVERIFY(m_panel->grab().save(directory + u"/changehistorypanel-light.png"_s));
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
    // As a dark desktop starts the console: the palette is there before the widgets.
    QApplication::setPalette(dark);
    cleanup();
    init();
    clickRow(changeOrderTable(), u"co-mid"_s);
    clickRow(versionTable(), u"v1"_s);
    m_panel->setRollbackBlockedReason(u"Change order co-new is running."_s);
    QVERIFY(m_panel->grab().save(directory + u"/changehistorypanel-dark.png"_s));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestChangeHistoryPanel)
#include "tst_changehistorypanel.moc"
