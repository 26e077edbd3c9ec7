#include "appcontroller.h"

#include "core/applicationtablemodel.h"
#include "core/instancetablemodel.h"
#include "core/namespacelistmodel.h"
#include "platform/changeorderapi.h"
#include "platform/requestscheduler.h"
#include "platform/saeapi.h"
#include "platform/scalingruleapi.h"
#include "widgets/applicationlistpanel.h"
#include "widgets/mainwindow.h"

#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

/// How long what was learned about a row's last change and scaling rules counts as fresh.
constexpr qint64 activityFreshSeconds = 300;

/// Whether another page is worth asking for: decided from what we asked and what arrived, not
/// from the counters the platform echoes (which a tolerant reader may have defaulted). Paging
/// is bounded: a platform that keeps promising more pages must not keep us busy forever.
template <typename T>
bool shouldFetchNextPage(const Page<T> &received, int requestedPage, qsizetype collectedSoFar,
                         int maximumPages)
{
    return !received.items.isEmpty() && qint64(collectedSoFar) < qint64(received.totalSize)
           && requestedPage < maximumPages;
}

} // namespace

AppController::AppController(RequestScheduler *scheduler, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_window(window)
    , m_namespaces(new NamespaceListModel(this))
    , m_applications(new ApplicationTableModel(this))
    , m_instances(new InstanceTableModel(this))
    , m_autoRefreshTimer(new QTimer(this))
{
    m_window->setModels(m_namespaces, m_applications, m_instances);
    connect(m_window, &MainWindow::namespaceSelected, this, &AppController::onNamespaceSelected);
    connect(m_window, &MainWindow::applicationSelected, this, &AppController::onApplicationSelected);
    connect(m_window, &MainWindow::refreshRequested, this, &AppController::refresh);
    connect(m_window->applicationList(), &ApplicationListPanel::visibleApplicationsChanged, this,
            &AppController::onVisibleApplicationsChanged);
    connect(m_scheduler, &RequestScheduler::budgetChanged, this, &AppController::onBudgetChanged);
    connect(m_applications, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_applications->rowOfKey(m_applicationId);
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateApplicationHeader();
            });
    m_autoRefreshTimer->setSingleShot(true);
    connect(m_autoRefreshTimer, &QTimer::timeout, this, &AppController::autoRefresh);
    onBudgetChanged();
}

void AppController::start()
{
    loadNamespaces();
    loadApplications();
}

void AppController::refresh()
{
    loadNamespaces();
    loadApplications();
    if (!m_applicationId.isEmpty()) {
        loadInstances();
        reloadActivity(m_applicationId);
    }
}

void AppController::setMaximumPages(int pages)
{
    m_maximumPages = qMax(1, pages);
}

void AppController::setSelectionMemory(QSettings *settings, const QString &scope)
{
    m_settings = settings;
    m_settingsScope = scope;
    if (!settings)
        return;
    const QString prefix = u"selection/"_s + scope + u'/';
    m_namespaceId = settings->value(prefix + u"namespace"_s).toString();
    m_window->applicationList()->setPreferredApplication(
        settings->value(prefix + u"application"_s).toString());
}

void AppController::remember(const QString &key, const QString &value)
{
    if (m_settings)
        m_settings->setValue(u"selection/"_s + m_settingsScope + u'/' + key, value);
}

void AppController::setProfile(const Profile &profile)
{
    m_profile = profile;
    updateProtectedBanner();
}

void AppController::updateProtectedBanner()
{
    // A chosen namespace decides; across all namespaces, the chosen application's does.
    QString namespaceId = m_namespaceId;
    QString namespaceName = m_window->currentNamespaceName();
    if (namespaceId.isEmpty()) {
        const Application app = currentApplication();
        namespaceId = app.namespaceId;
        namespaceName = app.namespaceName;
    }
    const bool isProtected = !namespaceId.isEmpty() && m_profile.isProtected(namespaceId, namespaceName);
    m_window->setNamespaceProtected(isProtected, namespaceName.isEmpty() ? namespaceId : namespaceName);
}

