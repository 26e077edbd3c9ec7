#include "detailcontroller.h"

#include "appcontroller.h"
#include "core/applicationtablemodel.h"
#include "core/appversiontablemodel.h"
#include "core/changeordertablemodel.h"
#include "core/chartmarker.h"
#include "core/instancetablemodel.h"
#include "core/manualchangelock.h"
#include "core/timelineentry.h"
#include "metricpageloader.h"
#include "platform/applicationapi.h"
#include "platform/changeorderapi.h"
#include "platform/cloudmonitorapi.h"
#include "platform/eventapi.h"
#include "platform/instancelogapi.h"
#include "platform/requestscheduler.h"
#include "platform/scalingruleapi.h"
#include "widgets/applicationdetailview.h"
#include "widgets/applicationoverviewpanel.h"
#include "widgets/changehistorypanel.h"
#include "widgets/eventspanel.h"
#include "widgets/instancelogpanel.h"
#include "widgets/instancepanel.h"
#include "widgets/monitoringpanel.h"
#include "widgets/scalingpanel.h"
#include "widgets/whatchangedpanel.h"

#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int followIntervalMs = 5000;
constexpr int eventPageSize = 100;
constexpr int changeOrdersForMarkers = 50;
constexpr int changeOrdersForTimeline = 20;
/// What another tab read this recently is what What changed shows, without reading it again.
constexpr qint64 reuseForMs = 30000;

bool isRecent(const QDateTime &readAt)
{
    return readAt.isValid() && readAt.msecsTo(QDateTime::currentDateTimeUtc()) < reuseForMs;
}

} // namespace

DetailController::DetailController(RequestScheduler *sae, RequestScheduler *metrics,
                                   AppController *navigation, ApplicationDetailView *view, QObject *parent)
    : QObject(parent)
    , m_sae(sae)
    , m_metrics(metrics)
    , m_navigation(navigation)
    , m_view(view)
    , m_refreshTimer(new QTimer(this))
    , m_followTimer(new QTimer(this))
    , m_changeOrders(new ChangeOrderTableModel(this))
    , m_versions(new AppVersionTableModel(this))
{
    m_view->changesPanel()->setModels(m_changeOrders, m_versions);
    connect(m_view->changesPanel(), &ChangeHistoryPanel::refreshRequested, this,
            [this] { loadPage(DetailPage::Changes, true); });
    connect(m_navigation->applicationModel(), &QAbstractItemModel::dataChanged, this,
            &DetailController::updateRollbackLock);
    connect(m_navigation, &AppController::currentApplicationChanged, this,
            &DetailController::onApplicationChanged);
    connect(m_view, &ApplicationDetailView::currentPageChanged, this, &DetailController::onPageChanged);
    connect(m_navigation, &AppController::instancesRefreshed, this,
            [this] { m_view->logPanel()->setInstances(m_navigation->instanceModel()->rows()); });
    connect(m_navigation, &AppController::applicationsRefreshed, this, [this] {
        if (m_appId.isEmpty())
            return;
        const Application app = currentApplication();
        m_view->overviewPanel()->setApplication(app);
        m_view->scalingPanel()->setCurrentReplicas(app.runningInstances, app.targetInstances);
        updateRollbackLock();
    });

    connect(m_view->eventsPanel(), &EventsPanel::warningsOnlyChanged, this, [this](bool warningsOnly) {
        m_warningsOnly = warningsOnly;
        loadEvents();
    });
    connect(m_view->eventsPanel(), &EventsPanel::refreshRequested, this, &DetailController::loadEvents);
    connect(m_view->logPanel(), &InstanceLogPanel::logRequested, this, &DetailController::loadLog);
    connect(m_view->logPanel(), &InstanceLogPanel::followChanged, this, [this](bool following) {
        if (following)
            m_followTimer->start();
        else
            m_followTimer->stop();
    });
    connect(m_view->instancePanel(), &InstancePanel::logRequested, this, [this](const QString &instanceId) {
        m_view->logPanel()->selectInstance(instanceId);
        m_view->setCurrentPage(DetailPage::Logs);
    });
    connect(m_view->instancePanel(), &InstancePanel::eventsRequested, this,
            [this](const QString &instanceId) {
                m_view->eventsPanel()->setFilterText(instanceId);
                m_view->setCurrentPage(DetailPage::Events);
            });
    connect(m_view->monitoringPanel(), &MonitoringPanel::rangeRequested, this,
            &DetailController::loadMetrics);
    connect(m_view->whatChangedPanel(), &WhatChangedPanel::refreshRequested, this, [this] {
        if (!m_appId.isEmpty())
            loadWhatChanged(false, true);
    });
    connect(m_view->whatChangedPanel(), &WhatChangedPanel::chartRangeChanged, this, [this] {
        if (!m_appId.isEmpty())
            loadWhatChanged(true, true); // the lists stay, the chart is read for the new span
    });

    m_followTimer->setInterval(followIntervalMs);
    connect(m_followTimer, &QTimer::timeout, this, [this] {
        if (m_view->currentPage() == DetailPage::Logs && !m_logInstanceId.isEmpty() && m_view->isVisible())
            loadLog(m_logInstanceId, m_logRun);
    });
    m_refreshTimer->setInterval(m_refreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &DetailController::refreshVisiblePage);
    m_refreshTimer->start();
}

