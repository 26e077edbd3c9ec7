#include "changeordertablemodel.h"

#include "core/applicationtablemodel.h"
#include "core/durationformat.h"
#include "core/itemroles.h"
#include "core/severity.h"

#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

Severity severityOf(const ChangeOrder &order)
{
    // A batch went wrong while the order still runs (SubStatus 1): someone should look.
    const Severity bySeverity = changeOrderSeverity(order.status);
    return bySeverity == Severity::Progress && order.subStatus == 1 ? Severity::Warning : bySeverity;
}

QString localTimeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString utcToolTip(const QDateTime &time)
{
    return time.isValid() ? QString(time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s) : QString();
}

int succeededBatches(const ChangeOrder &order)
{
    return int(std::count_if(order.pipelines.cbegin(), order.pipelines.cend(), [](const Pipeline &batch) {
        return batch.status == ChangeOrderStatus::Succeeded;
    }));
}

} // namespace

ChangeOrderTableModel::ChangeOrderTableModel(QObject *parent)
    : KeyedRowsModel<ChangeOrder>(parent)
    , m_referenceTime(QDateTime::currentDateTimeUtc())
{}

int ChangeOrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ChangeOrderTableModel::setChangeOrders(const QList<ChangeOrder> &orders)
{
    QList<ChangeOrder> newestFirst = orders;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [](const ChangeOrder &a, const ChangeOrder &b) { return a.createdAt > b.createdAt; });
    setRows(newestFirst);
}

void ChangeOrderTableModel::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    if (rowCount() > 0)
        emit dataChanged(index(0, DurationColumn), index(rowCount() - 1, DurationColumn));
}

QString ChangeOrderTableModel::batchesText(const ChangeOrder &order)
{
    const int total = int(order.pipelines.size());
    if (total == 0)
        return {};
    const int done = succeededBatches(order);
    if (done == total)
        return QString::number(total);
    //: batches of a change order that ran: "2 of 3"
    return tr("%1 of %2").arg(done).arg(total);
}

qint64 ChangeOrderTableModel::durationSeconds(const ChangeOrder &order, const QDateTime &now)
{
    if (!order.createdAt.isValid())
        return -1;
    const QDateTime end = order.finishedAt.isValid() ? order.finishedAt
                          : order.isRunning()        ? now
                                                     : QDateTime();
    if (!end.isValid())
        return -1;
    return std::max<qint64>(0, order.createdAt.secsTo(end));
}

QVariant ChangeOrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeOrder &order = rowAt(index.row());
    if (role == ItemRoles::IdRole)
        return order.changeOrderId;
    if (role == ItemRoles::StatusRole)
        return int(order.status);
    switch (index.column()) {
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return localTimeText(order.createdAt);
        if (role == ItemRoles::SortRole)
            return order.createdAt.isValid() ? order.createdAt.toMSecsSinceEpoch() : qint64(0);
        if (role == Qt::ToolTipRole)
            return utcToolTip(order.createdAt);
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return ApplicationTableModel::changeTypeText(order.coTypeCode);
        if (role == Qt::ToolTipRole)
            return order.coTypeCode;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return ApplicationTableModel::changeStatusText(order.status);
        if (role == ItemRoles::SeverityRole)
            return int(severityOf(order));
        if (role == Qt::ToolTipRole)
            return order.errorMessage.isEmpty() ? QVariant() : QVariant(order.errorMessage);
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return QString(order.description).replace(u'\n', u' ');
        if (role == Qt::ToolTipRole)
            return order.description.isEmpty() ? QVariant() : QVariant(order.description);
        break;
    case BatchesColumn:
        if (role == Qt::DisplayRole)
            return batchesText(order);
        if (role == ItemRoles::SortRole)
            return int(order.pipelines.size()) * 1000 + succeededBatches(order);
        break;
    case DurationColumn: {
        const qint64 seconds = durationSeconds(order, m_referenceTime);
        if (role == Qt::DisplayRole)
            return seconds < 0 ? QString() : DurationFormat::compact(seconds);
        if (role == ItemRoles::SortRole)
            return seconds;
        break;
    }
    case FinishedColumn:
        if (role == Qt::DisplayRole)
            return localTimeText(order.finishedAt);
        if (role == ItemRoles::SortRole)
            // Running ones last when oldest first, first when newest first.
            return order.finishedAt.isValid() ? order.finishedAt.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::max();
        if (role == Qt::ToolTipRole)
            return order.finishedAt.isValid() ? QVariant(utcToolTip(order.finishedAt))
                   : order.isRunning()        ? QVariant(tr("Still running"))
                                              : QVariant();
        break;
    default:
        break;
    }
    return {};
}

QVariant ChangeOrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case DescriptionColumn:
        return tr("Description");
    case BatchesColumn:
        return tr("Batches");
    case DurationColumn:
        return tr("Duration");
    case FinishedColumn:
        return tr("Finished");
    default:
        return {};
    }
}
