#include "scalingruleeditor.h"

#include "core/scalingperiod.h"
#include "core/scalingruleerrorfield.h"
#include "core/scalingruleproblemtext.h"
#include "core/scalingrulevalidator.h"
#include "core/severity.h"
#include "widgets/fieldproblemmarks.h"
#include "widgets/statusdelegate.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr int ruleChangedDelayMs = 250;
/// Replica spin boxes go past SAE's 1..50 so that the form can say why 0 or 51 is refused.
constexpr int replicaSpinMaximum = 1000;
constexpr int targetSpinMaximum = 1000000;
constexpr int stepSpinMaximum = 1000;
constexpr int newMetricMinReplicas = 1;
constexpr int newMetricMaxReplicas = 10;
constexpr int newPercentageTarget = 70;
constexpr int newOtherTarget = 100;
constexpr std::array<QStringView, 7> s_weekdayWire{u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};

QSpinBox *replicaSpin(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, replicaSpinMaximum);
    return spin;
}

QPushButton *formButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAutoDefault(false); // Enter in a field must not add or remove rows
    return button;
}

/// The path with its last segment or index removed: `a.b[1].c` -> `a.b[1]` -> `a.b` -> `a`; empty at the end.
QString parentPath(const QString &path)
{
    if (path.endsWith(u']')) {
        const qsizetype bracket = path.lastIndexOf(u'[');
        return bracket > 0 ? path.left(bracket) : QString();
    }
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot > 0 ? path.left(dot) : QString();
}

} // namespace

ScalingRuleEditor::ScalingRuleEditor(const QString &appId, ScalingRuleType type,
                                     const QList<ScalingRule> &others, QWidget *parent)
    : ScalingRuleEditor(
        [&] {
            ScalingRule rule;
            rule.appId = appId;
            rule.type = type;
            return rule;
        }(),
        true, others, parent)
{}

ScalingRuleEditor::ScalingRuleEditor(const ScalingRule &rule, const QList<ScalingRule> &others,
                                     QWidget *parent)
    : ScalingRuleEditor(rule, false, others, parent)
{}

ScalingRuleEditor::ScalingRuleEditor(const ScalingRule &rule, bool isNew, const QList<ScalingRule> &others,
                                     QWidget *parent)
    : QDialog(parent)
    , m_original(rule)
    , m_isNew(isNew)
    , m_others(others)
    , m_ruleChangedTimer(new QTimer(this))
{
    setWindowModality(Qt::WindowModal);
    switch (rule.type) {
    case ScalingRuleType::Timing:
        setWindowTitle(isNew ? tr("New timing scaling rule")
                             : tr("Edit timing scaling rule %1").arg(rule.name));
        break;
    case ScalingRuleType::Metric:
        setWindowTitle(isNew ? tr("New metric scaling rule")
                             : tr("Edit metric scaling rule %1").arg(rule.name));
        break;
    case ScalingRuleType::Mix:
        setWindowTitle(isNew ? tr("New mixed scaling rule")
                             : tr("Edit mixed scaling rule %1").arg(rule.name));
        break;
    }

    m_ruleChangedTimer->setSingleShot(true);
    m_ruleChangedTimer->setInterval(ruleChangedDelayMs);
    connect(m_ruleChangedTimer, &QTimer::timeout, this, [this] { emit ruleChanged(this->rule()); });

    auto *outer = new QVBoxLayout(this);
    m_formProblem = new QLabel(this);
    m_formProblem->setObjectName(u"formProblem"_s);
    m_formProblem->setWordWrap(true);
    m_formProblem->setTextFormat(Qt::PlainText);
    m_formProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formProblem->hide();
    outer->addWidget(m_formProblem);

    auto *columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addWidget(buildBasics());
    if (rule.type == ScalingRuleType::Mix) {
        m_varyBySchedule = new QCheckBox(tr("Vary the bounds by a schedule"), form);
        m_varyBySchedule->setObjectName(u"varyBySchedule"_s);
        formLayout->addWidget(m_varyBySchedule);
    }
    if (rule.type != ScalingRuleType::Metric)
        formLayout->addWidget(buildTimer());
    if (rule.type != ScalingRuleType::Timing)
        formLayout->addWidget(buildMetric());
    formLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    columns->addWidget(scroll, 3);

    m_previewArea = new QWidget(this);
    m_previewArea->setObjectName(u"previewArea"_s);
    new QVBoxLayout(m_previewArea);
    m_previewArea->layout()->setContentsMargins(0, 0, 0, 0);
    m_previewArea->hide();
    columns->addWidget(m_previewArea, 2);

    auto *bottom = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"problemSummary"_s);
    bottom->addWidget(m_summary, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(isNew ? tr("Create") : tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAutoDefault(false);
    bottom->addWidget(buttons);
    outer->addLayout(bottom);
    connect(m_save, &QPushButton::clicked, this, &ScalingRuleEditor::onSaveClicked);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    load(rule);
    if (m_varyBySchedule) {
        connect(m_varyBySchedule, &QCheckBox::toggled, this, [this](bool vary) {
            m_timerGroup->setVisible(vary);
            onEdited();
        });
    }
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 45);
    refreshProblems();
    updateTabOrder();
    if (m_isNew)
        m_name->setFocus();
    else
        m_name->setFocusPolicy(Qt::ClickFocus); // read-only: still selectable, but out of the tab chain
}

ScalingRuleEditor::~ScalingRuleEditor() = default;

