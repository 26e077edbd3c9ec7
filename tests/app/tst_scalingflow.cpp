// The Scaling tab end to end, clicked through as a person would: the real window, the
// controllers, the journal and the rule editor, against the emulator over loopback.

#include "consoletestbase.h"
#include "core/applicationtablemodel.h"
#include "core/itemroles.h"
#include "core/journalentry.h"
#include "core/journalreader.h"
#include "core/manualchangelock.h"
#include "detailcontroller.h"
#include "operationcontroller.h"
#include "platform/journalwriter.h"
#include "platform/requestscheduler.h"
#include "scalingcontroller.h"
#include "support/gatewaycall.h"
#include "support/localemulator.h"
#include "translations.h"
#include "widgets/applicationdetailview.h"
#include "widgets/confirmationdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/messagebanner.h"
#include "widgets/rescaledialog.h"
#include "widgets/scalingpanel.h"
#include "widgets/scalingruleeditor.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestScalingFlow
    : public QObject
    , private ConsoleTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createEachRuleTypeThroughTheEditor();
    void problemsBlockSaveAndRefusalsComeBackToTheField();
    void enableLocksManualChangesAndDeleteWantsTheName();
    void rescaleThroughTheConfirmation();
    void lockIsCheckedWhenTheUserConfirms();

private:
    void openScalingTab(const QString &name, const QString &namespaceName);
    ScalingRuleEditor *openNewRuleEditor(int menuIndex);
    /// Confirms the dialog on screen, typing the application's name when it is asked for.
    void confirm(const QString &appName);
    void type(const QString &name, const QString &text);
    void click(const QString &name);
    QList<ScalingRule> emulatedRules();
    /// Creates a rule as another console would (straight at the emulator): the answer's status.
    int createRuleElsewhere(const QString &name, const QString &type, bool enabled, const QString &part,
                            const QString &partJson);
    ScalingPanel *panel() const { return m_window->detail()->scalingPanel(); }

    std::unique_ptr<ScalingController> m_scaling;
    QString m_appId;
};

void TestScalingFlow::initTestCase()
{
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestScalingFlow::init()
{
    QVERIFY(createConsole(this));
    m_scaling = std::make_unique<ScalingController>(m_scheduler.get(), m_controller.get(), m_details.get(),
                                                    m_operations.get(), m_window.get());
    connect(m_window.get(), &MainWindow::lifecycleActionRequested, m_operations.get(),
            &OperationController::reviewLifecycleAction);
    QVERIFY(showConsole());
    // payment-service in prod: 4 instances, no rule, a protected namespace.
    m_appId =
        m_local->emulator().fleet().findApplicationNamed(u"prod", u"payment-service")->application.appId;
}

void TestScalingFlow::cleanup()
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(top))
            dialog->reject();
    }
    m_scaling.reset();
    destroyConsole();
}

void TestScalingFlow::openScalingTab(const QString &name, const QString &namespaceName)
{
    openApplication(name, namespaceName);
    QSignalSpy loaded(m_details.get(), &DetailController::pageLoaded);
    clickTab(DetailPage::Scaling);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QCOMPARE(loaded.constLast().at(0).value<DetailPage>(), DetailPage::Scaling);
    QCOMPARE(loaded.constLast().at(1).toBool(), true);
}

ScalingRuleEditor *TestScalingFlow::openNewRuleEditor(int menuIndex)
{
    QTest::mouseClick(panel()->newRuleButton(), Qt::LeftButton);
    QMenu *menu = panel()->newRuleMenu();
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
        return nullptr;
    QAction *action = menu->actions().at(menuIndex);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    if (!QTest::qWaitFor([this] { return m_scaling->editor() != nullptr; }, 5000))
        return nullptr;
    return m_scaling->editor();
}

void TestScalingFlow::type(const QString &name, const QString &text)
{
    QWidget *widget = m_scaling->editor()->findChild<QWidget *>(name);
    QVERIFY2(widget, qPrintable(name));
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        spin->selectAll();
    QTest::keyClicks(widget, text);
}

void TestScalingFlow::click(const QString &name)
{
    auto *button = m_scaling->editor()->findChild<QAbstractButton *>(name);
    QVERIFY2(button, qPrintable(name));
    const bool indicator = qobject_cast<QCheckBox *>(button) != nullptr;
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(button->height() / 2, button->height() / 2)
                                : button->rect().center());
}