void DetailController::setRefreshInterval(int milliseconds)
{
    m_refreshIntervalMs = qMax(0, milliseconds);
    if (m_refreshIntervalMs == 0) {
        m_refreshTimer->stop();
        return;
    }
    m_refreshTimer->start(m_refreshIntervalMs);
}

QStringList DetailController::metricNames()
{
    return {u"cpu"_s, u"memoryPercent"_s, u"qps"_s, u"rt"_s, u"restartCount"_s};
}

int DetailController::periodForRange(const QDateTime &from, const QDateTime &to)
{
    const qint64 seconds = from.secsTo(to);
    if (seconds <= 6 * 3600)
        return 60;
    if (seconds <= 24 * 3600)
        return 300;
    return 900;
}

Application DetailController::currentApplication() const
{
    const Application *app = m_navigation->applicationModel()->findRow(m_appId);
    return app ? *app : Application();
}

void DetailController::onApplicationChanged(const QString &appId)
{
    if (appId == m_appId)
        return;
    m_appId = appId;
    ++m_generation;
    m_whatChangedLoading = false;
    ++m_metricGeneration;
    for (DetailPage page : m_calls.keys())
        cancelPage(page);
    m_loadedAt.clear();
    m_lastGood.clear();
    m_logInstanceId.clear();
    m_view->overviewPanel()->clear();
    m_view->eventsPanel()->clear();
    m_view->logPanel()->clear();
    m_view->monitoringPanel()->clear();
    m_view->scalingPanel()->clear();
    m_changeOrders->setChangeOrders({});
    m_versions->setVersions({});
    m_view->changesPanel()->setStaleReason({});
    m_view->whatChangedPanel()->clear();
    m_recentChangeOrders.clear();
    m_recentChangeOrdersAt = {};
    m_recentEvents.clear();
    m_recentEventsAt = {};
    m_whatChangedMetricAt = {};
    updateRollbackLock();
    if (appId.isEmpty())
        return;
    const Application app = currentApplication();
    m_view->overviewPanel()->setApplication(app);
    m_view->scalingPanel()->setCurrentReplicas(app.runningInstances, app.targetInstances);
    m_view->logPanel()->setApplicationName(app.appName);
    loadPage(m_view->currentPage(), true);
}

void DetailController::onPageChanged(DetailPage page)
{
    loadPage(page, false);
}

QString DetailController::eventNamespaceOf(const Application &app)
{
    return app.namespaceId.isEmpty() ? app.regionId : app.namespaceId;
}

bool DetailController::isFresh(DetailPage page) const
{
    // Metrics move slower than events: a minute-period chart is read again at most every two.
    const qint64 freshFor =
        page == DetailPage::Monitoring ? 2 * qint64(m_refreshIntervalMs) : m_refreshIntervalMs;
    const QDateTime loaded = m_loadedAt.value(page);
    return loaded.isValid() && loaded.msecsTo(QDateTime::currentDateTimeUtc()) < freshFor;
}

void DetailController::track(DetailPage page, RequestScheduler *scheduler, quint64 ticket)
{
    m_calls[page].append({scheduler, ticket});
}

void DetailController::cancelPage(DetailPage page)
{
    // A waiting call nobody wants is dropped unsent; its budget goes to what is on screen now.
    for (const auto &[scheduler, ticket] : m_calls.take(page))
        scheduler->cancel(ticket);
}

