#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

/**
 * A table model over a list of value rows that have a stable key (an application's AppId, an
 * instance's InstanceId). setRows() merges a fresh list into the current one: rows that are gone
 * are removed, rows that stayed are updated in place (one dataChanged per changed run), new rows
 * are appended. Views keep their selection, current row and scroll position across refreshes;
 * order is the views' business (sort proxies).
 *
 * Long lists arrive page by page: upsertRows() merges one page (updating or appending, never
 * removing) at a cost in proportion to the page, and removeRowsNotIn() drops what the last full
 * read no longer had, so that refreshing thousands of rows never costs one long stall.
 */
template <typename Row>
class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowOfKey(const QString &key) const
    {
        const auto found = m_index.constFind(key);
        return found == m_index.constEnd() ? -1 : int(*found);
    }

    /// The row with this key, or nullptr.
    const Row *findRow(const QString &key) const
    {
        const int row = rowOfKey(key);
        return row < 0 ? nullptr : &m_rows.at(row);
    }

    /// Updates the rows whose keys are known and appends the others; removes nothing.
    void upsertRows(const QList<Row> &incoming)
    {
        QList<Row> added;
        QHash<QString, qsizetype> addedIndex;
        for (const Row &row : incoming) {
            const QString key = keyOf(row);
            const auto found = m_index.constFind(key);
            if (found == m_index.constEnd()) {
                if (const auto again = addedIndex.constFind(key); again != addedIndex.constEnd()) {
                    added[*again] = row; // a repeated key: the last one wins
                } else {
                    addedIndex.insert(key, added.size());
                    added.append(row);
                }
                continue;
            }
            if (!(m_rows.at(*found) == row)) {
                m_rows[*found] = row;
                emitRowsChanged(*found, *found);
            }
        }
        appendRows(added);
    }

    /// Removes every row whose key is not in `keys`.
    void removeRowsNotIn(const QSet<QString> &keys)
    {
        removeRowsMissingFrom([&keys](const QString &key) { return keys.contains(key); });
    }

    void setRows(const QList<Row> &incoming)
    {
        QHash<QString, qsizetype> incomingIndex;
        incomingIndex.reserve(incoming.size());
        for (qsizetype i = 0; i < incoming.size(); ++i)
            incomingIndex.insert(keyOf(incoming.at(i)), i); // a repeated key: the last one wins

        removeRowsMissingFrom([&incomingIndex](const QString &key) { return incomingIndex.contains(key); });

        QSet<QString> present;
        present.reserve(m_rows.size());
        qsizetype changedRunStart = -1;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const QString key = keyOf(m_rows.at(i));
            present.insert(key);
            const Row &fresh = incoming.at(incomingIndex.value(key));
            if (!(m_rows.at(i) == fresh)) {
                m_rows[i] = fresh;
                if (changedRunStart < 0)
                    changedRunStart = i;
            } else if (changedRunStart >= 0) {
                emitRowsChanged(changedRunStart, i - 1);
                changedRunStart = -1;
            }
        }
        if (changedRunStart >= 0)
            emitRowsChanged(changedRunStart, m_rows.size() - 1);

        QList<Row> added;
        for (const Row &row : incoming) {
            const QString key = keyOf(row);
            if (!present.contains(key) && incoming.at(incomingIndex.value(key)) == row) {
                present.insert(key);
                added.append(row);
            }
        }
        appendRows(added);
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        m_index.clear();
        endResetModel();
    }

protected:
    virtual QString keyOf(const Row &row) const = 0;

private:
    void appendRows(const QList<Row> &added)
    {
        if (added.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        for (qsizetype i = 0; i < added.size(); ++i)
            m_index.insert(keyOf(added.at(i)), m_rows.size() + i);
        m_rows.append(added);
        endInsertRows();
    }

    void rebuildIndex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_index.insert(keyOf(m_rows.at(i)), i);
    }

    /// Removes the rows whose key `keeps` does not accept, in runs, from the end.
    template <typename Keeps>
    void removeRowsMissingFrom(const Keeps &keeps)
    {
        for (qsizetype last = m_rows.size() - 1; last >= 0;) {
            if (keeps(keyOf(m_rows.at(last)))) {
                --last;
                continue;
            }
            qsizetype first = last;
            while (first > 0 && !keeps(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, int(first), int(last));
            m_rows.remove(first, last - first + 1);
            rebuildIndex(); // before the views hear of it: their slots may look rows up by key
            endRemoveRows();
            last = first - 1;
        }
    }

    void emitRowsChanged(qsizetype first, qsizetype last)
    {
        emit dataChanged(index(int(first), 0), index(int(last), columnCount() - 1));
    }

    QList<Row> m_rows;
    QHash<QString, qsizetype> m_index; ///< key -> row
};