void TestScalingFlow::confirm(const QString &appName)
{
    ConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConfirmationDialog *>()) != nullptr);
    auto *button = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    if (dialog->request().requiresTypedName()) {
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"typedNameField"_s), appName);
    }
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ConfirmationDialog *>());
}

int TestScalingFlow::createRuleElsewhere(const QString &name, const QString &type, bool enabled,
                                         const QString &part, const QString &partJson)
{
    return callGateway(m_local->emulator(), "POST", u"/pop/v1/sam/scale/applicationScalingRule"_s,
                       u"CreateApplicationScalingRule"_s,
                       {{u"AppId"_s, m_appId},
                        {u"ScalingRuleName"_s, name},
                        {u"ScalingRuleType"_s, type},
                        {u"ScalingRuleEnable"_s, enabled ? u"true"_s : u"false"_s},
                        {part, partJson}})
        .status;
}

QList<ScalingRule> TestScalingFlow::emulatedRules()
{
    return m_local->emulator().fleet().findApplication(m_appId)->scalingRules;
}

void TestScalingFlow::createEachRuleTypeThroughTheEditor()
{
    startConsole();
    openScalingTab(u"payment-service"_s, u"prod"_s);
    QVERIFY(panel()->rules().isEmpty());

    // A timing rule: weekdays 08:00 -> 10 and 20:00 -> 3, created disabled.
    ScalingRuleEditor *editor = openNewRuleEditor(0);
    QVERIFY(editor);
    QVERIFY(editor->isNewRule());
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"name"_s), u"workday-peak"_s);
    click(u"addSchedule"_s);
    type(u"schedule_targetReplicas_0"_s, u"10"_s);
    click(u"addSchedule"_s);
    type(u"scheduleTime1"_s, u"20:00"_s);
    type(u"schedule_targetReplicas_1"_s, u"3"_s);
    click(u"enableOnCreate"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    {
        ConfirmationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ConfirmationDialog *>()) != nullptr);
        QCOMPARE(dialog->request().action, u"Create scaling rule workday-peak"_s);
        QVERIFY(dialog->request().protectedNamespace);
        QVERIFY(!dialog->request().changes.isEmpty()); // every field of the new rule, as added
        QVERIFY(dialog->findChild<QWidget *>(u"changesTable"_s));
    }
    confirm(u"payment-service"_s);
    QTRY_VERIFY(!m_scaling->editor()); // closed on success
    QTRY_COMPARE(panel()->rules().size(), 1);
    QCOMPARE(emulatedRules().size(), 1);
    const ScalingRule timing = emulatedRules().constFirst();
    QCOMPARE(timing.name, u"workday-peak"_s);
    QCOMPARE(timing.type, ScalingRuleType::Timing);
    QCOMPARE(timing.enabled, false);
    QCOMPARE(timing.timer->period, u"* * *"_s);
    QCOMPARE(timing.timer->schedules,
             (QList<ScalingTimer::Schedule>{{u"08:00"_s, 10, std::nullopt, std::nullopt},
                                            {u"20:00"_s, 3, std::nullopt, std::nullopt}}));

    // A metric rule: CPU 60 % and memory 80 % between 2 and 8 instances.
    editor = openNewRuleEditor(1);
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"name"_s), u"cpu-memory"_s);
    type(u"minReplicas"_s, u"2"_s);
    type(u"maxReplicas"_s, u"8"_s);
    type(u"metricTarget0"_s, u"60"_s);
    click(u"addMetric"_s);
    type(u"metricTarget1"_s, u"80"_s);
    type(u"scaleDownRulesWindow"_s, u"300"_s);
    click(u"enableOnCreate"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    confirm(u"payment-service"_s);
    QTRY_COMPARE(panel()->rules().size(), 2);
    const ScalingRule metric = emulatedRules().at(1);
    QCOMPARE(metric.type, ScalingRuleType::Metric);
    QCOMPARE(metric.metric->minReplicas, 2);
    QCOMPARE(metric.metric->maxReplicas, 8);
    QCOMPARE(metric.metric->metrics.size(), 2);
    QCOMPARE(metric.metric->metrics.at(0).metricType, u"CPU"_s);
    QCOMPARE(metric.metric->metrics.at(0).targetAverageUtilization, 60);
    QCOMPARE(metric.metric->metrics.at(1).metricType, u"MEMORY"_s);
    QCOMPARE(metric.metric->metrics.at(1).targetAverageUtilization, 80);
    QCOMPARE(metric.metric->scaleDown.stabilizationWindowSeconds, 300);

    // A mix rule whose bounds vary by a schedule: 5-20 from 09:00 (an hour after the timing rule's 08:00).
    editor = openNewRuleEditor(2);
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"name"_s), u"peak-mix"_s);
    type(u"minReplicas"_s, u"2"_s);
    click(u"varyBySchedule"_s);
    click(u"addSchedule"_s);
    type(u"scheduleTime0"_s, u"09:00"_s);
    type(u"schedule_minReplicas_0"_s, u"5"_s);
    type(u"schedule_maxReplicas_0"_s, u"20"_s);
    click(u"enableOnCreate"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    confirm(u"payment-service"_s);
    QTRY_COMPARE(panel()->rules().size(), 3);
    const ScalingRule mix = emulatedRules().at(2);
    QCOMPARE(mix.type, ScalingRuleType::Mix);
    QCOMPARE(mix.timer->schedules, (QList<ScalingTimer::Schedule>{{u"09:00"_s, std::nullopt, 5, 20}}));
    QCOMPARE(mix.metric->minReplicas, 2);

    // The tab shows them; each creation is journalled as requested, accepted and succeeded.
    QTableView *rules = panel()->ruleTable();
    QCOMPARE(rules->model()->rowCount(), 3);
    QTRY_COMPARE(journal().size(), 9);
    for (const JournalEntry &entry : journal()) {
        QCOMPARE(entry.what, QString(JournalAction::scalingRuleCreate));
        QCOMPARE(entry.where.appName, u"payment-service"_s);
    }
    QCOMPARE(journal().at(2).outcome, JournalEntry::Outcome::Succeeded);
    QVERIFY(!journal().at(1).requestId.isEmpty());
    QCOMPARE(m_sent.count(u"CreateApplicationScalingRule"_s), 3);
}