void DetailController::markLoaded(DetailPage page)
{
    m_loadedAt.insert(page, QDateTime::currentDateTimeUtc());
}

void DetailController::loadPage(DetailPage page, bool evenIfFresh)
{
    if (m_appId.isEmpty() || (!evenIfFresh && isFresh(page)))
        return;
    switch (page) {
    case DetailPage::Overview:
        loadOverview();
        break;
    case DetailPage::Instances:
        break; // AppController keeps the instances current
    case DetailPage::Monitoring:
        m_view->monitoringPanel()->requestCurrentRange();
        break;
    case DetailPage::Events:
        loadEvents();
        break;
    case DetailPage::Logs:
        m_view->logPanel()->setInstances(m_navigation->instanceModel()->rows());
        if (!m_logInstanceId.isEmpty())
            loadLog(m_logInstanceId, m_logRun);
        break;
    case DetailPage::Scaling:
        loadScaling();
        break;
    case DetailPage::Changes:
        loadChanges();
        break;
    case DetailPage::WhatChanged:
        loadWhatChanged(!evenIfFresh, evenIfFresh);
        break;
    }
}

void DetailController::reloadPage(DetailPage page)
{
    if (page == m_view->currentPage())
        loadPage(page, true);
    else
        m_loadedAt.remove(page); // read when next opened
}

void DetailController::refreshVisiblePage()
{
    if (!m_view->isVisible())
        return;
    const DetailPage page = m_view->currentPage();
    if (page == DetailPage::Events || page == DetailPage::Scaling)
        loadPage(page, true); // events arrive, and a metric rule's status is live
    else if (page == DetailPage::WhatChanged && !m_whatChangedLoading)
        loadWhatChanged(false, false); // as often as the Events tab; its chart as often as Monitoring
    else if (page == DetailPage::Monitoring && !isFresh(DetailPage::Monitoring))
        m_view->monitoringPanel()->requestCurrentRange(); // a relative range moves on with the clock
}

void DetailController::loadOverview()
{
    const int generation = m_generation;
    markLoaded(DetailPage::Overview);
    m_view->overviewPanel()->setLoading(true);
    cancelPage(DetailPage::Overview);
    const quint64 ticket = m_sae->schedule(
        ApplicationApi::describeApplicationConfig(m_appId), RequestScheduler::Priority::Visible, this,
        [this, generation](const ApiResult<ApplicationConfig> &result) {
            if (generation != m_generation)
                return;
            ApplicationOverviewPanel *overview = m_view->overviewPanel();
            overview->setLoading(false);
            if (!result.isOk()) {
                m_loadedAt.remove(DetailPage::Overview);
                overview->setError(tr("Could not load the configuration.") + u' '
                                   + result.error().detailedText());
                overview->setStaleSince(m_lastGood.value(DetailPage::Overview));
                emit pageLoaded(DetailPage::Overview, false);
                return;
            }
            overview->setError({});
            overview->setStaleSince({});
            overview->setConfig(result.value());
            m_lastGood.insert(DetailPage::Overview, QDateTime::currentDateTimeUtc());
            emit pageLoaded(DetailPage::Overview, true);
        });
    track(DetailPage::Overview, m_sae, ticket);
}

void DetailController::loadEvents()
{
    const Application app = currentApplication();
    if (app.appId.isEmpty())
        return;
    const int generation = m_generation;
    markLoaded(DetailPage::Events);
    AppEventQuery query;
    query.namespaceId = eventNamespaceOf(app);
    query.appId = app.appId;
    query.pageSize = eventPageSize;
    if (m_warningsOnly)
        query.eventType = AppEvent::Type::Warning;
    m_view->eventsPanel()->setLoading(true);
    cancelPage(DetailPage::Events); // e.g. the read without "Warnings only" the user just left
    const quint64 ticket = m_sae->schedule(
        EventApi::listAppEvents(query), RequestScheduler::Priority::Visible, this,
        [this, generation](const ApiResult<Page<AppEvent>> &result) {
            if (generation != m_generation)
                return;
            EventsPanel *events = m_view->eventsPanel();
            events->setLoading(false);
            if (!result.isOk()) {
                m_loadedAt.remove(DetailPage::Events);
                events->setError(tr("Could not load the events.") + u' ' + result.error().detailedText());
                events->setStaleSince(m_lastGood.value(DetailPage::Events));
                emit pageLoaded(DetailPage::Events, false);
                return;
            }
            events->setError({});
            events->setStaleSince({});
            events->setEvents(result.value().items);
            if (!m_warningsOnly)
                noteEvents(result.value().items);
            m_lastGood.insert(DetailPage::Events, QDateTime::currentDateTimeUtc());
            emit pageLoaded(DetailPage::Events, true);
        });
    track(DetailPage::Events, m_sae, ticket);
}

