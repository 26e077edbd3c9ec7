#pragma once

#include "core/application.h"
#include "core/applicationgroup.h"
#include "core/instance.h"
#include "core/profile.h"
#include "core/scalingrule.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class ApiError;
class ApplicationTableModel;
class InstanceTableModel;
class MainWindow;
class NamespaceListModel;
class QSettings;
class QTimer;
class RequestScheduler;

/**
 * The one place that wires the main window's navigation to the platform: it turns the window's
 * intents (namespace chosen, application chosen, refresh) into platform calls, queued in the
 * AccessKey's RequestScheduler at on-screen priority, and their answers into model updates and
 * messages. Answers to requests the user has since moved on from are dropped. It keeps the list
 * fresh within the call budget, learns the last change and scaling state of the rows on screen
 * in the background, and reports the budget and the connection's state to the status bar.
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
    /// At most this many pages of one list (20 by default: 2,000 applications).
    void setMaximumPages(int pages);
    /// Remembers the chosen namespace and application in `settings` under `scope` (the profile and
    /// region), and starts from what was remembered there.
    void setSelectionMemory(QSettings *settings, const QString &scope);
    /// The application list is read again this often, at least (30 s by default; 0: never). Long
    /// lists wait longer so that refreshing never takes more than a third of the budget.
    void setAutoRefreshInterval(int milliseconds);
    /// The profile in use: its protected-namespace patterns decide the banner.
    void setProfile(const Profile &profile);

    NamespaceListModel *namespaceModel() const { return m_namespaces; }
    ApplicationTableModel *applicationModel() const { return m_applications; }
    InstanceTableModel *instanceModel() const { return m_instances; }
    bool isInitialLoadFinished() const { return m_initialLoadReported; }
    QString currentNamespaceId() const { return m_namespaceId; }
    QString currentApplicationId() const { return m_applicationId; }
    /// The chosen application's list entry; an empty one when none is chosen.
    Application currentApplication() const;

    /// Reads the application's instances again (after a change to them).
    void reloadInstances();
    /// Learns the application's last change and scaling rules again, now.
    void reloadActivity(const QString &appId);
    /// The application's scaling rules as just read elsewhere (the Scaling tab): the list's
    /// auto-scaling column and the manual-change lock follow them at once.
    void noteScalingRules(const QString &appId, const QList<ScalingRule> &rules);

signals:
    /// The first page has settled: namespaces, applications and the current application's
    /// instances have loaded, or one of them failed (`succeeded` is false then).
    void initialLoadFinished(bool succeeded);
    /// Another application (or none) is chosen; the detail tabs follow it.
    void currentApplicationChanged(const QString &appId);
    void currentNamespaceChanged(const QString &namespaceId);
    void applicationsRefreshed();
    void instancesRefreshed();

private:
    enum class Source
    {
        Namespaces,
        Applications,
        Instances,
    };

    void onNamespaceSelected(const QString &namespaceId);
    void onApplicationSelected(const QString &appId);
    void onVisibleApplicationsChanged(const QStringList &appIds);
    void onBudgetChanged();

    void loadNamespaces();
    void loadApplications();
    void loadApplicationPage(int generation, int page, QSet<QString> seen);
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
    void learnActivityOfVisibleRows();
    void loadActivity(const QString &appId);
    void cancelActivityCalls();
    void scheduleAutoRefresh();
    void autoRefresh();
    void updateApplicationHeader();
    void updateProtectedBanner();
    void remember(const QString &key, const QString &value);

    void reportSuccess(Source source);
    void reportFailure(Source source, const QString &context, const ApiError &error);
    void reportConnection(const ApiError *error);
    void settle(Source source);

    RequestScheduler *m_scheduler;
    MainWindow *m_window;
    NamespaceListModel *m_namespaces;
    ApplicationTableModel *m_applications;
    InstanceTableModel *m_instances;
    QTimer *m_autoRefreshTimer;

    QString m_namespaceId;
    QString m_applicationId;
    int m_pageSize = 100;
    int m_maximumPages = 20;
    int m_autoRefreshMs = 30000;
    int m_lastListPages = 1;
    quint64 m_applicationsCall = 0; ///< RequestScheduler tickets
    quint64 m_instancesCall = 0;
    int m_applicationGeneration = 0;
    int m_instanceGeneration = 0;
    bool m_applicationsLoading = false;
    QDateTime m_applicationsUpdatedAt;
    QDateTime m_instancesUpdatedAt;
    QSet<Source> m_failing;

    QStringList m_visibleAppIds;
    QHash<QString, QList<quint64>> m_activityCalls; ///< background reads per application

    Profile m_profile;
    QSettings *m_settings = nullptr;
    QString m_settingsScope;

    QSet<Source> m_unsettled{Source::Namespaces, Source::Applications, Source::Instances};
    bool m_initialLoadFailed = false;
    bool m_initialLoadReported = false;
};
