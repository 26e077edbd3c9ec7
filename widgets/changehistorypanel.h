#pragma once

#include <QWidget>

class MessageBanner;
class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/**
 * The Changes tab of an application (issue 7): the history of its change orders
 * (ChangeOrderTableModel) and the versions it ran (AppVersionTableModel), to open a change order,
 * export its release record or roll back to a version. It only asks: the controller reads, confirms
 * (review, typed name in protected namespaces) and calls the platform.
 */
class ChangeHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeHistoryPanel)

public:
    explicit ChangeHistoryPanel(QWidget *parent = nullptr);

    /// The application's change orders (a ChangeOrderTableModel) and versions (an
    /// AppVersionTableModel), or models with the same columns and roles; the panel does not own them.
    void setModels(QAbstractItemModel *changeOrders, QAbstractItemModel *versions);
    /// A read is under way; what is shown stays.
    void setLoading(bool loading);
    /// Why what is shown may be out of date (a read failed: its code and RequestId); empty clears.
    void setStaleReason(const QString &text); ///< empty clears
    /// A reason the rollback is not possible now (a change order runs, a scaling rule is on);
    /// empty enables it (when a version is selected).
    void setRollbackBlockedReason(const QString &reason);
    QString selectedChangeOrderId() const;
    QString selectedVersionId() const;
    bool isLoading() const { return m_loading; }

signals:
    /// Double-click, Return or "Open" ("openChangeOrderButton", also in the context menu).
    void changeOrderOpened(const QString &changeOrderId);
    /// "Export record…" ("exportRecordButton", also in the context menu).
    void exportRequested(const QString &changeOrderId);
    /// "Roll back to this version…" ("rollbackButton").
    void rollbackRequested(const QString &versionId);
    /// "Refresh" ("refreshHistoryButton").
    void refreshRequested();

private:
    void updateActions();
    void updateBanner();
    static QString selectedId(const QTableView *view);

    QSortFilterProxyModel *m_changeOrderProxy;
    QSortFilterProxyModel *m_versionProxy;
    QLabel *m_loadingNotice;
    QPushButton *m_refreshButton;
    MessageBanner *m_banner;
    QTableView *m_changeOrderView;
    QPushButton *m_openButton;
    QPushButton *m_exportButton;
    QTableView *m_versionView;
    QPushButton *m_rollbackButton;

    bool m_loading = false;
    QString m_staleReason;
    QString m_rollbackBlockedReason;
};