QWidget *ScalingRuleEditor::buildBasics()
{
    auto *box = new QGroupBox(tr("Rule"));
    auto *grid = new QGridLayout(box);
    auto *nameLabel = new QLabel(tr("&Name:"), box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. workday-peak"));
    m_name->setReadOnly(!m_isNew);
    nameLabel->setBuddy(m_name);
    grid->addWidget(nameLabel, 0, 0);
    grid->addWidget(m_name, 0, 1);
    auto *nameHint =
        new QLabel(m_isNew ? tr("Lower-case letters, digits and hyphens; cannot be changed later.")
                           : tr("A rule's name cannot be changed."),
                   box);
    nameHint->setEnabled(false);
    grid->addWidget(nameHint, 1, 1);
    QLabel *nameProblem = newProblemLabel(box);
    grid->addWidget(nameProblem, 2, 1);
    registerField(u"ScalingRuleName"_s, m_name, nameProblem);
    connect(m_name, &QLineEdit::textEdited, this, &ScalingRuleEditor::onEdited);
    if (m_isNew) {
        m_enableOnCreate = new QCheckBox(tr("&Enable when created"), box);
        m_enableOnCreate->setObjectName(u"enableOnCreate"_s);
        m_enableOnCreate->setChecked(true);
        grid->addWidget(m_enableOnCreate, 3, 1);
        connect(m_enableOnCreate, &QCheckBox::toggled, this, &ScalingRuleEditor::onEdited);
    }
    grid->setColumnStretch(1, 1);
    return box;
}

QGroupBox *ScalingRuleEditor::buildTimer()
{
    m_timerGroup = new QGroupBox(tr("Schedule"));
    m_timerGroup->setObjectName(u"timerGroup"_s);
    auto *grid = new QGridLayout(m_timerGroup);
    int row = 0;

    m_longTerm = new QCheckBox(tr("No begin or end date (long-term)"), m_timerGroup);
    m_longTerm->setObjectName(u"longTerm"_s);
    grid->addWidget(m_longTerm, row++, 0, 1, 4);

    m_beginDate = new QLineEdit(m_timerGroup);
    m_beginDate->setObjectName(u"beginDate"_s);
    m_endDate = new QLineEdit(m_timerGroup);
    m_endDate->setObjectName(u"endDate"_s);
    for (QLineEdit *date : {m_beginDate, m_endDate}) {
        //: the format of a date the user types; keep it as is
        date->setPlaceholderText(tr("yyyy-MM-dd"));
        connect(date, &QLineEdit::textEdited, this, &ScalingRuleEditor::onEdited);
    }
    auto *beginLabel = new QLabel(tr("&Begin date:"), m_timerGroup);
    beginLabel->setBuddy(m_beginDate);
    auto *endLabel = new QLabel(tr("E&nd date:"), m_timerGroup);
    endLabel->setBuddy(m_endDate);
    grid->addWidget(beginLabel, row, 0);
    grid->addWidget(m_beginDate, row, 1);
    grid->addWidget(endLabel, row, 2);
    grid->addWidget(m_endDate, row++, 3);
    QLabel *beginProblem = newProblemLabel(m_timerGroup);
    QLabel *endProblem = newProblemLabel(m_timerGroup);
    grid->addWidget(beginProblem, row, 1);
    grid->addWidget(endProblem, row++, 3);
    registerField(u"ScalingRuleTimer.beginDate"_s, m_beginDate, beginProblem);
    registerField(u"ScalingRuleTimer.endDate"_s, m_endDate, endProblem);
    connect(m_longTerm, &QCheckBox::toggled, this, [this](bool longTerm) {
        if (!longTerm && m_beginDate->text().isEmpty() && m_endDate->text().isEmpty()) {
            const QDate today = QDate::currentDate();
            m_beginDate->setText(today.toString(u"yyyy-MM-dd"_s));
            m_endDate->setText(today.addMonths(1).toString(u"yyyy-MM-dd"_s));
        }
        updateDateControls();
        onEdited();
    });

    // Period: every day, days of the week or days of the month.
    m_period = new QWidget(m_timerGroup);
    m_period->setObjectName(u"period"_s);
    auto *periodLayout = new QVBoxLayout(m_period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    auto *kinds = new QHBoxLayout;
    m_everyDay = new QRadioButton(tr("Every day"), m_period);
    m_everyDay->setObjectName(u"everyDay"_s);
    m_daysOfWeek = new QRadioButton(tr("Days of the week"), m_period);
    m_daysOfWeek->setObjectName(u"daysOfWeek"_s);
    m_daysOfMonth = new QRadioButton(tr("Days of the month"), m_period);
    m_daysOfMonth->setObjectName(u"daysOfMonth"_s);
    m_periodKind = new QButtonGroup(this);
    for (QRadioButton *kind : {m_everyDay, m_daysOfWeek, m_daysOfMonth}) {
        m_periodKind->addButton(kind);
        kinds->addWidget(kind);
        connect(kind, &QRadioButton::toggled, this, [this](bool checked) {
            if (!checked)
                return;
            updatePeriodControls();
            onEdited();
        });
    }
    kinds->addStretch(1);
    periodLayout->addLayout(kinds);
    m_weekdays = new QWidget(m_period);
    m_weekdays->setObjectName(u"weekdays"_s);
    auto *weekdayLayout = new QHBoxLayout(m_weekdays);
    weekdayLayout->setContentsMargins(0, 0, 0, 0);
    const std::array<QString, 7> weekdayNames{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"),
                                              tr("Fri"), tr("Sat"), tr("Sun")};
    for (std::size_t day = 0; day < weekdayNames.size(); ++day) {
        auto *button = new QToolButton(m_weekdays);
        button->setObjectName(u"weekday"_s + s_weekdayWire.at(day).toString());
        button->setText(weekdayNames.at(day));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        weekdayLayout->addWidget(button);
        m_weekdayButtons.append(button);
        connect(button, &QToolButton::toggled, this, &ScalingRuleEditor::onEdited);
    }
    weekdayLayout->addStretch(1);
    periodLayout->addWidget(m_weekdays);
    m_monthDays = new QLineEdit(m_period);
    m_monthDays->setObjectName(u"monthDays"_s);
    //: days of the month, separated by commas
    m_monthDays->setPlaceholderText(tr("e.g. 1,15,28"));
    connect(m_monthDays, &QLineEdit::textEdited, this, &ScalingRuleEditor::onEdited);
    periodLayout->addWidget(m_monthDays);
    auto *periodLabel = new QLabel(tr("Days:"), m_timerGroup);
    grid->addWidget(periodLabel, row, 0, Qt::AlignTop);
    grid->addWidget(m_period, row++, 1, 1, 3);
    QLabel *periodProblem = newProblemLabel(m_timerGroup);
    grid->addWidget(periodProblem, row++, 1, 1, 3);
    registerField(u"ScalingRuleTimer.period"_s, m_period, periodProblem);

    auto *timesLabel = new QLabel(tr("Times of day, in GMT+8 (China Standard Time), at most %1:")
                                      .arg(ScalingRuleValidator::maximumSchedules),
                                  m_timerGroup);
    grid->addWidget(timesLabel, row++, 0, 1, 4);
    m_schedules = new QWidget(m_timerGroup);
    m_schedules->setObjectName(u"schedules"_s);
    m_scheduleGrid = new QGridLayout(m_schedules);
    m_scheduleGrid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_schedules, row++, 0, 1, 4);
    QLabel *schedulesProblem = newProblemLabel(m_timerGroup);
    grid->addWidget(schedulesProblem, row++, 0, 1, 4);
    registerField(u"ScalingRuleTimer.schedules"_s, m_schedules, schedulesProblem);

    auto *scheduleButtons = new QHBoxLayout;
    m_addSchedule = formButton(tr("&Add time"), m_timerGroup);
    m_addSchedule->setObjectName(u"addSchedule"_s);
    m_sortSchedules = formButton(tr("Sort by time"), m_timerGroup);
    m_sortSchedules->setObjectName(u"sortSchedules"_s);
    scheduleButtons->addWidget(m_addSchedule);
    scheduleButtons->addWidget(m_sortSchedules);
    scheduleButtons->addStretch(1);
    grid->addLayout(scheduleButtons, row++, 0, 1, 4);
    connect(m_addSchedule, &QPushButton::clicked, this, &ScalingRuleEditor::addSchedule);
    connect(m_sortSchedules, &QPushButton::clicked, this, &ScalingRuleEditor::sortSchedules);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return m_timerGroup;
}

QGroupBox *ScalingRuleEditor::buildMetric()
{
    m_metricGroup = new QGroupBox(tr("Metrics"));
    m_metricGroup->setObjectName(u"metricGroup"_s);
    auto *layout = new QVBoxLayout(m_metricGroup);

    auto *bounds = new QGridLayout;
    m_minReplicas = replicaSpin(m_metricGroup);
    m_minReplicas->setObjectName(u"minReplicas"_s);
    m_maxReplicas = replicaSpin(m_metricGroup);
    m_maxReplicas->setObjectName(u"maxReplicas"_s);
    auto *minLabel = new QLabel(tr("M&inimum instances:"), m_metricGroup);
    minLabel->setBuddy(m_minReplicas);
    auto *maxLabel = new QLabel(tr("Ma&ximum instances:"), m_metricGroup);
    maxLabel->setBuddy(m_maxReplicas);
    bounds->addWidget(minLabel, 0, 0);
    bounds->addWidget(m_minReplicas, 0, 1);
    bounds->addWidget(maxLabel, 0, 2);
    bounds->addWidget(m_maxReplicas, 0, 3);
    QLabel *minProblem = newProblemLabel(m_metricGroup);
    QLabel *maxProblem = newProblemLabel(m_metricGroup);
    bounds->addWidget(minProblem, 1, 0, 1, 2);
    bounds->addWidget(maxProblem, 1, 2, 1, 2);
    bounds->setColumnStretch(4, 1);
    layout->addLayout(bounds);
    registerField(u"ScalingRuleMetric.minReplicas"_s, m_minReplicas, minProblem);
    registerField(u"ScalingRuleMetric.maxReplicas"_s, m_maxReplicas, maxProblem);
    for (QSpinBox *spin : {m_minReplicas, m_maxReplicas})
        connect(spin, &QSpinBox::valueChanged, this, &ScalingRuleEditor::onEdited);

    auto *explanation = new QLabel(
        tr("Scales out when any metric is above its target, and in when all are below."), m_metricGroup);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_metrics = new QWidget(m_metricGroup);
    m_metrics->setObjectName(u"metrics"_s);
    m_metricsLayout = new QVBoxLayout(m_metrics);
    m_metricsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_metrics);
    QLabel *metricsProblem = newProblemLabel(m_metricGroup);
    layout->addWidget(metricsProblem);
    registerField(u"ScalingRuleMetric.metrics"_s, m_metrics, metricsProblem);
    auto *metricButtons = new QHBoxLayout;
    m_addMetric = formButton(tr("Add &metric"), m_metricGroup);
    m_addMetric->setObjectName(u"addMetric"_s);
    metricButtons->addWidget(m_addMetric);
    metricButtons->addStretch(1);
    layout->addLayout(metricButtons);
    connect(m_addMetric, &QPushButton::clicked, this, &ScalingRuleEditor::addMetric);

    auto *steps = new QHBoxLayout;
    steps->addWidget(buildStepRule(tr("Scale out"), u"ScalingRuleMetric.scaleUpRules"_s, &m_scaleUpStep,
                                   &m_scaleUpDisabled, &m_scaleUpWindow));
    steps->addWidget(buildStepRule(tr("Scale in"), u"ScalingRuleMetric.scaleDownRules"_s, &m_scaleDownStep,
                                   &m_scaleDownDisabled, &m_scaleDownWindow));
    layout->addLayout(steps);
    m_scaleUpDisabled->setText(tr("Never scale out"));
    m_scaleDownDisabled->setText(tr("Never scale in"));
    return m_metricGroup;
}

