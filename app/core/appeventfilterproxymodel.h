#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

/**
 * Filters the rows of an AppEventTableModel: warnings only (rows whose Type column has
 * Severity::Warning), and free text where every whitespace-separated word must occur in the row's
 * ItemRoles::SearchTextRole. Sorts by ItemRoles::SortRole so times and counts sort as numbers.
 */
class AppEventFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppEventFilterProxyModel)

public:
    explicit AppEventFilterProxyModel(QObject *parent = nullptr);

    void setWarningsOnly(bool warningsOnly);
    bool warningsOnly() const { return m_warningsOnly; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_warningsOnly = false;
    QString m_filterText;
    QStringList m_words;
};