void DetailController::loadScaling()
{
    const QString appId = m_appId;
    const int generation = m_generation;
    markLoaded(DetailPage::Scaling);
    m_view->scalingPanel()->setLoading();
    cancelPage(DetailPage::Scaling);
    const quint64 ticket =
        m_sae->schedule(ScalingRuleApi::describeScalingRules(appId), RequestScheduler::Priority::Visible,
                        this, [this, generation, appId](const ApiResult<QList<ScalingRule>> &result) {
                            if (generation != m_generation)
                                return;
                            ScalingPanel *scaling = m_view->scalingPanel();
                            if (!result.isOk()) {
                                m_loadedAt.remove(DetailPage::Scaling);
                                scaling->setError(tr("Could not load the scaling rules.") + u' '
                                                  + result.error().detailedText());
                                emit pageLoaded(DetailPage::Scaling, false);
                                return;
                            }
                            scaling->setRules(result.value(), QDateTime::currentDateTimeUtc());
                            m_navigation->noteScalingRules(appId, result.value());
                            emit pageLoaded(DetailPage::Scaling, true);
                        });
    track(DetailPage::Scaling, m_sae, ticket);
}

void DetailController::loadChanges()
{
    const QString appId = m_appId;
    const int generation = m_generation;
    markLoaded(DetailPage::Changes);
    ChangeHistoryPanel *panel = m_view->changesPanel();
    panel->setLoading(true);
    cancelPage(DetailPage::Changes);
    auto pending = std::make_shared<int>(2);
    auto failed = std::make_shared<QStringList>();
    const auto settle = [this, pending, failed, generation] {
        if (--*pending > 0 || generation != m_generation)
            return;
        ChangeHistoryPanel *changes = m_view->changesPanel();
        changes->setLoading(false);
        if (!failed->isEmpty())
            m_loadedAt.remove(DetailPage::Changes);
        changes->setStaleReason(failed->join(u' '));
        updateRollbackLock();
        emit pageLoaded(DetailPage::Changes, failed->isEmpty());
    };
    ChangeOrderQuery query;
    query.appId = appId;
    query.pageSize = 50;
    track(DetailPage::Changes, m_sae,
          m_sae->schedule(ChangeOrderApi::listChangeOrders(query), RequestScheduler::Priority::Visible, this,
                          [this, generation, settle, failed](const ApiResult<Page<ChangeOrder>> &result) {
                              if (generation != m_generation)
                                  return;
                              if (result.isOk()) {
                                  m_changeOrders->setReferenceTime(QDateTime::currentDateTimeUtc());
                                  m_changeOrders->setChangeOrders(result.value().items);
                                  noteChangeOrders(result.value().items);
                              } else {
                                  failed->append(tr("Could not load the change orders.") + u' '
                                                 + result.error().detailedText());
                              }
                              settle();
                          }));
    track(
        DetailPage::Changes, m_sae,
        m_sae->schedule(
            ApplicationApi::listAppVersions(appId), RequestScheduler::Priority::Visible, this,
            [this, generation, settle, failed, appId](const ApiResult<QList<AppVersion>> &result) {
                if (generation != m_generation)
                    return;
                if (!result.isOk()) {
                    failed->append(tr("Could not load the versions.") + u' ' + result.error().detailedText());
                    settle();
                    return;
                }
                QList<AppVersion> versions = result.value();
                std::sort(versions.begin(), versions.end(),
                          [](const AppVersion &a, const AppVersion &b) { return a.createdAt > b.createdAt; });
                m_versions->setVersions(versions);
                settle();
                // What each of the newest versions ran, from its own configuration, behind the rest.
                for (const AppVersion &version : versions.mid(0, 5)) {
                    if (!m_versions->versionDetail(version.versionId).isEmpty())
                        continue; // a version's configuration never changes
                    track(DetailPage::Changes, m_sae,
                          m_sae->schedule(ApplicationApi::describeApplicationConfig(appId, version.versionId),
                                          RequestScheduler::Priority::Background, this,
                                          [this, generation, versionId = version.versionId](
                                              const ApiResult<ApplicationConfig> &config) {
                                              if (generation != m_generation || !config.isOk())
                                                  return;
                                              const ApplicationConfig &ran = config.value();
                                              m_versions->setVersionDetail(
                                                  versionId, ran.imageUrl.isEmpty() ? u"%1 %2"_s.arg(
                                                                 ran.packageUrl, ran.packageVersion)
                                                                                    : ran.imageUrl);
                                          }));
                }
            }));
}