QGroupBox *ScalingRuleEditor::buildStepRule(const QString &title, const QString &path, QSpinBox **step,
                                            QCheckBox **disabled, QSpinBox **window)
{
    auto *box = new QGroupBox(title, m_metricGroup);
    const QString name = path.section(u'.', -1);
    box->setObjectName(name);
    auto *grid = new QGridLayout(box);
    *step = new QSpinBox(box);
    (*step)->setObjectName(name + u"Step"_s);
    (*step)->setRange(0, stepSpinMaximum);
    *disabled = new QCheckBox(box);
    (*disabled)->setObjectName(name + u"Disabled"_s);
    *window = new QSpinBox(box);
    (*window)->setObjectName(name + u"Window"_s);
    (*window)->setRange(0, ScalingRuleValidator::maximumStabilizationWindowSeconds);
    //: unit of a stabilization window, in seconds
    (*window)->setSuffix(tr(" s"));
    auto *stepLabel = new QLabel(tr("Instances per step:"), box);
    stepLabel->setBuddy(*step);
    auto *windowLabel = new QLabel(tr("Stabilization window:"), box);
    windowLabel->setBuddy(*window);
    grid->addWidget(stepLabel, 0, 0);
    grid->addWidget(*step, 0, 1);
    QLabel *stepProblem = newProblemLabel(box);
    grid->addWidget(stepProblem, 1, 0, 1, 2);
    grid->addWidget(*disabled, 2, 0, 1, 2);
    grid->addWidget(windowLabel, 3, 0);
    grid->addWidget(*window, 3, 1);
    QLabel *windowProblem = newProblemLabel(box);
    grid->addWidget(windowProblem, 4, 0, 1, 2);
    registerField(path + u".step"_s, *step, stepProblem);
    registerField(path + u".stabilizationWindowSeconds"_s, *window, windowProblem);
    connect(*step, &QSpinBox::valueChanged, this, &ScalingRuleEditor::onEdited);
    connect(*window, &QSpinBox::valueChanged, this, &ScalingRuleEditor::onEdited);
    connect(*disabled, &QCheckBox::toggled, this, &ScalingRuleEditor::onEdited);
    return box;
}

