#pragma once

#include "core/chartmarker.h"
#include "core/chartseries.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSet>
#include <QTimeZone>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QDateTimeAxis)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QValueAxis)
class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

/**
 * One metric over time: a line per series, change markers on the time axis, drag-to-zoom, a hover
 * crosshair, a legend that hides and shows lines, and loading / error / empty states drawn over
 * the plot. It is the only place in the console that knows Qt Charts: everything else hands it
 * ChartSeries at full resolution, and it thins each line (LTTB) to the plot's pixel width, from
 * the points inside the visible time range only, so that a week of data draws fast and a zoom
 * shows detail.
 *
 * Times read in the local zone unless a display zone is set (a schedule in GMT+8 reads in GMT+8,
 * with the local time beside it in the crosshair). Step lines (replica counts, schedules) hold each
 * value until the next point and are drawn as steps, unthinned: they are lists of changes, short,
 * and thinning would turn their edges into slopes.
 */
class MetricChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricChartView)

public:
    explicit MetricChartView(QWidget *parent = nullptr);
    ~MetricChartView() override;

    void setTitle(const QString &title);
    /// "%", "ms", "req/s" or empty; shown after values in the crosshair.
    void setUnit(const QString &unit);
    /// The x axis when not zoomed. A zoom survives (a sliding "last hour" moves on every refresh).
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    /// The zone the axis labels, crosshair and marker tips read in; an invalid zone (the
    /// default) is the local time. The crosshair then also gives the local time.
    void setDisplayTimeZone(const QTimeZone &zone);
    /// Lines hold each point's value until the next point (drawn with a vertical edge there), and
    /// the crosshair reads the value in force at the hovered time; off by default.
    void setStepLines(bool stepLines);
    bool hasStepLines() const { return m_stepLines; }

    /// Full-resolution lines; names stay hidden across calls if the user hid them.
    void setSeries(const QList<ChartSeries> &series);
    void setMarkers(const QList<ChartMarker> &markers);
    const QList<ChartMarker> &markers() const { return m_markers; }
    /// Draws the marker at `index` of markers() bold, its flag on top (a timeline's selected
    /// entry); -1 for none. setMarkers() clears it.
    void setHighlightedMarker(qsizetype index);
    qsizetype highlightedMarker() const { return m_highlightedMarker; }

    void setLoading(bool loading);
    /// Keeps the last data, dimmed, under the message; an empty message clears the error.
    void setError(const QString &message);
    /// Shown when there is nothing to draw in the visible range.
    void setEmptyText(const QString &text);

    /// Zooms the x axis without emitting zoomChanged(), so that a panel can sync its charts.
    void setZoom(const QDateTime &from, const QDateTime &to);
    bool isZoomed() const { return m_zoomed; }

    /// Without emitting seriesVisibilityChanged(), so that a panel can sync its charts.
    void setSeriesVisible(const QString &name, bool visible);
    bool isSeriesVisible(const QString &name) const;

    // For tests and benchmarks.
    /// The points handed to Qt Charts after thinning; 0 while the series is hidden.
    qsizetype drawnPointCount(const QString &name) const;
    QStringList seriesNames() const;
    /// The lines as handed to setSeries(), at full resolution.
    QList<ChartSeries> series() const;
    /// The labels Qt Charts drew under the time axis, left to right.
    QStringList timeAxisLabels() const;
    QString stateText() const;
    QString crosshairText() const;
    QPair<QDateTime, QDateTime> xRange() const;
    /// The plot area in the coordinates of the chart's viewport (the widget that takes the mouse).
    QRect plotAreaRect() const;
    /// The centre of a series' legend entry in viewport coordinates; null if there is none.
    QPoint legendEntryPosition(const QString &name) const;
    QWidget *chartViewport() const;

signals:
    void zoomChanged(const QDateTime &from, const QDateTime &to);
    void zoomReset();
    void seriesVisibilityChanged(const QString &name, bool visible);

public slots:
    /// Back to the time range; emits zoomReset() if it was zoomed.
    void resetZoom();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        ChartSeries data;
        QLineSeries *series = nullptr;
    };

    void rebuildSeries(const QList<ChartSeries> &series);
    void applyXRange();
    void redraw();
    void downsampleAll();
    void updateYAxis();
    void updateLegendMarkers();
    void updateMarkers();
    void updateStateText();
    void updateCrosshair(const QPointF &chartPos);
    void hideCrosshair();
    void applyPalette();
    void toggleFromLegend(const QString &name);

    qint64 visibleFromMs() const;
    qint64 visibleToMs() const;
    qint64 timeAt(qreal chartX) const;
    qreal xAt(qint64 timeMs) const;
    QPointF toChart(const QPoint &viewportPos) const;
    int plotWidthPixels() const;
    QString timeText(qint64 timeMs) const;
    /// What the axis adds to epoch ms so that Qt Charts, which labels in local time, labels in the
    /// display zone (the offset at the start of the visible range).
    qint64 displayShiftMs(qint64 atMs) const;
    QList<QPointF> pointsToDraw(const QList<QPointF> &points, qint64 fromMs, qint64 toMs, int width) const;

    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QList<Line> m_lines;
    QSet<QString> m_hidden;
    QList<ChartMarker> m_markers;
    QList<QGraphicsItem *> m_markerItems;
    qsizetype m_highlightedMarker = -1;

    QGraphicsRectItem *m_zoomBand;
    QGraphicsLineItem *m_crosshairLine;
    QGraphicsRectItem *m_crosshairBox;
    QGraphicsSimpleTextItem *m_crosshairLabel;
    QGraphicsSimpleTextItem *m_stateLabel;

    QString m_unit;
    QString m_error;
    QString m_emptyText;
    QString m_stateText;
    bool m_loading = false;
    QTimeZone m_displayZone;
    qint64 m_axisShiftMs = 0;
    bool m_stepLines = false;

    qint64 m_rangeFromMs = 0;
    qint64 m_rangeToMs = 0;
    qint64 m_zoomFromMs = 0;
    qint64 m_zoomToMs = 0;
    bool m_zoomed = false;

    bool m_dragging = false;
    qreal m_dragStartX = 0;
    int m_downsampledWidth = -1;
    bool m_redrawing = false;
};
