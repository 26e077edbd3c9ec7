#pragma once

#include "core/changeorder.h"
#include "core/keyedrowsmodel.h"

#include <QDateTime>

/**
 * An application's change orders (ListChangeOrders), newest first, for the Changes tab's history
 * (issue 7): when, what kind, how it went, its description, how far its batches got, how long it
 * took. One row per change order keyed by its ID; refreshes update the rows in place.
 */
class ChangeOrderTableModel final : public KeyedRowsModel<ChangeOrder>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeOrderTableModel)

public:
    enum Column
    {
        CreatedColumn,
        TypeColumn,
        StatusColumn,
        DescriptionColumn,
        BatchesColumn,
        DurationColumn,
        FinishedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ChangeOrderTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The application's change orders; new ones are added newest first.
    void setChangeOrders(const QList<ChangeOrder> &orders);
    const ChangeOrder &changeOrder(int row) const { return rowAt(row); }
    /// "Now", for the duration of the change orders still running; the system clock by default.
    void setReferenceTime(const QDateTime &now);

    /// "2 of 3" while batches remain (or when it stopped early), "3" when all ran; empty when the
    /// listing did not say.
    static QString batchesText(const ChangeOrder &order);
    /// Seconds from creation to the end (or to `now` while running); -1 when not known.
    static qint64 durationSeconds(const ChangeOrder &order, const QDateTime &now);

protected:
    QString keyOf(const ChangeOrder &order) const override { return order.changeOrderId; }

private:
    QDateTime m_referenceTime;
};
