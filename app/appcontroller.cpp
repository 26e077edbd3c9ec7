#include "appcontroller.h"

#include "core/applicationtablemodel.h"
#include "core/instancetablemodel.h"
#include "core/namespacelistmodel.h"
#include "platform/apiclient.h"
#include "platform/saeapi.h"
#include "widgets/mainwindow.h"

namespace {

// Paging guards: a platform that keeps promising more pages must not keep us busy forever.
constexpr int applicationPageSize = 100;
constexpr int instancePageSize = 100;
constexpr int maximumPages = 200;

} // namespace

AppController::AppController(ApiClient *client, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
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
    const int row = m_applications->rowOfKey(appId);
    m_window->setCurrentApplicationName(row >= 0 ? m_applications->rowAt(row).appName : QString());
    m_instances->clear();
    m_instancesUpdatedAt = {};
    m_window->setInstancesStale({});
    loadInstances();
}

void AppController::loadNamespaces()
{
    m_client->call(SaeApi::describeNamespaces(), this, [this](const ApiResult<Page<Namespace>> &result) {
        if (result.isOk()) {
            m_namespaces->setNamespaces(result.value().items);
            m_window->selectNamespace(m_namespaceId);
            reportSuccess(Source::Namespaces);
        } else {
            reportFailure(Source::Namespaces, tr("Could not load the namespaces."), result.error());
        }
        settle(Source::Namespaces);
    });
}

void AppController::loadApplications()
{
    loadApplicationPage(++m_applicationGeneration, 1, {});
}

void AppController::loadApplicationPage(int generation, int page, QList<Application> collected)
{
    ApplicationQuery query;
    query.namespaceId = m_namespaceId;
    query.currentPage = page;
    query.pageSize = applicationPageSize;
    m_client->call(
        SaeApi::listApplications(query), this,
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
            if (received.hasMore() && collected.size() < received.totalSize && page < maximumPages) {
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
    const QString appId = m_applicationId;
    m_window->setInstancesLoading(true);
    m_client->call(SaeApi::describeApplicationGroups(appId), this,
                   [this, generation](const ApiResult<QList<ApplicationGroup>> &result) {
                       if (generation != m_instanceGeneration)
                           return;
                       if (!result.isOk()) {
                           m_window->setInstancesLoading(false);
                           if (m_instancesUpdatedAt.isValid())
                               m_window->setInstancesStale(m_instancesUpdatedAt);
                           reportFailure(Source::Instances, tr("Could not load the instances."),
                                         result.error());
                           settle(Source::Instances);
                           return;
                       }
                       loadGroupInstances(generation, result.value(), 1, {});
                   });
}

void AppController::loadGroupInstances(int generation, QList<ApplicationGroup> groups, int page,
                                       QList<Instance> collected)
{
    if (groups.isEmpty()) {
        m_instances->setReferenceTime(QDateTime::currentDateTimeUtc());
        m_instances->setRows(collected);
        m_instancesUpdatedAt = QDateTime::currentDateTimeUtc();
        m_window->setInstancesLoading(false);
        m_window->setInstancesStale({});
        reportSuccess(Source::Instances);
        settle(Source::Instances);
        return;
    }
    InstanceQuery query;
    query.appId = m_applicationId;
    query.groupId = groups.constFirst().groupId;
    query.currentPage = page;
    query.pageSize = instancePageSize;
    m_client->call(SaeApi::describeApplicationInstances(query), this,
                   [this, generation, groups = std::move(groups), page,
                    collected = std::move(collected)](const ApiResult<Page<Instance>> &result) mutable {
                       if (generation != m_instanceGeneration)
                           return; // the user chose another application meanwhile
                       if (!result.isOk()) {
                           m_window->setInstancesLoading(false);
                           if (m_instancesUpdatedAt.isValid())
                               m_window->setInstancesStale(m_instancesUpdatedAt);
                           reportFailure(Source::Instances, tr("Could not load the instances."),
                                         result.error());
                           settle(Source::Instances);
                           return;
                       }
                       const Page<Instance> &received = result.value();
                       collected.append(received.items);
                       if (received.hasMore() && page < maximumPages) {
                           loadGroupInstances(generation, std::move(groups), page + 1, std::move(collected));
                           return;
                       }
                       groups.removeFirst();
                       loadGroupInstances(generation, std::move(groups), 1, std::move(collected));
                   });
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