void AppController::setAutoRefreshInterval(int milliseconds)
{
    m_autoRefreshMs = qMax(0, milliseconds);
    if (m_autoRefreshMs == 0)
        m_autoRefreshTimer->stop();
}

void AppController::scheduleAutoRefresh()
{
    if (m_autoRefreshMs <= 0)
        return;
    // A list of N pages costs N calls: wait long enough that refreshing it stays within a third
    // of the platform's limit (60 calls a minute: 20 pages a minute).
    const RequestScheduler::Budget budget = m_scheduler->budget();
    const int callsPerMinute = budget.limit > 0 ? budget.limit : 60;
    const qint64 budgetMs = qint64(m_lastListPages) * 60000 * 3 / callsPerMinute;
    m_autoRefreshTimer->start(int(qMax<qint64>(m_autoRefreshMs, budgetMs)));
}

void AppController::autoRefresh()
{
    if (m_applicationsLoading) {
        scheduleAutoRefresh();
        return;
    }
    loadApplications();
    if (!m_applicationId.isEmpty())
        loadInstances();
}

Application AppController::currentApplication() const
{
    const Application *app = m_applications->findRow(m_applicationId);
    return app ? *app : Application();
}

void AppController::reloadInstances()
{
    if (!m_applicationId.isEmpty())
        loadInstances();
}

void AppController::updateApplicationHeader()
{
    updateProtectedBanner();
    const int row = m_applications->rowOfKey(m_applicationId);
    if (row < 0) {
        m_window->setCurrentApplication({}, {}, {});
        return;
    }
    const Application &app = m_applications->rowAt(row);
    //: the chosen application's header: %1 status, %2 running and %3 target instances, %4 spec, %5 version
    const QString line = tr("%1 · %2/%3 instances · %4 · %5")
                             .arg(ApplicationTableModel::statusText(m_applications->statusOf(app)))
                             .arg(app.runningInstances)
                             .arg(app.targetInstances)
                             .arg(ApplicationTableModel::specText(app.cpuMillicores, app.memoryMb),
                                  app.version().isEmpty() ? u"—"_s : app.version());
    m_window->setCurrentApplication(app.appName, app.appId, line);
}

void AppController::onBudgetChanged()
{
    const RequestScheduler::Budget budget = m_scheduler->budget();
    m_window->setCallBudget(budget.usedInWindow, budget.limit, budget.queued);
    if (budget.holdMs > 0)
        m_window->setConnectionState(MainWindow::ConnectionState::Throttled,
                                     tr("The platform asked for fewer calls; waiting %1 s before the next.")
                                         .arg((budget.holdMs + 999) / 1000));
}

void AppController::onVisibleApplicationsChanged(const QStringList &appIds)
{
    m_visibleAppIds = appIds;
    learnActivityOfVisibleRows();
}

void AppController::learnActivityOfVisibleRows()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &appId : std::as_const(m_visibleAppIds)) {
        if (m_activityCalls.contains(appId))
            continue; // already being learned
        const ApplicationActivity known = m_applications->activity(appId);
        // Both halves are wanted: the Scaling tab may have told the rules alone a moment ago.
        if (known.changesKnown && known.scalingKnown && known.checkedAt.isValid()
            && known.checkedAt.secsTo(now) < activityFreshSeconds)
            continue;
        loadActivity(appId);
    }
}

void AppController::reloadActivity(const QString &appId)
{
    if (const auto pending = m_activityCalls.take(appId); !pending.isEmpty()) {
        for (quint64 ticket : pending)
            m_scheduler->cancel(ticket);
    }
    loadActivity(appId);
}