void TestScalingFlow::problemsBlockSaveAndRefusalsComeBackToTheField()
{
    startConsole();
    openScalingTab(u"payment-service"_s, u"prod"_s);
    ScalingRuleEditor *editor = openNewRuleEditor(1);
    QVERIFY(editor);
    auto *save = editor->findChild<QPushButton *>(u"saveButton"_s);

    // Problems at their fields, Save blocked.
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"name"_s), u"Peak_CPU"_s);
    type(u"minReplicas"_s, u"9"_s);
    type(u"maxReplicas"_s, u"3"_s);
    QVERIFY(!editor->problemTextFor(u"ScalingRuleName"_s).isEmpty());
    QVERIFY(!editor->problemTextFor(u"ScalingRuleMetric.minReplicas"_s).isEmpty());
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTest::qWait(100);
    QVERIFY(!m_window->findChild<ConfirmationDialog *>());

    // Fixed: Save is possible.
    type(u"minReplicas"_s, u"2"_s);
    editor->findChild<QLineEdit *>(u"name"_s)->clear();
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"name"_s), u"peak-cpu"_s);
    QTRY_VERIFY(editor->problems().isEmpty());
    QVERIFY(save->isEnabled());

    // Meanwhile someone else creates a rule of that name: the platform refuses, the form stays.
    QCOMPARE(
        createRuleElsewhere(u"peak-cpu"_s, u"timing"_s, false, u"ScalingRuleTimer"_s,
                            uR"({"period":"* * *","schedules":[{"atTime":"07:00","targetReplicas":4}]})"_s),
        200);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!save->isEnabled()); // under review: no second submission
    confirm(u"payment-service"_s);
    QTRY_VERIFY(save->isEnabled());
    QVERIFY(m_scaling->editor());
    QVERIFY2(editor->problemTextFor(u"ScalingRuleName"_s).contains(u"InstanceExist.ScalingRuleName"_s),
             qPrintable(editor->problemTextFor(u"ScalingRuleName"_s)));
    QCOMPARE(editor->rule().name, u"peak-cpu"_s);
    QTRY_COMPARE(journal().size(), 2); // written off the GUI thread
    const QList<JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).outcome, JournalEntry::Outcome::Failed);
    QCOMPARE(entries.at(1).errorCode, u"InstanceExist.ScalingRuleName"_s);

    // Cancelling the confirmation sends nothing and gives Save back.
    editor->findChild<QLineEdit *>(u"name"_s)->clear();
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"name"_s), u"peak-cpu-two"_s);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    ConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConfirmationDialog *>()) != nullptr);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(save->isEnabled());
    QCOMPARE(m_sent.count(u"CreateApplicationScalingRule"_s), 1);
}

