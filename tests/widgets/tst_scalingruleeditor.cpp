#include "core/scalingruleproblemtext.h"
#include "widgets/scalingruleeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Action = std::function<void(ScalingRuleEditor &)>;

template <typename T>
T *child(const ScalingRuleEditor &editor, const QString &name)
{
    T *widget = editor.findChild<T *>(name);
    if (!widget)
        qWarning() << "no widget" << name;
    return widget;
}

QPushButton *saveButton(const ScalingRuleEditor &editor)
{
    return child<QPushButton>(editor, u"saveButton"_s);
}

void click(const ScalingRuleEditor &editor, const QString &name)
{
    auto *button = child<QAbstractButton>(editor, name);
    // Check boxes and radio buttons take clicks on their indicator and text, not on the rest of their row.
    const bool indicator = qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
    const QPoint at =
        indicator ? QPoint(button->height() / 2, button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

void type(const ScalingRuleEditor &editor, const QString &name, const QString &text)
{
    QWidget *widget = child<QWidget>(editor, name);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        spin->selectAll();
    QTest::keyClicks(widget, text);
}

void chooseMetric(const ScalingRuleEditor &editor, int row, const QString &wire)
{
    auto *combo = child<QComboBox>(editor, u"metricType%1"_s.arg(row));
    combo->setCurrentIndex(combo->findData(wire));
}

ScalingRule timingRule()
{
    ScalingRule rule;
    rule.appId = u"app-1"_s;
    rule.name = u"workday"_s;
    rule.type = ScalingRuleType::Timing;
    rule.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL, Qt::UTC);
    ScalingTimer timer;
    timer.period = u"* * Fri,Mon"_s;
    timer.timeZone = u"Asia/Shanghai"_s;
    timer.schedules = {{u"08:00"_s, 10, std::nullopt, std::nullopt},
                       {u"20:00"_s, 3, std::nullopt, std::nullopt}};
    rule.timer = timer;
    return rule;
}

ScalingRule metricRule()
{
    ScalingRule rule;
    rule.appId = u"app-1"_s;
    rule.name = u"cpu"_s;
    rule.type = ScalingRuleType::Metric;
    rule.enabled = false;
    ScalingMetricPolicy metric;
    metric.minReplicas = 2;
    metric.maxReplicas = 10;
    metric.metrics = {{u"CPU"_s, 60, {}, {}, {}, {}},
                      {u"SLB_QPS"_s, 25, u"lb-1"_s, u"project"_s, u"logstore"_s, u"80"_s}};
    metric.scaleDown = {50, false, 300};
    metric.prometheusUrl = u"http://prometheus"_s;
    rule.metric = metric;
    return rule;
}

ScalingRule mixRule()
{
    ScalingRule rule = metricRule();
    rule.name = u"mix"_s;
    rule.type = ScalingRuleType::Mix;
    ScalingTimer timer;
    timer.beginDate = u"2026-01-01"_s;
    timer.endDate = u"2026-12-31"_s;
    timer.period = u"1,15 * *"_s;
    timer.schedules = {{u"08:00"_s, std::nullopt, 5, 10}};
    rule.timer = timer;
    return rule;
}

} // namespace

Q_DECLARE_METATYPE(Action)

class TestScalingRuleEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createTimingRule();
    void createMetricRule();
    void createMixRule();
    void unchangedFormIsTheEditedRule_data();
    void unchangedFormIsTheEditedRule();
    void problemAtItsField_data();
    void problemAtItsField();
    void fixingEnablesSave();
    void platformErrorAtItsField_data();
    void platformErrorAtItsField();
    void platformErrorClearsOnEdit();
    void slbFieldsOnlyForSlbTypes();
    void targetShowsItsUnit();
    void savingDisablesSave();
    void scheduleButtons();
    void mixScheduleIsOptional();
    void escapeCancels();
    void previewWidget();
    void ruleChangedFollowsEdits();
};

