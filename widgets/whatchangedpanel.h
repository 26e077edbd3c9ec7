#pragma once

#include "core/metricseries.h"
#include "core/timelineentry.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class MessageBanner;
class MetricChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TimelineModel;

/**
 * The "What changed" tab of an application, for the on-call engineer who asks what happened just
 * before it went wrong: on top the CPU of the last hours (3 by default) with the changes as markers, below
 * one timeline, newest first, of its change orders, scaling steps and Warning events (repeats
 * collapsed). Filters hide kinds from both; selecting an entry highlights its marker; a
 * double-click on a change order asks to open it. It fetches nothing: the controller gives it the
 * entries and the series, and is told of a wish to refresh.
 */
class WhatChangedPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatChangedPanel)

public:
    explicit WhatChangedPanel(QWidget *parent = nullptr);

    /// "The last three hours" ends at the clock's now; tests and the emulator give their own.
    void setClock(std::function<QDateTime()> clock);
    /// The span the chart shows and the controller reads: the last 3 hours (the default), 6 or 24.
    QPair<QDateTime, QDateTime> chartRange() const;

    /// The timeline, newest first (TimelineEntry::merge); the selection stays on the same entry.
    void setEntries(const QList<TimelineEntry> &entries);
    const QList<TimelineEntry> &entries() const;
    /// The CPU of the application's instances, drawn as their average and maximum.
    void setMetricSeries(const QList<MetricSeries> &series);
    void setMetricLoading(bool loading);
    /// What went wrong reading the metric, over the chart; empty clears it.
    void setMetricError(const QString &message);

    void setLoading(bool loading);
    /// What went wrong loading the timeline (with the platform's code and RequestId); empty
    /// clears it. The entries shown stay.
    void setError(const QString &message);
    /// Marks the timeline as older than the last attempt; an invalid time means fresh.
    void setStaleSince(const QDateTime &lastGoodUpdate);
    /// Forgets entries and series (another application); the filters stay as chosen.
    void clear();

    /// Which kinds are shown (all by default); also the checkboxes' state.
    bool isKindShown(TimelineEntry::Kind kind) const;
    MetricChartView *chart() const { return m_chart; }

signals:
    void changeOrderOpened(const QString &changeOrderId);
    void refreshRequested();
    /// Another span was chosen for the chart: read its metric for chartRange().
    void chartRangeChanged();

private:
    void applyFilter();
    void updateMarkers();
    void updateHighlight();
    void updateSummary();
    void onDoubleClicked(const QModelIndex &index);

    std::function<QDateTime()> m_clock;
    QCheckBox *m_showChangeOrders;
    QCheckBox *m_showScaling;
    QCheckBox *m_showWarnings;
    QComboBox *m_range;
    QLabel *m_summary;
    QLabel *m_loadingNotice;
    QLabel *m_staleNotice;
    QPushButton *m_refresh;
    MessageBanner *m_errorBanner;
    MetricChartView *m_chart;
    QTableView *m_view;
    TimelineModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QList<QString> m_markerKeys; ///< the key of each of the chart's markers, in their order
    bool m_loading = false;
};
