#include "metricchartview.h"

#include "core/lttb.h"
#include "core/zoneoffset.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal overlayZ = 1000;
constexpr qreal minimumDragPixels = 4;
constexpr int maximumCrosshairRows = 8;
constexpr qint64 defaultSpanMs = 60 * 60 * 1000;
constexpr qreal hiddenAlpha = 0.3;
constexpr qreal errorOpacity = 0.3;
// Wider pens go through the slow path of the raster engine: only a few lines get them.
constexpr qreal boldLineWidth = 1.5;
constexpr qsizetype maximumBoldLines = 4;
constexpr int markerHitWidth = 7;
constexpr int markerFlagMaximumWidth = 140;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor blend(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

/// Ten hues that stay apart from one another and read on white and on near-black alike; the dark
/// variants are lighter (as in statusdelegate.cpp).
QColor lineColor(qsizetype index, const QPalette &palette)
{
    static const QRgb light[] = {0x1565c0, 0xe65100, 0x2e7d32, 0xc62828, 0x6a1b9a,
                                 0x00838f, 0xad1457, 0x827717, 0x4e342e, 0x37474f};
    static const QRgb dark[] = {0x64b5f6, 0xffb74d, 0x81c784, 0xe57373, 0xce93d8,
                                0x4dd0e1, 0xf06292, 0xdce775, 0xbcaaa4, 0xb0bec5};
    const qsizetype slot = index % qsizetype(std::size(light));
    return QColor(isDark(palette) ? dark[slot] : light[slot]);
}

QColor markerColor(ChartMarker::Kind kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (kind) {
    case ChartMarker::Kind::Deployment:
        return dark ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x51, 0x2d, 0xa8);
    case ChartMarker::Kind::Scaling:
        return dark ? QColor(0x4d, 0xb6, 0xac) : QColor(0x00, 0x69, 0x5c);
    case ChartMarker::Kind::Warning: // StatusDelegate's Warning colour, so that a flag matches its row
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case ChartMarker::Kind::Other:
        break;
    }
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.6);
}

Qt::PenStyle markerPenStyle(ChartMarker::Kind kind)
{
    switch (kind) {
    case ChartMarker::Kind::Deployment:
        return Qt::SolidLine;
    case ChartMarker::Kind::Scaling:
        return Qt::DashLine;
    case ChartMarker::Kind::Warning:
        return Qt::DashDotLine;
    case ChartMarker::Kind::Other:
        break;
    }
    return Qt::DotLine;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
}

bool lessX(const QPointF &point, double x)
{
    return point.x() < x;
}

/// The points of a time-ordered line between two times, plus one on either side so that the line
/// runs to the edges of the plot instead of stopping at the last point inside.
QList<QPointF> pointsBetween(const QList<QPointF> &points, qint64 fromMs, qint64 toMs)
{
    auto first = std::lower_bound(points.cbegin(), points.cend(), double(fromMs), lessX);
    auto last = std::upper_bound(first, points.cend(), double(toMs),
                                 [](double x, const QPointF &point) { return x < point.x(); });
    if (first != points.cbegin())
        --first;
    if (last != points.cend())
        ++last;
    if (first == points.cbegin() && last == points.cend())
        return points; // shares the data: no copy for a line that fits the range
    return QList<QPointF>(first, last);
}

/// The index of the point nearest to `timeMs` within [fromMs, toMs], or -1.
qsizetype nearestIndex(const QList<QPointF> &points, qint64 timeMs, qint64 fromMs, qint64 toMs)
{
    const auto after = std::lower_bound(points.cbegin(), points.cend(), double(timeMs), lessX);
    qsizetype best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (auto it : {after - 1, after}) {
        if (it < points.cbegin() || it >= points.cend())
            continue;
        if (it->x() < double(fromMs) || it->x() > double(toMs))
            continue;
        const double distance = std::abs(it->x() - double(timeMs));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = it - points.cbegin();
        }
    }
    return best;
}

QString axisFormat(qint64 spanMs)
{
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 day = 24 * 60 * minute;
    if (spanMs <= 10 * minute)
        return u"HH:mm:ss"_s;
    if (spanMs <= day)
        return u"HH:mm"_s;
    if (spanMs <= 8 * day)
        return u"MM-dd HH:mm"_s;
    return u"yyyy-MM-dd"_s;
}

