#pragma once

#include "core/lifecycleaction.h"
#include "widgets/detailpage.h"

#include <QDateTime>
#include <QModelIndex>
#include <QWidget>

#include <optional>

class ApplicationFilterProxyModel;
class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

/**
 * The application list: a filter box and a status filter over a sortable table, with a context
 * menu of the application's actions. The first row becomes current when
 * the list first fills; afterwards the chosen application stays chosen as long as it exists, even
 * while the filter hides it. currentApplicationChanged() reports choices, not the view's current
 * row wandering while rows are filtered, sorted or refreshed.
 */
class ApplicationListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationListPanel)

public:
    explicit ApplicationListPanel(QWidget *parent = nullptr);

    /// A model with the columns and roles of ApplicationTableModel.
    void setModel(QAbstractItemModel *model);
    QString currentApplicationId() const;
    /// Why manual changes to the chosen application are blocked (a scaling rule is on); empty: not.
    QString currentLockReason() const;
    bool selectApplication(const QString &appId);
    /// The application to choose when the list first fills (the one chosen last time), instead
    /// of the first row; forgotten once the list has filled.
    void setPreferredApplication(const QString &appId);
    /// Marks the rows as older than the last refresh attempt, with their age; invalid: fresh.
    void setStaleSince(const QDateTime &lastGoodUpdate);
    void focusFilter();
    /// Only applications whose ApplicationTableModel::Status is `status`; nullopt: all.
    void setStatusFilter(std::optional<int> status);
    /// Empties the text filter and shows every status again.
    void clearFilters();
    QString filterText() const;
    int shownCount() const;
    /// The IDs of the rows inside the view's viewport, top to bottom.
    QStringList visibleApplicationIds() const;
    /// Column order, widths and sorting, for QSettings.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void currentApplicationChanged(const QString &appId);
    /// The user asked for a tab of an application's detail (context menu, double-click).
    void openRequested(const QString &appId, DetailPage page);
    void lifecycleActionRequested(const QString &appId, LifecycleAction action);
    /// The rows on screen changed (scrolled, filtered, refreshed); reported at most every 300 ms.
    void visibleApplicationsChanged(const QStringList &appIds);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    void updateStaleNotice();
    void showContextMenu(const QPoint &position);
    void onCurrentRowChanged(const QModelIndex &current);
    void beginModelChange();
    void endModelChange();
    void reconcileCurrentRow();
    /// Finds the chosen application's source row again after rows were removed or reset.
    bool anchorChosen();
    QModelIndex proxyIndexOf(const QString &appId) const;
    void choose(const QString &appId);

    QLineEdit *m_filter;
    QComboBox *m_statusFilter;
    QLabel *m_summary;
    QLabel *m_staleNotice;
    QTableView *m_view;
    ApplicationFilterProxyModel *m_proxy;
    QTimer *m_visibleRowsTimer;
    QTimer *m_staleAgeTimer;
    QDateTime m_staleSince;
    QString m_chosenAppId;
    QPersistentModelIndex m_chosenSourceRow; ///< follows the chosen row through sorting and filtering
    QString m_preferredAppId;
    int m_modelChangeDepth = 0;
};