void ScalingRuleEditor::load(const ScalingRule &rule)
{
    m_loading = true;
    m_name->setText(rule.name);
    if (m_enableOnCreate)
        m_enableOnCreate->setChecked(rule.enabled);
    if (m_timerGroup) {
        const ScalingTimer timer = rule.timer.value_or(ScalingTimer());
        m_longTerm->setChecked(timer.isLongTerm());
        m_beginDate->setText(timer.beginDate);
        m_endDate->setText(timer.endDate);
        updateDateControls();
        loadPeriod(timer.period);
        rebuildSchedules(timer.schedules);
    }
    if (m_varyBySchedule) {
        m_varyBySchedule->setChecked(rule.timer.has_value());
        m_timerGroup->setVisible(rule.timer.has_value());
    }
    if (m_metricGroup) {
        ScalingMetricPolicy metric;
        if (rule.metric) {
            metric = *rule.metric;
        } else {
            metric.minReplicas = newMetricMinReplicas;
            metric.maxReplicas = newMetricMaxReplicas;
            metric.metrics = {{toWire(ScalingMetricType::Cpu), newPercentageTarget, {}, {}, {}, {}}};
        }
        m_minReplicas->setValue(metric.minReplicas.value_or(0));
        m_maxReplicas->setValue(metric.maxReplicas.value_or(0));
        rebuildMetrics(metric.metrics);
        m_scaleUpStep->setValue(metric.scaleUp.step);
        m_scaleUpDisabled->setChecked(metric.scaleUp.disabled);
        m_scaleUpWindow->setValue(metric.scaleUp.stabilizationWindowSeconds);
        m_scaleDownStep->setValue(metric.scaleDown.step);
        m_scaleDownDisabled->setChecked(metric.scaleDown.disabled);
        m_scaleDownWindow->setValue(metric.scaleDown.stabilizationWindowSeconds);
    }
    m_loading = false;
}

void ScalingRuleEditor::loadPeriod(const QString &period)
{
    const std::optional<ScalingPeriod> parsed = ScalingPeriod::parse(period);
    for (QToolButton *button : std::as_const(m_weekdayButtons))
        button->setChecked(false);
    m_monthDays->clear();
    if (!parsed) {
        // Not a form this editor offers: show its text, for the user to correct.
        m_daysOfMonth->setChecked(true);
        m_monthDays->setText(period);
    } else if (parsed->kind() == ScalingPeriod::Kind::DaysOfWeek) {
        m_daysOfWeek->setChecked(true);
        for (int day : parsed->days())
            m_weekdayButtons.at(day - 1)->setChecked(true);
    } else if (parsed->kind() == ScalingPeriod::Kind::DaysOfMonth) {
        m_daysOfMonth->setChecked(true);
        QStringList days;
        for (int day : parsed->days())
            days.append(QString::number(day));
        m_monthDays->setText(days.join(u','));
    } else {
        m_everyDay->setChecked(true);
    }
    updatePeriodControls();
}

void ScalingRuleEditor::updatePeriodControls()
{
    m_weekdays->setVisible(m_daysOfWeek->isChecked());
    m_monthDays->setVisible(m_daysOfMonth->isChecked());
    updateTabOrder();
}

void ScalingRuleEditor::updateDateControls()
{
    const bool longTerm = m_longTerm->isChecked();
    m_beginDate->setEnabled(!longTerm);
    m_endDate->setEnabled(!longTerm);
}

