#include "core/scalingruletablemodel.h"
#include "widgets/messagebanner.h"
#include "widgets/scalingpanel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestScalingPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyAndLoadingStates();
    void selectionDrivesTheButtons();
    void buttonsAndDoubleClickCarryTheSelectedRule();
    void enabledRuleLocksManualChanges();
    void newRuleMenuOffersTheThreeTypes();
    void newRuleDisabledAtTheLimit();
    void contextMenuOffersTheSameActions();
    void metricRuleStatus();
    void enabledRuleStatusWithoutSelection();
    void timingRuleNextSchedulePoint();
    void errorKeepsRulesMarkedStale();
    void actionsDisabledWithReason();
    void refreshAndClear();

private:
    QLabel *label(const QString &name) const { return m_panel->findChild<QLabel *>(name); }
    QTableView *table() const { return m_panel->ruleTable(); }
    void clickRule(const QString &name);
    int viewRowOf(const QString &name) const;

    ScalingPanel *m_panel = nullptr;
};

namespace {

// 14:00 in GMT+8.
const QDateTime s_now = QDateTime(QDate(2026, 11, 30), QTime(6, 0), Qt::UTC);

ScalingRule timingRule(const QString &name, bool enabled)
{
    ScalingRule rule;
    rule.appId = u"app-1"_s;
    rule.name = name;
    rule.type = ScalingRuleType::Timing;
    rule.enabled = enabled;
    rule.createdAt = s_now.addDays(-1);
    rule.updatedAt = s_now.addSecs(-600);
    ScalingTimer timer;
    timer.schedules = {{u"08:00"_s, 10, std::nullopt, std::nullopt},
                       {u"20:00"_s, 3, std::nullopt, std::nullopt}};
    rule.timer = timer;
    return rule;
}

ScalingRule metricRule(const QString &name, bool enabled)
{
    ScalingRule rule;
    rule.appId = u"app-1"_s;
    rule.name = name;
    rule.type = ScalingRuleType::Metric;
    rule.enabled = enabled;
    rule.createdAt = s_now.addDays(-2);
    ScalingMetricPolicy policy;
    policy.minReplicas = 2;
    policy.maxReplicas = 10;
    policy.metrics = {{u"CPU"_s, 60, {}, {}, {}, {}}, {u"RT"_s, 200, {}, {}, {}, {}}};
    rule.metric = policy;
    return rule;
}

ScalingMetricsStatus liveStatus()
{
    ScalingMetricsStatus status;
    status.currentReplicas = 4;
    status.desiredReplicas = 6;
    status.minReplicas = 2;
    status.maxReplicas = 10;
    status.lastScaleTime = s_now.addSecs(-12 * 60);
    status.currentMetrics = {{u"cpu"_s, u"Resource"_s, 72}, {u"arms_incall_rt"_s, u"External"_s, 180}};
    status.nextScaleMetrics = {{u"cpu"_s, 61, 45}};
    return status;
}

} // namespace

