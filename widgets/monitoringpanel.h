#pragma once

#include "core/chartmarker.h"
#include "core/metricaggregationmode.h"
#include "core/metricseries.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QWidget>

#include <functional>

class MetricChartView;
class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QToolButton;

/**
 * The Monitoring tab of an application: a time range (1 h / 6 h / 24 h / 7 d or a custom span of
 * the last seven days), how instances are combined (each, average, maximum), and five charts (CPU,
 * memory, QPS, response time, restarts) that zoom together and hide the same instances together,
 * so that a spike can be followed across metrics. It fetches nothing: it asks for a range with
 * rangeRequested() and shows what it is given, per metric.
 */
class MonitoringPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringPanel)

public:
    explicit MonitoringPanel(QWidget *parent = nullptr);

    /// Ranges are relative to "now"; tests give a fixed clock.
    void setClock(std::function<QDateTime()> clock);
    /// The selected range: the last hour (the default), 6 h, 24 h, 7 d up to now, or the custom one.
    QPair<QDateTime, QDateTime> currentRange() const;
    MetricAggregationMode aggregationMode() const { return m_mode; }

    /// The raw per-instance series of one metric (cpu, memoryPercent, qps, rt, restartCount).
    void setMetricSeries(const QString &metricName, const QList<MetricSeries> &series);
    void setMetricLoading(const QString &metricName);
    void setMetricError(const QString &metricName, const QString &message);
    void setMarkers(const QList<ChartMarker> &markers);
    /// Forgets all data, zoom and hidden instances (another application was chosen).
    void clear();

    /// The chart of a metric name; nullptr for names the panel does not show. For tests.
    MetricChartView *chart(const QString &metricName) const;

signals:
    void rangeRequested(const QDateTime &from, const QDateTime &to);

public slots:
    /// Emits rangeRequested() for the current selection (when the tab opens or for a refresh).
    void requestCurrentRange();

private:
    struct Metric
    {
        QString name;
        MetricChartView *chart = nullptr;
        QList<MetricSeries> series;
    };

    void addChart(const QString &metricName, const QString &title, const QString &unit);
    void choosePreset(qint64 spanMs);
    void toggleCustomEditor(bool shown);
    void applyCustomRange();
    void setAggregation(MetricAggregationMode mode);
    void showSeries(const Metric &metric);
    void applyTimeRange();
    void syncZoom(MetricChartView *source, const QDateTime &from, const QDateTime &to);
    void resetAllZooms();
    void syncSeriesVisibility(MetricChartView *source, const QString &name, bool visible);
    void updateResetZoomButton();
    Metric *metric(const QString &metricName);

    QButtonGroup *m_presets;
    QToolButton *m_customButton;
    QWidget *m_customEditor;
    QDateTimeEdit *m_customFrom;
    QDateTimeEdit *m_customTo;
    QPushButton *m_customApply;
    QLabel *m_customMessage;
    QComboBox *m_aggregation;
    QToolButton *m_resetZoom;
    QList<Metric> m_metrics;

    std::function<QDateTime()> m_clock;
    qint64 m_presetSpanMs;
    bool m_custom = false;
    QDateTime m_customRangeFrom;
    QDateTime m_customRangeTo;
    MetricAggregationMode m_mode = MetricAggregationMode::PerInstance;
    QList<ChartMarker> m_markers;
    QSet<QString> m_hiddenSeries;
    bool m_syncing = false;
};