void ScalingRuleEditor::rebuildSchedules(const QList<ScalingTimer::Schedule> &schedules, int focusRow)
{
    unregisterFields(u"ScalingRuleTimer.schedules["_s);
    m_scheduleRows.clear();
    if (m_scheduleRowsWidget) {
        // A row's own Remove button may be the caller: delete later, but out of sight and out of
        // findChildren.
        m_scheduleRowsWidget->hide();
        m_scheduleRowsWidget->setParent(nullptr);
        m_scheduleRowsWidget->deleteLater();
    }
    m_scheduleRowsWidget = new QWidget(m_schedules);
    m_scheduleGrid->addWidget(m_scheduleRowsWidget, 0, 0);
    auto *grid = new QGridLayout(m_scheduleRowsWidget);
    grid->setContentsMargins(0, 0, 0, 0);
    const bool mix = m_original.type == ScalingRuleType::Mix;
    if (!schedules.isEmpty()) {
        grid->addWidget(new QLabel(tr("Time (HH:mm)"), m_scheduleRowsWidget), 0, 0);
        if (mix) {
            grid->addWidget(new QLabel(tr("Minimum instances"), m_scheduleRowsWidget), 0, 1);
            grid->addWidget(new QLabel(tr("Maximum instances"), m_scheduleRowsWidget), 0, 2);
        } else {
            grid->addWidget(new QLabel(tr("Instances"), m_scheduleRowsWidget), 0, 1);
        }
    }
    for (qsizetype i = 0; i < schedules.size(); ++i) {
        const ScalingTimer::Schedule &schedule = schedules.at(i);
        const int gridRow = 1 + 2 * int(i);
        const QString prefix = u"ScalingRuleTimer.schedules[%1]."_s.arg(i);
        ScheduleRow row;
        // The row's problems go below it across its width: a time column is too narrow for a sentence.
        auto *rowProblems = new QVBoxLayout;
        rowProblems->setSpacing(0);
        grid->addLayout(rowProblems, gridRow + 1, 0, 1, 4);
        row.time = new QLineEdit(schedule.atTime, m_scheduleRowsWidget);
        row.time->setObjectName(u"scheduleTime%1"_s.arg(i));
        //: the format of a time of day the user types; keep it as is
        row.time->setPlaceholderText(tr("HH:mm"));
        grid->addWidget(row.time, gridRow, 0);
        QLabel *timeProblem = newProblemLabel(m_scheduleRowsWidget);
        rowProblems->addWidget(timeProblem);
        registerField(prefix + u"atTime"_s, row.time, timeProblem);
        connect(row.time, &QLineEdit::textEdited, this, &ScalingRuleEditor::onEdited);
        const auto addCount = [&](QSpinBox **spin, int column, const QString &field,
                                  std::optional<int> value) {
            *spin = replicaSpin(m_scheduleRowsWidget);
            (*spin)->setObjectName(u"schedule_%1_%2"_s.arg(field).arg(i));
            (*spin)->setValue(value.value_or(0));
            grid->addWidget(*spin, gridRow, column);
            QLabel *problem = newProblemLabel(m_scheduleRowsWidget);
            rowProblems->addWidget(problem);
            registerField(prefix + field, *spin, problem);
            connect(*spin, &QSpinBox::valueChanged, this, &ScalingRuleEditor::onEdited);
        };
        if (mix) {
            addCount(&row.minimum, 1, u"minReplicas"_s, schedule.minReplicas);
            addCount(&row.maximum, 2, u"maxReplicas"_s, schedule.maxReplicas);
        } else {
            addCount(&row.target, 1, u"targetReplicas"_s, schedule.targetReplicas);
        }
        row.remove = formButton(tr("Remove"), m_scheduleRowsWidget);
        row.remove->setObjectName(u"removeSchedule%1"_s.arg(i));
        grid->addWidget(row.remove, gridRow, 3);
        connect(row.remove, &QPushButton::clicked, this, [this, i] { removeSchedule(int(i)); });
        m_scheduleRows.append(row);
    }
    grid->setColumnStretch(4, 1);
    m_addSchedule->setEnabled(schedules.size() < ScalingRuleValidator::maximumSchedules);
    m_sortSchedules->setEnabled(schedules.size() > 1);
    updateTabOrder();
    if (focusRow >= 0 && focusRow < m_scheduleRows.size())
        m_scheduleRows.at(focusRow).time->setFocus();
}