void TestScalingPanel::initTestCase()
{
    // What the app installs for English: the plural forms of "%n instance(s)".
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestScalingPanel::init()
{
    m_panel = new ScalingPanel;
    m_panel->setClock([] { return s_now; });
    m_panel->resize(1100, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestScalingPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

int TestScalingPanel::viewRowOf(const QString &name) const
{
    for (int row = 0; row < table()->model()->rowCount(); ++row) {
        if (table()->model()->index(row, ScalingRuleTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void TestScalingPanel::clickRule(const QString &name)
{
    const int row = viewRowOf(name);
    QVERIFY2(row >= 0, qPrintable(name));
    const QRect rect = table()->visualRect(table()->model()->index(row, 0));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestScalingPanel::emptyAndLoadingStates()
{
    auto *pages = m_panel->findChild<QStackedWidget *>();
    QVERIFY(pages);
    m_panel->setLoading();
    QVERIFY(label(u"scalingLoadingNotice"_s)->isVisible());
    QCOMPARE(label(u"scalingEmptyText"_s)->text(), u"Loading scaling rules…"_s);
    QCOMPARE(pages->currentWidget(), label(u"scalingEmptyText"_s));

    m_panel->setRules({}, s_now);
    QVERIFY(!label(u"scalingLoadingNotice"_s)->isVisible());
    QCOMPARE(pages->currentWidget(), label(u"scalingEmptyText"_s));
    QCOMPARE(label(u"scalingEmptyText"_s)->text(),
             u"No scaling rules. Rules scale the application by schedule or by load."_s);
    QVERIFY(m_panel->newRuleButton()->isEnabled());
    QVERIFY(!m_panel->editButton()->isEnabled());
    QVERIFY(!m_panel->lockBanner()->isVisible());
    QVERIFY(!m_panel->isLocked());
    QCOMPARE(m_panel->lockReason(), QString());

    m_panel->setRules({timingRule(u"office-hours"_s, false)}, s_now);
    QCOMPARE(pages->currentWidget(), table());
    QCOMPARE(table()->model()->rowCount(), 1);
}

void TestScalingPanel::selectionDrivesTheButtons()
{
    m_panel->setCurrentReplicas(4, 4);
    m_panel->setRules({timingRule(u"office-hours"_s, false), metricRule(u"cpu-60"_s, false)}, s_now);
    QVERIFY(!m_panel->editButton()->isEnabled());
    QVERIFY(!m_panel->enableButton()->isEnabled());
    QVERIFY(!m_panel->disableButton()->isEnabled());
    QVERIFY(!m_panel->deleteButton()->isEnabled());
    QVERIFY(m_panel->rescaleButton()->isEnabled()); // no rule enabled: manual scaling is allowed
    QVERIFY(m_panel->newRuleButton()->isEnabled());

    clickRule(u"office-hours"_s);
    QCOMPARE(m_panel->selectedRule()->name, u"office-hours"_s);
    QVERIFY(m_panel->editButton()->isEnabled());
    QVERIFY(m_panel->enableButton()->isEnabled());
    QVERIFY(!m_panel->disableButton()->isEnabled()); // already disabled
    QVERIFY(m_panel->deleteButton()->isEnabled());

    // The selected rule becomes enabled on a refresh: the row stays selected and the buttons follow.
    m_panel->setRules({timingRule(u"office-hours"_s, true), metricRule(u"cpu-60"_s, false)}, s_now);
    QCOMPARE(m_panel->selectedRule()->name, u"office-hours"_s);
    QVERIFY(!m_panel->enableButton()->isEnabled());
    QVERIFY(m_panel->disableButton()->isEnabled());
}

void TestScalingPanel::buttonsAndDoubleClickCarryTheSelectedRule()
{
    const ScalingRule timing = timingRule(u"office-hours"_s, false);
    const ScalingRule metric = metricRule(u"cpu-60"_s, false);
    m_panel->setRules({timing, metric}, s_now);
    QSignalSpy edit(m_panel, &ScalingPanel::editRequested);
    QSignalSpy enable(m_panel, &ScalingPanel::enableRequested);
    QSignalSpy remove(m_panel, &ScalingPanel::deleteRequested);

    clickRule(u"cpu-60"_s);
    QTest::mouseClick(m_panel->enableButton(), Qt::LeftButton);
    QCOMPARE(enable.count(), 1);
    QCOMPARE(enable.first().first().value<ScalingRule>(), metric);
    QTest::mouseClick(m_panel->editButton(), Qt::LeftButton);
    QCOMPARE(edit.count(), 1);
    QCOMPARE(edit.first().first().value<ScalingRule>(), metric);

    clickRule(u"office-hours"_s);
    QTest::mouseClick(m_panel->deleteButton(), Qt::LeftButton);
    QCOMPARE(remove.count(), 1);
    QCOMPARE(remove.first().first().value<ScalingRule>(), timing);

    const QRect rect = table()->visualRect(table()->model()->index(viewRowOf(u"cpu-60"_s), 1));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(edit.count(), 2);
    QCOMPARE(edit.last().first().value<ScalingRule>(), metric);
}

void TestScalingPanel::enabledRuleLocksManualChanges()
{
    m_panel->setCurrentReplicas(4, 4);
    m_panel->setRules({timingRule(u"office-hours"_s, false), metricRule(u"cpu-60"_s, true)}, s_now);
    QVERIFY(m_panel->isLocked());
    const QString reason = u"A scaling rule is enabled (cpu-60): manual scale, deploy, restart and stop are "
                           u"blocked. Disable the rule to make manual changes."_s;
    QCOMPARE(m_panel->lockReason(), reason);
    QVERIFY(m_panel->lockBanner()->isVisible());
    QCOMPARE(m_panel->lockBanner()->level(), MessageBanner::Level::Warning);
    QCOMPARE(m_panel->lockBanner()->text(), reason);
    QVERIFY(!m_panel->lockBanner()->isDismissible());
    QVERIFY(!m_panel->rescaleButton()->isEnabled());
    QCOMPARE(m_panel->rescaleButton()->toolTip(), reason);
    QSignalSpy rescale(m_panel, &ScalingPanel::rescaleRequested);
    QTest::mouseClick(m_panel->rescaleButton(), Qt::LeftButton);
    QCOMPARE(rescale.count(), 0);

    QSignalSpy disable(m_panel, &ScalingPanel::disableRequested);
    clickRule(u"cpu-60"_s);
    QVERIFY(!m_panel->enableButton()->isEnabled());
    QTest::mouseClick(m_panel->disableButton(), Qt::LeftButton);
    QCOMPARE(disable.count(), 1);
    QCOMPARE(disable.first().first().value<ScalingRule>().name, u"cpu-60"_s);

    // Two enabled rules are both named.
    m_panel->setRules({timingRule(u"office-hours"_s, true), metricRule(u"cpu-60"_s, true)}, s_now);
    QCOMPARE(m_panel->lockBanner()->text(),
             u"Scaling rules are enabled (office-hours, cpu-60): manual scale, deploy, restart and stop are "
             u"blocked. Disable the rules to make manual changes."_s);

    // Disabled again: unlocked, Rescale is back.
    m_panel->setRules({timingRule(u"office-hours"_s, false), metricRule(u"cpu-60"_s, false)}, s_now);
    QVERIFY(!m_panel->isLocked());
    QVERIFY(!m_panel->lockBanner()->isVisible());
    QVERIFY(m_panel->rescaleButton()->isEnabled());
    QCOMPARE(m_panel->rescaleButton()->toolTip(), u"Change the number of instances by hand"_s);
    QTest::mouseClick(m_panel->rescaleButton(), Qt::LeftButton);
    QCOMPARE(rescale.count(), 1);
}

void TestScalingPanel::newRuleMenuOffersTheThreeTypes()
{
    m_panel->setRules({}, s_now);
    QSignalSpy create(m_panel, &ScalingPanel::createRequested);
    const QList<std::pair<QString, ScalingRuleType>> items{{u"Timing rule…"_s, ScalingRuleType::Timing},
                                                           {u"Metric rule…"_s, ScalingRuleType::Metric},
                                                           {u"Mixed rule…"_s, ScalingRuleType::Mix}};
    for (const auto &[text, type] : items) {
        QTest::mouseClick(m_panel->newRuleButton(), Qt::LeftButton);
        QMenu *menu = m_panel->newRuleMenu();
        QTRY_VERIFY(menu->isVisible());
        QAction *item = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == text)
                item = action;
        }
        QVERIFY2(item, qPrintable(text));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
        QTRY_VERIFY(!menu->isVisible());
        QCOMPARE(create.count(), 1);
        QCOMPARE(create.takeFirst().first().value<ScalingRuleType>(), type);
    }
}

void TestScalingPanel::newRuleDisabledAtTheLimit()
{
    QList<ScalingRule> rules;
    for (int i = 1; i <= 4; ++i)
        rules.append(timingRule(u"rule-%1"_s.arg(i), false));
    m_panel->setRules(rules, s_now);
    QVERIFY(m_panel->newRuleButton()->isEnabled());
    QCOMPARE(m_panel->newRuleButton()->toolTip(), u"Create a scaling rule"_s);
    rules.append(metricRule(u"rule-5"_s, false));
    m_panel->setRules(rules, s_now);
    QVERIFY(!m_panel->newRuleButton()->isEnabled());
    QCOMPARE(m_panel->newRuleButton()->toolTip(),
             u"An application can have at most 5 scaling rules; delete one to add another"_s);
    QVERIFY(!m_panel->newRuleMenu()->menuAction()->isEnabled());
}

void TestScalingPanel::contextMenuOffersTheSameActions()
{
    const ScalingRule metric = metricRule(u"cpu-60"_s, true);
    m_panel->setRules({timingRule(u"office-hours"_s, false), metric}, s_now);
    const QPoint position = table()->visualRect(table()->model()->index(viewRowOf(u"cpu-60"_s), 0)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, table()->viewport()->mapToGlobal(position));
    QApplication::sendEvent(table()->viewport(), &event);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(m_panel->selectedRule()->name, u"cpu-60"_s); // the right-clicked rule is selected
    QStringList texts;
    QHash<QString, QAction *> byText;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts.append(action->text());
        byText.insert(action->text(), action);
    }
    QCOMPARE(texts, (QStringList{u"New rule"_s, u"Edit…"_s, u"Enable…"_s, u"Disable…"_s, u"Delete…"_s,
                                 u"Rescale…"_s}));
    QVERIFY(!byText.value(u"Enable…"_s)->isEnabled());
    QVERIFY(byText.value(u"Disable…"_s)->isEnabled());
    QVERIFY(!byText.value(u"Rescale…"_s)->isEnabled()); // the rule is enabled

    QSignalSpy disable(m_panel, &ScalingPanel::disableRequested);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(byText.value(u"Disable…"_s)).center());
    QCOMPARE(disable.count(), 1);
    QCOMPARE(disable.first().first().value<ScalingRule>(), metric);
}

void TestScalingPanel::metricRuleStatus()
{
    ScalingRule metric = metricRule(u"cpu-60"_s, true);
    metric.metricsStatus = liveStatus();
    m_panel->setCurrentReplicas(4, 6);
    m_panel->setRules({timingRule(u"office-hours"_s, false), metric}, s_now);
    clickRule(u"cpu-60"_s);
    QCOMPARE(label(u"scalingStatusTitle"_s)->text(), u"Live status of cpu-60"_s);
    QCOMPARE(label(u"scalingStatusReplicas"_s)->text(), u"Instances: 4 now, 6 desired"_s);
    QCOMPARE(label(u"scalingStatusBounds"_s)->text(), u"Bounds in force: 2–10 instances"_s);
    QCOMPARE(label(u"scalingStatusMetrics"_s)->text(),
             u"CPU 72% / target 60%; scales out above 61%, in below 45%\nRT 180 ms / target 200 ms"_s);
    QCOMPARE(label(u"scalingStatusLastScale"_s)->text(),
             u"Last scaled: "_s + s_now.addSecs(-12 * 60).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                 + u" (12m ago)"_s);
    QVERIFY(!label(u"scalingStatusSchedule"_s)->isVisible()); // no timer

    // A metric without a value yet, and a value the rule does not watch.
    ScalingMetricsStatus partial = liveStatus();
    partial.currentMetrics = {{u"tcpActiveConn"_s, u"Pods"_s, 40}};
    partial.nextScaleMetrics.clear();
    partial.lastScaleTime = {};
    metric.metricsStatus = partial;
    m_panel->setRules({timingRule(u"office-hours"_s, false), metric}, s_now);
    QCOMPARE(label(u"scalingStatusMetrics"_s)->text(),
             u"CPU no data / target 60%\nRT no data / target 200 ms\nTCP connections 40"_s);
    QCOMPARE(label(u"scalingStatusLastScale"_s)->text(), u"Last scaled: never"_s);

    // A rule the platform reports no status for.
    metric.enabled = false;
    metric.metricsStatus.reset();
    m_panel->setRules({timingRule(u"office-hours"_s, false), metric}, s_now);
    QCOMPARE(label(u"scalingStatusTitle"_s)->text(), u"Live status of cpu-60 (disabled)"_s);
    QCOMPARE(label(u"scalingStatusReplicas"_s)->text(), u"Instances: 4 running of 6"_s);
    QCOMPARE(label(u"scalingStatusMetrics"_s)->text(),
             u"The platform reports no live metrics for this rule."_s);
    QVERIFY(!label(u"scalingStatusBounds"_s)->isVisible());
}

void TestScalingPanel::enabledRuleStatusWithoutSelection()
{
    ScalingRule metric = metricRule(u"cpu-60"_s, true);
    metric.metricsStatus = liveStatus();
    m_panel->setRules({timingRule(u"office-hours"_s, false), metric}, s_now);
    QVERIFY(!m_panel->selectedRule());
    QCOMPARE(label(u"scalingStatusTitle"_s)->text(), u"Live status of cpu-60"_s);
    QCOMPARE(label(u"scalingStatusReplicas"_s)->text(), u"Instances: 4 now, 6 desired"_s);

    metric.enabled = false;
    m_panel->setRules({timingRule(u"office-hours"_s, false), metric}, s_now);
    QCOMPARE(label(u"scalingStatusTitle"_s)->text(), u"Live status: select a rule"_s);
    QVERIFY(!label(u"scalingStatusMetrics"_s)->isVisible());
}

void TestScalingPanel::timingRuleNextSchedulePoint()
{
    m_panel->setRules({timingRule(u"office-hours"_s, true)}, s_now);
    // 14:00 in GMT+8: the next point is 20:00 GMT+8 (12:00 UTC) today, down to 3.
    const QDateTime next = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    QCOMPARE(label(u"scalingStatusSchedule"_s)->text(),
             u"Next scheduled change: 2026-11-30 20:00 GMT+8 ("_s
                 + next.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) + u" local time) → 3 instances"_s);
    QVERIFY(!label(u"scalingStatusMetrics"_s)->isVisible());
    QVERIFY(!label(u"scalingStatusLastScale"_s)->isVisible());

    // After 20:00 GMT+8 the next is 08:00 GMT+8 tomorrow (00:00 UTC), up to 10.
    m_panel->setClock([] { return QDateTime(QDate(2026, 11, 30), QTime(12, 30), Qt::UTC); });
    const QDateTime tomorrow = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(label(u"scalingStatusSchedule"_s)->text(),
             u"Next scheduled change: 2026-12-01 08:00 GMT+8 ("_s
                 + tomorrow.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) + u" local time) → 10 instances"_s);

    // A rule that ended: no change ahead.
    ScalingRule ended = timingRule(u"office-hours"_s, true);
    ended.timer->beginDate = u"2026-01-01"_s;
    ended.timer->endDate = u"2026-01-31"_s;
    m_panel->setRules({ended}, s_now);
    QCOMPARE(label(u"scalingStatusSchedule"_s)->text(), u"No scheduled change in the next 7 days"_s);
}

void TestScalingPanel::errorKeepsRulesMarkedStale()
{
    const QDateTime readAt = s_now.addSecs(-60);
    m_panel->setRules({timingRule(u"office-hours"_s, true), metricRule(u"cpu-60"_s, false)}, readAt);
    QVERIFY(!m_panel->isStale());
    QVERIFY(!label(u"scalingStaleNotice"_s)->isVisible());

    m_panel->setLoading();
    const QString message = u"Throttling.User: Request was denied due to user flow control. "
                            u"(RequestId: 5D0A9B1C-0000-4000-8000-000000000001)"_s;
    m_panel->setError(message);
    QVERIFY(m_panel->isStale());
    QVERIFY(m_panel->errorBanner()->isVisible());
    QCOMPARE(m_panel->errorBanner()->level(), MessageBanner::Level::Error);
    QCOMPARE(m_panel->errorBanner()->text(), message);
    QVERIFY(!label(u"scalingLoadingNotice"_s)->isVisible());
    QVERIFY(label(u"scalingStaleNotice"_s)->isVisible());
    QCOMPARE(label(u"scalingStaleNotice"_s)->text(),
             u"⚠ Stale: data from "_s
                 + QLocale().toString(readAt.toLocalTime().time(), QLocale::ShortFormat));
    // The last good rules stay, and still lock manual changes.
    QCOMPARE(table()->model()->rowCount(), 2);
    QVERIFY(table()->isVisible());
    QCOMPARE(m_panel->rules().size(), 2);
    QVERIFY(m_panel->isLocked());
    QCOMPARE(label(u"scalingStatusTitle"_s)->text(), u"Live status of office-hours (stale)"_s);

    m_panel->setRules({timingRule(u"office-hours"_s, true)}, s_now);
    QVERIFY(!m_panel->isStale());
    QVERIFY(!m_panel->errorBanner()->isVisible());
    QVERIFY(!label(u"scalingStaleNotice"_s)->isVisible());
    QCOMPARE(table()->model()->rowCount(), 1);

    // A first read that fails has nothing to keep.
    m_panel->clear();
    m_panel->setError(message);
    QVERIFY(!m_panel->isStale());
    QCOMPARE(label(u"scalingEmptyText"_s)->text(), u"The scaling rules could not be read."_s);
}

void TestScalingPanel::actionsDisabledWithReason()
{
    m_panel->setCurrentReplicas(2, 2);
    m_panel->setRules({timingRule(u"office-hours"_s, false)}, s_now);
    clickRule(u"office-hours"_s);
    QVERIFY(m_panel->enableButton()->isEnabled());
    const QString reason = u"A change order is running"_s;
    m_panel->setActionsEnabled(false, reason);
    for (QWidget *button :
         QList<QWidget *>{m_panel->newRuleButton(), m_panel->editButton(), m_panel->enableButton(),
                          m_panel->deleteButton(), m_panel->rescaleButton()}) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        QCOMPARE(button->toolTip(), reason);
    }
    m_panel->setActionsEnabled(true, {});
    QVERIFY(m_panel->enableButton()->isEnabled());
    QVERIFY(m_panel->rescaleButton()->isEnabled());
    QVERIFY(m_panel->newRuleButton()->isEnabled());
}

void TestScalingPanel::refreshAndClear()
{
    QSignalSpy refresh(m_panel, &ScalingPanel::refreshRequested);
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QCOMPARE(refresh.count(), 1);

    m_panel->setCurrentReplicas(3, 3);
    QVERIFY(m_panel->rescaleButton()->isEnabled()); // no rule enabled and the count is known
    m_panel->setRules({metricRule(u"cpu-60"_s, true)}, s_now);
    m_panel->clear();
    QVERIFY(m_panel->rules().isEmpty());
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(!m_panel->isLocked());
    QVERIFY(!m_panel->lockBanner()->isVisible());
    QCOMPARE(m_panel->targetReplicas(), -1);
    QVERIFY(!m_panel->rescaleButton()->isEnabled()); // the instance count is unknown again
    QCOMPARE(m_panel->rescaleButton()->toolTip(), u"The application's instance count is not known yet"_s);
}

QTEST_MAIN(TestScalingPanel)
#include "tst_scalingpanel.moc"
