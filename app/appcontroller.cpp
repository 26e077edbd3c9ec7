#include "appcontroller.h"

#include "core/applicationtablemodel.h"
#include "core/instancetablemodel.h"
#include "core/namespacelistmodel.h"
#include "platform/requestscheduler.h"
#include "platform/saeapi.h"
#include "widgets/mainwindow.h"

#include <utility>

namespace {

// Paging guards: a platform that keeps promising more pages must not keep us busy forever.
// 20 pages of 100 are 2,000 applications; more would eat a minute's call budget on one list.
constexpr int maximumPages = 20;

/// Whether another page is worth asking for: decided from what we asked and what arrived, not
/// from the counters the platform echoes (which a tolerant reader may have defaulted).
template <typename T>
bool shouldFetchNextPage(const Page<T> &received, int requestedPage, qsizetype collectedSoFar)
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
{
    m_window->setModels(m_namespaces, m_applications, m_instances);
    connect(m_window, &MainWindow::namespaceSelected, this, &AppController::onNamespaceSelected);
    connect(m_window, &MainWindow::applicationSelected, this, &AppController::onApplicationSelected);
    connect(m_window, &MainWindow::refreshRequested, this, &AppController::refresh);
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
    if (!m_applicationId.isEmpty())
        loadInstances();
}

void AppController::onNamespaceSelected(const QString &namespaceId)
{
    if (namespaceId == m_namespaceId)
        return;
    m_namespaceId = namespaceId;
    // Another namespace's rows must not stand in for this one's, not even as stale data.
    m_applicationId.clear();
    ++m_instanceGeneration;
    cancelCall(m_instancesCall);
    m_applications->clear();
    m_instances->clear();
    m_applicationsUpdatedAt = {};
    m_instancesUpdatedAt = {};
    m_window->setCurrentApplicationName({});
    m_window->setApplicationsStale({});
    m_window->setInstancesStale({});
    loadApplications();
}

void AppController::onApplicationSelected(const QString &appId)
{
    if (appId == m_applicationId)
        return;
    m_applicationId = appId;
    if (appId.isEmpty()) { // the chosen application is gone and nothing else is chosen yet
        ++m_instanceGeneration;
        cancelCall(m_instancesCall);
        m_instances->clear();
        m_instancesUpdatedAt = {};
        m_window->setCurrentApplicationName({});
        m_window->setInstancesLoading(false);
        m_window->setInstancesStale({});
        return;
    }
    const int row = m_applications->rowOfKey(appId);
    m_window->setCurrentApplicationName(row >= 0 ? m_applications->rowAt(row).appName : QString());
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
    // Asked again before the older call is cancelled, so that the same read still under way is
    // joined rather than aborted and paid for twice.
    quint64 older = std::exchange(m_applicationsCall, 0);
    loadApplicationPage(generation, 1, {});
    cancelCall(older);
}

void AppController::loadApplicationPage(int generation, int page, QList<Application> collected)
{
    ApplicationQuery query;
    query.namespaceId = m_namespaceId;
    query.currentPage = page;
    query.pageSize = m_pageSize;
    m_applicationsCall = m_scheduler->schedule(
        SaeApi::listApplications(query), RequestScheduler::Priority::Visible, this,
        [this, generation, page,
         collected = std::move(collected)](const ApiResult<Page<Application>> &result) mutable {
            if (generation != m_applicationGeneration)
                return; // the user chose another namespace meanwhile
            if (!result.isOk()) {
                if (m_applicationsUpdatedAt.isValid())
                    m_window->setApplicationsStale(m_applicationsUpdatedAt);
                reportFailure(Source::Applications, tr("Could not load the applications."), result.error());
                settle(Source::Applications);
                settle(Source::Instances); // nothing to select, nothing to load
                return;
            }
            const Page<Application> &received = result.value();
            collected.append(received.items);
            if (shouldFetchNextPage(received, page, collected.size())) {
                loadApplicationPage(generation, page + 1, std::move(collected));
                return;
            }
            m_applications->setRows(collected); // may select a first application
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
            if (shouldFetchNextPage(received, load.page, load.collectedInGroup)) {
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
    if (m_failing.remove(source) && m_failing.isEmpty())
        m_window->clearError();
}

void AppController::reportFailure(Source source, const QString &context, const ApiError &error)
{
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
