#include "scalingcontroller.h"

#include "appcontroller.h"
#include "core/applicationtablemodel.h"
#include "core/journalentry.h"
#include "core/releaseoptions.h"
#include "core/scalingreplay.h"
#include "core/scalingrulediff.h"
#include "core/scalingrulesummary.h"
#include "detailcontroller.h"
#include "metricpageloader.h"
#include "operationcontroller.h"
#include "platform/deploymentapi.h"
#include "platform/requestscheduler.h"
#include "platform/scalingruleapi.h"
#include "widgets/applicationdetailview.h"
#include "widgets/mainwindow.h"
#include "widgets/rescaledialog.h"
#include "widgets/scalingpanel.h"
#include "widgets/scalingpreviewview.h"
#include "widgets/scalingruleeditor.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// Recorded load read less than this long ago is used again (the editor is reopened, or its
/// range toggled back and forth).
constexpr qint64 recordedLoadReuseMs = 5 * 60 * 1000;

} // namespace

ScalingController::ScalingController(RequestScheduler *metrics, AppController *navigation,
                                     DetailController *detail, OperationController *operations,
                                     MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_metrics(metrics)
    , m_navigation(navigation)
    , m_detail(detail)
    , m_operations(operations)
    , m_window(window)
{
    ScalingPanel *scaling = panel();
    connect(scaling, &ScalingPanel::createRequested, this, &ScalingController::createRule);
    connect(scaling, &ScalingPanel::editRequested, this, [this](const ScalingRule &rule) {
        openEditor(new ScalingRuleEditor(rule, panel()->rules(), m_window), rule);
    });
    connect(scaling, &ScalingPanel::enableRequested, this,
            [this](const ScalingRule &rule) { proposeEnable(rule, true); });
    connect(scaling, &ScalingPanel::disableRequested, this,
            [this](const ScalingRule &rule) { proposeEnable(rule, false); });
    connect(scaling, &ScalingPanel::deleteRequested, this, &ScalingController::proposeDelete);
    connect(scaling, &ScalingPanel::rescaleRequested, this, &ScalingController::openRescale);
    connect(scaling, &ScalingPanel::refreshRequested, this,
            [this] { m_detail->reloadPage(DetailPage::Scaling); });
    connect(m_navigation, &AppController::currentApplicationChanged, this, [this] {
        // An editor belongs to the application it was opened for.
        if (m_editor)
            m_editor->reject();
    });
}

void ScalingController::createRule(ScalingRuleType type)
{
    const QString appId = m_navigation->currentApplicationId();
    if (appId.isEmpty())
        return;
    openEditor(new ScalingRuleEditor(appId, type, panel()->rules(), m_window), std::nullopt);
}

bool ScalingController::editRule(const QString &name)
{
    const QList<ScalingRule> rules = panel()->rules();
    for (const ScalingRule &rule : rules) {
        if (rule.name == name) {
            openEditor(new ScalingRuleEditor(rule, rules, m_window), rule);
            return true;
        }
    }
    return false;
}

ScalingRuleEditor *ScalingController::editor() const
{
    return m_editor;
}

QStringList ScalingController::recordedMetricNames()
{
    QStringList names;
    for (ScalingMetricType type : allScalingMetricTypes()) {
        if (const std::optional<QString> name = ScalingReplay::recordedMetricName(type))
            names.append(*name);
    }
    return names;
}

ScalingPanel *ScalingController::panel() const
{
    return m_window->detail()->scalingPanel();
}

void ScalingController::openEditor(ScalingRuleEditor *editor, const std::optional<ScalingRule> &original)
{
    if (m_editor) { // one rule at a time: the open editor keeps what was typed
        delete editor;
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    auto *preview = new ScalingPreviewView(editor);
    editor->setPreviewWidget(preview);
    connect(editor, &ScalingRuleEditor::ruleChanged, preview, &ScalingPreviewView::setRule);
    connect(
        preview, &ScalingPreviewView::recordedLoadWanted, this,
        [this, preview](const QDateTime &from, const QDateTime &to) { loadRecordedLoad(preview, from, to); });
    connect(editor, &ScalingRuleEditor::saveRequested, this,
            [this, editor, original](const ScalingRule &rule) { proposeSave(editor, original, rule); });
    connect(editor, &QDialog::finished, this, &ScalingController::cancelRecordedLoad);
    preview->setRule(editor->rule());
    editor->open();
    emit editorOpened(editor);
}

void ScalingController::loadRecordedLoad(ScalingPreviewView *preview, const QDateTime &from,
                                         const QDateTime &to)
{
    const Application app = m_navigation->currentApplication();
    if (app.appId.isEmpty())
        return;
    const QPointer<ScalingPreviewView> target(preview);
    const auto deliver = [this, target, app](const LoadedRange &range) {
        if (!target)
            return;
        const int fallback = app.targetInstances > 0 ? app.targetInstances : app.runningInstances;
        // The replay starts from the instances recorded at the start, as far as the load tells.
        const qint64 fromMs = range.from.toMSecsSinceEpoch();
        const int recorded =
            int(ScalingReplay::recordedInstances(range.series, fromMs, range.to.toMSecsSinceEpoch())
                    .first.first()
                    .y());
        target->setRecordedLoad(range.series, recorded > 0 ? recorded : std::max(fallback, 1), range.from,
                                range.to);
    };
    // Whatever range was being read is not wanted any more, whether or not this one is at hand.
    cancelRecordedLoad();
    const int generation = m_loadGeneration;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_loaded && m_loadedAppId == app.appId && m_loaded->readAt.msecsTo(now) < recordedLoadReuseMs
        && m_loaded->from.msecsTo(m_loaded->to) == from.msecsTo(to)) {
        deliver(*m_loaded);
        return;
    }
    preview->setRecordedLoadLoading();

    const QStringList names = recordedMetricNames();
    auto collected = std::make_shared<LoadedRange>();
    collected->from = from;
    collected->to = to;
    auto remaining = std::make_shared<int>(int(names.size()));
    auto failed = std::make_shared<bool>(false);
    for (const QString &metricName : names) {
        MetricQuery query;
        query.metricName = metricName;
        query.appId = app.appId;
        query.start = from;
        query.end = to;
        query.periodSeconds = DetailController::periodForRange(from, to);
        MetricPageLoader::loadAll(
            m_metrics, query, RequestScheduler::Priority::Visible, this,
            [this](quint64 ticket) {
                m_loadCalls.append({m_metrics, ticket});
            },
            [=, this](const ApiResult<MetricPage> &result) {
                if (generation != m_loadGeneration || *failed)
                    return;
                if (!result.isOk()) {
                    *failed = true;
                    if (target) {
                        target->setRecordedLoadError(tr("Could not read the recorded load from CloudMonitor.")
                                                     + u' ' + result.error().detailedText());
                    }
                    return;
                }
                collected->series.insert(metricName, result.value().series);
                if (--*remaining > 0)
                    return;
                m_loadCalls.clear();
                collected->readAt = QDateTime::currentDateTimeUtc();
                m_loaded = *collected;
                m_loadedAppId = app.appId;
                deliver(*collected);
            });
    }
}

void ScalingController::cancelRecordedLoad()
{
    ++m_loadGeneration; // answers still on their way are dropped
    for (const auto &[scheduler, ticket] : std::as_const(m_loadCalls))
        scheduler->cancel(ticket);
    m_loadCalls.clear();
}

void ScalingController::proposeSave(ScalingRuleEditor *editor, const std::optional<ScalingRule> &original,
                                    const ScalingRule &rule)
{
    const QPointer<ScalingRuleEditor> form(editor);
    PlannedOperation planned;
    planned.appId = rule.appId;
    planned.subject = rule.name;
    planned.target = rule.name + u" · "_s + ScalingRuleSummary::of(rule);
    if (original) {
        planned.changes = ScalingRuleDiff::between(*original, rule);
        if (planned.changes.isEmpty()) {
            m_window->showNotice(tr("Scaling rule %1: nothing changed.").arg(rule.name));
            editor->reject();
            return;
        }
        planned.what = JournalAction::scalingRuleUpdate;
        planned.title = tr("Update scaling rule %1").arg(rule.name);
        planned.impact = rule.enabled
                             ? tr("The rule is replaced by the settings below and acts on them from its "
                                  "next evaluation; the instance count may change at once.")
                             : tr("The rule is replaced by the settings below. It stays disabled and changes "
                                  "nothing until it is enabled.");
        planned.call = PlannedOperation::withoutChangeOrder(ScalingRuleApi::updateScalingRule(rule));
    } else {
        planned.changes = ScalingRuleDiff::ofNewRule(rule);
        planned.what = JournalAction::scalingRuleCreate;
        planned.title = tr("Create scaling rule %1").arg(rule.name);
        planned.impact = rule.enabled
                             ? tr("The rule is enabled at once and from then on sets the instance count. "
                                  "While it is enabled, manual scale, deploy, restart and stop are blocked.")
                             : tr("The rule is created disabled: it changes nothing until it is enabled.");
        planned.call = PlannedOperation::withoutChangeOrder(ScalingRuleApi::createScalingRule(rule));
    }
    editor->setSaving(true);
    planned.cancelled = [form] {
        if (form)
            form->setSaving(false);
    };
    planned.refused = [form](const ApiError &error) {
        if (!form)
            return;
        form->setSaving(false);
        if (!error.code.isEmpty() || !error.message.isEmpty())
            form->showPlatformError(
                error.code, error.message.isEmpty() ? error.detailedText() : error.message, error.requestId);
    };
    planned.unknown = [form] {
        if (form) {
            form->showPlatformError(
                QString(),
                tr("No answer from the platform: the rule may or may not have been saved. "
                   "The Scaling tab is read again; check it before saving again."),
                QString());
        }
    };
    planned.succeeded = [form] {
        if (form)
            form->accept();
    };
    planned.ended = [this] { onOperationEnded(); };
    m_operations->propose(std::move(planned));
}

void ScalingController::proposeEnable(const ScalingRule &rule, bool enable)
{
    PlannedOperation planned;
    planned.appId = rule.appId;
    planned.subject = rule.name;
    planned.target = rule.name + u" · "_s + ScalingRuleSummary::of(rule);
    ScalingRule switched = rule;
    switched.enabled = enable;
    planned.changes = ScalingRuleDiff::between(rule, switched); // the State line, as updates say it
    if (enable) {
        planned.what = JournalAction::scalingRuleEnable;
        planned.title = tr("Enable scaling rule %1").arg(rule.name);
        planned.impact =
            tr("From now on the rule sets the instance count. While it is enabled, manual scale, "
               "deploy, restart and stop are blocked.");
        planned.call =
            PlannedOperation::withoutChangeOrder(ScalingRuleApi::enableScalingRule(rule.appId, rule.name));
    } else {
        planned.what = JournalAction::scalingRuleDisable;
        planned.title = tr("Disable scaling rule %1").arg(rule.name);
        planned.impact = tr("The instance count stays where it is now and no longer follows the rule; manual "
                            "changes are possible again once no rule is enabled.");
        planned.call =
            PlannedOperation::withoutChangeOrder(ScalingRuleApi::disableScalingRule(rule.appId, rule.name));
    }
    planned.ended = [this] { onOperationEnded(); };
    m_operations->propose(std::move(planned));
}

void ScalingController::proposeDelete(const ScalingRule &rule)
{
    PlannedOperation planned;
    planned.what = JournalAction::scalingRuleDelete;
    planned.appId = rule.appId;
    planned.subject = rule.name;
    planned.title = tr("Delete scaling rule %1").arg(rule.name);
    planned.target = rule.name + u" · "_s + ScalingRuleSummary::of(rule);
    planned.destructive = true; // its settings cannot be brought back by retrying
    planned.impact = rule.enabled
                         ? tr("The rule stops acting and is removed; the instance count stays where it "
                              "is now. Its settings are lost.")
                         : tr("The rule is removed and its settings are lost.");
    planned.call =
        PlannedOperation::withoutChangeOrder(ScalingRuleApi::deleteScalingRule(rule.appId, rule.name));
    planned.ended = [this] { onOperationEnded(); };
    m_operations->propose(std::move(planned));
}

void ScalingController::openRescale()
{
    const Application app = m_navigation->currentApplication();
    if (app.appId.isEmpty())
        return;
    auto *dialog = new RescaleDialog(app.appName, app.targetInstances, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLockReason(panel()->lockReason());
    connect(dialog, &RescaleDialog::rescaleRequested, this, &ScalingController::proposeRescale);
    dialog->open();
}

void ScalingController::proposeRescale(int replicas, int minReadyInstances)
{
    const Application app = m_navigation->currentApplication();
    if (app.appId.isEmpty())
        return;
    if (const QString lock = panel()->lockReason(); !lock.isEmpty()) {
        m_window->showErrorMessage(lock); // a rule was enabled meanwhile
        return;
    }
    ReleaseOptions release;
    release.minReadyInstances = minReadyInstances;
    PlannedOperation planned;
    planned.what = JournalAction::rescale;
    planned.appId = app.appId;
    planned.title = tr("Rescale to %n instance(s)", nullptr, replicas);
    planned.target = tr("%1 → %2 instances").arg(app.targetInstances).arg(replicas);
    planned.changes = {{tr("Instances"), QString::number(app.targetInstances), QString::number(replicas)},
                       {tr("Minimum ready instances"), QString(), QString::number(minReadyInstances)}};
    planned.impact =
        replicas > app.targetInstances
            ? tr("%n new instance(s) start; they take traffic once their readiness check passes.", nullptr,
                 replicas - app.targetInstances)
            : tr("%n instance(s) stop after their traffic is drained; at least %1 stay ready "
                 "throughout.",
                 nullptr, app.targetInstances - replicas)
                  .arg(minReadyInstances);
    planned.destructive = replicas < app.targetInstances;
    planned.blockedByEnabledScalingRule = true;
    planned.call = DeploymentApi::rescaleApplication(app.appId, replicas, release);
    planned.ended = [this] {
        m_navigation->refresh(); // the list holds the target count the tab and the next rescale start from
        m_detail->reloadPage(DetailPage::Scaling);
    };
    m_operations->propose(std::move(planned));
}

void ScalingController::onOperationEnded()
{
    m_detail->reloadPage(DetailPage::Scaling);
}
