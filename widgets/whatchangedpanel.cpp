#include "whatchangedpanel.h"

#include "core/itemroles.h"
#include "core/metricaggregation.h"
#include "core/timelinemodel.h"
#include "widgets/messagebanner.h"
#include "widgets/metricchartview.h"
#include "widgets/statusdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 3600 * 1000;

} // namespace

WhatChangedPanel::WhatChangedPanel(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
    //: filter of the What changed timeline
    , m_showChangeOrders(new QCheckBox(tr("Change orders"), this))
    //: filter of the What changed timeline
    , m_showScaling(new QCheckBox(tr("Scaling"), this))
    //: filter of the What changed timeline: Warning events
    , m_showWarnings(new QCheckBox(tr("Warnings"), this))
    , m_range(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_loadingNotice(new QLabel(tr("Loading…"), this))
    , m_staleNotice(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_errorBanner(new MessageBanner(this))
    , m_chart(new MetricChartView)
    , m_view(new QTableView)
    , m_model(new TimelineModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"whatChangedPanel"_s);
    m_showChangeOrders->setObjectName(u"whatChangedShowChangeOrders"_s);
    m_showScaling->setObjectName(u"whatChangedShowScaling"_s);
    m_showWarnings->setObjectName(u"whatChangedShowWarnings"_s);
    for (QCheckBox *box : {m_showChangeOrders, m_showScaling, m_showWarnings}) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &WhatChangedPanel::applyFilter);
    }
    // A cause can lie further back than the default three hours (a deploy before a slow leak).
    m_range->setObjectName(u"whatChangedRange"_s);
    //: span of the What changed chart
    m_range->addItem(tr("Last 3 hours"), 3);
    //: span of the What changed chart
    m_range->addItem(tr("Last 6 hours"), 6);
    //: span of the What changed chart
    m_range->addItem(tr("Last 24 hours"), 24);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const auto [from, to] = chartRange();
        m_chart->resetZoom();
        m_chart->setTimeRange(from, to);
        emit chartRangeChanged();
    });
    m_summary->setObjectName(u"whatChangedSummary"_s);
    m_loadingNotice->setObjectName(u"whatChangedLoadingNotice"_s);
    m_loadingNotice->hide();
    m_staleNotice->setObjectName(u"whatChangedStaleNotice"_s);
    m_staleNotice->hide();
    m_refresh->setObjectName(u"whatChangedRefreshButton"_s);
    connect(m_refresh, &QPushButton::clicked, this, &WhatChangedPanel::refreshRequested);
    m_errorBanner->setObjectName(u"whatChangedErrorBanner"_s);

    m_chart->setObjectName(u"whatChangedChart"_s);
    //: chart title of the What changed tab
    m_chart->setTitle(tr("CPU (%)"));
    m_chart->setUnit(u"%"_s);
    m_chart->setEmptyText(tr("No CPU data in this time range"));
    m_chart->setMinimumHeight(200);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(TimelineModel::KindRole);
    m_view->setObjectName(u"whatChangedTimeline"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::DetailColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setItemDelegateForColumn(TimelineModel::WhatColumn, new StatusDelegate(m_view));
    const int character = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(TimelineModel::TimeColumn,
                           m_view->fontMetrics().horizontalAdvance(u"2026-11-27 00:00:00"_s) + 2 * character);
    m_view->setColumnWidth(TimelineModel::WhatColumn, 60 * character);
    //: tooltip of the What changed timeline
    m_view->setToolTip(tr("Double-click a change order to open it"));
    connect(m_view, &QTableView::doubleClicked, this, &WhatChangedPanel::onDoubleClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WhatChangedPanel::updateHighlight);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_view);
    split->setStretchFactor(0, 2); // the timeline is what is read; the chart shows where
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *controls = new QHBoxLayout;
    //: before the filters of the What changed timeline
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_showChangeOrders);
    controls->addWidget(m_showScaling);
    controls->addWidget(m_showWarnings);
    controls->addStretch(1);
    //: before the span of the What changed chart
    controls->addWidget(new QLabel(tr("CPU:"), this));
    controls->addWidget(m_range);
    controls->addWidget(m_loadingNotice);
    controls->addWidget(m_staleNotice);
    controls->addWidget(m_summary);
    controls->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_errorBanner);
    layout->addWidget(split, 1);

    const auto [from, to] = chartRange();
    m_chart->setTimeRange(from, to);
    applyFilter();
}

void WhatChangedPanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    const auto [from, to] = chartRange();
    m_chart->setTimeRange(from, to);
}

QPair<QDateTime, QDateTime> WhatChangedPanel::chartRange() const
{
    const QDateTime now = m_clock();
    return {now.addMSecs(-hourMs * m_range->currentData().toInt()), now};
}

