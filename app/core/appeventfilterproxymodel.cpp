#include "appeventfilterproxymodel.h"

#include "core/appeventtablemodel.h"
#include "core/itemroles.h"
#include "core/severity.h"

AppEventFilterProxyModel::AppEventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void AppEventFilterProxyModel::setWarningsOnly(bool warningsOnly)
{
    if (warningsOnly == m_warningsOnly)
        return;
    m_warningsOnly = warningsOnly;
    invalidateRowsFilter();
}

void AppEventFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool AppEventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_warningsOnly) {
        const QVariant severity = source->index(sourceRow, AppEventTableModel::TypeColumn, sourceParent)
                                      .data(ItemRoles::SeverityRole);
        if (severity.toInt() != int(Severity::Warning))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        source->index(sourceRow, 0, sourceParent).data(ItemRoles::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}