/// Ticks at a round step (10 min, 1 h, 1 d...) when the span divides into one, so that labels
/// read 11:00, 11:10... rather than 11:07; at most `maximumTicks`.
int tickCountFor(qint64 spanMs, int maximumTicks)
{
    constexpr qint64 second = 1000;
    constexpr qint64 minute = 60 * second;
    constexpr qint64 hour = 60 * minute;
    static const qint64 roundSteps[] = {second,      2 * second,  5 * second, 10 * second, 15 * second,
                                        30 * second, minute,      2 * minute, 5 * minute,  10 * minute,
                                        15 * minute, 30 * minute, hour,       2 * hour,    3 * hour,
                                        6 * hour,    12 * hour,   24 * hour,  48 * hour,   7 * 24 * hour};
    for (const qint64 step : roundSteps) {
        const qint64 intervals = spanMs / step;
        if (spanMs % step == 0 && intervals >= 2 && intervals <= maximumTicks - 1)
            return int(intervals) + 1;
    }
    return maximumTicks;
}

constexpr auto timeFormat = "yyyy-MM-dd HH:mm:ss";

/// A step line as straight segments: before each change, a point at its time with the old value.
QList<QPointF> asSteps(const QList<QPointF> &points)
{
    QList<QPointF> steps;
    steps.reserve(points.size() * 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0 && points.at(i).y() != points.at(i - 1).y())
            steps.append(QPointF(points.at(i).x(), points.at(i - 1).y()));
        steps.append(points.at(i));
    }
    return steps;
}

QList<QGraphicsItem *> descendants(QGraphicsItem *item)
{
    QList<QGraphicsItem *> found;
    for (QGraphicsItem *child : item->childItems()) {
        found.append(child);
        found.append(descendants(child));
    }
    return found;
}

} // namespace

MetricChartView::MetricChartView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_xAxis(new QDateTimeAxis)
    , m_yAxis(new QValueAxis)
    , m_zoomBand(new QGraphicsRectItem(m_chart))
    , m_crosshairLine(new QGraphicsLineItem(m_chart))
    , m_crosshairBox(new QGraphicsRectItem(m_chart))
    , m_crosshairLabel(new QGraphicsSimpleTextItem(m_crosshairBox))
    , m_stateLabel(new QGraphicsSimpleTextItem(m_chart))
    , m_emptyText(tr("No data for this period"))
{
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_xAxis->setLabelsFont(font());
    m_yAxis->setLabelsFont(font());

    for (QGraphicsItem *overlay :
         std::initializer_list<QGraphicsItem *>{m_zoomBand, m_crosshairLine, m_crosshairBox, m_stateLabel}) {
        overlay->setZValue(overlayZ);
        overlay->setAcceptedMouseButtons(Qt::NoButton);
        overlay->hide();
    }
    m_crosshairBox->setZValue(overlayZ + 1);
    m_crosshairLabel->setAcceptedMouseButtons(Qt::NoButton);
    m_crosshairLabel->setPos(6, 4);
    QFont stateFont = font();
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.15);
    m_stateLabel->setFont(stateFont);

    m_view->setObjectName(u"metricChart"_s);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setRubberBand(QChartView::NoRubberBand);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setMinimumHeight(160);

    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (m_redrawing)
            return;
        if (plotWidthPixels() != m_downsampledWidth) {
            applyXRange();
            downsampleAll();
        }
        updateMarkers();
        updateStateText();
        hideCrosshair();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_rangeFromMs = now - defaultSpanMs;
    m_rangeToMs = now;
    applyPalette();
    redraw();
}

MetricChartView::~MetricChartView() = default;

void MetricChartView::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void MetricChartView::setUnit(const QString &unit)
{
    m_unit = unit;
}

void MetricChartView::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return;
    m_rangeFromMs = from.toMSecsSinceEpoch();
    m_rangeToMs = to.toMSecsSinceEpoch();
    redraw();
}

void MetricChartView::setDisplayTimeZone(const QTimeZone &zone)
{
    m_displayZone = zone;
    redraw();
}

void MetricChartView::setStepLines(bool stepLines)
{
    m_stepLines = stepLines;
    redraw();
}

void MetricChartView::setSeries(const QList<ChartSeries> &series)
{
    rebuildSeries(series);
    redraw();
}

void MetricChartView::setHighlightedMarker(qsizetype index)
{
    if (index == m_highlightedMarker)
        return;
    m_highlightedMarker = index;
    updateMarkers();
}

