#include "monitoringpanel.h"

#include "core/metricaggregation.h"
#include "widgets/metricchartview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 60 * 60 * 1000;
constexpr qint64 dayMs = 24 * hourMs;
/// CloudMonitor keeps a week of one-minute points; older custom ranges would come back empty.
constexpr qint64 oldestCustomStartMs = 7 * dayMs;
constexpr auto dateTimeFormat = "yyyy-MM-dd HH:mm";

} // namespace

MonitoringPanel::MonitoringPanel(QWidget *parent)
    : QWidget(parent)
    , m_presets(new QButtonGroup(this))
    , m_customButton(new QToolButton(this))
    , m_customEditor(new QWidget(this))
    , m_customFrom(new QDateTimeEdit(m_customEditor))
    , m_customTo(new QDateTimeEdit(m_customEditor))
    , m_customApply(new QPushButton(tr("Apply"), m_customEditor))
    , m_customMessage(new QLabel(m_customEditor))
    , m_aggregation(new QComboBox(this))
    , m_resetZoom(new QToolButton(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_presetSpanMs(hourMs)
{
    auto *tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Range:"), this));
    const struct
    {
        const char *objectName;
        QString text;
        qint64 spanMs;
    } presets[] = {
        //: time range button: the last hour
        {"range1h", tr("1 h"), hourMs},
        //: time range button: the last 6 hours
        {"range6h", tr("6 h"), 6 * hourMs},
        //: time range button: the last 24 hours
        {"range24h", tr("24 h"), dayMs},
        //: time range button: the last 7 days
        {"range7d", tr("7 d"), 7 * dayMs},
    };
    m_presets->setExclusive(true);
    for (const auto &preset : presets) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1StringView(preset.objectName));
        button->setText(preset.text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(preset.spanMs == m_presetSpanMs);
        m_presets->addButton(button);
        tools->addWidget(button);
        const qint64 span = preset.spanMs;
        connect(button, &QToolButton::clicked, this, [this, span] { choosePreset(span); });
    }
    m_customButton->setObjectName(u"rangeCustom"_s);
    m_customButton->setText(tr("Custom…"));
    m_customButton->setCheckable(true);
    m_customButton->setAutoRaise(true);
    connect(m_customButton, &QToolButton::toggled, this, &MonitoringPanel::toggleCustomEditor);
    tools->addWidget(m_customButton);
    tools->addSpacing(16);

    tools->addWidget(new QLabel(tr("Instances:"), this));
    m_aggregation->setObjectName(u"aggregation"_s);
    m_aggregation->addItem(tr("Per instance"), int(MetricAggregationMode::PerInstance));
    m_aggregation->addItem(tr("Average"), int(MetricAggregationMode::Average));
    m_aggregation->addItem(tr("Maximum"), int(MetricAggregationMode::Maximum));
    connect(m_aggregation, &QComboBox::currentIndexChanged, this, [this](int index) {
        setAggregation(MetricAggregationMode(m_aggregation->itemData(index).toInt()));
    });
    tools->addWidget(m_aggregation);
    tools->addStretch(1);
    m_resetZoom->setObjectName(u"resetZoom"_s);
    m_resetZoom->setText(tr("Reset zoom"));
    m_resetZoom->setToolTip(tr("Show the whole range again (or double-click a chart)"));
    m_resetZoom->setEnabled(false);
    connect(m_resetZoom, &QToolButton::clicked, this, &MonitoringPanel::resetAllZooms);
    tools->addWidget(m_resetZoom);

    m_customEditor->setObjectName(u"customRangeEditor"_s);
    m_customFrom->setObjectName(u"customFrom"_s);
    m_customTo->setObjectName(u"customTo"_s);
    m_customApply->setObjectName(u"customApply"_s);
    m_customMessage->setObjectName(u"customMessage"_s);
    for (QDateTimeEdit *edit : {m_customFrom, m_customTo}) {
        edit->setDisplayFormat(QLatin1StringView(dateTimeFormat));
        edit->setCalendarPopup(true);
    }
    auto *custom = new QHBoxLayout(m_customEditor);
    custom->setContentsMargins(0, 0, 0, 0);
    //: custom time range: from <date time> to <date time>
    custom->addWidget(new QLabel(tr("From"), m_customEditor));
    custom->addWidget(m_customFrom);
    //: custom time range: from <date time> to <date time>
    custom->addWidget(new QLabel(tr("to"), m_customEditor));
    custom->addWidget(m_customTo);
    custom->addWidget(m_customApply);
    custom->addWidget(m_customMessage, 1);
    m_customEditor->hide();
    connect(m_customApply, &QPushButton::clicked, this, &MonitoringPanel::applyCustomRange);

    auto *charts = new QWidget;
    auto *chartLayout = new QVBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"monitoringCharts"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_customEditor);
    layout->addWidget(scroll, 1);

    addChart(u"cpu"_s, tr("CPU (%)"), u"%"_s);
    addChart(u"memoryPercent"_s, tr("Memory (%)"), u"%"_s);
    //: chart title; req/s = requests per second
    addChart(u"qps"_s, tr("QPS (req/s)"), tr("req/s"));
    //: chart title; ms = milliseconds
    addChart(u"rt"_s, tr("Response time (ms)"), tr("ms"));
    addChart(u"restartCount"_s, tr("Restarts"), QString());
    for (const Metric &metric : std::as_const(m_metrics))
        chartLayout->addWidget(metric.chart);
    applyTimeRange();
}

void MonitoringPanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    applyTimeRange();
}

QPair<QDateTime, QDateTime> MonitoringPanel::currentRange() const
{
    if (m_custom)
        return {m_customRangeFrom, m_customRangeTo};
    const QDateTime now = m_clock();
    return {now.addMSecs(-m_presetSpanMs), now};
}

void MonitoringPanel::setMetricSeries(const QString &metricName, const QList<MetricSeries> &series)
{
    Metric *target = metric(metricName);
    if (!target)
        return;
    target->series = series;
    target->chart->setLoading(false);
    target->chart->setError(QString());
    const auto [from, to] = currentRange(); // "the last hour" has moved on since it was asked for
    target->chart->setTimeRange(from, to);
    showSeries(*target);
}

void MonitoringPanel::setMetricLoading(const QString &metricName)
{
    if (Metric *target = metric(metricName))
        target->chart->setLoading(true);
}

void MonitoringPanel::setMetricError(const QString &metricName, const QString &message)
{
    if (Metric *target = metric(metricName)) {
        target->chart->setLoading(false);
        target->chart->setError(message);
    }
}

void MonitoringPanel::setMarkers(const QList<ChartMarker> &markers)
{
    m_markers = markers;
    for (const Metric &metric : std::as_const(m_metrics))
        metric.chart->setMarkers(markers);
}

void MonitoringPanel::clear()
{
    m_syncing = true;
    for (Metric &metric : m_metrics) {
        metric.series.clear();
        metric.chart->resetZoom();
        for (const QString &name : std::as_const(m_hiddenSeries))
            metric.chart->setSeriesVisible(name, true);
        metric.chart->setLoading(false);
        metric.chart->setError(QString());
        metric.chart->setMarkers({});
        metric.chart->setSeries({});
    }
    m_syncing = false;
    m_hiddenSeries.clear();
    m_markers.clear();
    updateResetZoomButton();
}

MetricChartView *MonitoringPanel::chart(const QString &metricName) const
{
    for (const Metric &metric : m_metrics) {
        if (metric.name == metricName)
            return metric.chart;
    }
    return nullptr;
}

void MonitoringPanel::requestCurrentRange()
{
    applyTimeRange();
    const auto [from, to] = currentRange();
    emit rangeRequested(from, to);
}

void MonitoringPanel::addChart(const QString &metricName, const QString &title, const QString &unit)
{
    auto *chart = new MetricChartView(this);
    chart->setObjectName(metricName + u"Chart"_s);
    chart->setTitle(title);
    chart->setUnit(unit);
    chart->setMinimumHeight(220);
    connect(chart, &MetricChartView::zoomChanged, this,
            [this, chart](const QDateTime &from, const QDateTime &to) { syncZoom(chart, from, to); });
    connect(chart, &MetricChartView::zoomReset, this, &MonitoringPanel::resetAllZooms);
    connect(chart, &MetricChartView::seriesVisibilityChanged, this,
            [this, chart](const QString &name, bool visible) { syncSeriesVisibility(chart, name, visible); });
    m_metrics.append({metricName, chart, {}});
}

