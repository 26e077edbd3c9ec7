#include "fleetfilterproxymodel.h"

#include "core/fleettablemodel.h"
#include "core/itemroles.h"

FleetFilterProxyModel::FleetFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FleetFilterProxyModel::setText(const QString &text)
{
    const QString words = text.trimmed().toLower();
    if (words == m_text)
        return;
    m_text = words;
    invalidateRowsFilter();
}

void FleetFilterProxyModel::setUnhealthyOnly(bool on)
{
    if (on == m_unhealthyOnly)
        return;
    m_unhealthyOnly = on;
    invalidateRowsFilter();
}

void FleetFilterProxyModel::setChangingOnly(bool on)
{
    if (on == m_changingOnly)
        return;
    m_changingOnly = on;
    invalidateRowsFilter();
}

void FleetFilterProxyModel::setWaitingOnly(bool on)
{
    if (on == m_waitingOnly)
        return;
    m_waitingOnly = on;
    invalidateRowsFilter();
}

void FleetFilterProxyModel::setGroupColumn(int column)
{
    if (column == m_groupColumn)
        return;
    m_groupColumn = column;
    invalidate(); // the order changes, not the rows
}

bool FleetFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_text.isEmpty() && !index.data(ItemRoles::SearchTextRole).toString().contains(m_text))
        return false;
    if (!m_unhealthyOnly && !m_changingOnly && !m_waitingOnly)
        return true;
    return (m_unhealthyOnly && index.data(ItemRoles::NeedsAttentionRole).toBool())
           || (m_changingOnly && index.data(FleetTableModel::ChangingRole).toBool())
           || (m_waitingOnly && index.data(FleetTableModel::WaitingForSignOffRole).toBool());
}

bool FleetFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_groupColumn >= 0) {
        const QString leftGroup = left.siblingAtColumn(m_groupColumn).data().toString();
        const QString rightGroup = right.siblingAtColumn(m_groupColumn).data().toString();
        if (const int order = leftGroup.localeAwareCompare(rightGroup); order != 0)
            return order < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