void MetricChartView::setMarkers(const QList<ChartMarker> &markers)
{
    m_markers = markers;
    m_highlightedMarker = -1;
    updateMarkers();
}

void MetricChartView::setLoading(bool loading)
{
    m_loading = loading;
    updateStateText();
}

void MetricChartView::setError(const QString &message)
{
    m_error = message;
    updateStateText();
}

void MetricChartView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateStateText();
}

void MetricChartView::setZoom(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return;
    m_zoomFromMs = from.toMSecsSinceEpoch();
    m_zoomToMs = to.toMSecsSinceEpoch();
    m_zoomed = true;
    redraw();
}

void MetricChartView::resetZoom()
{
    if (!m_zoomed)
        return;
    m_zoomed = false;
    redraw();
    emit zoomReset();
}

void MetricChartView::setSeriesVisible(const QString &name, bool visible)
{
    if (visible)
        m_hidden.remove(name);
    else
        m_hidden.insert(name);
    for (const Line &line : std::as_const(m_lines)) {
        if (line.data.name == name)
            line.series->setVisible(visible);
    }
    updateLegendMarkers();
    redraw(); // the y axis fits the lines still shown
}

bool MetricChartView::isSeriesVisible(const QString &name) const
{
    return !m_hidden.contains(name);
}

qsizetype MetricChartView::drawnPointCount(const QString &name) const
{
    for (const Line &line : m_lines) {
        if (line.data.name == name)
            return line.series->count();
    }
    return 0;
}

QStringList MetricChartView::seriesNames() const
{
    QStringList names;
    names.reserve(m_lines.size());
    for (const Line &line : m_lines)
        names.append(line.data.name);
    return names;
}

QList<ChartSeries> MetricChartView::series() const
{
    QList<ChartSeries> lines;
    lines.reserve(m_lines.size());
    for (const Line &line : m_lines)
        lines.append(line.data);
    return lines;
}

QStringList MetricChartView::timeAxisLabels() const
{
    // Qt Charts keeps its axis labels private: they are the text items below the plot, outside
    // the legend.
    const QRectF plot = m_chart->plotArea();
    const QList<QGraphicsItem *> legendItems = descendants(m_chart->legend());
    QList<QPair<qreal, QString>> found;
    for (QGraphicsItem *item : descendants(m_chart)) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText().isEmpty() || legendItems.contains(item))
            continue;
        const QRectF bounds = m_chart->mapRectFromScene(text->sceneBoundingRect());
        if (bounds.top() >= plot.bottom() && bounds.center().x() >= plot.left() - 1
            && bounds.center().x() <= plot.right() + 1)
            found.append({bounds.center().x(), text->toPlainText()});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList labels;
    for (const auto &[x, text] : std::as_const(found))
        labels.append(text);
    return labels;
}

QString MetricChartView::stateText() const
{
    return m_stateText;
}

QString MetricChartView::crosshairText() const
{
    return m_crosshairBox->isVisible() ? m_crosshairLabel->text() : QString();
}

QPair<QDateTime, QDateTime> MetricChartView::xRange() const
{
    return {QDateTime::fromMSecsSinceEpoch(visibleFromMs()), QDateTime::fromMSecsSinceEpoch(visibleToMs())};
}

QRect MetricChartView::plotAreaRect() const
{
    const QRectF scene = m_chart->mapRectToScene(m_chart->plotArea());
    return QRect(m_view->mapFromScene(scene.topLeft()), QSize(qRound(scene.width()), qRound(scene.height())));
}

QPoint MetricChartView::legendEntryPosition(const QString &name) const
{
    for (const Line &line : m_lines) {
        if (line.data.name != name)
            continue;
        const QList<QLegendMarker *> markers = m_chart->legend()->markers(line.series);
        if (markers.isEmpty())
            return {};
        // Qt Charts keeps a marker's geometry private; its label is a text item inside the legend.
        for (QGraphicsItem *item : descendants(m_chart->legend())) {
            auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && text->toPlainText() == markers.first()->label())
                return m_view->mapFromScene(text->sceneBoundingRect().center());
        }
    }
    return {};
}

QWidget *MetricChartView::chartViewport() const
{
    return m_view->viewport();
}

