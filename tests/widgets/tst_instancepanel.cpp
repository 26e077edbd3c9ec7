#include "core/instancetablemodel.h"
#include "core/itemroles.h"
#include "widgets/instancepanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestInstancePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void attentionFilterShowsOnlyFailingInstances();
    void restartAndDeleteAskForTheSelection();
    void contextMenuOffersLogRestartAndDelete();

private:
    QTableView *table() const { return m_panel->findChild<QTableView *>(u"instanceTable"_s); }
    void clickRow(int row, Qt::KeyboardModifiers modifiers = {});

    InstanceTableModel *m_model = nullptr;
    InstancePanel *m_panel = nullptr;
};

namespace {

Instance instance(const QString &id, InstanceStatus status, InstanceHealth health)
{
    Instance result;
    result.instanceId = id;
    result.status = status;
    result.statusText = toWire(status);
    result.health = health;
    result.healthText = toWire(health);
    result.groupId = u"group-default"_s;
    result.ip = u"10.0.0.1"_s;
    result.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    return result;
}

} // namespace

void TestInstancePanel::initTestCase()
{
    // What the app installs for English: the plural forms of "%n instance(s)".
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestInstancePanel::init()
{
    m_model = new InstanceTableModel(this);
    m_model->setRows(
        {instance(u"order-1"_s, InstanceStatus::Running, InstanceHealth::Healthy),
         instance(u"order-2"_s, InstanceStatus::CrashLoopBackOff, InstanceHealth::LivenessUnhealthy),
         instance(u"order-3"_s, InstanceStatus::Running, InstanceHealth::ReadinessUnhealthy)});
    m_model->setGroupNames({{u"group-default"_s, u"_DEFAULT_GROUP"_s}});
    m_panel = new InstancePanel;
    m_panel->setModel(m_model);
    m_panel->setApplicationName(u"order-service"_s);
    m_panel->resize(1000, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestInstancePanel::cleanup()
{
    delete m_panel;
    delete m_model;
}

void TestInstancePanel::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    const QRect rect = table()->visualRect(table()->model()->index(row, 0));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, rect.center());
}

void TestInstancePanel::attentionFilterShowsOnlyFailingInstances()
{
    QCOMPARE(m_panel->visibleInstanceCount(), 3);
    QCOMPARE(table()->model()->index(0, InstanceTableModel::GroupColumn).data().toString(),
             u"_DEFAULT_GROUP"_s);
    auto *filter = m_panel->findChild<QCheckBox *>(u"instanceAttentionFilter"_s);
    QTest::mouseClick(filter, Qt::LeftButton, {}, QPoint(4, filter->height() / 2));
    QVERIFY(m_panel->isAttentionFilterOn());
    QCOMPARE(m_panel->visibleInstanceCount(), 2);
    QStringList shown;
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        shown.append(table()->model()->index(row, 0).data(ItemRoles::IdRole).toString());
    shown.sort();
    QCOMPARE(shown, (QStringList{u"order-2"_s, u"order-3"_s}));
    QVERIFY(m_panel->findChild<QLabel *>(u"instanceTitle"_s)->text().contains(u"2 of 3"));
    QTest::mouseClick(filter, Qt::LeftButton, {}, QPoint(4, filter->height() / 2));
    QCOMPARE(m_panel->visibleInstanceCount(), 3);
}

void TestInstancePanel::restartAndDeleteAskForTheSelection()
{
    auto *restart = m_panel->findChild<QPushButton *>(u"restartInstanceButton"_s);
    auto *remove = m_panel->findChild<QPushButton *>(u"deleteInstanceButton"_s);
    QVERIFY(!restart->isEnabled()); // nothing selected, nothing to act on
    QSignalSpy restartRequested(m_panel, &InstancePanel::restartRequested);
    QSignalSpy deleteRequested(m_panel, &InstancePanel::deleteRequested);
    clickRow(0);
    clickRow(1, Qt::ControlModifier);
    QVERIFY(restart->isEnabled());
    const QStringList selected = m_panel->selectedInstanceIds();
    QCOMPARE(selected.size(), 2);
    QTest::mouseClick(restart, Qt::LeftButton);
    QCOMPARE(restartRequested.count(), 1);
    QCOMPARE(restartRequested.first().first().toStringList(), selected);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(deleteRequested.count(), 1);
    QCOMPARE(deleteRequested.first().first().toStringList(), selected);
}

void TestInstancePanel::contextMenuOffersLogRestartAndDelete()
{
    const QModelIndex second = table()->model()->index(1, 0);
    const QString secondId = second.data(ItemRoles::IdRole).toString();
    const QPoint position = table()->visualRect(second).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, table()->viewport()->mapToGlobal(position));
    QApplication::sendEvent(table()->viewport(), &event);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    QVERIFY2(texts.contains(u"Show log"_s) && texts.contains(u"Restart 1 instance…"_s)
                 && texts.contains(u"Delete 1 instance…"_s),
             qPrintable(texts.join(u" | ")));
    QSignalSpy log(m_panel, &InstancePanel::logRequested);
    QSignalSpy restart(m_panel, &InstancePanel::restartRequested);
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Show log")
            action->trigger();
        if (action->text() == u"Restart 1 instance…")
            action->trigger();
    }
    QCOMPARE(log.count(), 1);
    QCOMPARE(log.first().first().toString(), secondId);
    QCOMPARE(restart.first().first().toStringList(), QStringList{secondId});
    menu->close();
}

QTEST_MAIN(TestInstancePanel)
#include "tst_instancepanel.moc"
