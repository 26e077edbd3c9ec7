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
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows.at(i)) == key)
                return int(i);
        }
        return -1;
    }

    void setRows(const QList<Row> &incoming)
    {
        QHash<QString, qsizetype> incomingIndex;
        incomingIndex.reserve(incoming.size());
        for (qsizetype i = 0; i < incoming.size(); ++i)
            incomingIndex.insert(keyOf(incoming.at(i)), i); // a repeated key: the last one wins

        removeRowsMissingFrom(incomingIndex);

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
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
            m_rows.append(added);
            endInsertRows();
        }
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }

protected:
    virtual QString keyOf(const Row &row) const = 0;

private:
    void removeRowsMissingFrom(const QHash<QString, qsizetype> &incomingIndex)
    {
        for (qsizetype last = m_rows.size() - 1; last >= 0;) {
            if (incomingIndex.contains(keyOf(m_rows.at(last)))) {
                --last;
                continue;
            }
            qsizetype first = last;
            while (first > 0 && !incomingIndex.contains(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, int(first), int(last));
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }
    }

    void emitRowsChanged(qsizetype first, qsizetype last)
    {
        emit dataChanged(index(int(first), 0), index(int(last), columnCount() - 1));
    }

    QList<Row> m_rows;
};