void DetailController::updateRollbackLock()
{
    if (m_appId.isEmpty()) {
        m_view->changesPanel()->setRollbackBlockedReason({});
        return;
    }
    const ApplicationActivity activity = m_navigation->applicationModel()->activity(m_appId);
    QString reason = ManualChangeLock::reasonFor(activity, LifecycleAction::Deploy);
    if (reason.isEmpty() && activity.isChanging())
        reason =
            tr("A change order is running (%1); roll back when it has ended, or stop it and roll back at its "
               "gate.")
                .arg(activity.lastChange->changeOrderId);
    m_view->changesPanel()->setRollbackBlockedReason(reason);
}

void DetailController::loadLog(const QString &instanceId, InstanceLog::Run run)
{
    if (instanceId.isEmpty())
        return;
    m_logInstanceId = instanceId;
    m_logRun = run;
    if (m_view->currentPage() != DetailPage::Logs) {
        m_loadedAt.remove(DetailPage::Logs); // read when the tab is opened, not before
        return;
    }
    const int generation = m_generation;
    markLoaded(DetailPage::Logs);
    m_view->logPanel()->setLoading(true);
    cancelPage(DetailPage::Logs);
    const quint64 ticket = m_sae->schedule(
        InstanceLogApi::describeInstanceLog(instanceId, run), RequestScheduler::Priority::Visible, this,
        [this, generation, instanceId, run](const ApiResult<InstanceLog> &result) {
            if (generation != m_generation || instanceId != m_logInstanceId || run != m_logRun)
                return; // another instance or run was chosen meanwhile
            InstanceLogPanel *logs = m_view->logPanel();
            logs->setLoading(false);
            if (!result.isOk()) {
                logs->setError(tr("Could not read the log of %1.").arg(instanceId) + u' '
                               + result.error().detailedText());
                emit pageLoaded(DetailPage::Logs, false);
                return;
            }
            logs->setError({});
            logs->setLog(result.value());
            emit pageLoaded(DetailPage::Logs, true);
        });
    track(DetailPage::Logs, m_sae, ticket);
}

void DetailController::loadMetrics(const QDateTime &from, const QDateTime &to)
{
    if (m_appId.isEmpty())
        return;
    const int generation = ++m_metricGeneration; // a newer range replaces an older one
    cancelPage(DetailPage::Monitoring);
    m_metricsFrom = from;
    m_metricsTo = to;
    markLoaded(DetailPage::Monitoring);
    for (const QString &metricName : metricNames()) {
        m_view->monitoringPanel()->setMetricLoading(metricName);
        loadMetricSeries(generation, metricName, from, to);
    }
    loadMarkers(generation, from, to);
}

void DetailController::loadMetricSeries(int generation, const QString &metricName, const QDateTime &from,
                                        const QDateTime &to)
{
    MetricQuery query;
    query.metricName = metricName;
    query.appId = m_appId;
    query.start = from;
    query.end = to;
    query.periodSeconds = periodForRange(from, to);
    MetricPageLoader::loadAll(
        m_metrics, query, RequestScheduler::Priority::Visible, this,
        [this](quint64 ticket) { track(DetailPage::Monitoring, m_metrics, ticket); },
        [this, generation, metricName](const ApiResult<MetricPage> &result) {
            if (generation != m_metricGeneration)
                return;
            MonitoringPanel *monitoring = m_view->monitoringPanel();
            if (!result.isOk()) {
                m_loadedAt.remove(DetailPage::Monitoring);
                monitoring->setMetricError(metricName, tr("Could not load the metric.") + u' '
                                                           + result.error().detailedText());
                emit pageLoaded(DetailPage::Monitoring, false);
                return;
            }
            monitoring->setMetricSeries(metricName, result.value().series);
            emit pageLoaded(DetailPage::Monitoring, true);
        });
}