void TestScalingRuleEditor::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestScalingRuleEditor::createTimingRule()
{
    ScalingRuleEditor editor(u"app-1"_s, ScalingRuleType::Timing, {}, nullptr);
    editor.show();
    QVERIFY(editor.isNewRule());
    QCOMPARE(saveButton(editor)->text(), u"Create"_s);
    QVERIFY(!saveButton(editor)->isEnabled());
    QCOMPARE(child<QLabel>(editor, u"problemSummary"_s)->text(), u"2 problems"_s);

    QTest::keyClicks(child<QLineEdit>(editor, u"name"_s), u"workday-peak"_s);
    click(editor, u"addSchedule"_s);
    type(editor, u"schedule_targetReplicas_0"_s, u"10"_s);
    click(editor, u"addSchedule"_s);
    QCOMPARE(child<QLineEdit>(editor, u"scheduleTime1"_s)->text(), u"09:00"_s);
    type(editor, u"scheduleTime1"_s, u"20:00"_s);
    type(editor, u"schedule_targetReplicas_1"_s, u"3"_s);
    click(editor, u"daysOfWeek"_s);
    click(editor, u"weekdayMon"_s);
    click(editor, u"weekdayFri"_s);
    click(editor, u"longTerm"_s); // was checked: now with dates
    type(editor, u"beginDate"_s, u"2026-12-01"_s);
    type(editor, u"endDate"_s, u"2026-12-31"_s);
    click(editor, u"enableOnCreate"_s);

    ScalingRule expected;
    expected.appId = u"app-1"_s;
    expected.name = u"workday-peak"_s;
    expected.type = ScalingRuleType::Timing;
    expected.enabled = false;
    ScalingTimer timer;
    timer.beginDate = u"2026-12-01"_s;
    timer.endDate = u"2026-12-31"_s;
    timer.period = u"* * Mon,Fri"_s;
    timer.schedules = {{u"08:00"_s, 10, std::nullopt, std::nullopt},
                       {u"20:00"_s, 3, std::nullopt, std::nullopt}};
    expected.timer = timer;
    QCOMPARE(editor.rule(), expected);
    QCOMPARE(editor.problems(), QList<ScalingRuleError>());
    QCOMPARE(child<QLabel>(editor, u"problemSummary"_s)->text(), QString());

    QSignalSpy saved(&editor, &ScalingRuleEditor::saveRequested);
    QVERIFY(saveButton(editor)->isEnabled());
    QVERIFY(saveButton(editor)->isDefault());
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().value<ScalingRule>(), expected);
    QVERIFY(editor.isVisible()); // the owner closes it
}

void TestScalingRuleEditor::createMetricRule()
{
    ScalingRuleEditor editor(u"app-1"_s, ScalingRuleType::Metric, {}, nullptr);
    editor.show();
    QTest::keyClicks(child<QLineEdit>(editor, u"name"_s), u"cpu-and-slb"_s);
    type(editor, u"minReplicas"_s, u"2"_s);
    type(editor, u"maxReplicas"_s, u"8"_s);
    type(editor, u"metricTarget0"_s, u"60"_s);
    click(editor, u"addMetric"_s);
    QCOMPARE(child<QComboBox>(editor, u"metricType1"_s)->currentData().toString(), u"MEMORY"_s);
    chooseMetric(editor, 1, u"INTRANET_SLB_RT"_s);
    type(editor, u"metricTarget1"_s, u"200"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"slbId1"_s), u"lb-7"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"slbProject1"_s), u"slb-logs"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"slbLogstore1"_s), u"access"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"vport1"_s), u"8x080"_s); // letters are refused
    type(editor, u"scaleUpRulesStep"_s, u"5"_s);
    click(editor, u"scaleDownRulesDisabled"_s);
    type(editor, u"scaleDownRulesWindow"_s, u"300"_s);

    ScalingRule expected;
    expected.appId = u"app-1"_s;
    expected.name = u"cpu-and-slb"_s;
    expected.type = ScalingRuleType::Metric;
    ScalingMetricPolicy metric;
    metric.minReplicas = 2;
    metric.maxReplicas = 8;
    metric.metrics = {{u"CPU"_s, 60, {}, {}, {}, {}},
                      {u"INTRANET_SLB_RT"_s, 200, u"lb-7"_s, u"slb-logs"_s, u"access"_s, u"8080"_s}};
    metric.scaleUp = {5, false, 0};
    metric.scaleDown = {100, true, 300};
    expected.metric = metric;
    QCOMPARE(editor.rule().metric->metrics, expected.metric->metrics);
    QCOMPARE(editor.rule().metric->scaleUp, expected.metric->scaleUp);
    QCOMPARE(editor.rule().metric->scaleDown, expected.metric->scaleDown);
    QCOMPARE(editor.rule(), expected);
    QVERIFY(saveButton(editor)->isEnabled());

    QSignalSpy saved(&editor, &ScalingRuleEditor::saveRequested);
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().value<ScalingRule>(), expected);
}

