#pragma once

#include "core/appevent.h"
#include "core/keyedrowsmodel.h"

#include <QList>

/** An event with the key that identifies it across refreshes (see AppEventTableModel). */
struct KeyedAppEvent
{
    QString key;
    AppEvent event;

    friend bool operator==(const KeyedAppEvent &, const KeyedAppEvent &) = default;
};

/**
 * The events of one application (ListAppEvents), one row per event. A refresh updates rows in
 * place: an event is the same event while its type, reason, object, message and first sighting
 * stay (Kubernetes aggregates repeats into Count and LastSeen), so the selection and the scroll
 * position survive a poll. Identical events are told apart by their order.
 */
class AppEventTableModel final : public KeyedRowsModel<KeyedAppEvent>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppEventTableModel)

public:
    enum Column
    {
        LastSeenColumn,
        TypeColumn,
        ReasonColumn,
        ObjectColumn,
        MessageColumn,
        CountColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AppEventTableModel(QObject *parent = nullptr);

    void setEvents(const QList<AppEvent> &events);
    const AppEvent &eventAt(int row) const { return rowAt(row).event; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Warning", "Normal" in the user's language; an unknown type in the platform's spelling.
    static QString typeText(AppEvent::Type type, const QString &rawText);
    /// "Pod/order-7d9f-x2k4q"; only the part that is known when the other is missing.
    static QString objectText(const AppEvent &event);
    /// When it was last seen, or first seen when the platform did not say.
    static QDateTime seenAt(const AppEvent &event);

protected:
    QString keyOf(const KeyedAppEvent &row) const override { return row.key; }
};