void DetailController::loadMarkers(int generation, const QDateTime &from, const QDateTime &to)
{
    // What changed in the period: the application's change orders, and the autoscaler's events.
    ChangeOrderQuery changes;
    changes.appId = m_appId;
    changes.pageSize = changeOrdersForMarkers;
    auto markers = std::make_shared<QList<ChartMarker>>();
    auto answers = std::make_shared<int>(0);
    const auto publish = [this, generation, markers, answers] {
        if (generation != m_metricGeneration || ++*answers < 2)
            return;
        std::sort(markers->begin(), markers->end(),
                  [](const ChartMarker &a, const ChartMarker &b) { return a.timeMs < b.timeMs; });
        m_view->monitoringPanel()->setMarkers(*markers);
    };
    const int appGeneration = m_generation;
    const quint64 changesTicket = m_sae->schedule(
        ChangeOrderApi::listChangeOrders(changes), RequestScheduler::Priority::Visible, this,
        [this, appGeneration, markers, publish, from, to](const ApiResult<Page<ChangeOrder>> &result) {
            if (result.isOk()) {
                if (appGeneration == m_generation)
                    noteChangeOrders(result.value().items);
                for (const ChangeOrder &order : result.value().items) {
                    if (order.createdAt < from || order.createdAt > to)
                        continue;
                    ChartMarker marker;
                    marker.timeMs = order.createdAt.toMSecsSinceEpoch();
                    marker.kind = TimelineEntry::markerKindOf(order.coTypeCode);
                    marker.label = ApplicationTableModel::changeTypeText(order.coTypeCode) + u" · "
                                   + ApplicationTableModel::changeStatusText(order.status);
                    markers->append(marker);
                }
            }
            publish();
        });
    track(DetailPage::Monitoring, m_sae, changesTicket);
    const Application app = currentApplication();
    AppEventQuery events;
    events.namespaceId = eventNamespaceOf(app);
    events.appId = m_appId;
    events.pageSize = eventPageSize;
    const quint64 eventsTicket = m_sae->schedule(
        EventApi::listAppEvents(events), RequestScheduler::Priority::Visible, this,
        [this, appGeneration, markers, publish, from, to](const ApiResult<Page<AppEvent>> &result) {
            if (result.isOk()) {
                if (appGeneration == m_generation)
                    noteEvents(result.value().items);
                for (const AppEvent &event : result.value().items) {
                    const QDateTime when = event.lastSeen.isValid() ? event.lastSeen : event.firstSeen;
                    if (!TimelineEntry::isScalingEvent(event) || when < from || when > to)
                        continue;
                    ChartMarker marker;
                    marker.timeMs = when.toMSecsSinceEpoch();
                    marker.kind = ChartMarker::Kind::Scaling;
                    marker.label = event.message.isEmpty() ? event.reason : event.message;
                    markers->append(marker);
                }
            }
            publish();
        });
    track(DetailPage::Monitoring, m_sae, eventsTicket);
}

void DetailController::noteChangeOrders(const QList<ChangeOrder> &changeOrders)
{
    m_recentChangeOrders = changeOrders;
    m_recentChangeOrdersAt = QDateTime::currentDateTimeUtc();
}

void DetailController::noteEvents(const QList<AppEvent> &events)
{
    m_recentEvents = events;
    m_recentEventsAt = QDateTime::currentDateTimeUtc();
}

void DetailController::showWhatChanged()
{
    m_view->whatChangedPanel()->setEntries(TimelineEntry::merge(m_recentChangeOrders, m_recentEvents));
}

