#pragma once

#include "core/application.h"
#include "core/applicationgroup.h"
#include "core/instance.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

class ApiError;
class ApplicationTableModel;
class InstanceTableModel;
class MainWindow;
class NamespaceListModel;
class RequestScheduler;

/**
 * The one place that wires the widgets to the platform: it turns the main window's intents
 * (namespace chosen, application chosen, refresh) into platform calls, queued in the AccessKey's
 * RequestScheduler at on-screen priority, and their answers into
 * model updates and messages. Answers to requests the user has since moved on from are dropped.
 */
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    AppController(RequestScheduler *scheduler, MainWindow *window, QObject *parent = nullptr);

    /// Loads the namespaces, the applications and the first application's instances.
    void start();
    void refresh();
    /// Items per list page, 1..100 (100 by default); tests use small pages to exercise paging.
    void setPageSize(int pageSize);

    NamespaceListModel *namespaceModel() const { return m_namespaces; }
    ApplicationTableModel *applicationModel() const { return m_applications; }
    InstanceTableModel *instanceModel() const { return m_instances; }
    bool isInitialLoadFinished() const { return m_initialLoadReported; }

signals:
    /// The first page has settled: namespaces, applications and the current application's
    /// instances have loaded, or one of them failed (`succeeded` is false then).
    void initialLoadFinished(bool succeeded);

private:
    enum class Source
    {
        Namespaces,
        Applications,
        Instances,
    };

    void onNamespaceSelected(const QString &namespaceId);
    void onApplicationSelected(const QString &appId);

    void loadNamespaces();
    void loadApplications();
    void loadApplicationPage(int generation, int page, QList<Application> collected);
    /// The instances of one application, collected group by group and page by page.
    struct InstanceLoad
    {
        int generation = 0;
        QString appId;
        QList<ApplicationGroup> groups; // still to load; the first is being loaded
        int page = 1;
        qsizetype collectedInGroup = 0;
        QList<Instance> collected;
    };

    void loadInstances();
    void loadGroupInstances(InstanceLoad load);
    void failInstances(const ApiError &error);
    void cancelCall(quint64 &ticket);

    void reportSuccess(Source source);
    void reportFailure(Source source, const QString &context, const ApiError &error);
    void settle(Source source);

    RequestScheduler *m_scheduler;
    MainWindow *m_window;
    NamespaceListModel *m_namespaces;
    ApplicationTableModel *m_applications;
    InstanceTableModel *m_instances;

    QString m_namespaceId;
    QString m_applicationId;
    int m_pageSize = 100;
    quint64 m_applicationsCall = 0; ///< RequestScheduler tickets
    quint64 m_instancesCall = 0;
    int m_applicationGeneration = 0;
    int m_instanceGeneration = 0;
    QDateTime m_applicationsUpdatedAt;
    QDateTime m_instancesUpdatedAt;
    QSet<Source> m_failing;

    QSet<Source> m_unsettled{Source::Namespaces, Source::Applications, Source::Instances};
    bool m_initialLoadFailed = false;
    bool m_initialLoadReported = false;
};
