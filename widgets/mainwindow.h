#pragma once

#include "core/lifecycleaction.h"

#include <QDateTime>
#include <QMainWindow>

class ApiError;
class ApplicationDetailView;
class ApplicationListPanel;
class FleetPanel;
class InstancePanel;
class MessageBanner;
class QAbstractItemModel;
class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTimer;

/**
 * The console's main window: profile, region and namespace selectors; the application list over
 * the chosen application's detail; a status bar with where the data comes from, the call budget,
 * the age of the data and the connection's state. It shows models and emits what the user wants;
 * it never talks to the platform itself (AppController does).
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class ConnectionState
    {
        Connecting,
        Connected,
        Throttled, ///< the platform said slow down; the console is backing off
        Offline,   ///< the last calls failed to reach the platform
    };
    Q_ENUM(ConnectionState)

    explicit MainWindow(QWidget *parent = nullptr);

    void setModels(QAbstractItemModel *namespaces, QAbstractItemModel *applications,
                   QAbstractItemModel *instances);
    ApplicationListPanel *applicationList() const { return m_applications; }
    ApplicationDetailView *detail() const { return m_detail; }
    InstancePanel *instancePanel() const;

    /// The profiles to choose from and the one in use.
    void setProfiles(const QStringList &names, const QString &current);
    /// The profile's regions and the one in use.
    void setRegions(const QStringList &regionIds, const QString &current);
    QString currentProfile() const;
    QString currentRegion() const;

    /// Where the data comes from, for the status bar: "Embedded emulator · cn-shenzhen".
    void setConnectionDescription(const QString &text);
    void setConnectionState(ConnectionState state, const QString &detail = {});
    ConnectionState connectionState() const { return m_connectionState; }
    /// Calls sent in the current window of the platform's limit, the limit, and calls waiting.
    void setCallBudget(int usedInWindow, int limit, int queued);
    QString callBudgetText() const;

    /// The namespace the selector shows; empty means all namespaces.
    void selectNamespace(const QString &namespaceId);
    QString currentNamespaceId() const;
    QString currentNamespaceName() const;
    /// Shows the protected-namespace banner (production by default) or hides it.
    void setNamespaceProtected(bool isProtected, const QString &namespaceName = {});
    bool isProtectedBannerShown() const;
    QString currentApplicationId() const;
    bool selectApplication(const QString &appId);

    /// Names the chosen application above its detail; empty when there is none.
    void setCurrentApplication(const QString &appName, const QString &appId, const QString &statusLine);
    void setInstancesLoading(bool loading);

    /// A successful refresh of the application list at `when`; clears its stale mark.
    void setApplicationsUpdated(const QDateTime &when);
    void setApplicationsStale(const QDateTime &lastGoodUpdate);
    /// Marks the instances as older than the last attempt; an invalid time means fresh.
    void setInstancesStale(const QDateTime &lastGoodUpdate);
    QString updatedText() const;

    /// Shows what failed (`context`, e.g. "Could not load applications.") with code and RequestId.
    void showError(const QString &context, const ApiError &error);
    /// A failure that is not the platform's (the journal, the console itself), already worded.
    void showErrorMessage(const QString &text);
    /// A message that is not an error: what an action did, where it stands.
    void showNotice(const QString &text);
    void clearError();
    QString errorText() const;

    /// Adds a dock (hidden until shown) for a panel that outlives dialogs: the change-order view,
    /// the batch gate, the sign-off inbox. The View menu gets an item that shows and hides it.
    QDockWidget *addPanelDock(const QString &objectName, const QString &title, QWidget *panel,
                              Qt::DockWidgetArea area);
    /// The sign-off inbox: the toolbar's Sign-off button shows and hides its dock.
    void setSignOffInbox(QDockWidget *inboxDock);
    /// Change orders waiting for a person: on the Sign-off button and in the window title.
    void setSignOffCount(int count);
    int signOffCount() const { return m_signOffCount; }
    /// The window title without the sign-off count: "cn-shenzhen — embedded emulator".
    void setTitleBase(const QString &title);

    /// The fleet page (issue 8), shown instead of the list and the detail by the toolbar's Fleet
    /// button; opening an application there shows its unhealthy instances.
    void setFleetPanel(FleetPanel *fleet);
    void showFleet(bool shown);
    /// Triage: leaves the fleet page for the application's instances that need attention (an
    /// application of this region; the list's filter or namespace is changed when they hide it).
    void openForTriage(const QString &appId);

    bool isFleetShown() const;

    /// Window geometry, splitter and list columns, the current tab.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

signals:
    void profileSelected(const QString &profileName);
    void regionSelected(const QString &regionId);
    void namespaceSelected(const QString &namespaceId);
    void applicationSelected(const QString &appId);
    void refreshRequested();
    void lifecycleActionRequested(const QString &appId, LifecycleAction action);
    /// Ctrl+K: the user wants to jump to an application by name.
    void goToApplicationRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateAge();
    void updateApplicationActions();
    void updateTitle();

    QComboBox *m_profileSelector;
    QComboBox *m_regionSelector;
    QComboBox *m_namespaceSelector;
    MessageBanner *m_banner;
    MessageBanner *m_protectedBanner;
    ApplicationListPanel *m_applications;
    ApplicationDetailView *m_detail;
    QSplitter *m_splitter;
    QStackedWidget *m_pages;
    FleetPanel *m_fleet = nullptr;
    QAction *m_fleetAction = nullptr;
    QLabel *m_connectionStateLabel;
    QLabel *m_connectionLabel;
    QLabel *m_budgetLabel;
    QLabel *m_updatedLabel;
    QTimer *m_ageTimer;
    QList<QAction *> m_applicationActions;
    QAction *m_refreshAction = nullptr;
    QAction *m_signOffAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QString m_titleBase;
    int m_signOffCount = 0;
    QDateTime m_updatedAt;
    ConnectionState m_connectionState = ConnectionState::Connecting;
    QString m_namespaceBeforeReset;
    bool m_namespaceModelResetting = false;
    bool m_selectorsUpdating = false;
};
