#pragma once

#include <QDateTime>
#include <QStringList>
#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/**
 * The instances of the current application: a title line, a filter for the instances that need
 * attention, and a sortable table whose context menu and buttons ask to restart or delete the
 * selected instances or to read one's log. It only asks: the confirmation and the call are the
 * controller's.
 */
class InstancePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancePanel)

public:
    explicit InstancePanel(QWidget *parent = nullptr);

    /// A model with the columns and roles of InstanceTableModel.
    void setModel(QAbstractItemModel *model);
    /// Names the application whose instances are shown; empty when there is none.
    void setApplicationName(const QString &appName);
    void setLoading(bool loading);
    void setStaleSince(const QDateTime &lastGoodUpdate);
    /// Only the instances that need attention (failed status or health check).
    void setAttentionFilter(bool onlyNeedingAttention);
    bool isAttentionFilterOn() const;
    QStringList selectedInstanceIds() const;
    bool selectInstance(const QString &instanceId);
    int visibleInstanceCount() const;

signals:
    void restartRequested(const QStringList &instanceIds);
    void deleteRequested(const QStringList &instanceIds);
    void logRequested(const QString &instanceId);
    /// The events of one instance (its Pod's), for "why does it restart?".
    void eventsRequested(const QString &instanceId);

private:
    void updateTitle();
    void updateActions();
    void showContextMenu(const QPoint &position);

    QLabel *m_title;
    QLabel *m_staleNotice;
    QCheckBox *m_attentionFilter;
    QPushButton *m_restartButton;
    QPushButton *m_deleteButton;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QString m_appName;
    bool m_loading = false;
};