void TestScalingFlow::enableLocksManualChangesAndDeleteWantsTheName()
{
    // A disabled CPU rule, set up by someone else.
    QCOMPARE(
        createRuleElsewhere(
            u"cpu-60"_s, u"metric"_s, false, u"ScalingRuleMetric"_s,
            uR"({"minReplicas":2,"maxReplicas":8,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":60}]})"_s),
        200);
    startConsole();
    openScalingTab(u"payment-service"_s, u"prod"_s);
    QTRY_COMPARE(panel()->rules().size(), 1);
    QVERIFY(!panel()->lockBanner()->isVisible());
    QVERIFY(panel()->rescaleButton()->isEnabled());

    // Update: the review lists what changes, field by field.
    QTableView *rules = panel()->ruleTable();
    QTest::mouseClick(rules->viewport(), Qt::LeftButton, {},
                      rules->visualRect(rules->model()->index(0, 0)).center());
    QTest::mouseClick(panel()->editButton(), Qt::LeftButton);
    QTRY_VERIFY(m_scaling->editor());
    QVERIFY(!m_scaling->editor()->isNewRule());
    type(u"maxReplicas"_s, u"10"_s);
    QTest::mouseClick(m_scaling->editor()->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    {
        ConfirmationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ConfirmationDialog *>()) != nullptr);
        QCOMPARE(dialog->request().action, u"Update scaling rule cpu-60"_s);
        QCOMPARE(dialog->request().changes,
                 (QList<ConfirmationChange>{{u"Maximum instances"_s, u"8"_s, u"10"_s}}));
    }
    confirm(u"payment-service"_s);
    QTRY_COMPARE(emulatedRules().constFirst().metric->maxReplicas, 10);
    QTRY_VERIFY(!m_scaling->editor());

    // Enable: reviewed as Disabled -> Enabled, the name typed in prod.
    QTest::mouseClick(rules->viewport(), Qt::LeftButton, {},
                      rules->visualRect(rules->model()->index(0, 0)).center());
    QTest::mouseClick(panel()->enableButton(), Qt::LeftButton);
    {
        ConfirmationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ConfirmationDialog *>()) != nullptr);
        QCOMPARE(dialog->request().changes,
                 (QList<ConfirmationChange>{{u"State"_s, u"Disabled"_s, u"Enabled"_s}}));
    }
    confirm(u"payment-service"_s);
    QTRY_VERIFY(emulatedRules().constFirst().enabled);

    // The lock: in the tab, on Rescale, in the Application menu and in the list.
    QTRY_VERIFY(panel()->lockBanner()->isVisible());
    const QString reason = panel()->lockReason();
    QVERIFY(reason.startsWith(u"A scaling rule is enabled (cpu-60)"_s));
    QVERIFY(!panel()->rescaleButton()->isEnabled());
    QCOMPARE(panel()->rescaleButton()->toolTip(), reason);
    QAction *restart = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->text() == u"&Application"_s) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == u"&Restart…"_s)
                    restart = action;
            }
        }
    }
    QVERIFY(restart);
    QTRY_VERIFY(!restart->isEnabled());
    QCOMPARE(restart->toolTip(),
             ManualChangeLock::reason(m_controller->applicationModel()->activity(m_appId)));
    QVERIFY(!restart->toolTip().isEmpty());
    // Asked anyway (a stale menu), the console refuses without sending.
    m_operations->reviewLifecycleAction(m_appId, LifecycleAction::Restart);
    QTest::qWait(100);
    QVERIFY(!m_window->findChild<ConfirmationDialog *>());
    QCOMPARE(m_sent.count(u"RestartApplication"_s), 0);

    // Delete: the confirmation wants the application's name in prod.
    QTest::mouseClick(rules->viewport(), Qt::LeftButton, {},
                      rules->visualRect(rules->model()->index(0, 0)).center());
    QTest::mouseClick(panel()->deleteButton(), Qt::LeftButton);
    {
        ConfirmationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ConfirmationDialog *>()) != nullptr);
        QCOMPARE(dialog->request().action, u"Delete scaling rule cpu-60"_s);
        QVERIFY(dialog->request().requiresTypedName());
        auto *button = dialog->findChild<QPushButton *>(u"confirmButton"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"typedNameField"_s), u"payment-servic"_s);
        QVERIFY(!button->isEnabled()); // not quite the name
    }
    QTest::keyClicks(m_window->findChild<ConfirmationDialog *>()->findChild<QLineEdit *>(u"typedNameField"_s),
                     u"e"_s);
    QTest::mouseClick(
        m_window->findChild<ConfirmationDialog *>()->findChild<QPushButton *>(u"confirmButton"_s),
        Qt::LeftButton);
    QTRY_VERIFY(emulatedRules().isEmpty());
    QTRY_VERIFY(!panel()->lockBanner()->isVisible());
    QTRY_VERIFY(restart->isEnabled());
    QVERIFY(panel()->rescaleButton()->isEnabled());

    // The journal is written off the GUI thread: its last line may land a moment after the tab moved.
    const auto succeeded = [this] {
        QStringList actions;
        for (const JournalEntry &entry : journal()) {
            if (entry.outcome == JournalEntry::Outcome::Succeeded)
                actions.append(entry.what);
        }
        return actions;
    };
    QTRY_COMPARE(succeeded(), (QStringList{QString(JournalAction::scalingRuleUpdate),
                                           QString(JournalAction::scalingRuleEnable),
                                           QString(JournalAction::scalingRuleDelete)}));
}