void ScalingRuleEditor::rebuildMetrics(const QList<ScalingMetricPolicy::Metric> &metrics, int focusRow)
{
    unregisterFields(u"ScalingRuleMetric.metrics["_s);
    m_metricRows.clear();
    if (m_metricRowsWidget) {
        m_metricRowsWidget->hide();
        m_metricRowsWidget->setParent(nullptr);
        m_metricRowsWidget->deleteLater();
    }
    m_metricRowsWidget = new QWidget(m_metrics);
    m_metricsLayout->addWidget(m_metricRowsWidget);
    auto *rows = new QVBoxLayout(m_metricRowsWidget);
    rows->setContentsMargins(0, 0, 0, 0);
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const ScalingMetricPolicy::Metric &metric = metrics.at(i);
        const QString prefix = u"ScalingRuleMetric.metrics[%1]."_s.arg(i);
        MetricRow row;
        auto *grid = new QGridLayout;
        rows->addLayout(grid);
        row.type = new QComboBox(m_metricRowsWidget);
        row.type->setObjectName(u"metricType%1"_s.arg(i));
        for (ScalingMetricType type : allScalingMetricTypes()) {
            QString name;
            switch (type) {
            case ScalingMetricType::Cpu:
                name = tr("CPU utilization");
                break;
            case ScalingMetricType::Memory:
                name = tr("Memory utilization");
                break;
            case ScalingMetricType::Qps:
                name = tr("QPS per instance (ARMS)");
                break;
            case ScalingMetricType::Rt:
                name = tr("Response time (ARMS)");
                break;
            case ScalingMetricType::TcpActiveConnections:
                name = tr("Active TCP connections per instance");
                break;
            case ScalingMetricType::SlbQps:
                name = tr("Internet SLB QPS per instance");
                break;
            case ScalingMetricType::SlbRt:
                name = tr("Internet SLB response time");
                break;
            case ScalingMetricType::IntranetSlbQps:
                name = tr("Intranet SLB QPS per instance");
                break;
            case ScalingMetricType::IntranetSlbRt:
                name = tr("Intranet SLB response time");
                break;
            }
            row.type->addItem(name, toWire(type));
        }
        const std::optional<ScalingMetricType> known = metric.type();
        if (known) {
            row.type->setCurrentIndex(row.type->findData(toWire(*known)));
        } else {
            // Kept as sent, so that the problem shows and the user picks a known one.
            //: a metric type the console does not know, as the platform sent it
            row.type->addItem(metric.metricType.isEmpty() ? tr("(none)")
                                                          : tr("%1 (unknown)").arg(metric.metricType),
                              metric.metricType);
            row.type->setCurrentIndex(row.type->count() - 1);
        }
        grid->addWidget(row.type, 0, 0);
        QLabel *typeProblem = newProblemLabel(m_metricRowsWidget);
        grid->addWidget(typeProblem, 1, 0);
        registerField(prefix + u"metricType"_s, row.type, typeProblem);

        row.target = new QSpinBox(m_metricRowsWidget);
        row.target->setObjectName(u"metricTarget%1"_s.arg(i));
        row.target->setRange(0, targetSpinMaximum);
        row.target->setValue(metric.targetAverageUtilization);
        auto *targetLabel = new QLabel(tr("Target:"), m_metricRowsWidget);
        targetLabel->setBuddy(row.target);
        auto *target = new QHBoxLayout;
        target->addWidget(targetLabel);
        target->addWidget(row.target, 1);
        grid->addLayout(target, 0, 1);
        QLabel *targetProblem = newProblemLabel(m_metricRowsWidget);
        grid->addWidget(targetProblem, 1, 1);
        registerField(prefix + u"metricTargetAverageUtilization"_s, row.target, targetProblem);

        row.remove = formButton(tr("Remove"), m_metricRowsWidget);
        row.remove->setObjectName(u"removeMetric%1"_s.arg(i));
        grid->addWidget(row.remove, 0, 2);
        grid->setColumnStretch(0, 2);
        grid->setColumnStretch(1, 1);

        row.slb = new QWidget(m_metricRowsWidget);
        row.slb->setObjectName(u"slbFields%1"_s.arg(i));
        auto *slbGrid = new QGridLayout(row.slb);
        slbGrid->setContentsMargins(0, 0, 0, 0);
        const auto addSlbField = [&](QLineEdit **edit, int column, const QString &label, const QString &field,
                                     const QString &value) {
            *edit = new QLineEdit(value, row.slb);
            (*edit)->setObjectName(field + QString::number(i));
            auto *caption = new QLabel(label, row.slb);
            caption->setBuddy(*edit);
            slbGrid->addWidget(caption, 0, column);
            slbGrid->addWidget(*edit, 1, column);
            QLabel *problem = newProblemLabel(row.slb);
            slbGrid->addWidget(problem, 2, column);
            registerField(prefix + field, *edit, problem);
            connect(*edit, &QLineEdit::textEdited, this, &ScalingRuleEditor::onEdited);
        };
        addSlbField(&row.slbId, 0, tr("SLB ID"), u"slbId"_s, metric.slbId);
        addSlbField(&row.slbProject, 1, tr("SLS project"), u"slbProject"_s, metric.slbProject);
        addSlbField(&row.slbLogstore, 2, tr("Logstore"), u"slbLogstore"_s, metric.slbLogstore);
        addSlbField(&row.vport, 3, tr("Listener port"), u"vport"_s, metric.vport);
        static const QRegularExpression portPattern(u"\\d{0,5}"_s);
        row.vport->setValidator(new QRegularExpressionValidator(portPattern, row.vport));
        grid->addWidget(row.slb, 2, 0, 1, 3);

        updateMetricRow(row);
        connect(row.type, &QComboBox::currentIndexChanged, this, [this, i] {
            if (i < m_metricRows.size())
                updateMetricRow(m_metricRows.at(i));
            onEdited();
        });
        connect(row.target, &QSpinBox::valueChanged, this, &ScalingRuleEditor::onEdited);
        connect(row.remove, &QPushButton::clicked, this, [this, i] { removeMetric(int(i)); });
        m_metricRows.append(row);
    }
    m_addMetric->setEnabled(metrics.size() < allScalingMetricTypes().size());
    updateTabOrder();
    if (focusRow >= 0 && focusRow < m_metricRows.size())
        m_metricRows.at(focusRow).type->setFocus();
}

void ScalingRuleEditor::updateMetricRow(const MetricRow &row)
{
    const std::optional<ScalingMetricType> type =
        scalingMetricTypeFromWire(row.type->currentData().toString());
    row.slb->setVisible(type && needsSlb(*type));
    QString suffix;
    if (type) {
        switch (*type) {
        case ScalingMetricType::Cpu:
        case ScalingMetricType::Memory:
            suffix = tr(" %");
            break;
        case ScalingMetricType::Qps:
        case ScalingMetricType::SlbQps:
        case ScalingMetricType::IntranetSlbQps:
            suffix = tr(" requests/s");
            break;
        case ScalingMetricType::Rt:
        case ScalingMetricType::SlbRt:
        case ScalingMetricType::IntranetSlbRt:
            suffix = tr(" ms");
            break;
        case ScalingMetricType::TcpActiveConnections:
            suffix = tr(" connections");
            break;
        }
    }
    row.target->setSuffix(suffix);
    updateTabOrder();
}

QList<ScalingTimer::Schedule> ScalingRuleEditor::schedulesInForm() const
{
    QList<ScalingTimer::Schedule> schedules;
    for (const ScheduleRow &row : m_scheduleRows) {
        ScalingTimer::Schedule schedule;
        schedule.atTime = row.time->text().trimmed();
        if (row.target)
            schedule.targetReplicas = row.target->value();
        if (row.minimum)
            schedule.minReplicas = row.minimum->value();
        if (row.maximum)
            schedule.maxReplicas = row.maximum->value();
        schedules.append(schedule);
    }
    return schedules;
}

QList<ScalingMetricPolicy::Metric> ScalingRuleEditor::metricsInForm() const
{
    QList<ScalingMetricPolicy::Metric> metrics;
    for (const MetricRow &row : m_metricRows) {
        ScalingMetricPolicy::Metric metric;
        metric.metricType = row.type->currentData().toString();
        metric.targetAverageUtilization = row.target->value();
        const std::optional<ScalingMetricType> type = metric.type();
        if (type && needsSlb(*type)) {
            metric.slbId = row.slbId->text().trimmed();
            metric.slbProject = row.slbProject->text().trimmed();
            metric.slbLogstore = row.slbLogstore->text().trimmed();
            metric.vport = row.vport->text().trimmed();
        }
        metrics.append(metric);
    }
    return metrics;
}

