#include "scalingpanel.h"

#include "core/durationformat.h"
#include "core/itemroles.h"
#include "core/manualchangelock.h"
#include "core/scalingrulesummary.h"
#include "core/scalingruletablemodel.h"
#include "core/scalingtimerpreview.h"
#include "core/zoneoffset.h"
#include "widgets/messagebanner.h"
#include "widgets/statusdelegate.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStringList>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int ageRefreshIntervalMs = 60 * 1000;

QString minuteText(const QDateTime &at)
{
    return at.toString(u"yyyy-MM-dd HH:mm"_s);
}

std::optional<ScalingMetricType> metricTypeOfStatusName(const QString &name)
{
    for (const ScalingMetricType type : allScalingMetricTypes()) {
        if (currentMetricName(type).compare(name, Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

bool isResponseTime(ScalingMetricType type)
{
    return type == ScalingMetricType::Rt || type == ScalingMetricType::SlbRt
           || type == ScalingMetricType::IntranetSlbRt;
}

QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ScalingPanel::ScalingPanel(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_model(new ScalingRuleTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(tr("Scaling rules"), this))
    , m_loadingNotice(new QLabel(tr("Loading…"), this))
    , m_staleNotice(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_errorBanner(new MessageBanner(this))
    , m_lockBanner(new MessageBanner(this))
    //: button that opens a menu of rule types
    , m_newRuleButton(new QPushButton(tr("New rule ▾"), this))
    , m_newRuleMenu(new QMenu(tr("New rule"), this))
    , m_editAction(new QAction(tr("Edit…"), this))
    , m_enableAction(new QAction(tr("Enable…"), this))
    , m_disableAction(new QAction(tr("Disable…"), this))
    , m_deleteAction(new QAction(tr("Delete…"), this))
    , m_rescaleAction(new QAction(tr("Rescale…"), this))
    , m_editButton(new QToolButton(this))
    , m_enableButton(new QToolButton(this))
    , m_disableButton(new QToolButton(this))
    , m_deleteButton(new QToolButton(this))
    , m_rescaleButton(new QToolButton(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyText(new QLabel)
    , m_view(new QTableView)
    , m_statusTitle(new QLabel(this))
    , m_statusReplicas(statusLabel(u"scalingStatusReplicas"_s, this))
    , m_statusBounds(statusLabel(u"scalingStatusBounds"_s, this))
    , m_statusMetrics(statusLabel(u"scalingStatusMetrics"_s, this))
    , m_statusLastScale(statusLabel(u"scalingStatusLastScale"_s, this))
    , m_statusSchedule(statusLabel(u"scalingStatusSchedule"_s, this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setObjectName(u"scalingTitle"_s);
    m_title->setFont(bold);
    m_loadingNotice->setObjectName(u"scalingLoadingNotice"_s);
    m_loadingNotice->hide();
    m_staleNotice->setObjectName(u"scalingStaleNotice"_s);
    m_staleNotice->hide();
    m_refreshButton->setObjectName(u"scalingRefreshButton"_s);
    connect(m_refreshButton, &QPushButton::clicked, this, &ScalingPanel::refreshRequested);
    m_errorBanner->setObjectName(u"scalingErrorBanner"_s);
    m_lockBanner->setObjectName(u"scalingLockBanner"_s);
    m_lockBanner->setDismissible(false);

    m_newRuleButton->setObjectName(u"newScalingRuleButton"_s);
    m_newRuleMenu->setObjectName(u"newScalingRuleMenu"_s);
    const auto addCreate = [this](const QString &text, const QString &objectName, ScalingRuleType type) {
        QAction *action = m_newRuleMenu->addAction(text, this, [this, type] { emit createRequested(type); });
        action->setObjectName(objectName);
    };
    //: menu item: a rule that sets the instance count on a schedule
    addCreate(tr("Timing rule…"), u"newTimingRuleAction"_s, ScalingRuleType::Timing);
    //: menu item: a rule that follows CPU, memory, QPS... between bounds
    addCreate(tr("Metric rule…"), u"newMetricRuleAction"_s, ScalingRuleType::Metric);
    //: menu item: a metric rule whose bounds follow a schedule
    addCreate(tr("Mixed rule…"), u"newMixRuleAction"_s, ScalingRuleType::Mix);
    connect(m_newRuleButton, &QPushButton::clicked, this, &ScalingPanel::showNewRuleMenu);

    addRuleAction(m_editAction, &ScalingPanel::editRequested);
    addRuleAction(m_enableAction, &ScalingPanel::enableRequested);
    addRuleAction(m_disableAction, &ScalingPanel::disableRequested);
    addRuleAction(m_deleteAction, &ScalingPanel::deleteRequested);
    connect(m_rescaleAction, &QAction::triggered, this, &ScalingPanel::rescaleRequested);
    const QList<std::pair<QToolButton *, QAction *>> buttons{{m_editButton, m_editAction},
                                                             {m_enableButton, m_enableAction},
                                                             {m_disableButton, m_disableAction},
                                                             {m_deleteButton, m_deleteAction},
                                                             {m_rescaleButton, m_rescaleAction}};
    const QStringList buttonNames{u"editScalingRuleButton"_s, u"enableScalingRuleButton"_s,
                                  u"disableScalingRuleButton"_s, u"deleteScalingRuleButton"_s,
                                  u"rescaleButton"_s};
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        buttons.at(i).first->setDefaultAction(buttons.at(i).second);
        buttons.at(i).first->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons.at(i).first->setObjectName(buttonNames.at(i));
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ItemRoles::SortRole);
    m_view->setObjectName(u"scalingRuleTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ScalingRuleTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setItemDelegateForColumn(ScalingRuleTableModel::StateColumn, new StatusDelegate(m_view));
    const int character = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(ScalingRuleTableModel::NameColumn, 26 * character);
    m_view->setColumnWidth(ScalingRuleTableModel::TypeColumn, 12 * character);
    m_view->setColumnWidth(ScalingRuleTableModel::StateColumn, 15 * character);
    m_view->setColumnWidth(ScalingRuleTableModel::SummaryColumn, 60 * character);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ScalingPanel::showContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_editAction->isEnabled())
            m_editAction->trigger();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateStatus();
    });

    m_emptyText->setObjectName(u"scalingEmptyText"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_emptyText);

    m_statusTitle->setObjectName(u"scalingStatusTitle"_s);
    m_statusTitle->setFont(bold);
    auto *status = new QFrame(this);
    status->setObjectName(u"scalingStatus"_s);
    status->setFrameShape(QFrame::StyledPanel);
    auto *statusLayout = new QVBoxLayout(status);
    for (QLabel *label : {m_statusTitle, m_statusReplicas, m_statusBounds, m_statusMetrics, m_statusLastScale,
                          m_statusSchedule})
        statusLayout->addWidget(label);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_loadingNotice);
    header->addWidget(m_staleNotice);
    header->addStretch(1);
    header->addWidget(m_refreshButton);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_newRuleButton);
    for (QToolButton *button : {m_editButton, m_enableButton, m_disableButton, m_deleteButton})
        toolbar->addWidget(button);
    toolbar->addStretch(1);
    toolbar->addWidget(m_rescaleButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_lockBanner);
    layout->addLayout(toolbar);
    layout->addWidget(m_pages, 1);
    layout->addWidget(status);

    // Ages ("12m ago") move on while the tab is open.
    auto *ageTimer = new QTimer(this);
    ageTimer->setInterval(ageRefreshIntervalMs);
    connect(ageTimer, &QTimer::timeout, this, [this] {
        m_model->setReferenceTime(now());
        updateStatus();
    });
    ageTimer->start();

    updateNotices();
    updatePage();
    updateLock();
    updateActions();
    updateStatus();
}

void ScalingPanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_model->setReferenceTime(now());
    updateStatus();
}

void ScalingPanel::setRules(const QList<ScalingRule> &rules, const QDateTime &readAt)
{
    m_rules = rules;
    m_readAt = readAt;
    m_loading = false;
    m_failed = false;
    m_errorBanner->hide();
    m_model->setReferenceTime(now());
    m_model->setRules(rules);
    updateNotices();
    updatePage();
    updateLock();
    updateActions();
    updateStatus();
}

void ScalingPanel::setLoading()
{
    m_loading = true;
    updateNotices();
    updatePage();
}

void ScalingPanel::setError(const QString &message)
{
    m_loading = false;
    m_failed = true;
    m_errorBanner->showMessage(MessageBanner::Level::Error, message);
    updateNotices();
    updatePage();
    updateStatus();
}

void ScalingPanel::clear()
{
    m_rules.clear();
    m_readAt = {};
    m_loading = false;
    m_failed = false;
    m_runningReplicas = -1;
    m_targetReplicas = -1;
    m_errorBanner->hide();
    m_model->clear();
    updateNotices();
    updatePage();
    updateLock();
    updateActions();
    updateStatus();
}

void ScalingPanel::setCurrentReplicas(int running, int target)
{
    m_runningReplicas = running;
    m_targetReplicas = target;
    updateActions();
    updateStatus();
}

void ScalingPanel::setActionsEnabled(bool enabled, const QString &reason)
{
    m_actionsEnabled = enabled;
    m_actionsDisabledReason = enabled ? QString() : reason;
    updateActions();
}

std::optional<ScalingRule> ScalingPanel::selectedRule() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.constFirst());
    if (!source.isValid())
        return std::nullopt;
    return m_model->rule(source.row());
}

bool ScalingPanel::selectRule(const QString &name)
{
    const int row = m_model->findRow(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    return true;
}

bool ScalingPanel::isLocked() const
{
    return std::any_of(m_rules.cbegin(), m_rules.cend(),
                       [](const ScalingRule &rule) { return rule.enabled; });
}

QString ScalingPanel::lockReason() const
{
    QStringList names;
    for (const ScalingRule &rule : m_rules) {
        if (rule.enabled)
            names.append(rule.name);
    }
    return ManualChangeLock::reasonForRules(names);
}

bool ScalingPanel::isStale() const
{
    return m_failed && m_readAt.isValid();
}

QDateTime ScalingPanel::now() const
{
    return m_clock();
}

std::optional<ScalingRule> ScalingPanel::statusRule() const
{
    if (std::optional<ScalingRule> selected = selectedRule())
        return selected;
    for (const ScalingRule &rule : m_rules) {
        if (rule.enabled)
            return rule;
    }
    return std::nullopt;
}

void ScalingPanel::addRuleAction(QAction *action, void (ScalingPanel::*signal)(const ScalingRule &))
{
    connect(action, &QAction::triggered, this, [this, signal] {
        if (const std::optional<ScalingRule> rule = selectedRule())
            emit(this->*signal)(*rule);
    });
}

void ScalingPanel::updateActions()
{
    const std::optional<ScalingRule> selected = selectedRule();
    const auto apply = [this](QAction *action, bool possible, const QString &toolTip) {
        action->setEnabled(m_actionsEnabled && possible);
        action->setToolTip(m_actionsEnabled ? toolTip : m_actionsDisabledReason);
    };
    apply(m_editAction, selected.has_value(), tr("Change the selected rule"));
    apply(m_enableAction, selected && !selected->enabled,
          tr("Turn the selected rule on: it then scales the application, and manual changes are blocked"));
    apply(m_disableAction, selected && selected->enabled,
          tr("Turn the selected rule off: the instance count stays as it is"));
    apply(m_deleteAction, selected.has_value(), tr("Delete the selected rule"));

    QString rescaleTip = tr("Change the number of instances by hand");
    bool canRescale = true;
    if (isLocked()) {
        canRescale = false;
        rescaleTip = lockReason();
    } else if (m_targetReplicas < 0) {
        canRescale = false;
        rescaleTip = tr("The application's instance count is not known yet");
    }
    apply(m_rescaleAction, canRescale, rescaleTip);

    const bool roomForMore = m_rules.size() < maximumRuleCount;
    m_newRuleButton->setEnabled(m_actionsEnabled && roomForMore);
    m_newRuleMenu->menuAction()->setEnabled(m_newRuleButton->isEnabled());
    if (!m_actionsEnabled)
        m_newRuleButton->setToolTip(m_actionsDisabledReason);
    else if (!roomForMore)
        m_newRuleButton->setToolTip(
            //: %1 is the limit (5)
            tr("An application can have at most %1 scaling rules; delete one to add another")
                .arg(maximumRuleCount));
    else
        m_newRuleButton->setToolTip(tr("Create a scaling rule"));
}

void ScalingPanel::updateLock()
{
    if (isLocked())
        m_lockBanner->showMessage(MessageBanner::Level::Warning, lockReason());
    else
        m_lockBanner->hide();
}

void ScalingPanel::updateNotices()
{
    m_loadingNotice->setVisible(m_loading);
    m_staleNotice->setVisible(isStale());
    if (isStale()) {
        //: shown next to scaling rules whose refresh failed; %1 is the time of the last good data
        m_staleNotice->setText(
            tr("⚠ Stale: data from %1")
                .arg(QLocale().toString(m_readAt.toLocalTime().time(), QLocale::ShortFormat)));
    }
}

void ScalingPanel::updatePage()
{
    if (!m_rules.isEmpty()) {
        m_pages->setCurrentWidget(m_view);
        return;
    }
    if (m_failed && !m_readAt.isValid())
        m_emptyText->setText(tr("The scaling rules could not be read."));
    else if (!m_readAt.isValid())
        m_emptyText->setText(m_loading ? tr("Loading scaling rules…") : QString());
    else
        m_emptyText->setText(tr("No scaling rules. Rules scale the application by schedule or by load."));
    m_pages->setCurrentWidget(m_emptyText);
}

void ScalingPanel::updateStatus()
{
    const std::optional<ScalingRule> rule = statusRule();
    QString replicas;
    if (m_targetReplicas >= 0 && m_runningReplicas >= 0)
        //: the application's instances: %1 running, %2 wanted
        replicas = tr("Instances: %1 running of %2").arg(m_runningReplicas).arg(m_targetReplicas);
    QString bounds;
    QStringList metrics;
    QString lastScale;
    QString schedule;

    if (!rule) {
        m_statusTitle->setText(m_rules.isEmpty() ? tr("Live status") : tr("Live status: select a rule"));
    } else {
        QString title = rule->enabled ? tr("Live status of %1").arg(rule->name)
                                      : tr("Live status of %1 (disabled)").arg(rule->name);
        if (isStale())
            //: after the live status title when the rules could not be refreshed
            title += u' ' + tr("(stale)");
        m_statusTitle->setText(title);

        if (rule->type != ScalingRuleType::Timing) {
            const ScalingMetricPolicy policy = rule->metric.value_or(ScalingMetricPolicy{});
            if (const std::optional<ScalingMetricsStatus> &status = rule->metricsStatus) {
                //: a metric rule's live state: %1 instances now, %2 instances it wants
                replicas = tr("Instances: %1 now, %2 desired")
                               .arg(status->currentReplicas)
                               .arg(status->desiredReplicas);
                //: the instance bounds the rule applies now (a mixed rule's schedule may change them)
                bounds =
                    tr("Bounds in force: %1–%2 instances").arg(status->minReplicas).arg(status->maxReplicas);

                const auto valueText = [](std::optional<ScalingMetricType> type, qint64 value) {
                    if (type && isPercentage(*type))
                        return tr("%1%", "metric value in percent").arg(value);
                    if (type && isResponseTime(*type))
                        return tr("%1 ms", "metric value in milliseconds").arg(value);
                    return QString::number(value);
                };
                QStringList shown;
                const auto nextScale =
                    [&status](const QString &name) -> const ScalingMetricsStatus::NextScaleMetric * {
                    for (const ScalingMetricsStatus::NextScaleMetric &next : status->nextScaleMetrics) {
                        if (next.name.compare(name, Qt::CaseInsensitive) == 0)
                            return &next;
                    }
                    return nullptr;
                };
                for (const ScalingMetricPolicy::Metric &metric : policy.metrics) {
                    const std::optional<ScalingMetricType> type = metric.type();
                    const QString name = type ? ScalingRuleSummary::metricName(*type) : metric.metricType;
                    const QString statusName = type ? currentMetricName(*type) : metric.metricType;
                    shown.append(statusName.toLower());
                    QString current = tr("no data", "metric value");
                    for (const ScalingMetricsStatus::CurrentMetric &value : status->currentMetrics) {
                        if (value.name.compare(statusName, Qt::CaseInsensitive) == 0)
                            current = valueText(type, value.currentValue);
                    }
                    //: a metric against its target, e.g. "CPU 72% / target 60%"
                    QString line = tr("%1 %2 / target %3")
                                       .arg(name, current, valueText(type, metric.targetAverageUtilization));
                    if (const ScalingMetricsStatus::NextScaleMetric *next = nextScale(statusName))
                        //: after a metric line: the values at which the rule adds or removes instances
                        line += tr("; scales out above %1, in below %2")
                                    .arg(valueText(type, next->nextScaleOutAverageUtilization),
                                         valueText(type, next->nextScaleInAverageUtilization));
                    metrics.append(line);
                }
                // What the platform reports beyond the rule's metrics, as it names it.
                for (const ScalingMetricsStatus::CurrentMetric &value : status->currentMetrics) {
                    if (shown.contains(value.name.toLower()))
                        continue;
                    const std::optional<ScalingMetricType> type = metricTypeOfStatusName(value.name);
                    metrics.append(tr("%1 %2", "metric and value")
                                       .arg(type ? ScalingRuleSummary::metricName(*type) : value.name,
                                            valueText(type, value.currentValue)));
                }

                if (status->lastScaleTime.isValid()) {
                    //: %1 a date and time, %2 how long ago ("12m")
                    lastScale = tr("Last scaled: %1 (%2 ago)")
                                    .arg(minuteText(status->lastScaleTime.toLocalTime()),
                                         DurationFormat::compact(status->lastScaleTime.secsTo(now())));
                } else {
                    lastScale = tr("Last scaled: never");
                }
            } else {
                metrics.append(tr("The platform reports no live metrics for this rule."));
            }
        }

        const ScalingTimerPreview preview(*rule);
        if (preview.isApplicable() && rule->timer) {
            const QDateTime from = now();
            const QList<ScalingTimerPreview::Step> steps =
                preview.steps(from, ScalingTimerPreview::defaultDays);
            const auto next =
                std::find_if(steps.cbegin(), steps.cend(),
                             [&from](const ScalingTimerPreview::Step &step) { return step.at > from; });
            if (next == steps.cend()) {
                schedule =
                    tr("No scheduled change in the next %1 days").arg(ScalingTimerPreview::defaultDays);
            } else {
                const QDateTime scheduleTime = next->at.toTimeZone(preview.timeZone());
                QString value;
                if (next->targetReplicas)
                    value = tr("%n instance(s)", nullptr, *next->targetReplicas);
                else if (next->minReplicas && next->maxReplicas)
                    //: a mixed rule's bounds from a schedule point, e.g. "5–20 instances"
                    value = tr("%1–%2 instances").arg(*next->minReplicas).arg(*next->maxReplicas);
                //: %1 time in the schedule's zone, %2 the zone ("GMT+8"), %3 the same in local time, %4 the
                //: value
                schedule = tr("Next scheduled change: %1 %2 (%3 local time) → %4")
                               .arg(minuteText(scheduleTime), ZoneOffset::text(scheduleTime.offsetFromUtc()),
                                    minuteText(next->at.toLocalTime()), value);
            }
        }
    }

    const auto show = [](QLabel *label, const QString &text) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    };
    show(m_statusReplicas, replicas);
    show(m_statusBounds, bounds);
    show(m_statusMetrics, metrics.join(u'\n'));
    show(m_statusLastScale, lastScale);
    show(m_statusSchedule, schedule);
}

void ScalingPanel::showNewRuleMenu()
{
    m_newRuleMenu->popup(m_newRuleButton->mapToGlobal(QPoint(0, m_newRuleButton->height())));
}

void ScalingPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex clicked = m_view->indexAt(position);
    if (clicked.isValid() && !m_view->selectionModel()->isRowSelected(clicked.row(), clicked.parent()))
        m_view->selectionModel()->select(clicked,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    auto *menu = new QMenu(this);
    menu->setObjectName(u"scalingContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addMenu(m_newRuleMenu);
    menu->addSeparator();
    menu->addAction(m_editAction);
    menu->addAction(m_enableAction);
    menu->addAction(m_disableAction);
    menu->addAction(m_deleteAction);
    menu->addSeparator();
    menu->addAction(m_rescaleAction);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}
