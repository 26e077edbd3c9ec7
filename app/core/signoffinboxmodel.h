#pragma once

#include "core/changeorder.h"
#include "core/keyedrowsmodel.h"

#include <QDateTime>

/**
 * The sign-off inbox (issue 7, DESIGN.md section 5): every change order waiting for a person —
 * a batch to confirm (status 8), or an approval (11, and 12: approved, not yet running) — across
 * the applications, one row per change order keyed by its ID, with how long it has waited.
 * Refreshes update the rows in place; change orders no longer waiting for a person are dropped.
 */
class SignOffInboxModel final : public KeyedRowsModel<ChangeOrder>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffInboxModel)

public:
    enum Column
    {
        ApplicationColumn,
        ChangeColumn,
        WaitingForColumn,
        WaitingSinceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SignOffInboxModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Keeps the change orders among `orders` that wait for a person.
    void setChangeOrders(const QList<ChangeOrder> &orders);
    const ChangeOrder &changeOrder(int row) const { return rowAt(row); }
    /// How long ago rows have waited is said relative to this moment.
    void setReferenceTime(const QDateTime &referenceTime);

    /// A batch to confirm, or an approval.
    static bool waitsForPerson(const ChangeOrder &order);
    /// When it started to wait: the waiting batch's last update, else the order's creation.
    static QDateTime waitingSince(const ChangeOrder &order);
    /// "Confirm batch 2 of 3", "Confirm the gray batch", "Approval".
    static QString waitingForText(const ChangeOrder &order);

protected:
    QString keyOf(const ChangeOrder &order) const override { return order.changeOrderId; }

private:
    QDateTime m_referenceTime;
};