bool MetricChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);

    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF pos = toChart(mouse->position().toPoint());
        const QRectF plot = m_chart->plotArea();
        if (mouse->button() != Qt::LeftButton || !plot.contains(pos))
            break;
        m_dragging = true;
        m_dragStartX = pos.x();
        hideCrosshair();
        m_zoomBand->setRect(QRectF(m_dragStartX, plot.top(), 0, plot.height()));
        m_zoomBand->show();
        return true;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF pos = toChart(mouse->position().toPoint());
        if (m_dragging) {
            const QRectF plot = m_chart->plotArea();
            const qreal x = std::clamp(pos.x(), plot.left(), plot.right());
            m_zoomBand->setRect(QRectF(QPointF(std::min(x, m_dragStartX), plot.top()),
                                       QPointF(std::max(x, m_dragStartX), plot.bottom())));
            return true;
        }
        updateCrosshair(pos);
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_dragging || mouse->button() != Qt::LeftButton)
            break;
        m_dragging = false;
        m_zoomBand->hide();
        const QRectF plot = m_chart->plotArea();
        const qreal x = std::clamp(toChart(mouse->position().toPoint()).x(), plot.left(), plot.right());
        if (std::abs(x - m_dragStartX) < minimumDragPixels)
            return true; // a click, not a selection
        const qint64 from = timeAt(std::min(x, m_dragStartX));
        const qint64 to = timeAt(std::max(x, m_dragStartX));
        if (to <= from)
            return true;
        m_zoomFromMs = from;
        m_zoomToMs = to;
        m_zoomed = true;
        redraw();
        emit zoomChanged(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton
            || !m_chart->plotArea().contains(toChart(mouse->position().toPoint())))
            break;
        m_dragging = false;
        m_zoomBand->hide();
        resetZoom();
        return true;
    }
    case QEvent::Leave:
        hideCrosshair();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void MetricChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void MetricChartView::rebuildSeries(const QList<ChartSeries> &series)
{
    QStringList names;
    names.reserve(series.size());
    for (const ChartSeries &one : series)
        names.append(one.name);
    if (names == seriesNames()) {
        // A refresh of the same lines: keep the series objects and their legend entries.
        for (qsizetype i = 0; i < series.size(); ++i)
            m_lines[i].data = series.at(i);
        return;
    }

    for (const Line &line : std::as_const(m_lines)) {
        m_chart->removeSeries(line.series);
        delete line.series;
    }
    m_lines.clear();
    m_lines.reserve(series.size());
    for (const ChartSeries &one : series) {
        auto *lineSeries = new QLineSeries;
        lineSeries->setName(one.name);
        lineSeries->setUseOpenGL(false);
        m_chart->addSeries(lineSeries);
        lineSeries->attachAxis(m_xAxis);
        lineSeries->attachAxis(m_yAxis);
        lineSeries->setVisible(isSeriesVisible(one.name));
        const QString name = one.name;
        for (QLegendMarker *marker : m_chart->legend()->markers(lineSeries))
            connect(marker, &QLegendMarker::clicked, this, [this, name] { toggleFromLegend(name); });
        m_lines.append({one, lineSeries});
    }
    applyPalette();
}

void MetricChartView::applyXRange()
{
    const qint64 from = visibleFromMs();
    const qint64 to = visibleToMs();
    m_xAxis->setFormat(axisFormat(to - from));
    m_xAxis->setTickCount(tickCountFor(to - from, std::clamp(plotWidthPixels() / 110 + 1, 2, 9)));
    m_axisShiftMs = displayShiftMs(from);
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(from + m_axisShiftMs),
                      QDateTime::fromMSecsSinceEpoch(to + m_axisShiftMs));
}

void MetricChartView::redraw()
{
    m_redrawing = true;
    // Qt Charts rebuilds every line's path and hover outline on each axis or layout change; emptied
    // lines make those changes cheap, so that the points below are laid out once, not four times.
    for (const Line &line : std::as_const(m_lines))
        line.series->replace(QList<QPointF>());
    applyXRange();
    updateYAxis();
    // The legend and axis labels decide the plot area; settle them before measuring its width.
    m_chart->layout()->activate();
    m_redrawing = false;
    applyXRange(); // the tick count follows the settled width
    downsampleAll();
    updateMarkers();
    updateStateText();
    hideCrosshair();
}

