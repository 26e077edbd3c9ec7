#include "signoffinboxmodel.h"

#include "core/applicationtablemodel.h"
#include "core/batchgate.h"
#include "core/durationformat.h"
#include "core/itemroles.h"
#include "core/severity.h"

#include <QLocale>

SignOffInboxModel::SignOffInboxModel(QObject *parent)
    : KeyedRowsModel<ChangeOrder>(parent)
    , m_referenceTime(QDateTime::currentDateTimeUtc())
{}

int SignOffInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SignOffInboxModel::waitsForPerson(const ChangeOrder &order)
{
    switch (order.status) {
    case ChangeOrderStatus::WaitingForConfirmation:
    case ChangeOrderStatus::PendingApproval:
    case ChangeOrderStatus::Approved:
        return true;
    default:
        return false;
    }
}

QDateTime SignOffInboxModel::waitingSince(const ChangeOrder &order)
{
    if (order.status == ChangeOrderStatus::WaitingForConfirmation && order.currentPipeline >= 0
        && order.currentPipeline < order.pipelines.size()) {
        const Pipeline &batch = order.pipelines.at(order.currentPipeline);
        if (batch.updatedAt.isValid())
            return batch.updatedAt;
    }
    return order.createdAt;
}

QString SignOffInboxModel::waitingForText(const ChangeOrder &order)
{
    if (order.status != ChangeOrderStatus::WaitingForConfirmation)
        return tr("Approval");
    // The batch that waits to start (SAE's CurrentPipelineId may name it or the one released).
    if (const std::optional<BatchGate> gate = BatchGate::of(order); gate && gate->waitingBatch >= 0) {
        if (order.pipelines.at(gate->waitingBatch).gray)
            return tr("Confirm the gray batch");
        //: %1: the batch waiting; %2: how many batches the change has
        return tr("Confirm batch %1 of %2").arg(gate->waitingBatch + 1).arg(order.pipelines.size());
    }
    return tr("Confirm the next batch");
}

void SignOffInboxModel::setChangeOrders(const QList<ChangeOrder> &orders)
{
    QList<ChangeOrder> waiting;
    for (const ChangeOrder &order : orders) {
        if (waitsForPerson(order))
            waiting.append(order);
    }
    setRows(waiting);
}

void SignOffInboxModel::setReferenceTime(const QDateTime &referenceTime)
{
    m_referenceTime = referenceTime;
    if (rowCount() > 0)
        emit dataChanged(index(0, WaitingSinceColumn), index(rowCount() - 1, WaitingSinceColumn));
}

QVariant SignOffInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeOrder &order = rowAt(index.row());
    if (role == ItemRoles::IdRole)
        return order.changeOrderId;
    const QDateTime since = waitingSince(order);
    switch (index.column()) {
    case ApplicationColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return order.appName.isEmpty() ? order.appId : order.appName;
        if (role == Qt::ToolTipRole)
            return order.appId;
        break;
    case ChangeColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole) {
            const QString type = ApplicationTableModel::changeTypeText(order.coTypeCode);
            return order.description.isEmpty() ? type : QString(type + u" · " + order.description);
        }
        if (role == Qt::ToolTipRole)
            return order.changeOrderId;
        break;
    case WaitingForColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return waitingForText(order);
        if (role == ItemRoles::SeverityRole)
            return int(Severity::Warning);
        break;
    case WaitingSinceColumn:
        if (role == Qt::DisplayRole) {
            //: how long a change order has waited for a person: "12m"
            return tr("%1 ago").arg(
                DurationFormat::compact(std::max<qint64>(0, since.secsTo(m_referenceTime))));
        }
        if (role == ItemRoles::SortRole)
            return since.toMSecsSinceEpoch();
        if (role == Qt::ToolTipRole)
            return QLocale().toString(since.toLocalTime(), QLocale::LongFormat);
        break;
    default:
        break;
    }
    return {};
}

QVariant SignOffInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ApplicationColumn:
        return tr("Application");
    case ChangeColumn:
        return tr("Change");
    case WaitingForColumn:
        return tr("Waiting for");
    case WaitingSinceColumn:
        return tr("Waiting");
    default:
        return {};
    }
}