void TestScalingRuleEditor::createMixRule()
{
    ScalingRuleEditor editor(u"app-1"_s, ScalingRuleType::Mix, {}, nullptr);
    editor.show();
    QVERIFY(!child<QWidget>(editor, u"timerGroup"_s)->isVisible());
    QTest::keyClicks(child<QLineEdit>(editor, u"name"_s), u"peak-mix"_s);
    type(editor, u"minReplicas"_s, u"2"_s);
    click(editor, u"varyBySchedule"_s);
    QVERIFY(child<QWidget>(editor, u"timerGroup"_s)->isVisible());
    QVERIFY(!saveButton(editor)->isEnabled()); // no times yet
    QCOMPARE(editor.problemTextFor(u"ScalingRuleTimer.schedules"_s), u"Add at least one time."_s);
    click(editor, u"addSchedule"_s);
    QCOMPARE(child<QSpinBox>(editor, u"schedule_minReplicas_0"_s)->value(), 2);
    QCOMPARE(child<QSpinBox>(editor, u"schedule_maxReplicas_0"_s)->value(), 10);
    type(editor, u"schedule_minReplicas_0"_s, u"5"_s);
    type(editor, u"schedule_maxReplicas_0"_s, u"20"_s);
    click(editor, u"daysOfMonth"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"monthDays"_s), u"1, 15,28"_s);

    ScalingRule expected;
    expected.appId = u"app-1"_s;
    expected.name = u"peak-mix"_s;
    expected.type = ScalingRuleType::Mix;
    ScalingMetricPolicy metric;
    metric.minReplicas = 2;
    metric.maxReplicas = 10;
    metric.metrics = {{u"CPU"_s, 70, {}, {}, {}, {}}};
    expected.metric = metric;
    ScalingTimer timer;
    timer.period = u"1,15,28 * *"_s;
    timer.schedules = {{u"08:00"_s, std::nullopt, 5, 20}};
    expected.timer = timer;
    QCOMPARE(editor.rule(), expected);
    QVERIFY(saveButton(editor)->isEnabled());
}

void TestScalingRuleEditor::unchangedFormIsTheEditedRule_data()
{
    QTest::addColumn<ScalingRule>("rule");
    QTest::newRow("timing") << timingRule();
    QTest::newRow("metric") << metricRule();
    QTest::newRow("mix") << mixRule();
    ScalingRule mixWithoutTimer = mixRule();
    mixWithoutTimer.timer.reset();
    QTest::newRow("mix without timer") << mixWithoutTimer;
}

void TestScalingRuleEditor::unchangedFormIsTheEditedRule()
{
    QFETCH(ScalingRule, rule);
    ScalingRuleEditor editor(rule, {rule}, nullptr);
    QVERIFY(!editor.isNewRule());
    QCOMPARE(saveButton(editor)->text(), u"Save"_s);
    QVERIFY(child<QLineEdit>(editor, u"name"_s)->isReadOnly());
    QCOMPARE(editor.findChild<QCheckBox *>(u"enableOnCreate"_s), nullptr);
    QCOMPARE(editor.rule(), rule); // "* * Fri,Mon" keeps its spelling, unshown fields survive
    QCOMPARE(editor.problems(), QList<ScalingRuleError>());
    QVERIFY(saveButton(editor)->isEnabled());
}

