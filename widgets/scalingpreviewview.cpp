#include "scalingpreviewview.h"

#include "core/chartmarker.h"
#include "core/chartseries.h"
#include "core/metricaggregation.h"
#include "core/zoneoffset.h"
#include "widgets/metricchartview.h"

#include <QButtonGroup>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 60 * 60 * 1000;
constexpr qint64 dayMs = 24 * hourMs;
/// The order the load charts stack in, whatever order the rule lists its metrics.
const QStringList s_recordedMetricOrder{u"cpu"_s, u"memoryPercent"_s, u"qps"_s, u"rt"_s};

} // namespace

ScalingPreviewView::ScalingPreviewView(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_schedulePart(new QWidget(this))
    , m_scheduleNote(new QLabel(m_schedulePart))
    , m_scheduleChart(new MetricChartView(m_schedulePart))
    , m_scheduleChanges(new QListWidget(m_schedulePart))
    , m_replayPart(new QWidget(this))
    , m_lastDayButton(new QToolButton(m_replayPart))
    , m_lastWeekButton(new QToolButton(m_replayPart))
    , m_replayNotes(new QLabel(m_replayPart))
    , m_loadChartLayout(new QVBoxLayout)
    , m_replicaChart(new MetricChartView(m_replayPart))
    , m_replaySummary(new QLabel(m_replayPart))
{
    m_schedulePart->setObjectName(u"schedulePreview"_s);
    auto *scheduleTitle = new QLabel(tr("Schedule over the next 7 days"), m_schedulePart);
    QFont titleFont = scheduleTitle->font();
    titleFont.setBold(true);
    scheduleTitle->setFont(titleFont);
    m_scheduleNote->setObjectName(u"scheduleNote"_s);
    m_scheduleNote->setWordWrap(true);
    m_scheduleChart->setObjectName(u"scheduleChart"_s);
    m_scheduleChart->setStepLines(true);
    m_scheduleChart->setMinimumHeight(200);
    m_scheduleChart->setEmptyText(tr("No scheduled change in the next 7 days"));
    m_scheduleChanges->setObjectName(u"scheduleChanges"_s);
    m_scheduleChanges->setSelectionMode(QAbstractItemView::NoSelection);
    m_scheduleChanges->setFocusPolicy(Qt::NoFocus);
    m_scheduleChanges->setMaximumHeight(m_scheduleChanges->fontMetrics().height() * 7);
    auto *scheduleLayout = new QVBoxLayout(m_schedulePart);
    scheduleLayout->setContentsMargins(0, 0, 0, 0);
    scheduleLayout->addWidget(scheduleTitle);
    scheduleLayout->addWidget(m_scheduleNote);
    scheduleLayout->addWidget(m_scheduleChart, 1);
    scheduleLayout->addWidget(m_scheduleChanges);

    m_replayPart->setObjectName(u"replayPreview"_s);
    auto *replayTitle = new QLabel(tr("Replay over the recorded load"), m_replayPart);
    replayTitle->setFont(titleFont);
    auto *ranges = new QButtonGroup(this);
    ranges->setExclusive(true);
    m_lastDayButton->setObjectName(u"replayLastDay"_s);
    m_lastDayButton->setText(tr("Last 24 hours"));
    m_lastWeekButton->setObjectName(u"replayLastWeek"_s);
    m_lastWeekButton->setText(tr("Last 7 days"));
    for (QToolButton *button : {m_lastDayButton, m_lastWeekButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        ranges->addButton(button);
    }
    m_lastDayButton->setChecked(true);
    connect(m_lastDayButton, &QToolButton::clicked, this, [this] { chooseRange(ReplayRange::LastDay); });
    connect(m_lastWeekButton, &QToolButton::clicked, this, [this] { chooseRange(ReplayRange::LastWeek); });
    auto *replayTools = new QHBoxLayout;
    replayTools->addWidget(replayTitle);
    replayTools->addStretch(1);
    replayTools->addWidget(m_lastDayButton);
    replayTools->addWidget(m_lastWeekButton);

    m_replayNotes->setObjectName(u"replayNotes"_s);
    m_replayNotes->setWordWrap(true);
    m_replicaChart->setObjectName(u"replicaChart"_s);
    m_replicaChart->setTitle(tr("Replicas"));
    m_replicaChart->setStepLines(true);
    m_replicaChart->setMinimumHeight(200);
    connect(m_replicaChart, &MetricChartView::zoomChanged, this,
            [this](const QDateTime &from, const QDateTime &to) { syncZoom(m_replicaChart, from, to); });
    connect(m_replicaChart, &MetricChartView::zoomReset, this, &ScalingPreviewView::resetZooms);
    m_replaySummary->setObjectName(u"replaySummary"_s);
    m_replaySummary->setWordWrap(true);
    m_replaySummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadChartLayout->setContentsMargins(0, 0, 0, 0);
    auto *replayLayout = new QVBoxLayout(m_replayPart);
    replayLayout->setContentsMargins(0, 0, 0, 0);
    replayLayout->addLayout(replayTools);
    replayLayout->addWidget(m_replayNotes);
    replayLayout->addLayout(m_loadChartLayout, 1);
    replayLayout->addWidget(m_replicaChart, 1);
    replayLayout->addWidget(m_replaySummary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The charts take the height there is.
    layout->addWidget(m_schedulePart, 1);
    layout->addWidget(m_replayPart, 2);
    m_schedulePart->hide();
    m_replayPart->hide();
}

ScalingPreviewView::~ScalingPreviewView() = default;

void ScalingPreviewView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (m_rule)
        updateSchedule();
}

void ScalingPreviewView::setRule(const ScalingRule &rule)
{
    m_rule = rule;
    updateSchedule();
    updateReplayPart();
}

void ScalingPreviewView::setRecordedLoad(const QHash<QString, QList<MetricSeries>> &seriesByMetric,
                                         int startReplicas, const QDateTime &from, const QDateTime &to)
{
    m_load = seriesByMetric;
    m_startReplicas = startReplicas;
    m_loadFrom = from;
    m_loadTo = to;
    m_hasLoad = from.isValid() && to.isValid() && from < to;
    for (MetricChartView *chart : replayCharts()) {
        chart->setLoading(false);
        chart->setError(QString());
    }
    showLoad();
    startReplay();
}

void ScalingPreviewView::setRecordedLoadLoading()
{
    ++m_replayGeneration; // whatever is running replays the load being replaced
    for (MetricChartView *chart : replayCharts())
        chart->setLoading(true);
    m_replaySummary->setText(tr("Loading the recorded load…"));
}

void ScalingPreviewView::setRecordedLoadError(const QString &message)
{
    ++m_replayGeneration;
    m_hasLoad = false;
    m_replayResult.reset();
    for (MetricChartView *chart : replayCharts()) {
        chart->setLoading(false);
        chart->setError(message);
    }
    m_replaySummary->setText(tr("No replay: the recorded load could not be loaded."));
}

QString ScalingPreviewView::replaySummaryText() const
{
    return m_replaySummary->text();
}

MetricChartView *ScalingPreviewView::recordedLoadChart(const QString &metricName) const
{
    for (const LoadChart &load : m_loadCharts) {
        if (load.metricName == metricName)
            return load.chart;
    }
    return nullptr;
}

void ScalingPreviewView::updateSchedule()
{
    const ScalingTimerPreview preview(*m_rule);
    m_schedulePart->setVisible(preview.isApplicable());
    m_scheduleChanges->clear();
    if (!preview.isApplicable()) {
        m_scheduleSteps.clear();
        m_scheduleChart->setSeries({});
        return;
    }

    const QDateTime now = m_clock().toUTC();
    const QDateTime end = now.addDays(ScalingTimerPreview::defaultDays);
    m_scheduleZone = preview.timeZone();
    m_scheduleSteps = preview.steps(now, ScalingTimerPreview::defaultDays);

    const bool timing = m_rule->type == ScalingRuleType::Timing;
    ChartSeries target{tr("Target replicas"), {}};
    ChartSeries minimum{tr("Minimum replicas"), {}};
    ChartSeries maximum{tr("Maximum replicas"), {}};
    for (const ScalingTimerPreview::Step &step : std::as_const(m_scheduleSteps)) {
        const double x = double(step.at.toMSecsSinceEpoch());
        if (step.targetReplicas)
            target.points.append(QPointF(x, *step.targetReplicas));
        if (step.minReplicas)
            minimum.points.append(QPointF(x, *step.minReplicas));
        if (step.maxReplicas)
            maximum.points.append(QPointF(x, *step.maxReplicas));
    }
    for (ChartSeries *series : {&target, &minimum, &maximum}) {
        if (!series->points.isEmpty()) // the last value holds to the end of the window
            series->points.append(QPointF(double(end.toMSecsSinceEpoch()), series->points.constLast().y()));
    }
    m_scheduleChart->setTitle(tr("Replicas (%1)").arg(ZoneOffset::text(m_scheduleZone.offsetFromUtc(now))));
    m_scheduleChart->setDisplayTimeZone(m_scheduleZone);
    m_scheduleChart->setTimeRange(now, end);
    m_scheduleChart->setSeries(timing ? QList<ChartSeries>{target} : QList<ChartSeries>{minimum, maximum});

    for (qsizetype i = 0; i < m_scheduleSteps.size(); ++i)
        m_scheduleChanges->addItem(
            scheduleChangeText(m_scheduleSteps.at(i), i == 0 && m_scheduleSteps.at(i).at == now));
    m_scheduleChanges->setVisible(!m_scheduleSteps.isEmpty());

    QStringList notes;
    if (m_scheduleSteps.isEmpty()) {
        notes.append(
            tr("This rule has no effect in the next 7 days: none of its points falls in this window."));
    } else if (m_scheduleSteps.size() == 1) {
        notes.append(tr("No change in the next 7 days."));
    }
    if (timing) {
        notes.append(tr("A new timing rule takes effect from its next point: until then the application "
                        "keeps its current replicas."));
    } else {
        notes.append(tr("Before a day's first point, and on days the schedule does not run, the metric "
                        "part's minimum and maximum apply."));
    }
    //: %1 is the schedule's zone, e.g. GMT+8
    notes.append(tr("Times are in %1, the schedule's zone; local time in brackets.")
                     .arg(ZoneOffset::text(m_scheduleZone.offsetFromUtc(now))));
    m_scheduleNote->setText(notes.join(u' '));
}

QString ScalingPreviewView::scheduleChangeText(const ScalingTimerPreview::Step &step, bool first) const
{
    const QLocale locale;
    const QDateTime zoned = step.at.toTimeZone(m_scheduleZone);
    const QDateTime local = step.at.toLocalTime();
    QString when =
        locale.toString(zoned, u"ddd HH:mm"_s) + u' ' + ZoneOffset::text(m_scheduleZone.offsetFromUtc(zoned));
    if (local.offsetFromUtc() != zoned.offsetFromUtc())
        //: a schedule time in the schedule's zone, then in local time: "Mon 08:00 GMT+8 (Mon 01:00 local)"
        when = tr("%1 (%2 local)").arg(when, locale.toString(local, u"ddd HH:mm"_s));
    QString value;
    if (step.targetReplicas) {
        value = QString::number(*step.targetReplicas);
    } else {
        //: minimum–maximum replicas of a mix rule
        value = tr("%1–%2").arg(step.minReplicas.value_or(0)).arg(step.maxReplicas.value_or(0));
    }
    if (first)
        //: the value in force when the preview starts: "Now → 10"
        return tr("Now → %1").arg(value);
    //: a change of the schedule: "Mon 08:00 GMT+8 (Mon 01:00 local) → 10"
    return tr("%1 → %2").arg(when, value);
}

void ScalingPreviewView::updateReplayPart()
{
    const bool replayable = m_rule->hasMetricPart();
    m_replayPart->setVisible(replayable);
    ++m_replayGeneration;
    if (!replayable) {
        m_replayResult.reset();
        return;
    }
    const ScalingMetricPolicy &policy = *m_rule->metric;
    rebuildLoadCharts(policy);

    QStringList notes;
    QList<ScalingMetricType> named;
    for (const ScalingMetricPolicy::Metric &metric : policy.metrics) {
        const std::optional<ScalingMetricType> type = metric.type();
        if (!type || ScalingReplay::recordedMetricName(*type) || named.contains(*type))
            continue;
        named.append(*type);
        switch (*type) {
        case ScalingMetricType::TcpActiveConnections:
            notes.append(
                tr("TCP connections are not recorded by CloudMonitor here; the replay ignores them."));
            break;
        case ScalingMetricType::SlbQps:
            notes.append(tr("SLB QPS is not recorded by CloudMonitor here; the replay ignores it."));
            break;
        case ScalingMetricType::SlbRt:
            notes.append(tr("SLB RT is not recorded by CloudMonitor here; the replay ignores it."));
            break;
        case ScalingMetricType::IntranetSlbQps:
            notes.append(tr("Intranet SLB QPS is not recorded by CloudMonitor here; the replay ignores it."));
            break;
        case ScalingMetricType::IntranetSlbRt:
            notes.append(tr("Intranet SLB RT is not recorded by CloudMonitor here; the replay ignores it."));
            break;
        default:
            break;
        }
    }
    if (m_loadCharts.isEmpty()) {
        notes.append(tr("None of the rule's metrics is recorded here: the replay never scales."));
    } else if (!named.isEmpty()) {
        notes.append(tr("A metric without a value blocks scale-ins, as in SAE: the replay never scales in."));
    }
    if (m_rule->type == ScalingRuleType::Mix && m_rule->timer) {
        notes.append(tr("The minimum and maximum follow the schedule in the replay too, in GMT+8."));
    }
    m_replayNotes->setText(notes.join(u'\n'));
    m_replayNotes->setVisible(!notes.isEmpty());

    if (!m_loadRequested) {
        m_loadRequested = true;
        requestLoad();
        return;
    }
    showLoad();
    startReplay();
}

void ScalingPreviewView::rebuildLoadCharts(const ScalingMetricPolicy &policy)
{
    QList<LoadChart> wanted;
    for (const QString &name : s_recordedMetricOrder) {
        for (const ScalingMetricPolicy::Metric &metric : policy.metrics) {
            const std::optional<ScalingMetricType> type = metric.type();
            if (type && ScalingReplay::recordedMetricName(*type) == name) {
                wanted.append({name, *type, metric.targetAverageUtilization, nullptr});
                break;
            }
        }
    }

    QList<LoadChart> kept;
    for (LoadChart &load : wanted) {
        for (const LoadChart &old : std::as_const(m_loadCharts)) {
            if (old.metricName == load.metricName)
                load.chart = old.chart;
        }
    }
    for (const LoadChart &old : std::as_const(m_loadCharts)) {
        const bool stays = std::any_of(wanted.cbegin(), wanted.cend(),
                                       [&](const LoadChart &load) { return load.chart == old.chart; });
        if (!stays)
            delete old.chart;
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        LoadChart &load = wanted[i];
        if (!load.chart) {
            auto *chart = new MetricChartView(m_replayPart);
            chart->setObjectName(load.metricName + u"LoadChart"_s);
            chart->setMinimumHeight(180);
            connect(chart, &MetricChartView::zoomChanged, this,
                    [this, chart](const QDateTime &from, const QDateTime &to) { syncZoom(chart, from, to); });
            connect(chart, &MetricChartView::zoomReset, this, &ScalingPreviewView::resetZooms);
            load.chart = chart;
        }
        switch (load.type) {
        case ScalingMetricType::Cpu:
            load.chart->setTitle(tr("CPU (%)"));
            load.chart->setUnit(u"%"_s);
            break;
        case ScalingMetricType::Memory:
            load.chart->setTitle(tr("Memory (%)"));
            load.chart->setUnit(u"%"_s);
            break;
        case ScalingMetricType::Qps:
            //: chart title; req/s = requests per second
            load.chart->setTitle(tr("QPS per instance (req/s)"));
            load.chart->setUnit(tr("req/s"));
            break;
        default:
            //: chart title; ms = milliseconds
            load.chart->setTitle(tr("Response time (ms)"));
            load.chart->setUnit(tr("ms"));
            break;
        }
        m_loadChartLayout->insertWidget(int(i), load.chart);
    }
    m_loadCharts = wanted;
}

void ScalingPreviewView::showLoad()
{
    if (!m_rule || !m_rule->hasMetricPart() || !m_hasLoad)
        return;
    const double from = double(m_loadFrom.toMSecsSinceEpoch());
    const double to = double(m_loadTo.toMSecsSinceEpoch());
    for (const LoadChart &load : std::as_const(m_loadCharts)) {
        QList<ChartSeries> lines = MetricAggregation::toChartSeries(
            m_load.value(load.metricName), MetricAggregationMode::Average, tr("Average"), tr("Maximum"));
        lines.append({tr("Target"), {QPointF(from, load.target), QPointF(to, load.target)}});
        load.chart->setTimeRange(m_loadFrom, m_loadTo);
        load.chart->setSeries(lines);
    }
    m_replicaChart->setTimeRange(m_loadFrom, m_loadTo);
}

void ScalingPreviewView::startReplay()
{
    if (!m_rule || !m_rule->hasMetricPart() || !m_hasLoad)
        return;
    const quint64 generation = ++m_replayGeneration;
    m_replaySummary->setText(tr("Replaying…"));
    // A week of 15-second evaluations over ten instances takes 40 to 140 ms: off the GUI thread. A
    // watcher (not QFuture::then, which Qt 6.4 runs at once when the work is already done, and on a
    // dead context when the view is gone) brings the result back through the event loop, so that a
    // rule set right after this call still drops it, and a closed view never sees it.
    auto *watcher = new QFutureWatcher<ReplayOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_replayGeneration) // else a newer rule or load is on its way
            showReplay(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([rule = *m_rule, load = m_load, start = m_startReplicas,
                           from = m_loadFrom.toMSecsSinceEpoch(), to = m_loadTo.toMSecsSinceEpoch()] {
            ReplayOutcome outcome;
            // A mix rule's bounds follow its schedule, as at SAE and in the emulator.
            outcome.replay = ScalingReplay::replay(rule, load, start, from, to);
            std::tie(outcome.recordedInstances, outcome.recordedInstanceHours) =
                ScalingReplay::recordedInstances(load, from, to);
            return outcome;
        }));
}

void ScalingPreviewView::showReplay(const ReplayOutcome &outcome)
{
    m_replayResult = outcome.replay;
    const QList<QPointF> &replicas = outcome.replay.replicas;
    QList<ChartSeries> lines{{tr("Replayed replicas"), replicas}};
    if (outcome.recordedInstanceHours > 0)
        lines.append({tr("Recorded instances"), outcome.recordedInstances});
    m_replicaChart->setSeries(lines);

    QList<ChartMarker> markers;
    for (qsizetype i = 1; i < replicas.size(); ++i) {
        const QPointF &before = replicas.at(i - 1);
        const QPointF &after = replicas.at(i);
        if (after.y() == before.y())
            continue;
        //: a marker on the replica chart: scaled from %1 to %2 replicas
        markers.append({qint64(after.x()), ChartMarker::Kind::Scaling,
                        tr("Scaled %1 → %2").arg(int(before.y())).arg(int(after.y()))});
    }
    m_replicaChart->setMarkers(markers);

    const QLocale locale;
    const QString scaleOuts = tr("%n scale-out(s)", nullptr, outcome.replay.scaleOutEvents);
    const QString scaleIns = tr("%n scale-in(s)", nullptr, outcome.replay.scaleInEvents);
    const QString instanceHours = locale.toString(outcome.replay.instanceHours, 'f', 1);
    if (outcome.recordedInstanceHours > 0) {
        //: the replay summary: "2 scale-outs, 1 scale-in, 12.5 instance-hours (recorded: 20.0
        //: instance-hours)"
        m_replaySummary->setText(tr("%1, %2, %3 instance-hours (recorded: %4 instance-hours)")
                                     .arg(scaleOuts, scaleIns, instanceHours,
                                          locale.toString(outcome.recordedInstanceHours, 'f', 1)));
    } else {
        //: the replay summary without recorded instances: "2 scale-outs, 1 scale-in, 12.5 instance-hours"
        m_replaySummary->setText(tr("%1, %2, %3 instance-hours").arg(scaleOuts, scaleIns, instanceHours));
    }
    emit replayFinished();
}

void ScalingPreviewView::chooseRange(ReplayRange range)
{
    const bool changed = range != m_replayRange;
    m_replayRange = range;
    if (changed)
        requestLoad();
}

void ScalingPreviewView::requestLoad()
{
    const QDateTime now = m_clock();
    const qint64 span = m_replayRange == ReplayRange::LastDay ? dayMs : 7 * dayMs;
    resetZooms(); // a zoom into the old range means nothing in the new one
    emit recordedLoadWanted(now.addMSecs(-span), now);
}

void ScalingPreviewView::syncZoom(MetricChartView *source, const QDateTime &from, const QDateTime &to)
{
    for (MetricChartView *chart : replayCharts()) {
        if (chart != source)
            chart->setZoom(from, to);
    }
}

void ScalingPreviewView::resetZooms()
{
    if (m_syncingZoom)
        return;
    m_syncingZoom = true;
    for (MetricChartView *chart : replayCharts())
        chart->resetZoom(); // emits zoomReset(), which comes back here and is ignored
    m_syncingZoom = false;
}

QList<MetricChartView *> ScalingPreviewView::replayCharts() const
{
    QList<MetricChartView *> charts;
    for (const LoadChart &load : m_loadCharts)
        charts.append(load.chart);
    charts.append(m_replicaChart);
    return charts;
}
