#pragma once

#include "core/metricseries.h"
#include "core/scalingreplay.h"
#include "core/scalingrule.h"
#include "core/scalingtimerpreview.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <optional>

class MetricChartView;
class QLabel;
class QListWidget;
class QToolButton;
class QVBoxLayout;

/**
 * What a scaling rule would do, shown in the rule editor before the rule is saved.
 *
 * The schedule (timing rules, mix rules with a timer): the replicas, or the minimum and maximum,
 * the schedule sets over the next seven days, as a step chart in the schedule's zone (GMT+8) and
 * as a list of the changes in that zone and in local time.
 *
 * The replay (metric and mix rules): the application's recorded load over the last day or week,
 * one chart per watched metric with the rule's target, and the replica curve ScalingReplay says
 * the rule would have produced, against the instances that actually ran. The replay of a week of
 * ten instances takes 40 to 140 ms (bench_scalingreplay), so it runs on a worker thread; a newer
 * rule or load drops the result of an older one. It fetches nothing: it asks for the load with
 * recordedLoadWanted().
 */
class ScalingPreviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScalingPreviewView)

public:
    enum class ReplayRange
    {
        LastDay,
        LastWeek,
    };

    explicit ScalingPreviewView(QWidget *parent = nullptr);
    ~ScalingPreviewView() override;

    /// "Now" for the schedule and the replay ranges; tests give a fixed clock. Default: current time.
    void setClock(std::function<QDateTime()> clock);
    /// Recomputes the schedule now and replays the held load (on a worker thread).
    void setRule(const ScalingRule &rule);
    ReplayRange replayRange() const { return m_replayRange; }

    /// The recorded per-instance series keyed cpu / memoryPercent / qps / rt, the replicas at
    /// `from`, and the span they cover.
    void setRecordedLoad(const QHash<QString, QList<MetricSeries>> &seriesByMetric, int startReplicas,
                         const QDateTime &from, const QDateTime &to);
    void setRecordedLoadLoading();
    /// Shown in the replay charts.
    void setRecordedLoadError(const QString &message);

    // For tests: the computed results.
    QList<ScalingTimerPreview::Step> scheduleSteps() const { return m_scheduleSteps; }
    std::optional<ScalingReplay::Result> replayResult() const { return m_replayResult; }
    QString replaySummaryText() const;
    MetricChartView *scheduleChart() const { return m_scheduleChart; }
    MetricChartView *replicaChart() const { return m_replicaChart; }
    /// The recorded load chart of a metric (cpu, memoryPercent, qps, rt); nullptr when not watched.
    MetricChartView *recordedLoadChart(const QString &metricName) const;

signals:
    /// The user chose another range (and once when a metric or mix rule is first set): the owner
    /// fetches cpu / memoryPercent / qps / rt for it and calls setRecordedLoad().
    void recordedLoadWanted(const QDateTime &from, const QDateTime &to);
    /// A replay result is on screen (tests, screenshots).
    void replayFinished();

private:
    struct LoadChart
    {
        QString metricName;
        ScalingMetricType type = ScalingMetricType::Cpu;
        int target = 0;
        MetricChartView *chart = nullptr;
    };
    /// What the worker thread hands back.
    struct ReplayOutcome
    {
        ScalingReplay::Result replay;
        QList<QPointF> recordedInstances; ///< step curve
        double recordedInstanceHours = 0;
    };

    void updateSchedule();
    void updateReplayPart();
    void rebuildLoadCharts(const ScalingMetricPolicy &policy);
    void showLoad();
    void startReplay();
    void showReplay(const ReplayOutcome &outcome);
    void chooseRange(ReplayRange range);
    void requestLoad();
    void syncZoom(MetricChartView *source, const QDateTime &from, const QDateTime &to);
    void resetZooms();
    QList<MetricChartView *> replayCharts() const;
    QString scheduleChangeText(const ScalingTimerPreview::Step &step, bool first) const;

    std::function<QDateTime()> m_clock;
    std::optional<ScalingRule> m_rule;
    QList<ScalingTimerPreview::Step> m_scheduleSteps;
    QTimeZone m_scheduleZone;

    QWidget *m_schedulePart;
    QLabel *m_scheduleNote;
    MetricChartView *m_scheduleChart;
    QListWidget *m_scheduleChanges;

    QWidget *m_replayPart;
    QToolButton *m_lastDayButton;
    QToolButton *m_lastWeekButton;
    QLabel *m_replayNotes;
    QVBoxLayout *m_loadChartLayout;
    QList<LoadChart> m_loadCharts;
    MetricChartView *m_replicaChart;
    QLabel *m_replaySummary;

    ReplayRange m_replayRange = ReplayRange::LastDay;
    bool m_loadRequested = false;
    bool m_hasLoad = false;
    bool m_syncingZoom = false;
    QHash<QString, QList<MetricSeries>> m_load;
    int m_startReplicas = 0;
    QDateTime m_loadFrom;
    QDateTime m_loadTo;
    quint64 m_replayGeneration = 0;
    std::optional<ScalingReplay::Result> m_replayResult;
};