void TestScalingRuleEditor::problemAtItsField_data()
{
    QTest::addColumn<ScalingRule>("rule"); // appId only: a new rule of that type
    QTest::addColumn<QList<ScalingRule>>("others");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");

    ScalingRule newTiming;
    newTiming.appId = u"app-1"_s;
    const auto typeName = [](const QString &name) {
        return Action([name](ScalingRuleEditor &e) { type(e, u"name"_s, name); });
    };

    QTest::newRow("name required") << newTiming << QList<ScalingRule>() << Action([](ScalingRuleEditor &) {})
                                   << u"ScalingRuleName"_s << u"name"_s << u"Enter a name."_s;
    QTest::newRow("name pattern")
        << newTiming << QList<ScalingRule>() << typeName(u"Peak"_s) << u"ScalingRuleName"_s << u"name"_s
        << u"Start with a lower-case letter and use only a–z, 0–9 and hyphens, at most "
           "32 characters."_s;
    QTest::newRow("name taken") << newTiming << QList<ScalingRule>{metricRule()} << typeName(u"cpu"_s)
                                << u"ScalingRuleName"_s << u"name"_s
                                << u"The application already has a rule of this name."_s;
    QList<ScalingRule> five;
    for (int i = 0; i < 5; ++i) {
        five.append(metricRule());
        five.last().name = u"rule-%1"_s.arg(i);
    }
    QTest::newRow("rule quota") << newTiming << five << typeName(u"sixth"_s) << QString() << QString()
                                << u"The application already has 5 scaling rules, the most SAE allows."_s;

    QTest::newRow("schedules required")
        << timingRule() << QList<ScalingRule>() << Action([](ScalingRuleEditor &e) {
               click(e, u"removeSchedule1"_s);
               click(e, u"removeSchedule0"_s);
           })
        << u"ScalingRuleTimer.schedules"_s << u"schedules"_s << u"Add at least one time."_s;
    QTest::newRow("time format") << timingRule() << QList<ScalingRule>() << Action([](ScalingRuleEditor &e) {
        type(e, u"scheduleTime1"_s, u"8:30"_s);
    }) << u"ScalingRuleTimer.schedules[1].atTime"_s
                                 << u"scheduleTime1"_s << u"Enter a time as HH:mm, from 00:00 to 23:59."_s;
    QTest::newRow("time twice")
        << timingRule() << QList<ScalingRule>()
        << Action([](ScalingRuleEditor &e) { type(e, u"scheduleTime1"_s, u"08:00"_s); })
        << u"ScalingRuleTimer.schedules[1].atTime"_s << u"scheduleTime1"_s
        << u"This time is already used, by this rule or by another rule on the same days."_s;
    ScalingRule otherTiming = timingRule();
    otherTiming.name = u"other"_s;
    otherTiming.timer->schedules = {{u"12:00"_s, 4, std::nullopt, std::nullopt}};
    QTest::newRow("time of another rule")
        << timingRule() << QList<ScalingRule>{otherTiming}
        << Action([](ScalingRuleEditor &e) { type(e, u"scheduleTime1"_s, u"12:00"_s); })
        << u"ScalingRuleTimer.schedules[1].atTime"_s << u"scheduleTime1"_s
        << u"This time is already used, by this rule or by another rule on the same days."_s;
    ScalingRule twentyOne = timingRule();
    twentyOne.timer->schedules.clear();
    for (int i = 0; i < 21; ++i)
        twentyOne.timer->schedules.append({QTime(i, 0).toString(u"HH:mm"_s), 2, std::nullopt, std::nullopt});
    QTest::newRow("21 times") << twentyOne << QList<ScalingRule>() << Action([](ScalingRuleEditor &) {})
                              << u"ScalingRuleTimer.schedules"_s << u"schedules"_s
                              << u"A rule can have at most 20 times a day."_s;
    QTest::newRow("target 0") << timingRule() << QList<ScalingRule>() << Action([](ScalingRuleEditor &e) {
        type(e, u"schedule_targetReplicas_0"_s, u"0"_s);
    }) << u"ScalingRuleTimer.schedules[0].targetReplicas"_s
                              << u"schedule_targetReplicas_0"_s << u"Must be from 1 to 50."_s;
    QTest::newRow("target 51") << timingRule() << QList<ScalingRule>() << Action([](ScalingRuleEditor &e) {
        type(e, u"schedule_targetReplicas_0"_s, u"51"_s);
    }) << u"ScalingRuleTimer.schedules[0].targetReplicas"_s
                               << u"schedule_targetReplicas_0"_s
                               << u"More than 50 instances need a raised quota: submit a ticket to SAE."_s;
    QTest::newRow("date format") << mixRule() << QList<ScalingRule>() << Action([](ScalingRuleEditor &e) {
        type(e, u"beginDate"_s, u"2026/01/01"_s);
    }) << u"ScalingRuleTimer.beginDate"_s
                                 << u"beginDate"_s << u"Enter a date as yyyy-MM-dd, both dates or neither."_s;
    QTest::newRow("end date missing")
        << mixRule() << QList<ScalingRule>() << Action([](ScalingRuleEditor &e) {
               child<QLineEdit>(e, u"endDate"_s)->selectAll();
               QTest::keyClick(child<QLineEdit>(e, u"endDate"_s), Qt::Key_Delete);
           })
        << u"ScalingRuleTimer.endDate"_s << u"endDate"_s
        << u"Enter a date as yyyy-MM-dd, both dates or neither."_s;
    QTest::newRow("begin after end") << mixRule() << QList<ScalingRule>() << Action([](ScalingRuleEditor &e) {
        type(e, u"endDate"_s, u"2025-12-31"_s);
    }) << u"ScalingRuleTimer.beginDate"_s
                                     << u"beginDate"_s << u"The begin date is after the end date."_s;
    QTest::newRow("day 32")
        << mixRule() << QList<ScalingRule>()
        << Action([](ScalingRuleEditor &e) { type(e, u"monthDays"_s, u"1,32"_s); })
        << u"ScalingRuleTimer.period"_s << u"period"_s
        << u"Choose every day, at least one day of the week, or days of the month from 1 to 31 "
           "separated by commas."_s;
    QTest::newRow("no weekday")
        << timingRule() << QList<ScalingRule>() << Action([](ScalingRuleEditor &e) {
               click(e, u"weekdayMon"_s);
               click(e, u"weekdayFri"_s);
           })
        << u"ScalingRuleTimer.period"_s << u"period"_s
        << u"Choose every day, at least one day of the week, or days of the month from 1 to "
           "31 separated by commas."_s;
    QTest::newRow("mix schedule min > max")
        << mixRule() << QList<ScalingRule>()
        << Action([](ScalingRuleEditor &e) { type(e, u"schedule_minReplicas_0"_s, u"11"_s); })
        << u"ScalingRuleTimer.schedules[0].minReplicas"_s << u"schedule_minReplicas_0"_s
        << u"The minimum must not be greater than the maximum."_s;
    QTest::newRow("min > max") << metricRule() << QList<ScalingRule>()
                               << Action([](ScalingRuleEditor &e) { type(e, u"minReplicas"_s, u"12"_s); })
                               << u"ScalingRuleMetric.minReplicas"_s << u"minReplicas"_s
                               << u"The minimum must not be greater than the maximum."_s;
    QTest::newRow("max 51") << metricRule() << QList<ScalingRule>()
                            << Action([](ScalingRuleEditor &e) { type(e, u"maxReplicas"_s, u"51"_s); })
                            << u"ScalingRuleMetric.maxReplicas"_s << u"maxReplicas"_s
                            << u"More than 50 instances need a raised quota: submit a ticket to SAE."_s;
    QTest::newRow("metrics required")
        << metricRule() << QList<ScalingRule>() << Action([](ScalingRuleEditor &e) {
               click(e, u"removeMetric1"_s);
               click(e, u"removeMetric0"_s);
           })
        << u"ScalingRuleMetric.metrics"_s << u"metrics"_s << u"Add at least one metric."_s;
    QTest::newRow("metric twice") << metricRule() << QList<ScalingRule>()
                                  << Action([](ScalingRuleEditor &e) { chooseMetric(e, 1, u"CPU"_s); })
                                  << u"ScalingRuleMetric.metrics[1].metricType"_s << u"metricType1"_s
                                  << u"This metric is already in the rule."_s;
    ScalingRule unknownType = metricRule();
    unknownType.metric->metrics[0].metricType = u"GPU"_s;
    QTest::newRow("unknown metric type")
        << unknownType << QList<ScalingRule>() << Action([](ScalingRuleEditor &) {})
        << u"ScalingRuleMetric.metrics[0].metricType"_s << u"metricType0"_s
        << u"Choose one of the metric types SAE knows."_s;
    QTest::newRow("CPU 101") << metricRule() << QList<ScalingRule>()
                             << Action([](ScalingRuleEditor &e) { type(e, u"metricTarget0"_s, u"101"_s); })
                             << u"ScalingRuleMetric.metrics[0].metricTargetAverageUtilization"_s
                             << u"metricTarget0"_s << u"Must be from 1 to 100."_s;
    QTest::newRow("QPS 0") << metricRule() << QList<ScalingRule>()
                           << Action([](ScalingRuleEditor &e) { type(e, u"metricTarget1"_s, u"0"_s); })
                           << u"ScalingRuleMetric.metrics[1].metricTargetAverageUtilization"_s
                           << u"metricTarget1"_s << u"Must be at least 1."_s;
    QTest::newRow("no SLB ID") << metricRule() << QList<ScalingRule>() << Action([](ScalingRuleEditor &e) {
        child<QLineEdit>(e, u"slbId1"_s)->selectAll();
        QTest::keyClick(child<QLineEdit>(e, u"slbId1"_s), Qt::Key_Backspace);
    }) << u"ScalingRuleMetric.metrics[1].slbId"_s
                               << u"slbId1"_s << u"Enter the SLB instance ID."_s;
    QTest::newRow("no port") << metricRule() << QList<ScalingRule>() << Action([](ScalingRuleEditor &e) {
        child<QLineEdit>(e, u"vport1"_s)->selectAll();
        QTest::keyClick(child<QLineEdit>(e, u"vport1"_s), Qt::Key_Backspace);
    }) << u"ScalingRuleMetric.metrics[1].vport"_s
                             << u"vport1"_s << u"Enter the listener port."_s;
    QTest::newRow("step 0") << metricRule() << QList<ScalingRule>()
                            << Action([](ScalingRuleEditor &e) { type(e, u"scaleUpRulesStep"_s, u"0"_s); })
                            << u"ScalingRuleMetric.scaleUpRules.step"_s << u"scaleUpRulesStep"_s
                            << u"Must be at least 1."_s;
}