void AppController::loadActivity(const QString &appId)
{
    // Two reads per application, behind everything on screen: what changed last, and whether an
    // auto-scaling rule is on. The row says "unknown" until they arrive, never "none".
    ChangeOrderQuery changes;
    changes.appId = appId;
    changes.pageSize = 1; // the newest first
    const auto finished = [this, appId](quint64 ticket) {
        auto pending = m_activityCalls.find(appId);
        if (pending == m_activityCalls.end())
            return;
        pending->removeOne(ticket);
        if (pending->isEmpty())
            m_activityCalls.erase(pending);
    };
    auto ticket = std::make_shared<quint64>(0);
    *ticket = m_scheduler->schedule(
        ChangeOrderApi::listChangeOrders(changes), RequestScheduler::Priority::Background, this,
        [this, appId, ticket, finished](const ApiResult<Page<ChangeOrder>> &result) {
            finished(*ticket);
            if (!result.isOk())
                return; // the columns stay "unknown"; the next look at the row asks again
            ApplicationActivity activity = m_applications->activity(appId);
            activity.changesKnown = true;
            activity.lastChange = result.value().items.isEmpty()
                                      ? std::nullopt
                                      : std::optional<ChangeOrder>(result.value().items.constFirst());
            activity.checkedAt = QDateTime::currentDateTimeUtc();
            m_applications->setActivity(appId, activity);
        });
    m_activityCalls[appId].append(*ticket);
    auto rulesTicket = std::make_shared<quint64>(0);
    *rulesTicket = m_scheduler->schedule(
        ScalingRuleApi::describeScalingRules(appId), RequestScheduler::Priority::Background, this,
        [this, appId, rulesTicket, finished](const ApiResult<QList<ScalingRule>> &result) {
            finished(*rulesTicket);
            if (result.isOk())
                noteScalingRules(appId, result.value());
        });
    m_activityCalls[appId].append(*rulesTicket);
}

void AppController::noteScalingRules(const QString &appId, const QList<ScalingRule> &rules)
{
    ApplicationActivity activity = m_applications->activity(appId);
    activity.scalingKnown = true;
    activity.scalingRules = int(rules.size());
    activity.enabledScalingRules = int(
        std::count_if(rules.cbegin(), rules.cend(), [](const ScalingRule &rule) { return rule.enabled; }));
    activity.checkedAt = QDateTime::currentDateTimeUtc();
    m_applications->setActivity(appId, activity);
}

void AppController::cancelActivityCalls()
{
    for (const QList<quint64> &tickets : std::as_const(m_activityCalls)) {
        for (quint64 ticket : tickets)
            m_scheduler->cancel(ticket);
    }
    m_activityCalls.clear();
}

void AppController::onNamespaceSelected(const QString &namespaceId)
{
    if (namespaceId == m_namespaceId)
        return;
    m_namespaceId = namespaceId;
    remember(u"namespace"_s, namespaceId);
    emit currentNamespaceChanged(namespaceId);
    cancelActivityCalls();
    m_visibleAppIds.clear();
    // Another namespace's rows must not stand in for this one's, not even as stale data.
    m_applicationId.clear();
    emit currentApplicationChanged({});
    ++m_instanceGeneration;
    cancelCall(m_instancesCall);
    m_applications->clear();
    m_instances->clear();
    m_applicationsUpdatedAt = {};
    m_instancesUpdatedAt = {};
    m_window->setCurrentApplication({}, {}, {});
    updateProtectedBanner();
    m_window->setApplicationsStale({});
    m_window->setInstancesStale({});
    loadApplications();
}

void AppController::onApplicationSelected(const QString &appId)
{
    if (appId == m_applicationId)
        return;
    m_applicationId = appId;
    emit currentApplicationChanged(appId);
    if (appId.isEmpty()) { // the chosen application is gone and nothing else is chosen yet
        ++m_instanceGeneration;
        cancelCall(m_instancesCall);
        m_instances->clear();
        m_instancesUpdatedAt = {};
        m_window->setCurrentApplication({}, {}, {});
        m_window->setInstancesLoading(false);
        m_window->setInstancesStale({});
        return;
    }
    remember(u"application"_s, appId);
    updateApplicationHeader();
    m_instances->clear();
    m_instancesUpdatedAt = {};
    m_window->setInstancesStale({});
    loadInstances();
}