void MetricChartView::downsampleAll()
{
    const int width = plotWidthPixels();
    m_downsampledWidth = width;
    const qint64 from = visibleFromMs();
    const qint64 to = visibleToMs();
    m_redrawing = true;
    for (const Line &line : std::as_const(m_lines)) {
        // A hidden line costs nothing: it gets its points when it is shown again.
        line.series->replace(isSeriesVisible(line.data.name) ? pointsToDraw(line.data.points, from, to, width)
                                                             : QList<QPointF>());
    }
    m_redrawing = false;
}

QList<QPointF> MetricChartView::pointsToDraw(const QList<QPointF> &points, qint64 fromMs, qint64 toMs,
                                             int width) const
{
    QList<QPointF> drawn = m_stepLines ? asSteps(pointsBetween(points, fromMs, toMs))
                                       : Lttb::downsample(pointsBetween(points, fromMs, toMs), width);
    if (m_axisShiftMs != 0) {
        for (QPointF &point : drawn)
            point.rx() += double(m_axisShiftMs);
    }
    return drawn;
}

void MetricChartView::updateYAxis()
{
    const qint64 from = visibleFromMs();
    const qint64 to = visibleToMs();
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const Line &line : std::as_const(m_lines)) {
        if (!isSeriesVisible(line.data.name))
            continue;
        const QList<QPointF> &points = line.data.points;
        auto it = std::lower_bound(points.cbegin(), points.cend(), double(from), lessX);
        if (m_stepLines && it != points.cbegin() && (it == points.cend() || it->x() > double(from)))
            --it; // the value in force at the left edge
        for (; it != points.cend() && it->x() <= double(to); ++it) {
            low = std::min(low, it->y());
            high = std::max(high, it->y());
        }
    }
    if (low > high) { // nothing visible
        low = 0;
        high = m_unit == u"%"_s ? 100 : 1;
    }
    const bool share = m_unit == u"%"_s;
    const bool withinAWhole = high <= 100;
    low = std::min(low, 0.0); // metrics here are counts, rates and shares: zero anchors the eye
    if (high <= low)
        high = low + 1;
    else
        high += (high - low) * 0.05; // headroom, so that a peak does not hide under the border
    if (share && withinAWhole)
        high = std::min(high, 100.0);
    if (m_stepLines && low == 0 && high <= 10) {
        // Replica counts: whole numbers, one tick each.
        const int top = int(std::ceil(high));
        m_yAxis->setRange(0, top);
        m_yAxis->setTickCount(top + 1);
        m_yAxis->setLabelFormat(u"%.0f"_s);
        return;
    }
    m_yAxis->setRange(low, high);
    m_yAxis->applyNiceNumbers();
    const double span = m_yAxis->max() - m_yAxis->min();
    m_yAxis->setLabelFormat(m_stepLines || span >= 10 ? u"%.0f"_s : span >= 1 ? u"%.1f"_s : u"%.2f"_s);
}

void MetricChartView::updateLegendMarkers()
{
    const QPalette pal = palette();
    for (const Line &line : std::as_const(m_lines)) {
        const bool visible = isSeriesVisible(line.data.name);
        const QColor color = line.series->pen().color();
        for (QLegendMarker *marker : m_chart->legend()->markers(line.series)) {
            marker->setVisible(true); // Qt Charts hides the marker with its series; keep it to click
            marker->setLabelBrush(visible ? pal.color(QPalette::Text)
                                          : withAlpha(pal.color(QPalette::Text), hiddenAlpha));
            marker->setBrush(visible ? color : withAlpha(color, hiddenAlpha));
            marker->setPen(visible ? QPen(color) : QPen(withAlpha(color, hiddenAlpha)));
        }
    }
}