QString ScalingRuleEditor::periodInForm() const
{
    QString period;
    if (m_daysOfWeek->isChecked()) {
        QStringList days;
        for (qsizetype day = 0; day < m_weekdayButtons.size(); ++day) {
            if (m_weekdayButtons.at(day)->isChecked())
                days.append(s_weekdayWire.at(std::size_t(day)).toString());
        }
        period = u"* * "_s + days.join(u',');
    } else if (m_daysOfMonth->isChecked()) {
        period = m_monthDays->text().remove(u' ') + u" * *"_s;
    } else {
        period = u"* * *"_s;
    }
    // The same days as the edited rule's: keep its spelling, so that an update changes nothing there.
    if (m_original.timer) {
        const std::optional<ScalingPeriod> before = ScalingPeriod::parse(m_original.timer->period);
        const std::optional<ScalingPeriod> now = ScalingPeriod::parse(period);
        if (before && now && before->kind() == now->kind() && before->days() == now->days())
            return m_original.timer->period;
    }
    return period;
}

ScalingRule ScalingRuleEditor::rule() const
{
    ScalingRule rule = m_original;
    if (m_isNew) {
        rule.name = m_name->text().trimmed();
        rule.enabled = m_enableOnCreate->isChecked();
    }
    const bool hasTimer = m_timerGroup && (!m_varyBySchedule || m_varyBySchedule->isChecked());
    if (hasTimer) {
        ScalingTimer timer = m_original.timer.value_or(ScalingTimer());
        if (m_longTerm->isChecked()) {
            timer.beginDate.clear();
            timer.endDate.clear();
        } else {
            timer.beginDate = m_beginDate->text().trimmed();
            timer.endDate = m_endDate->text().trimmed();
        }
        timer.period = periodInForm();
        timer.schedules = schedulesInForm();
        rule.timer = timer;
    } else {
        rule.timer.reset();
    }
    if (m_metricGroup) {
        ScalingMetricPolicy metric = m_original.metric.value_or(ScalingMetricPolicy());
        metric.minReplicas = m_minReplicas->value();
        metric.maxReplicas = m_maxReplicas->value();
        metric.metrics = metricsInForm();
        metric.scaleUp = {m_scaleUpStep->value(), m_scaleUpDisabled->isChecked(), m_scaleUpWindow->value()};
        metric.scaleDown = {m_scaleDownStep->value(), m_scaleDownDisabled->isChecked(),
                            m_scaleDownWindow->value()};
        rule.metric = metric;
    } else {
        rule.metric.reset();
    }
    return rule;
}

bool ScalingRuleEditor::isNewRule() const
{
    return m_isNew;
}

QList<ScalingRuleError> ScalingRuleEditor::problems() const
{
    const ScalingRule current = rule();
    QList<ScalingRuleError> problems = ScalingRuleValidator::problemsOf(current, m_others);
    if (m_isNew) {
        const QList<ScalingRuleError> creation = ScalingRuleValidator::creationProblems(current, m_others);
        // After the name's own problems, as SAE checks them.
        const qsizetype at = !problems.isEmpty() && problems.first().field == u"ScalingRuleName" ? 1 : 0;
        for (qsizetype i = 0; i < creation.size(); ++i)
            problems.insert(at + i, creation.at(i));
    }
    return problems;
}

void ScalingRuleEditor::addSchedule()
{
    QList<ScalingTimer::Schedule> schedules = schedulesInForm();
    ScalingTimer::Schedule next;
    if (schedules.isEmpty()) {
        next.atTime = u"08:00"_s;
        if (m_original.type == ScalingRuleType::Mix) {
            next.minReplicas = m_minReplicas->value();
            next.maxReplicas = m_maxReplicas->value();
        } else {
            next.targetReplicas = ScalingRuleValidator::minimumReplicas;
        }
    } else {
        next = schedules.last();
        const QTime last = ScalingTimer::parseTime(next.atTime);
        // An hour later when that is still the same day; otherwise for the user to fill in.
        next.atTime =
            last.isValid() && last.hour() < 23 ? last.addSecs(3600).toString(u"HH:mm"_s) : QString();
    }
    schedules.append(next);
    rebuildSchedules(schedules, int(schedules.size()) - 1);
    onEdited();
}

void ScalingRuleEditor::removeSchedule(int row)
{
    QList<ScalingTimer::Schedule> schedules = schedulesInForm();
    if (row < 0 || row >= schedules.size())
        return;
    schedules.removeAt(row);
    rebuildSchedules(schedules, std::min(row, int(schedules.size()) - 1));
    if (schedules.isEmpty())
        m_addSchedule->setFocus();
    onEdited();
}

void ScalingRuleEditor::sortSchedules()
{
    QList<ScalingTimer::Schedule> schedules = schedulesInForm();
    std::stable_sort(schedules.begin(), schedules.end(),
                     [](const ScalingTimer::Schedule &a, const ScalingTimer::Schedule &b) {
                         const QTime timeA = a.time();
                         const QTime timeB = b.time();
                         if (timeA.isValid() != timeB.isValid())
                             return timeA.isValid(); // malformed times last
                         return timeA.isValid() && timeA < timeB;
                     });
    rebuildSchedules(schedules);
    m_sortSchedules->setFocus();
    onEdited();
}

void ScalingRuleEditor::addMetric()
{
    QList<ScalingMetricPolicy::Metric> metrics = metricsInForm();
    ScalingMetricPolicy::Metric next;
    for (ScalingMetricType type : allScalingMetricTypes()) {
        const bool used = std::any_of(metrics.cbegin(), metrics.cend(),
                                      [type](const auto &metric) { return metric.type() == type; });
        if (!used) {
            next.metricType = toWire(type);
            next.targetAverageUtilization = isPercentage(type) ? newPercentageTarget : newOtherTarget;
            break;
        }
    }
    metrics.append(next);
    rebuildMetrics(metrics, int(metrics.size()) - 1);
    onEdited();
}

void ScalingRuleEditor::removeMetric(int row)
{
    QList<ScalingMetricPolicy::Metric> metrics = metricsInForm();
    if (row < 0 || row >= metrics.size())
        return;
    metrics.removeAt(row);
    rebuildMetrics(metrics, std::min(row, int(metrics.size()) - 1));
    if (metrics.isEmpty())
        m_addMetric->setFocus();
    onEdited();
}