void TestScalingRuleEditor::problemAtItsField()
{
    QFETCH(ScalingRule, rule);
    QFETCH(QList<ScalingRule>, others);
    QFETCH(Action, action);
    QFETCH(QString, field);
    QFETCH(QString, widget);
    QFETCH(QString, text);
    const std::unique_ptr<ScalingRuleEditor> created =
        rule.name.isEmpty() ? std::make_unique<ScalingRuleEditor>(rule.appId, rule.type, others, nullptr)
                            : std::make_unique<ScalingRuleEditor>(rule, others, nullptr);
    ScalingRuleEditor &editor = *created;
    editor.show();
    action(editor);
    QCOMPARE(editor.problemTextFor(field), text);
    if (widget.isEmpty()) {
        QVERIFY(!child<QLabel>(editor, u"formProblem"_s)->isHidden());
    } else {
        QCOMPARE(editor.fieldFor(field), child<QWidget>(editor, widget));
        QVERIFY(editor.fieldFor(field)->property("hasProblem").toBool());
        QCOMPARE(editor.fieldFor(field)->toolTip(), text);
    }
    QVERIFY(!editor.problems().isEmpty());
    QVERIFY(!saveButton(editor)->isEnabled());
    QVERIFY(!saveButton(editor)->isDefault());
    QCOMPARE(child<QLabel>(editor, u"problemSummary"_s)->text(),
             ScalingRuleProblemText::count(int(editor.problems().size())));
}