void MetricChartView::updateMarkers()
{
    qDeleteAll(m_markerItems);
    m_markerItems.clear();
    const QRectF plot = m_chart->plotArea();
    if (plot.width() < 1 || m_markers.isEmpty())
        return;

    const QPalette pal = palette();
    const qint64 from = visibleFromMs();
    const qint64 to = visibleToMs();
    // Flags of nearby changes stack downwards instead of overlapping: each row keeps the spans its
    // flags take (markers come in any order: the highlighted one first).
    QList<QList<QPair<qreal, qreal>>> rows;
    const QFontMetrics metrics(font());
    const qreal flagHeight = metrics.height() + 2;
    // Flags take at most the top third of the plot.
    const qsizetype maximumFlagRows = std::max<qsizetype>(1, qsizetype(plot.height() / 3 / (flagHeight + 1)));
    // The highlighted marker first, so that its flag takes the top row and hides no neighbour.
    QList<qsizetype> order;
    order.reserve(m_markers.size());
    if (m_highlightedMarker >= 0 && m_highlightedMarker < m_markers.size())
        order.append(m_highlightedMarker);
    for (qsizetype index = 0; index < m_markers.size(); ++index) {
        if (index != m_highlightedMarker)
            order.append(index);
    }
    for (const qsizetype index : std::as_const(order)) {
        const ChartMarker &marker = m_markers.at(index);
        if (marker.timeMs < from || marker.timeMs > to)
            continue;
        const bool highlighted = index == m_highlightedMarker;
        const qreal x = xAt(marker.timeMs);
        const QColor color = markerColor(marker.kind, pal);
        const QString tip = marker.label + u'\n' + timeText(marker.timeMs);

        // An invisible, wider strip carries the tooltip: a one-pixel line is too thin to hover.
        auto *hitArea = new QGraphicsRectItem(
            QRectF(x - markerHitWidth / 2.0, plot.top(), markerHitWidth, plot.height()), m_chart);
        hitArea->setPen(Qt::NoPen);
        hitArea->setBrush(Qt::NoBrush);
        hitArea->setZValue(overlayZ - 1);
        hitArea->setAcceptedMouseButtons(Qt::NoButton);
        hitArea->setToolTip(tip);
        QPen pen(color, highlighted ? 3.0 : marker.kind == ChartMarker::Kind::Deployment ? 1.5 : 1.2);
        pen.setStyle(markerPenStyle(marker.kind));
        auto *line = new QGraphicsLineItem(QLineF(x, plot.top(), x, plot.bottom()), hitArea);
        line->setPen(pen);

        const QString text = metrics.elidedText(marker.label, Qt::ElideRight, markerFlagMaximumWidth - 8);
        const qreal flagWidth = metrics.horizontalAdvance(text) + 8;
        // A flag stays inside the plot: near the right edge it hangs to the left of its line.
        const qreal flagX = x + flagWidth > plot.right() ? std::max(plot.left(), x - flagWidth) : x;
        qsizetype row = 0;
        const auto overlaps = [flagX, flagWidth](const QPair<qreal, qreal> &taken) {
            return flagX < taken.second && taken.first < flagX + flagWidth + 2;
        };
        while (row < rows.size() && std::any_of(rows.at(row).cbegin(), rows.at(row).cend(), overlaps))
            ++row;
        m_markerItems.append(hitArea);
        if (row >= maximumFlagRows)
            continue; // crowded: the line and its tooltip say it, the flags would hide the data
        if (row == rows.size())
            rows.append(QList<QPair<qreal, qreal>>());
        rows[row].append({flagX, flagX + flagWidth + 2});
        if (highlighted)
            hitArea->setZValue(overlayZ - 0.5); // the chosen flag lies on top of its neighbours
        auto *flag = new QGraphicsRectItem(
            QRectF(flagX, plot.top() + row * (flagHeight + 1), flagWidth, flagHeight), hitArea);
        flag->setPen(QPen(color, 1));
        flag->setBrush(highlighted ? blend(pal.color(QPalette::Base), color, 0.25)
                                   : withAlpha(pal.color(QPalette::Base), 0.85));
        flag->setToolTip(tip);
        auto *label = new QGraphicsSimpleTextItem(text, flag);
        label->setFont(font());
        label->setBrush(color);
        label->setPos(flagX + 4, plot.top() + row * (flagHeight + 1) + 1);
    }
}

void MetricChartView::updateStateText()
{
    const QPalette pal = palette();
    const qint64 from = visibleFromMs();
    const qint64 to = visibleToMs();
    bool hasPoints = false;
    for (const Line &line : std::as_const(m_lines)) {
        const QList<QPointF> &points = line.data.points;
        const auto first = std::lower_bound(points.cbegin(), points.cend(), double(from), lessX);
        hasPoints = hasPoints || (first != points.cend() && first->x() <= double(to));
        // A step line zoomed between two of its points still has a value throughout.
        hasPoints =
            hasPoints
            || (m_stepLines && first != points.cbegin() && first != points.cend() && first->x() > double(to));
    }

    QString text;
    QColor color = pal.color(QPalette::PlaceholderText);
    if (!m_error.isEmpty()) {
        text = m_error;
        color = errorColor(pal);
    } else if (m_loading) {
        text = tr("Loading…");
    } else if (!hasPoints) {
        text = m_emptyText;
    }
    for (const Line &line : std::as_const(m_lines))
        line.series->setOpacity(m_error.isEmpty() ? 1.0 : errorOpacity);

    const QRectF plot = m_chart->plotArea();
    const QFontMetrics metrics(m_stateLabel->font());
    m_stateText = text;
    m_stateLabel->setToolTip(text); // the whole text, also when the label has to be shortened
    m_stateLabel->setText(metrics.elidedText(text, Qt::ElideRight, int(std::max(plot.width() - 16, 40.0))));
    m_stateLabel->setBrush(color);
    m_stateLabel->setVisible(!text.isEmpty());
    const QRectF bounds = m_stateLabel->boundingRect();
    m_stateLabel->setPos(plot.center() - bounds.center());
}