void TestScalingFlow::rescaleThroughTheConfirmation()
{
    startConsole();
    openScalingTab(u"payment-service"_s, u"prod"_s);
    QTRY_VERIFY(panel()->rescaleButton()->isEnabled());
    QTest::mouseClick(panel()->rescaleButton(), Qt::LeftButton);
    RescaleDialog *rescale = nullptr;
    QTRY_VERIFY((rescale = m_window->findChild<RescaleDialog *>()) != nullptr);
    rescale->targetReplicasBox()->selectAll();
    QTest::keyClicks(rescale->targetReplicasBox(), u"6"_s);
    QTest::mouseClick(rescale->okButton(), Qt::LeftButton);
    {
        ConfirmationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ConfirmationDialog *>()) != nullptr);
        QCOMPARE(dialog->request().target, u"4 → 6 instances"_s);
        QCOMPARE(dialog->request().changes.constFirst(),
                 (ConfirmationChange{u"Instances"_s, u"4"_s, u"6"_s}));
    }
    confirm(u"payment-service"_s);
    QTRY_COMPARE(m_sent.count(u"RescaleApplication"_s), 1);
    QTRY_COMPARE(journal().size(), 2); // requested, accepted
    QCOMPARE(journal().constFirst().what, QString(JournalAction::rescale));
    QCOMPARE(journal().at(1).outcome, JournalEntry::Outcome::Accepted);
    QVERIFY(!journal().at(1).changeOrderId.isEmpty());
    // The change order is followed to its end.
    QSignalSpy finished(m_operations.get(), &OperationController::operationFinished);
    m_local->emulator().clock().advance(10 * 60 * 1000);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).value<JournalEntry::Outcome>(), JournalEntry::Outcome::Succeeded);
    QCOMPARE(m_local->emulator().fleet().findApplication(m_appId)->application.targetInstances, 6);
    QTRY_COMPARE(journal().size(), 3);
}

void TestScalingFlow::lockIsCheckedWhenTheUserConfirms()
{
    startConsole();
    openScalingTab(u"payment-service"_s, u"prod"_s);
    QVERIFY(!panel()->isLocked());
    // Someone else enables a rule after the console read the rules.
    QCOMPARE(
        createRuleElsewhere(u"night-shift"_s, u"timing"_s, true, u"ScalingRuleTimer"_s,
                            uR"({"period":"* * *","schedules":[{"atTime":"23:00","targetReplicas":2}]})"_s),
        200);

    // The restart is offered (the console does not know yet) and confirmed: the rules are read
    // again at that moment and the enabled one stops it before anything is journalled or sent.
    m_operations->reviewLifecycleAction(m_appId, LifecycleAction::Restart);
    confirm(u"payment-service"_s);
    QTRY_VERIFY(m_window->errorText().contains(u"night-shift"_s));
    QCOMPARE(m_sent.count(u"RestartApplication"_s), 0);
    QCOMPARE(journal().size(), 0);
    // The list learned the lock on the way.
    QVERIFY(!ManualChangeLock::reason(m_controller->applicationModel()->activity(m_appId)).isEmpty());
}

QTEST_MAIN(TestScalingFlow)
#include "tst_scalingflow.moc"
