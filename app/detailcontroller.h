#pragma once

#include "core/appevent.h"
#include "core/application.h"
#include "core/changeorder.h"
#include "core/instancelog.h"
#include "core/metricpage.h"
#include "widgets/detailpage.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <utility>

class AppController;
class AppVersionTableModel;
class ChangeOrderTableModel;
class ApplicationDetailView;
class QTimer;
class RequestScheduler;

/**
 * Feeds the chosen application's detail tabs: its configuration (Overview), its events, its
 * instances' logs, its metrics (Monitoring, from CloudMonitor with the changes of the period as
 * markers) and What changed (change orders, scaling and warnings over the CPU of the last hours).
 * Only the tab on screen is read, when it is opened and then as it ages (events every 30 s,
 * metrics every minute, a followed log every 5 s); a tab read a moment ago is not read again.
 * Every failure is shown in the tab with the platform's code and RequestId, over the last good
 * data marked stale.
 */
class DetailController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailController)

public:
    /// `metrics` sends CloudMonitor's calls (its own endpoint); it may be `sae` itself.
    DetailController(RequestScheduler *sae, RequestScheduler *metrics, AppController *navigation,
                     ApplicationDetailView *view, QObject *parent = nullptr);

    /// How often the tab on screen is read again (events; metrics twice this; 0: never). For tests.
    void setRefreshInterval(int milliseconds);

    /// The metric names of the Monitoring tab, in its order.
    static QStringList metricNames();
    /// CloudMonitor's period for a range: 60 s up to 6 h, 5 min up to a day, 15 min beyond.
    static int periodForRange(const QDateTime &from, const QDateTime &to);
    /// Reads `page` again now if it is on screen, else when it is next opened (after a change).
    void reloadPage(DetailPage page);

    /// The Changes tab's models: the application's change orders and its versions.
    ChangeOrderTableModel *changeOrderModel() const { return m_changeOrders; }
    AppVersionTableModel *versionModel() const { return m_versions; }

signals:
    /// The tab's data arrived or failed; for screenshots and tests.
    void pageLoaded(DetailPage page, bool succeeded);

private:
    void onApplicationChanged(const QString &appId);
    void onPageChanged(DetailPage page);
    void loadPage(DetailPage page, bool evenIfFresh);
    void refreshVisiblePage();

    void loadOverview();
    void loadEvents();
    void loadScaling();
    void loadChanges();
    void updateRollbackLock();
    void loadLog(const QString &instanceId, InstanceLog::Run run);
    void loadMetrics(const QDateTime &from, const QDateTime &to);
    void loadMetricSeries(int generation, const QString &metricName, const QDateTime &from,
                          const QDateTime &to);
    void loadMarkers(int generation, const QDateTime &from, const QDateTime &to);
    /// What changed: ListChangeOrders and ListAppEvents (or what another tab read moments ago)
    /// and the CPU of the chart's span (when older than two refresh periods). `reuseRecent` false
    /// reads the lists again, `forceMetric` the chart.
    void loadWhatChanged(bool reuseRecent, bool forceMetric);
    void showWhatChanged();
    /// Keeps what a tab read, so that What changed need not read it again (same application).
    void noteChangeOrders(const QList<ChangeOrder> &changeOrders);
    void noteEvents(const QList<AppEvent> &events);

    Application currentApplication() const;
    /// ListAppEvents wants a namespace; an application without one is asked for by region.
    static QString eventNamespaceOf(const Application &app);
    bool isFresh(DetailPage page) const;
    void markLoaded(DetailPage page);
    /// Remembers a call made for `page`, so that it can be cancelled when no longer wanted.
    void track(DetailPage page, RequestScheduler *scheduler, quint64 ticket);
    /// Cancels the calls still out for `page` (a newer request replaces them).
    void cancelPage(DetailPage page);

    RequestScheduler *m_sae;
    RequestScheduler *m_metrics;
    AppController *m_navigation;
    ApplicationDetailView *m_view;
    QTimer *m_refreshTimer;
    QTimer *m_followTimer;
    ChangeOrderTableModel *m_changeOrders;
    AppVersionTableModel *m_versions;

    QString m_appId;
    int m_generation = 0; ///< bumped when the application changes: older answers are dropped
    int m_metricGeneration = 0;
    QHash<DetailPage, QDateTime> m_loadedAt;
    QHash<DetailPage, QDateTime> m_lastGood;
    /// Calls still out per page, with the scheduler that took each (tickets are per scheduler).
    QHash<DetailPage, QList<std::pair<RequestScheduler *, quint64>>> m_calls;
    bool m_warningsOnly = false;
    QString m_logInstanceId;
    InstanceLog::Run m_logRun = InstanceLog::Run::Current;
    QDateTime m_metricsFrom;
    QDateTime m_metricsTo;
    int m_refreshIntervalMs = 30000;
    // The last unfiltered change orders and events of the application, whichever tab read them.
    QList<ChangeOrder> m_recentChangeOrders;
    QDateTime m_recentChangeOrdersAt;
    QList<AppEvent> m_recentEvents;
    QDateTime m_recentEventsAt;
    QDateTime m_whatChangedMetricAt;
    /// The What changed tab's reads are under way: a periodic refresh leaves them be.
    bool m_whatChangedLoading = false;
};