void MetricChartView::updateCrosshair(const QPointF &chartPos)
{
    const QRectF plot = m_chart->plotArea();
    if (!plot.contains(chartPos)) {
        hideCrosshair();
        return;
    }
    const qint64 from = visibleFromMs();
    const qint64 to = visibleToMs();
    const qint64 at = timeAt(chartPos.x());

    // Snap to the nearest data time of any visible line, so that the values shown are real points;
    // a step line has a value at every moment: the one in force, read at the minute hovered.
    qint64 snapped = 0;
    double bestDistance = std::numeric_limits<double>::max();
    if (m_stepLines) {
        // To the nearest round time a pixel can tell apart: the minute over an hour, 5 min over a day.
        constexpr qint64 minuteMs = 60 * 1000;
        const double msPerPixel = double(to - from) / std::max(plot.width(), 1.0);
        qint64 grain = minuteMs;
        for (const qint64 round : {minuteMs, 5 * minuteMs, 15 * minuteMs, 30 * minuteMs, 60 * minuteMs}) {
            grain = round;
            if (double(round) >= msPerPixel)
                break;
        }
        snapped = std::clamp((at + grain / 2) / grain * grain, from, to);
        bestDistance = 0;
    }
    for (const Line &line : std::as_const(m_lines)) {
        if (m_stepLines)
            break;
        if (!isSeriesVisible(line.data.name))
            continue;
        const qsizetype index = nearestIndex(line.data.points, at, from, to);
        if (index < 0)
            continue;
        const double distance = std::abs(line.data.points.at(index).x() - double(at));
        if (distance < bestDistance) {
            bestDistance = distance;
            snapped = qint64(line.data.points.at(index).x());
        }
    }
    if (bestDistance == std::numeric_limits<double>::max()) {
        hideCrosshair();
        return;
    }

    QStringList rows{timeText(snapped)};
    int hiddenRows = 0;
    const QLocale locale;
    for (const Line &line : std::as_const(m_lines)) {
        if (!isSeriesVisible(line.data.name))
            continue;
        const QList<QPointF> &points = line.data.points;
        qsizetype index = -1;
        if (!m_stepLines) {
            index = nearestIndex(points, snapped, from, to);
        } else if (!points.isEmpty() && points.constLast().x() >= double(snapped)) {
            index = (std::upper_bound(points.cbegin(), points.cend(), double(snapped),
                                      [](double x, const QPointF &point) { return x < point.x(); })
                     - points.cbegin())
                    - 1;
        }
        if (index < 0)
            continue;
        if (rows.size() > maximumCrosshairRows) {
            ++hiddenRows;
            continue;
        }
        const double value = points.at(index).y();
        const double magnitude = std::abs(value);
        const int decimals = m_stepLines && value == std::floor(value) ? 0
                             : magnitude < 10                          ? 2
                             : magnitude < 1000                        ? 1
                                                                       : 0;
        QString valueText = locale.toString(value, 'f', decimals);
        if (!m_unit.isEmpty())
            valueText += u' ' + m_unit;
        //: a crosshair row: %1 = series (instance) name, %2 = value with unit
        rows.append(tr("%1: %2").arg(line.data.name, valueText));
    }
    if (hiddenRows > 0)
        rows.append(tr("… and %n more", nullptr, hiddenRows));

    const qreal x = xAt(snapped);
    m_crosshairLine->setLine(QLineF(x, plot.top(), x, plot.bottom()));
    m_crosshairLine->show();
    m_crosshairLabel->setText(rows.join(u'\n'));
    const QRectF textBounds = m_crosshairLabel->boundingRect();
    const QSizeF boxSize(textBounds.width() + 12, textBounds.height() + 8);
    qreal boxX = x + 10;
    if (boxX + boxSize.width() > plot.right())
        boxX = x - 10 - boxSize.width();
    boxX = std::max(boxX, plot.left());
    m_crosshairBox->setRect(QRectF(QPointF(0, 0), boxSize));
    m_crosshairBox->setPos(boxX, plot.top() + 4);
    m_crosshairBox->show();
}