void AppController::loadNamespaces()
{
    m_scheduler->schedule(SaeApi::describeNamespaces(), RequestScheduler::Priority::Visible, this,
                          [this](const ApiResult<Page<Namespace>> &result) {
                              if (result.isOk()) {
                                  m_namespaces->setNamespaces(result.value().items);
                                  m_window->selectNamespace(m_namespaceId);
                                  if (m_window->currentNamespaceId() != m_namespaceId) {
                                      // The remembered namespace is gone: show what the selector
                                      // shows (all namespaces), not an empty list of a ghost.
                                      onNamespaceSelected(m_window->currentNamespaceId());
                                  }
                                  updateProtectedBanner();
                                  reportSuccess(Source::Namespaces);
                              } else {
                                  reportFailure(Source::Namespaces, tr("Could not load the namespaces."),
                                                result.error());
                              }
                              settle(Source::Namespaces);
                          });
}

void AppController::loadApplications()
{
    const int generation = ++m_applicationGeneration; // the older call's answer is dropped
    m_applicationsLoading = true;
    m_autoRefreshTimer->stop();
    // Asked again before the older call is cancelled, so that the same read still under way is
    // joined rather than aborted and paid for twice.
    quint64 older = std::exchange(m_applicationsCall, 0);
    loadApplicationPage(generation, 1, {});
    cancelCall(older);
}

void AppController::loadApplicationPage(int generation, int page, QSet<QString> seen)
{
    ApplicationQuery query;
    query.namespaceId = m_namespaceId;
    query.currentPage = page;
    query.pageSize = m_pageSize;
    m_applicationsCall = m_scheduler->schedule(
        SaeApi::listApplications(query), RequestScheduler::Priority::Visible, this,
        [this, generation, page, seen = std::move(seen)](const ApiResult<Page<Application>> &result) mutable {
            if (generation != m_applicationGeneration)
                return; // the user chose another namespace meanwhile
            if (!result.isOk()) {
                m_applicationsLoading = false;
                scheduleAutoRefresh();
                if (m_applicationsUpdatedAt.isValid())
                    m_window->setApplicationsStale(m_applicationsUpdatedAt);
                reportFailure(Source::Applications, tr("Could not load the applications."), result.error());
                settle(Source::Applications);
                settle(Source::Instances); // nothing to select, nothing to load
                return;
            }
            // Each page is merged as it comes (at a cost in proportion to the page, so a list of
            // thousands never stalls the window at once); rows the platform no longer lists go
            // when the last page is in, so that rows not yet read again do not blink away.
            const Page<Application> &received = result.value();
            for (const Application &app : received.items)
                seen.insert(app.appId);
            m_applications->upsertRows(received.items); // may select a first application
            if (shouldFetchNextPage(received, page, seen.size(), m_maximumPages)) {
                loadApplicationPage(generation, page + 1, std::move(seen));
                return;
            }
            m_applicationsLoading = false;
            m_lastListPages = page;
            // Every row seen was merged, so the model holds at least those: when it holds no more,
            // nothing is gone and the 10,000-key pass can be skipped.
            if (m_applications->rowCount() != seen.size())
                m_applications->removeRowsNotIn(seen);
            updateApplicationHeader();
            learnActivityOfVisibleRows();
            scheduleAutoRefresh();
            emit applicationsRefreshed();
            m_applicationsUpdatedAt = QDateTime::currentDateTimeUtc();
            m_window->setApplicationsUpdated(m_applicationsUpdatedAt);
            reportSuccess(Source::Applications);
            settle(Source::Applications);
            if (m_applicationId.isEmpty())
                settle(Source::Instances);
        });
}

void AppController::loadInstances()
{
    const int generation = ++m_instanceGeneration;
    quint64 older = std::exchange(m_instancesCall, 0); // cancelled once the new call is queued
    const QString appId = m_applicationId;
    m_window->setInstancesLoading(true);
    m_instancesCall = m_scheduler->schedule(
        SaeApi::describeApplicationGroups(appId), RequestScheduler::Priority::Visible, this,
        [this, generation, appId](const ApiResult<QList<ApplicationGroup>> &result) {
            if (generation != m_instanceGeneration)
                return;
            if (!result.isOk()) {
                failInstances(result.error());
                return;
            }
            InstanceLoad load;
            load.generation = generation;
            load.appId = appId;
            load.groups = result.value();
            QHash<QString, QString> groupNames;
            for (const ApplicationGroup &group : std::as_const(load.groups))
                groupNames.insert(group.groupId, group.groupName);
            m_instances->setGroupNames(groupNames);
            loadGroupInstances(std::move(load));
        });
    cancelCall(older);
}

