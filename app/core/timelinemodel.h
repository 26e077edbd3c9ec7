#pragma once

#include "core/itemroles.h"
#include "core/timelineentry.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The "What changed" timeline of one application as a table (Time, What, Detail), newest first,
 * for WhatChangedPanel. SeverityRole colours a row, IdRole gives a change order's ID (empty for
 * events), KindRole the TimelineEntry::Kind as int for the panel's filters.
 */
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column
    {
        TimeColumn,
        WhatColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role : int
    {
        KindRole = ItemRoles::LockReasonRole + 1, ///< TimelineEntry::Kind, as int
        KeyRole,                                  ///< TimelineEntry::key(): the same entry after a refresh
        TimeRole,                                 ///< QDateTime of the entry
    };

    explicit TimelineModel(QObject *parent = nullptr);

    /// Replaces the entries (already newest first, as TimelineEntry::merge gives them).
    void setEntries(const QList<TimelineEntry> &entries);
    const QList<TimelineEntry> &entries() const { return m_entries; }
    const TimelineEntry &entryAt(int row) const { return m_entries.at(row); }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEntry> m_entries;
};