void MonitoringPanel::choosePreset(qint64 spanMs)
{
    m_presetSpanMs = spanMs;
    m_custom = false;
    m_customButton->setChecked(false);
    resetAllZooms(); // a zoom into the old range means nothing in the new one
    requestCurrentRange();
}

void MonitoringPanel::toggleCustomEditor(bool shown)
{
    m_customEditor->setVisible(shown);
    m_customMessage->clear();
    if (!shown)
        return;
    const auto [from, to] = currentRange();
    m_customFrom->setDateTime(from.toLocalTime());
    m_customTo->setDateTime(to.toLocalTime());
    m_customFrom->setFocus();
}

void MonitoringPanel::applyCustomRange()
{
    const QDateTime from = m_customFrom->dateTime();
    const QDateTime to = m_customTo->dateTime();
    const QDateTime oldest = m_clock().addMSecs(-oldestCustomStartMs);
    if (from >= to) {
        m_customMessage->setText(tr("The start must be before the end."));
        return;
    }
    if (from < oldest) {
        m_customMessage->setText(
            //: %1 is the earliest allowed start, as date and time
            tr("Monitoring data goes back 7 days: start at %1 or later.")
                .arg(oldest.toLocalTime().toString(QLatin1StringView(dateTimeFormat))));
        return;
    }
    m_customMessage->clear();
    m_custom = true;
    m_customRangeFrom = from;
    m_customRangeTo = to;
    // No preset stays lit: the custom range is the selection now.
    m_presets->setExclusive(false);
    for (QAbstractButton *button : m_presets->buttons())
        button->setChecked(false);
    m_presets->setExclusive(true);
    resetAllZooms();
    requestCurrentRange();
}

void MonitoringPanel::setAggregation(MetricAggregationMode mode)
{
    m_mode = mode;
    for (const Metric &metric : std::as_const(m_metrics))
        showSeries(metric);
}

void MonitoringPanel::showSeries(const Metric &metric)
{
    metric.chart->setSeries(
        MetricAggregation::toChartSeries(metric.series, m_mode, tr("Average"), tr("Maximum")));
}

void MonitoringPanel::applyTimeRange()
{
    const auto [from, to] = currentRange();
    for (const Metric &metric : std::as_const(m_metrics))
        metric.chart->setTimeRange(from, to);
}

void MonitoringPanel::syncZoom(MetricChartView *source, const QDateTime &from, const QDateTime &to)
{
    for (const Metric &metric : std::as_const(m_metrics)) {
        if (metric.chart != source)
            metric.chart->setZoom(from, to);
    }
    updateResetZoomButton();
}

void MonitoringPanel::resetAllZooms()
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (const Metric &metric : std::as_const(m_metrics))
        metric.chart->resetZoom(); // emits zoomReset(), which comes back here and is ignored
    m_syncing = false;
    updateResetZoomButton();
}

void MonitoringPanel::syncSeriesVisibility(MetricChartView *source, const QString &name, bool visible)
{
    if (visible)
        m_hiddenSeries.remove(name);
    else
        m_hiddenSeries.insert(name);
    for (const Metric &metric : std::as_const(m_metrics)) {
        if (metric.chart != source)
            metric.chart->setSeriesVisible(name, visible);
    }
}

void MonitoringPanel::updateResetZoomButton()
{
    bool zoomed = false;
    for (const Metric &metric : std::as_const(m_metrics))
        zoomed = zoomed || metric.chart->isZoomed();
    m_resetZoom->setEnabled(zoomed);
}

MonitoringPanel::Metric *MonitoringPanel::metric(const QString &metricName)
{
    for (Metric &candidate : m_metrics) {
        if (candidate.name == metricName)
            return &candidate;
    }
    return nullptr;
}