void TestScalingRuleEditor::fixingEnablesSave()
{
    ScalingRuleEditor editor(timingRule(), {}, nullptr);
    editor.show();
    type(editor, u"scheduleTime1"_s, u"8pm"_s);
    QVERIFY(!saveButton(editor)->isEnabled());
    QCOMPARE(child<QLabel>(editor, u"problemSummary"_s)->text(), u"1 problem"_s);
    type(editor, u"scheduleTime1"_s, u"21:30"_s);
    QCOMPARE(editor.problemTextFor(u"ScalingRuleTimer.schedules[1].atTime"_s), QString());
    QVERIFY(!child<QLineEdit>(editor, u"scheduleTime1"_s)->property("hasProblem").toBool());
    QVERIFY(saveButton(editor)->isEnabled());
    QCOMPARE(child<QLabel>(editor, u"problemSummary"_s)->text(), QString());

    ScalingRule expected = timingRule();
    expected.timer->schedules[1].atTime = u"21:30"_s;
    QSignalSpy saved(&editor, &ScalingRuleEditor::saveRequested);
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().value<ScalingRule>(), expected);
}

void TestScalingRuleEditor::platformErrorAtItsField_data()
{
    QTest::addColumn<ScalingRule>("rule");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("widget"); // empty: the top of the form

    QTest::newRow("name taken") << mixRule() << u"InstanceExist.ScalingRuleName"_s
                                << u"The specified ScalingRuleName already exists."_s << u"ScalingRuleName"_s
                                << u"name"_s;
    QTest::newRow("rule quota") << mixRule() << u"QuotaExceeded.ScalingRule"_s
                                << u"The maximum number of application scaling rules is exceeded."_s
                                << QString() << QString();
    QTest::newRow("time format") << mixRule() << u"InvalidScalingRuleTime.Format"_s
                                 << u"The specified time is invalid."_s << u"ScalingRuleTimer.schedules"_s
                                 << u"schedules"_s;
    QTest::newRow("time conflict") << timingRule() << u"InvalidScalingRuleTime.Conflict"_s << u"Conflict."_s
                                   << u"ScalingRuleTimer.schedules"_s << u"schedules"_s;
    QTest::newRow("time quota") << mixRule() << u"QuotaExceeded.ScalingRuleTime"_s << u"Too many."_s
                                << u"ScalingRuleTimer.schedules"_s << u"schedules"_s;
    QTest::newRow("date format") << mixRule() << u"InvalidScalingRuleDate.Format"_s
                                 << u"The specified date is invalid."_s << u"ScalingRuleTimer.beginDate"_s
                                 << u"beginDate"_s;
    QTest::newRow("begin after end") << mixRule() << u"InvalidScalingRuleDate.BeginAfterEnd"_s << u"Later."_s
                                     << u"ScalingRuleTimer.beginDate"_s << u"beginDate"_s;
    QTest::newRow("instance quota") << mixRule() << u"NoComputeResourceQuota.App.Exceed"_s << u"50 at most."_s
                                    << u"ScalingRuleMetric.maxReplicas"_s << u"maxReplicas"_s;
    QTest::newRow("instance quota, timing")
        << timingRule() << u"NoComputeResourceQuota.App.Exceed"_s << u"50 at most."_s
        << u"ScalingRuleTimer.schedules"_s << u"schedules"_s;
    QTest::newRow("metric type")
        << mixRule() << u"InvalidParameter.WithMessage"_s
        << u"The parameter is invalid {ScalingRuleMetric}: metrics[1].metricType must be "
           "one of CPU"_s
        << u"ScalingRuleMetric.metrics[1].metricType"_s << u"metricType1"_s;
    QTest::newRow("scale-in window") << mixRule() << u"InvalidParameter.WithMessage"_s
                                     << u"The parameter is invalid {ScalingRuleMetric}: "
                                        "scaleDownRules.stabilizationWindowSeconds must be from 0 to 3600"_s
                                     << u"ScalingRuleMetric.scaleDownRules.stabilizationWindowSeconds"_s
                                     << u"scaleDownRulesWindow"_s;
    QTest::newRow("a parameter the form has no field for")
        << mixRule() << u"InvalidParameter.WithMessage"_s
        << u"The parameter is invalid {MinReadyInstances}: must be -1 or more"_s << QString() << QString();
    QTest::newRow("other") << mixRule() << u"Application.ChangerOrderRunning"_s << u"Busy."_s << QString()
                           << QString();
    ScalingRule mixWithoutTimer = mixRule();
    mixWithoutTimer.timer.reset();
    QTest::newRow("time error, schedule hidden")
        << mixWithoutTimer << u"InvalidScalingRuleTime.Format"_s << u"The specified time is invalid."_s
        << QString() << QString();
}

