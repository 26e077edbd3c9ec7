#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

/**
 * Filters a model by free text: every whitespace-separated word must occur, case-insensitively,
 * in the row's ItemRoles::SearchTextRole (name, ID, version, namespace). Sorts by
 * ItemRoles::SortRole so numbers and statuses sort naturally.
 */
class ApplicationFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationFilterProxyModel)

public:
    explicit ApplicationFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    /// Only rows whose ItemRoles::StatusRole equals `status`; nullopt shows every status.
    void setStatusFilter(std::optional<int> status);
    std::optional<int> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    QString m_filterText;
    const QString &searchTextOf(int sourceRow, const QModelIndex &sourceParent) const;
    struct SortValue
    {
        QVariant value;
        std::optional<QCollatorSortKey> collationKey; ///< for strings
    };
    const SortValue &sortValueOf(const QModelIndex &sourceIndex) const;
    void forgetSearchTexts()
    {
        m_searchTexts.clear();
        m_sortValues.clear();
    }

    QStringList m_words;
    mutable QList<QString> m_searchTexts;                 ///< by source row; empty: not read yet
    mutable QList<std::optional<SortValue>> m_sortValues; ///< by source row, of m_sortValuesColumn
    mutable int m_sortValuesColumn = -1;
    QCollator m_collator;
    std::optional<int> m_status;
};
