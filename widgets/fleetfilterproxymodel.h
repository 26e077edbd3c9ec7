#pragma once

#include <QSortFilterProxyModel>

/**
 * The fleet page's one filter and sort over a FleetTableModel (issue 8), shared by its table and
 * its tiles: a text filter (ItemRoles::SearchTextRole), and the "Unhealthy only", "Changing" and
 * "Waiting for sign-off" flags. Several flags on: a row is shown when it matches any of them (OR),
 * and always only when it matches the text. Sorting uses ItemRoles::SortRole; with a group column
 * set, rows sort by that column's text first (in the sort's direction) and by the sorted column
 * within a group, so that a grouped table keeps each namespace's (or region's) rows together.
 */
class FleetFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetFilterProxyModel)

public:
    explicit FleetFilterProxyModel(QObject *parent = nullptr);

    /// Words matched (case-insensitively) against the application, namespace and region.
    void setText(const QString &text);
    QString text() const { return m_text; }
    /// Critical and warning rows (ItemRoles::NeedsAttentionRole).
    void setUnhealthyOnly(bool on);
    bool isUnhealthyOnly() const { return m_unhealthyOnly; }
    /// Rows whose newest change order has not ended (FleetTableModel::ChangingRole).
    void setChangingOnly(bool on);
    bool isChangingOnly() const { return m_changingOnly; }
    /// Rows whose change order waits for a person (FleetTableModel::WaitingForSignOffRole).
    void setWaitingOnly(bool on);
    bool isWaitingOnly() const { return m_waitingOnly; }
    /// The source column whose text groups rows before the sort column; -1: no grouping.
    void setGroupColumn(int column);
    int groupColumn() const { return m_groupColumn; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    bool m_unhealthyOnly = false;
    bool m_changingOnly = false;
    bool m_waitingOnly = false;
    int m_groupColumn = -1;
};