void TestScalingRuleEditor::platformErrorAtItsField()
{
    QFETCH(ScalingRule, rule);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, field);
    QFETCH(QString, widget);
    ScalingRuleEditor editor(rule, {}, nullptr);
    editor.show();
    editor.setSaving(true);
    const ScalingRule before = editor.rule();
    editor.showPlatformError(code, message, u"REQ-42"_s);
    const QString text = u"Refused by SAE: %1 (%2, RequestId REQ-42)"_s.arg(message, code);
    QCOMPARE(editor.problemTextFor(field), text);
    if (!widget.isEmpty()) {
        QCOMPARE(editor.fieldFor(field), child<QWidget>(editor, widget));
        QCOMPARE(editor.problemTextFor(QString()), QString());
    }
    QVERIFY(editor.isVisible());
    QCOMPARE(editor.rule(), before);
    QVERIFY(saveButton(editor)->isEnabled()); // the save is over; the user may try again
}

void TestScalingRuleEditor::platformErrorClearsOnEdit()
{
    ScalingRuleEditor editor(metricRule(), {}, nullptr);
    editor.show();
    editor.showPlatformError(u"NoComputeResourceQuota.App.Exceed"_s, u"Quota."_s, u"R1"_s);
    QCOMPARE(editor.problemTextFor(u"ScalingRuleMetric.maxReplicas"_s),
             u"Refused by SAE: Quota. (NoComputeResourceQuota.App.Exceed, RequestId R1)"_s);
    type(editor, u"maxReplicas"_s, u"9"_s);
    QCOMPARE(editor.problemTextFor(u"ScalingRuleMetric.maxReplicas"_s), QString());
}

void TestScalingRuleEditor::slbFieldsOnlyForSlbTypes()
{
    ScalingRuleEditor editor(u"app-1"_s, ScalingRuleType::Metric, {}, nullptr);
    editor.show();
    for (ScalingMetricType metricType : allScalingMetricTypes()) {
        chooseMetric(editor, 0, toWire(metricType));
        QCOMPARE(child<QWidget>(editor, u"slbFields0"_s)->isVisible(), needsSlb(metricType));
        QCOMPARE(child<QWidget>(editor, u"slbId0"_s)->isVisible(), needsSlb(metricType));
    }
    // Typed SLB fields of a metric that no longer needs them are not sent.
    chooseMetric(editor, 0, u"SLB_QPS"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"slbId0"_s), u"lb-1"_s);
    QCOMPARE(editor.rule().metric->metrics.at(0).slbId, u"lb-1"_s);
    chooseMetric(editor, 0, u"QPS"_s);
    QCOMPARE(editor.rule().metric->metrics.at(0),
             (ScalingMetricPolicy::Metric{u"QPS"_s, 70, {}, {}, {}, {}}));
}

void TestScalingRuleEditor::targetShowsItsUnit()
{
    ScalingRuleEditor editor(u"app-1"_s, ScalingRuleType::Metric, {}, nullptr);
    const QList<std::pair<QString, QString>> units{
        {u"CPU"_s, u" %"_s},
        {u"MEMORY"_s, u" %"_s},
        {u"QPS"_s, u" requests/s"_s},
        {u"RT"_s, u" ms"_s},
        {u"tcpActiveConn"_s, u" connections"_s},
        {u"SLB_QPS"_s, u" requests/s"_s},
        {u"SLB_RT"_s, u" ms"_s},
        {u"INTRANET_SLB_QPS"_s, u" requests/s"_s},
        {u"INTRANET_SLB_RT"_s, u" ms"_s},
    };
    QCOMPARE(child<QComboBox>(editor, u"metricType0"_s)->count(), 9);
    for (const auto &[wire, unit] : units) {
        chooseMetric(editor, 0, wire);
        QCOMPARE(child<QSpinBox>(editor, u"metricTarget0"_s)->suffix(), unit);
    }
}