void ScalingRuleEditor::showPlatformError(const QString &code, const QString &message,
                                          const QString &requestId)
{
    m_platformError = PlatformError{ScalingRuleErrorField::ofPlatformError(code, message, m_original.type),
                                    ScalingRuleProblemText::ofPlatformError(code, message, requestId)};
    m_saving = false;
    refreshProblems();
    if (QWidget *field = fieldFor(m_platformError->field); field && field->isVisibleTo(this))
        field->setFocus();
}

void ScalingRuleEditor::setSaving(bool saving)
{
    m_saving = saving;
    updateSaveButton();
}

void ScalingRuleEditor::setPreviewWidget(QWidget *preview)
{
    if (m_preview == preview)
        return;
    delete m_preview;
    m_preview = preview;
    if (preview) {
        preview->setParent(m_previewArea);
        m_previewArea->layout()->addWidget(preview);
        preview->show();
        // The form and its preview side by side, as far as the screen allows.
        QSize wanted(fontMetrics().averageCharWidth() * 220, fontMetrics().height() * 50);
        if (const QScreen *shownOn = screen())
            wanted = wanted.boundedTo(shownOn->availableGeometry().size() * 0.95);
        resize(wanted.expandedTo(size()));
    }
    m_previewArea->setVisible(preview != nullptr);
}

QWidget *ScalingRuleEditor::fieldFor(const QString &fieldPath) const
{
    for (QString path = fieldPath; !path.isEmpty(); path = parentPath(path)) {
        if (QWidget *field = m_fields.value(path))
            return field;
    }
    return nullptr;
}

QString ScalingRuleEditor::problemTextFor(const QString &fieldPath) const
{
    QLabel *label = fieldPath.isEmpty() ? m_formProblem : m_problemLabels.value(fieldFor(fieldPath));
    return label && !label->isHidden() ? label->text() : QString();
}

void ScalingRuleEditor::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshProblems();
}

void ScalingRuleEditor::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // QDialogButtonBox makes its first accept button the default when shown: not while there are problems.
    updateSaveButton();
}

void ScalingRuleEditor::registerField(const QString &path, QWidget *field, QLabel *problemLabel)
{
    m_fields.insert(path, field);
    m_problemLabels.insert(field, problemLabel);
}

void ScalingRuleEditor::unregisterFields(const QString &prefix)
{
    for (auto it = m_fields.begin(); it != m_fields.end();) {
        if (it.key().startsWith(prefix)) {
            m_problemLabels.remove(it.value());
            it = m_fields.erase(it);
        } else {
            ++it;
        }
    }
}

QLabel *ScalingRuleEditor::newProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"problemLabel"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void ScalingRuleEditor::onEdited()
{
    if (m_loading)
        return;
    m_platformError.reset(); // the form changed: the refusal was about what it held before
    refreshProblems();
    m_ruleChangedTimer->start();
}

void ScalingRuleEditor::refreshProblems()
{
    if (m_loading || !m_save)
        return;
    m_problems = problems();
    QHash<QWidget *, QStringList> texts;
    QStringList top;
    const auto place = [&](const QString &field, const QString &text) {
        QWidget *widget = field.isEmpty() ? nullptr : fieldFor(field);
        if (widget && widget->isVisibleTo(this))
            texts[widget].append(text);
        else
            top.append(text);
    };
    for (const ScalingRuleError &problem : std::as_const(m_problems))
        place(problem.field, ScalingRuleProblemText::of(problem));
    if (m_platformError)
        place(m_platformError->field, m_platformError->text);

    FieldProblemMarks::apply(m_problemLabels, texts, palette());
    const QColor error = StatusDelegate::severityColor(int(Severity::Critical), palette());
    m_formProblem->setText(top.join(u'\n'));
    m_formProblem->setVisible(!top.isEmpty());
    QPalette topPalette = m_formProblem->palette();
    topPalette.setColor(QPalette::WindowText, error);
    m_formProblem->setPalette(topPalette);
    m_summary->setText(m_problems.isEmpty() ? QString()
                                            : ScalingRuleProblemText::count(int(m_problems.size())));
    updateSaveButton();
}

void ScalingRuleEditor::updateSaveButton()
{
    const bool canSave = m_problems.isEmpty() && !m_saving;
    m_save->setEnabled(canSave);
    m_save->setDefault(canSave);
    m_save->setAutoDefault(canSave);
}

void ScalingRuleEditor::updateTabOrder()
{
    if (!m_save)
        return;
    QList<QWidget *> chain{m_name};
    if (m_enableOnCreate)
        chain.append(m_enableOnCreate);
    if (m_varyBySchedule)
        chain.append(m_varyBySchedule);
    if (m_timerGroup) {
        chain << m_longTerm << m_beginDate << m_endDate << m_everyDay << m_daysOfWeek << m_daysOfMonth;
        for (QToolButton *button : std::as_const(m_weekdayButtons))
            chain.append(button);
        chain.append(m_monthDays);
        for (const ScheduleRow &row : std::as_const(m_scheduleRows)) {
            chain.append(row.time);
            for (QSpinBox *spin : {row.target, row.minimum, row.maximum}) {
                if (spin)
                    chain.append(spin);
            }
            chain.append(row.remove);
        }
        chain << m_addSchedule << m_sortSchedules;
    }
    if (m_metricGroup) {
        chain << m_minReplicas << m_maxReplicas;
        for (const MetricRow &row : std::as_const(m_metricRows))
            chain << row.type << row.target << row.slbId << row.slbProject << row.slbLogstore << row.vport
                  << row.remove;
        chain << m_addMetric << m_scaleUpStep << m_scaleUpDisabled << m_scaleUpWindow << m_scaleDownStep
              << m_scaleDownDisabled << m_scaleDownWindow;
    }
    chain << m_save << m_cancel;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void ScalingRuleEditor::onSaveClicked()
{
    if (m_saving)
        return;
    m_problems = problems();
    if (!m_problems.isEmpty()) {
        refreshProblems();
        return;
    }
    emit saveRequested(rule());
}