void AppController::loadGroupInstances(InstanceLoad load)
{
    if (load.groups.isEmpty()) {
        m_instances->setReferenceTime(QDateTime::currentDateTimeUtc());
        m_instances->setRows(load.collected);
        m_instancesUpdatedAt = QDateTime::currentDateTimeUtc();
        m_window->setInstancesLoading(false);
        m_window->setInstancesStale({});
        reportSuccess(Source::Instances);
        settle(Source::Instances);
        emit instancesRefreshed();
        return;
    }
    InstanceQuery query;
    query.appId = load.appId;
    query.groupId = load.groups.constFirst().groupId;
    query.currentPage = load.page;
    query.pageSize = m_pageSize;
    m_instancesCall = m_scheduler->schedule(
        SaeApi::describeApplicationInstances(query), RequestScheduler::Priority::Visible, this,
        [this, load = std::move(load)](const ApiResult<Page<Instance>> &result) mutable {
            if (load.generation != m_instanceGeneration)
                return; // the user chose another application meanwhile
            if (!result.isOk()) {
                failInstances(result.error());
                return;
            }
            const Page<Instance> &received = result.value();
            load.collected.append(received.items);
            load.collectedInGroup += received.items.size();
            if (shouldFetchNextPage(received, load.page, load.collectedInGroup, m_maximumPages)) {
                ++load.page;
            } else {
                load.groups.removeFirst();
                load.page = 1;
                load.collectedInGroup = 0;
            }
            loadGroupInstances(std::move(load));
        });
}

void AppController::failInstances(const ApiError &error)
{
    m_window->setInstancesLoading(false);
    if (m_instancesUpdatedAt.isValid())
        m_window->setInstancesStale(m_instancesUpdatedAt);
    reportFailure(Source::Instances, tr("Could not load the instances."), error);
    settle(Source::Instances);
}

void AppController::setPageSize(int pageSize)
{
    m_pageSize = qBound(1, pageSize, 100);
}

void AppController::cancelCall(quint64 &ticket)
{
    if (ticket != 0)
        m_scheduler->cancel(ticket); // a waiting call goes unsent; an answer in flight is dropped
    ticket = 0;
}

void AppController::reportSuccess(Source source)
{
    reportConnection(nullptr);
    if (m_failing.remove(source) && m_failing.isEmpty())
        m_window->clearError();
}

void AppController::reportConnection(const ApiError *error)
{
    if (!error) {
        if (m_scheduler->budget().holdMs == 0)
            m_window->setConnectionState(MainWindow::ConnectionState::Connected);
        return;
    }
    switch (error->kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        m_window->setConnectionState(MainWindow::ConnectionState::Offline, error->summary());
        break;
    case ApiError::Kind::Throttled:
        m_window->setConnectionState(MainWindow::ConnectionState::Throttled, error->detailedText());
        break;
    default:
        // The platform answered: the connection works, even if this call did not.
        m_window->setConnectionState(MainWindow::ConnectionState::Connected, error->detailedText());
        break;
    }
}

void AppController::reportFailure(Source source, const QString &context, const ApiError &error)
{
    reportConnection(&error);
    m_failing.insert(source);
    m_window->showError(context, error);
    if (!m_initialLoadReported)
        m_initialLoadFailed = true;
}

void AppController::settle(Source source)
{
    if (m_initialLoadReported || !m_unsettled.remove(source) || !m_unsettled.isEmpty())
        return;
    m_initialLoadReported = true;
    emit initialLoadFinished(!m_initialLoadFailed);
}