void MetricChartView::hideCrosshair()
{
    m_crosshairLine->hide();
    m_crosshairBox->hide();
}

void MetricChartView::applyPalette()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    m_view->setBackgroundBrush(base);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(text);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(text);
    m_chart->legend()->setFont(font());

    const QPen axisPen(blend(base, text, 0.45), 1);
    const QPen gridPen(blend(base, text, 0.13), 1);
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{m_xAxis, m_yAxis}) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(font());
        axis->setLinePen(axisPen);
        axis->setGridLinePen(gridPen);
        axis->setMinorGridLineVisible(false);
        axis->setTitleBrush(text);
    }

    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        QPen pen(lineColor(i, pal), m_lines.size() <= maximumBoldLines ? boldLineWidth : 1.0);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        m_lines.at(i).series->setPen(pen);
    }
    updateLegendMarkers();

    m_zoomBand->setPen(QPen(withAlpha(pal.color(QPalette::Highlight), 0.8), 1));
    m_zoomBand->setBrush(withAlpha(pal.color(QPalette::Highlight), 0.2));
    m_crosshairLine->setPen(QPen(withAlpha(text, 0.5), 1, Qt::DashLine));
    m_crosshairBox->setPen(QPen(blend(base, text, 0.35), 1));
    m_crosshairBox->setBrush(withAlpha(base, 0.92));
    m_crosshairLabel->setBrush(text);
    m_crosshairLabel->setFont(font());
    updateMarkers();
    updateStateText();
}

void MetricChartView::toggleFromLegend(const QString &name)
{
    const bool visible = !isSeriesVisible(name);
    setSeriesVisible(name, visible);
    emit seriesVisibilityChanged(name, visible);
}

qint64 MetricChartView::visibleFromMs() const
{
    return m_zoomed ? m_zoomFromMs : m_rangeFromMs;
}

qint64 MetricChartView::visibleToMs() const
{
    return m_zoomed ? m_zoomToMs : m_rangeToMs;
}

qint64 MetricChartView::timeAt(qreal chartX) const
{
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0)
        return visibleFromMs();
    const double share = std::clamp((chartX - plot.left()) / plot.width(), 0.0, 1.0);
    return visibleFromMs() + qRound64(share * double(visibleToMs() - visibleFromMs()));
}

qreal MetricChartView::xAt(qint64 timeMs) const
{
    const QRectF plot = m_chart->plotArea();
    const double span = double(visibleToMs() - visibleFromMs());
    return plot.left() + plot.width() * double(timeMs - visibleFromMs()) / span;
}

QString MetricChartView::timeText(qint64 timeMs) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(timeMs);
    if (!m_displayZone.isValid())
        return local.toString(QLatin1StringView(timeFormat));
    const QDateTime zoned = local.toTimeZone(m_displayZone);
    const QString text = zoned.toString(QLatin1StringView(timeFormat)) + u' '
                         + ZoneOffset::text(m_displayZone.offsetFromUtc(zoned));
    if (zoned.offsetFromUtc() == local.offsetFromUtc())
        return text;
    //: the crosshair's time in the schedule's zone, then the same moment in local time
    return tr("%1 (local %2)").arg(text, local.toString(u"MM-dd HH:mm"_s));
}

qint64 MetricChartView::displayShiftMs(qint64 atMs) const
{
    if (!m_displayZone.isValid())
        return 0;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs);
    return qint64(m_displayZone.offsetFromUtc(at) - at.offsetFromUtc()) * 1000;
}

QPointF MetricChartView::toChart(const QPoint &viewportPos) const
{
    return m_chart->mapFromScene(m_view->mapToScene(viewportPos));
}

int MetricChartView::plotWidthPixels() const
{
    const int width = qRound(m_chart->plotArea().width());
    if (width >= 3)
        return width;
    // Never laid out yet (hidden): a guess close to the truth; the first layout corrects it.
    return std::max(m_view->width() - 60, 3);
}
