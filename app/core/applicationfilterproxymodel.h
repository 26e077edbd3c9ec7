#pragma once

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

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    /// Only rows whose ItemRoles::StatusRole equals `status`; nullopt shows every status.
    void setStatusFilter(std::optional<int> status);
    std::optional<int> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    QStringList m_words;
    std::optional<int> m_status;
};