void DetailController::loadWhatChanged(bool reuseRecent, bool forceMetric)
{
    const Application app = currentApplication();
    if (app.appId.isEmpty())
        return;
    const int generation = m_generation;
    markLoaded(DetailPage::WhatChanged);
    WhatChangedPanel *panel = m_view->whatChangedPanel();
    cancelPage(DetailPage::WhatChanged);

    // Up to three calls: the change orders and the events unless another tab read them within
    // 30 s (the Changes, Events and Monitoring tabs read the same lists), and the CPU of the
    // chart's span at most every two refresh periods, as the Monitoring tab reads its charts.
    const bool readChanges = !reuseRecent || !isRecent(m_recentChangeOrdersAt);
    const bool readEvents = !reuseRecent || !isRecent(m_recentEventsAt);
    // (A chart still being read has no time: cancelled below with the rest, it is read again.)
    const bool readMetric = forceMetric || !m_whatChangedMetricAt.isValid()
                            || m_whatChangedMetricAt.msecsTo(QDateTime::currentDateTimeUtc())
                                   >= 2 * qint64(qMax(m_refreshIntervalMs, int(reuseForMs)));
    auto pending = std::make_shared<int>(int(readChanges) + int(readEvents) + int(readMetric));
    auto failed = std::make_shared<QStringList>();
    auto metricFailed = std::make_shared<bool>(false);
    m_whatChangedLoading = true;
    const auto settle = [this, pending, failed, metricFailed, generation] {
        if (generation != m_generation || --*pending > 0)
            return;
        m_whatChangedLoading = false;
        WhatChangedPanel *whatChanged = m_view->whatChangedPanel();
        whatChanged->setLoading(false);
        showWhatChanged();
        if (!failed->isEmpty()) {
            m_loadedAt.remove(DetailPage::WhatChanged);
            whatChanged->setError(failed->join(u' '));
            whatChanged->setStaleSince(m_lastGood.value(DetailPage::WhatChanged));
        } else {
            whatChanged->setError({});
            whatChanged->setStaleSince({});
            m_lastGood.insert(DetailPage::WhatChanged, QDateTime::currentDateTimeUtc());
        }
        emit pageLoaded(DetailPage::WhatChanged, failed->isEmpty() && !*metricFailed);
    };
    if (*pending == 0) {
        ++*pending;
        settle(); // all of it was read moments ago
        return;
    }
    panel->setLoading(readChanges || readEvents);

    if (readChanges) {
        ChangeOrderQuery query;
        query.appId = app.appId;
        query.pageSize = changeOrdersForTimeline;
        track(DetailPage::WhatChanged, m_sae,
              m_sae->schedule(ChangeOrderApi::listChangeOrders(query), RequestScheduler::Priority::Visible,
                              this,
                              [this, generation, settle, failed](const ApiResult<Page<ChangeOrder>> &result) {
                                  if (generation != m_generation)
                                      return;
                                  if (result.isOk())
                                      noteChangeOrders(result.value().items);
                                  else
                                      failed->append(tr("Could not load the change orders.") + u' '
                                                     + result.error().detailedText());
                                  settle();
                              }));
    }
    if (readEvents) {
        AppEventQuery query;
        query.namespaceId = eventNamespaceOf(app);
        query.appId = app.appId;
        query.pageSize = eventPageSize;
        track(DetailPage::WhatChanged, m_sae,
              m_sae->schedule(EventApi::listAppEvents(query), RequestScheduler::Priority::Visible, this,
                              [this, generation, settle, failed](const ApiResult<Page<AppEvent>> &result) {
                                  if (generation != m_generation)
                                      return;
                                  if (result.isOk())
                                      noteEvents(result.value().items);
                                  else
                                      failed->append(tr("Could not load the events.") + u' '
                                                     + result.error().detailedText());
                                  settle();
                              }));
    }
    if (readMetric) {
        const auto [from, to] = panel->chartRange();
        MetricQuery query;
        query.metricName = u"cpu"_s; // the Monitoring tab's first chart
        query.appId = app.appId;
        query.start = from;
        query.end = to;
        query.periodSeconds = periodForRange(from, to);
        panel->setMetricLoading(true);
        m_whatChangedMetricAt = {};
        MetricPageLoader::loadAll(
            m_metrics, query, RequestScheduler::Priority::Visible, this,
            [this](quint64 ticket) { track(DetailPage::WhatChanged, m_metrics, ticket); },
            [this, generation, settle, metricFailed](const ApiResult<MetricPage> &result) {
                if (generation != m_generation)
                    return;
                WhatChangedPanel *whatChanged = m_view->whatChangedPanel();
                if (result.isOk()) {
                    whatChanged->setMetricSeries(result.value().series);
                    m_whatChangedMetricAt = QDateTime::currentDateTimeUtc();
                } else {
                    *metricFailed = true;
                    whatChanged->setMetricError(tr("Could not load the metric.") + u' '
                                                + result.error().detailedText());
                }
                settle();
            });
    }
}