void WhatChangedPanel::setEntries(const QList<TimelineEntry> &entries)
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString selectedKey =
        current.isValid() ? current.data(TimelineModel::KeyRole).toString() : QString();
    const int column = current.isValid() ? current.column() : 0;
    m_model->setEntries(entries);
    if (!selectedKey.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, column);
            if (index.data(TimelineModel::KeyRole).toString() == selectedKey) {
                m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                     | QItemSelectionModel::Rows);
                break;
            }
        }
    }
    const auto [from, to] = chartRange();
    m_chart->setTimeRange(from, to);
    updateMarkers();
    updateSummary();
}

const QList<TimelineEntry> &WhatChangedPanel::entries() const
{
    return m_model->entries();
}

void WhatChangedPanel::setMetricSeries(const QList<MetricSeries> &series)
{
    m_chart->setLoading(false);
    m_chart->setError(QString());
    const auto [from, to] = chartRange();
    m_chart->setTimeRange(from, to);
    QList<ChartSeries> lines = MetricAggregation::toChartSeries(series, MetricAggregationMode::Average,
                                                                tr("Average"), tr("Maximum"));
    lines += MetricAggregation::toChartSeries(series, MetricAggregationMode::Maximum, tr("Average"),
                                              tr("Maximum"));
    m_chart->setSeries(lines);
}

void WhatChangedPanel::setMetricLoading(bool loading)
{
    m_chart->setLoading(loading);
}

void WhatChangedPanel::setMetricError(const QString &message)
{
    m_chart->setLoading(false);
    m_chart->setError(message);
}

void WhatChangedPanel::setLoading(bool loading)
{
    m_loading = loading;
    m_loadingNotice->setVisible(loading);
    updateSummary();
}

void WhatChangedPanel::setError(const QString &message)
{
    if (message.isEmpty())
        m_errorBanner->hide();
    else
        m_errorBanner->showMessage(MessageBanner::Level::Error, message);
}

void WhatChangedPanel::setStaleSince(const QDateTime &lastGoodUpdate)
{
    m_staleNotice->setVisible(lastGoodUpdate.isValid());
    if (lastGoodUpdate.isValid()) {
        //: shown next to a timeline whose refresh failed; %1 is the time of the last good data
        m_staleNotice->setText(
            tr("⚠ Stale: data from %1")
                .arg(QLocale().toString(lastGoodUpdate.toLocalTime().time(), QLocale::ShortFormat)));
    }
}

void WhatChangedPanel::clear()
{
    m_model->clear();
    m_chart->setSeries({});
    m_chart->resetZoom();
    setMetricError(QString());
    setLoading(false);
    setError(QString());
    setStaleSince({});
    updateMarkers();
    updateSummary();
}

bool WhatChangedPanel::isKindShown(TimelineEntry::Kind kind) const
{
    switch (kind) {
    case TimelineEntry::Kind::ChangeOrder:
        return m_showChangeOrders->isChecked();
    case TimelineEntry::Kind::Scaling:
        return m_showScaling->isChecked();
    case TimelineEntry::Kind::Warning:
        return m_showWarnings->isChecked();
    }
    return true;
}

void WhatChangedPanel::applyFilter()
{
    QStringList kinds;
    for (const TimelineEntry::Kind kind :
         {TimelineEntry::Kind::ChangeOrder, TimelineEntry::Kind::Scaling, TimelineEntry::Kind::Warning}) {
        if (isKindShown(kind))
            kinds.append(QString::number(int(kind)));
    }
    // No kind chosen matches nothing: an empty alternation would match everything.
    m_proxy->setFilterRegularExpression(
        QRegularExpression(kinds.isEmpty() ? u"^$"_s : QString(u"^(" + kinds.join(u'|') + u")$")));
    updateMarkers();
    updateSummary();
}

void WhatChangedPanel::updateMarkers()
{
    // The chart flags what the table shows, so that unticking Warnings clears both.
    QList<ChartMarker> markers;
    m_markerKeys.clear();
    for (const TimelineEntry &entry : m_model->entries()) {
        if (!isKindShown(entry.kind) || !entry.time.isValid())
            continue;
        markers.append(entry.toMarker());
        m_markerKeys.append(entry.key());
    }
    m_chart->setMarkers(markers);
    updateHighlight();
}

void WhatChangedPanel::updateHighlight()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_chart->setHighlightedMarker(
        current.isValid() ? m_markerKeys.indexOf(current.data(TimelineModel::KeyRole).toString()) : -1);
}

void WhatChangedPanel::updateSummary()
{
    const int shown = m_proxy->rowCount();
    if (shown == 0 && m_model->rowCount() == 0 && !m_loading)
        //: the What changed timeline is empty
        m_summary->setText(tr("No change orders, scaling or warnings"));
    else if (shown < m_model->rowCount())
        //: %1 of %n entries of the What changed timeline are shown
        m_summary->setText(tr("%1 of %n entry(ies)", nullptr, m_model->rowCount()).arg(shown));
    else
        m_summary->setText(tr("%n entry(ies)", nullptr, shown));
}

void WhatChangedPanel::onDoubleClicked(const QModelIndex &index)
{
    const QString changeOrderId = index.data(ItemRoles::IdRole).toString();
    if (!changeOrderId.isEmpty())
        emit changeOrderOpened(changeOrderId);
}