void TestScalingRuleEditor::savingDisablesSave()
{
    ScalingRuleEditor editor(metricRule(), {}, nullptr);
    editor.show();
    QSignalSpy saved(&editor, &ScalingRuleEditor::saveRequested);
    QVERIFY(saveButton(editor)->isEnabled());
    editor.setSaving(true);
    QVERIFY(!saveButton(editor)->isEnabled());
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QCOMPARE(saved.size(), 0);
    type(editor, u"maxReplicas"_s, u"9"_s); // editing does not end the save
    QVERIFY(!saveButton(editor)->isEnabled());
    editor.setSaving(false);
    QVERIFY(saveButton(editor)->isEnabled());
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
}

void TestScalingRuleEditor::scheduleButtons()
{
    ScalingRule rule = timingRule();
    rule.timer->schedules = {{u"20:00"_s, 3, std::nullopt, std::nullopt},
                             {u"late"_s, 4, std::nullopt, std::nullopt},
                             {u"08:00"_s, 10, std::nullopt, std::nullopt}};
    ScalingRuleEditor editor(rule, {}, nullptr);
    editor.show();
    click(editor, u"sortSchedules"_s);
    QCOMPARE(editor.rule().timer->schedules,
             (QList<ScalingTimer::Schedule>{{u"08:00"_s, 10, std::nullopt, std::nullopt},
                                            {u"20:00"_s, 3, std::nullopt, std::nullopt},
                                            {u"late"_s, 4, std::nullopt, std::nullopt}}));
    click(editor, u"removeSchedule2"_s);
    QCOMPARE(editor.rule().timer->schedules.size(), 2);
    QVERIFY(saveButton(editor)->isEnabled());
    for (int i = 0; i < 18; ++i)
        click(editor, u"addSchedule"_s);
    QCOMPARE(editor.rule().timer->schedules.size(), 20);
    QVERIFY(!child<QPushButton>(editor, u"addSchedule"_s)->isEnabled());
    QCOMPARE(editor.rule().timer->schedules.at(2),
             (ScalingTimer::Schedule{u"21:00"_s, 3, std::nullopt, std::nullopt}));
    QCOMPARE(editor.rule().timer->schedules.at(4).atTime, u"23:00"_s);
    QCOMPARE(editor.rule().timer->schedules.at(5).atTime,
             QString()); // past midnight: for the user to fill in
}

void TestScalingRuleEditor::mixScheduleIsOptional()
{
    ScalingRuleEditor editor(mixRule(), {}, nullptr);
    editor.show();
    QVERIFY(child<QCheckBox>(editor, u"varyBySchedule"_s)->isChecked());
    click(editor, u"varyBySchedule"_s);
    QVERIFY(!child<QWidget>(editor, u"timerGroup"_s)->isVisible());
    QCOMPARE(editor.rule().timer, std::nullopt);
    click(editor, u"varyBySchedule"_s);
    QCOMPARE(editor.rule(), mixRule());
}

void TestScalingRuleEditor::escapeCancels()
{
    ScalingRuleEditor editor(metricRule(), {}, nullptr);
    QSignalSpy rejected(&editor, &QDialog::rejected);
    QSignalSpy saved(&editor, &ScalingRuleEditor::saveRequested);
    editor.open();
    QTest::keyClick(child<QSpinBox>(editor, u"maxReplicas"_s), Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(saved.size(), 0);
    QVERIFY(!editor.isVisible());
}

void TestScalingRuleEditor::previewWidget()
{
    ScalingRuleEditor editor(timingRule(), {}, nullptr);
    editor.show();
    QVERIFY(!child<QWidget>(editor, u"previewArea"_s)->isVisible());
    QPointer<QLabel> first = new QLabel(u"preview"_s);
    editor.setPreviewWidget(first);
    QVERIFY(child<QWidget>(editor, u"previewArea"_s)->isVisible());
    QVERIFY(first->isVisible());
    QVERIFY(child<QWidget>(editor, u"previewArea"_s)->isAncestorOf(first));
    editor.setPreviewWidget(new QLabel(u"another"_s));
    QVERIFY(first.isNull()); // the dialog owns its preview
}

void TestScalingRuleEditor::ruleChangedFollowsEdits()
{
    ScalingRuleEditor editor(timingRule(), {}, nullptr);
    editor.show();
    QSignalSpy changed(&editor, &ScalingRuleEditor::ruleChanged);
    type(editor, u"schedule_targetReplicas_0"_s, u"12"_s);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 1); // one for the burst of keys
    QCOMPARE(changed.first().first().value<ScalingRule>().timer->schedules.at(0).targetReplicas, 12);
}

QTEST_MAIN(TestScalingRuleEditor)
#include "tst_scalingruleeditor.moc"
