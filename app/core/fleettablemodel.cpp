#include "fleettablemodel.h"

#include "core/durationformat.h"
#include "core/itemroles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

FleetTableModel::FleetTableModel(QObject *parent)
    : KeyedRowsModel<FleetRow>(parent)
{}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetRow &row = rowAt(index.row());
    const Application &app = row.application;
    const FleetHealth &health = row.health;
    switch (role) {
    case ItemRoles::IdRole:
        return app.appId;
    case ItemRoles::SeverityRole:
        if (index.column() != HealthColumn)
            return {}; // one dot a row, by the score
        return int(health.severity);
    case ItemRoles::NeedsAttentionRole:
        return needsAttention(row);
    case TrendRole:
        return QVariant::fromValue(row.trend);
    case ChangingRole:
        return isChanging(row);
    case WaitingForSignOffRole:
        return waitsForSignOff(row);
    case ScoreRole:
        return health.score;

    case ItemRoles::SearchTextRole:
        return QString(app.appName + u'\n' + app.appId + u'\n' + app.namespaceName + u'\n' + app.regionId
                       + u'\n' + row.profile)
            .toLower();
    default:
        break;
    }
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRoles::SortRole;
    switch (index.column()) {
    case HealthColumn:
        if (display) // a stopped application is off on purpose: no score to read
            return health.severity == Severity::Inactive ? u"—"_s : QString::number(health.score);
        if (sort)
            return health.score;
        if (role == Qt::ToolTipRole)
            return health.reasons.join(u'\n');
        break;
    case ApplicationColumn:
        if (display || sort)
            return app.appName;
        break;
    case NamespaceColumn:
        if (display || sort)
            return app.namespaceName.isEmpty() ? app.namespaceId : app.namespaceName;
        break;
    case RegionColumn:
        if ((display || sort) && !row.profile.isEmpty())
            //: a fleet row of another profile: %1 region, %2 profile ("cn-hangzhou · staging-account")
            return tr("%1 · %2").arg(app.regionId, row.profile);
        if (display || sort)
            return app.regionId;
        break;
    case InstancesColumn:
        if (display)
            return u"%1 / %2"_s.arg(app.runningInstances).arg(app.targetInstances);
        if (sort)
            return app.runningInstances;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ProblemsColumn:
        if (display || sort)
            return health.reasons.join(u" · "_s);
        if (role == Qt::ToolTipRole)
            return health.reasons.join(u'\n');
        break;
    case CheckedColumn:
        if (display) {
            if (!row.checkedAt.isValid())
                return u"…"_s;
            const QDateTime now =
                m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
            //: how long ago an application's health was read: "12s ago"
            return tr("%1 ago").arg(DurationFormat::compact(std::max<qint64>(0, row.checkedAt.secsTo(now))));
        }
        if (sort)
            return row.checkedAt;
        if (role == Qt::ToolTipRole && row.checkedAt.isValid())
            return row.checkedAt.toLocalTime().toString(Qt::ISODate);
        break;
    default:
        break;
    }
    return {};
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HealthColumn:
        return tr("Health");
    case ApplicationColumn:
        return tr("Application");
    case NamespaceColumn:
        return tr("Namespace");
    case RegionColumn:
        return tr("Region");
    case InstancesColumn:
        return tr("Instances");
    case ProblemsColumn:
        return tr("What is wrong");
    case CheckedColumn:
        return tr("Checked");
    default:
        return {};
    }
}

void FleetTableModel::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    if (rowCount() > 0)
        emit dataChanged(index(0, CheckedColumn), index(rowCount() - 1, CheckedColumn));
}

int FleetTableModel::unhealthyCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), &FleetTableModel::needsAttention));
}

bool FleetTableModel::needsAttention(const FleetRow &row)
{
    return row.health.severity == Severity::Critical || row.health.severity == Severity::Warning;
}

bool FleetTableModel::isChanging(const FleetRow &row)
{
    return row.lastChange && row.lastChange->isRunning();
}

bool FleetTableModel::waitsForSignOff(const FleetRow &row)
{
    return row.lastChange && row.lastChange->status == ChangeOrderStatus::WaitingForConfirmation;
}
