#pragma once

#include <QDateTime>
#include <QMainWindow>

class ApiError;
class ApplicationListPanel;
class InstancePanel;
class MessageBanner;
class QAbstractItemModel;
class QAction;
class QComboBox;
class QLabel;

/**
 * The console's main window: a namespace selector, the application list and the instances of the
 * current application. It shows models and emits what the user wants; it never talks to the
 * platform itself (AppController does).
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setModels(QAbstractItemModel *namespaces, QAbstractItemModel *applications,
                   QAbstractItemModel *instances);
    /// Where the data comes from, for the status bar: "Embedded emulator · cn-shenzhen".
    void setConnectionDescription(const QString &text);
    /// The namespace the selector shows; empty means all namespaces.
    void selectNamespace(const QString &namespaceId);
    QString currentNamespaceId() const;
    QString currentApplicationId() const;
    bool selectApplication(const QString &appId);

    void setCurrentApplicationName(const QString &appName);
    void setInstancesLoading(bool loading);

    /// A successful refresh of the application list at `when`; clears its stale mark.
    void setApplicationsUpdated(const QDateTime &when);
    void setApplicationsStale(const QDateTime &lastGoodUpdate);
    /// Marks the instances as older than the last attempt; an invalid time means fresh.
    void setInstancesStale(const QDateTime &lastGoodUpdate);

    /// Shows what failed (`context`, e.g. "Could not load applications.") with code and RequestId.
    void showError(const QString &context, const ApiError &error);
    void clearError();
    QString errorText() const;

signals:
    void namespaceSelected(const QString &namespaceId);
    void applicationSelected(const QString &appId);
    void refreshRequested();

private:
    void createActions();

    QComboBox *m_namespaceSelector;
    MessageBanner *m_banner;
    ApplicationListPanel *m_applications;
    InstancePanel *m_instances;
    QLabel *m_connectionLabel;
    QLabel *m_updatedLabel;
    QAction *m_refreshAction = nullptr;
    QString m_namespaceBeforeReset;
    bool m_namespaceModelResetting = false;
};
