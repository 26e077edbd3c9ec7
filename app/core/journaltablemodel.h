#pragma once

#include "core/journalentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QUuid>

/**
 * The operations journal as a table, one row per event, oldest first (views sort). Rows are only
 * ever appended: the journal read back from disk, then each event as the writer confirms it. An
 * event already shown (same id) is not added twice, so a read-back that overlaps fresh writes is
 * harmless.
 */
class JournalTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalTableModel)

public:
    enum Column
    {
        TimeColumn,
        WhoColumn,
        WhatColumn,
        WhereColumn,
        OutcomeColumn,
        RequestIdColumn,
        ChangeOrderIdColumn,
        CommentColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Model-specific roles, after the shared ItemRoles.
    enum Role : int
    {
        OperationIdRole = Qt::UserRole + 64, ///< the operation's id: the rows of one operation share it
    };

    explicit JournalTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row (a journal read back from disk).
    void setEntries(const QList<JournalEntry> &entries);
    /// Appends the entries not shown yet, in their order.
    void appendEntries(const QList<JournalEntry> &entries);
    void appendEntry(const JournalEntry &entry);

    const QList<JournalEntry> &entries() const { return m_entries; }
    const JournalEntry &entryAt(int row) const { return m_entries.at(row); }
    bool contains(const QUuid &id) const { return m_ids.contains(id); }

    /// The outcome in words ("Cancelled by user"); the wire text when this console does not know it.
    static QString outcomeText(const JournalEntry &entry);
    /// The action in words ("Restart instances"); the wire text when this console does not know it.
    static QString actionText(const QString &what);

private:
    QList<JournalEntry> m_entries;
    QSet<QUuid> m_ids;
};
