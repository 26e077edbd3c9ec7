#include "instancetablemodel.h"

#include "core/durationformat.h"
#include "core/itemroles.h"
#include "core/severity.h"

namespace {

Severity severityOf(InstanceStatus status)
{
    if (isFailure(status))
        return Severity::Critical;
    switch (status) {
    case InstanceStatus::Running:
        return Severity::Normal;
    case InstanceStatus::Unknown:
        return Severity::Warning;
    default:
        return Severity::Progress;
    }
}

Severity severityOf(InstanceHealth health)
{
    switch (health) {
    case InstanceHealth::Healthy:
        return Severity::Normal;
    case InstanceHealth::LivenessUnhealthy:
    case InstanceHealth::ReadinessUnhealthy:
    case InstanceHealth::Unhealthy:
        return Severity::Critical;
    case InstanceHealth::NotCheckedYet:
        return Severity::Progress;
    case InstanceHealth::WithoutHealthCheckConfig:
    case InstanceHealth::WithoutLivenessConfig:
    case InstanceHealth::WithoutReadinessConfig:
    case InstanceHealth::Unrecognised:
        return Severity::Inactive;
    }
    return Severity::Inactive;
}

} // namespace

InstanceTableModel::InstanceTableModel(QObject *parent)
    : KeyedRowsModel<Instance>(parent)
    , m_referenceTime(QDateTime::currentDateTimeUtc())
{}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void InstanceTableModel::setReferenceTime(const QDateTime &referenceTime)
{
    if (m_referenceTime == referenceTime)
        return;
    m_referenceTime = referenceTime;
    if (rowCount() > 0)
        emit dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn), {Qt::DisplayRole});
}

void InstanceTableModel::setGroupNames(const QHash<QString, QString> &groupNames)
{
    if (groupNames == m_groupNames)
        return;
    m_groupNames = groupNames;
    if (rowCount() > 0)
        emit dataChanged(index(0, GroupColumn), index(rowCount() - 1, GroupColumn));
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance &instance = rowAt(index.row());

    switch (role) {
    case ItemRoles::IdRole:
        return instance.instanceId;
    case ItemRoles::SearchTextRole:
        return QString(instance.instanceId + u'\n' + instance.ip + u'\n' + instance.statusText).toLower();
    case ItemRoles::NeedsAttentionRole:
        return instance.needsAttention();
    default:
        break;
    }

    switch (index.column()) {
    case InstanceColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole || role == Qt::ToolTipRole)
            return instance.instanceId;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(instance.status, instance.statusText);
        if (role == ItemRoles::SortRole)
            return int(instance.status);
        if (role == ItemRoles::SeverityRole)
            return int(severityOf(instance.status));
        break;
    case HealthColumn:
        if (role == Qt::DisplayRole) {
            const QString health = healthText(instance.health, instance.healthText);
            if (!isFailure(instance.health) || instance.unhealthyMessage.isEmpty())
                return health;
            //: health column: %1 the failed check, %2 the platform's message (first line)
            return tr("%1: %2").arg(health, instance.unhealthyMessage.section(u'\n', 0, 0).trimmed());
        }
        if (role == ItemRoles::SortRole)
            return isFailure(instance.health) ? 0 : 1 + int(instance.health); // failing checks first
        if (role == ItemRoles::SeverityRole)
            return int(severityOf(instance.health));
        if (role == Qt::ToolTipRole && !instance.unhealthyMessage.isEmpty())
            return instance.unhealthyMessage;
        break;
    case RestartsColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return instance.restarts;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == ItemRoles::SeverityRole)
            return int(instance.restarts > 0 ? Severity::Warning : Severity::Normal);
        break;
    case IpColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return instance.ip;
        if (role == Qt::ToolTipRole && !instance.eip.isEmpty())
            return tr("Elastic IP: %1").arg(instance.eip);
        break;
    case VersionColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return instance.packageVersion;
        if (role == Qt::ToolTipRole)
            return instance.imageUrl;
        break;
    case GroupColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return m_groupNames.value(instance.groupId, instance.groupId);
        if (role == Qt::ToolTipRole)
            return instance.groupId;
        break;
    case AgeColumn:
        if (role == Qt::DisplayRole) {
            if (!instance.createdAt.isValid())
                return QString();
            return DurationFormat::compact(instance.createdAt.secsTo(m_referenceTime));
        }
        if (role == ItemRoles::SortRole)
            return instance.createdAt.isValid() ? -instance.createdAt.toMSecsSinceEpoch() : 0;
        if (role == Qt::ToolTipRole && instance.createdAt.isValid())
            return instance.createdAt.toLocalTime().toString(Qt::ISODate);
        break;
    default:
        break;
    }
    return {};
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InstanceColumn:
        return tr("Instance");
    case StatusColumn:
        return tr("Status");
    case HealthColumn:
        return tr("Health");
    case RestartsColumn:
        return tr("Restarts");
    case IpColumn:
        return tr("IP");
    case VersionColumn:
        return tr("Version");
    case GroupColumn:
        //: column header: the instance group (e.g. the canary group)
        return tr("Group");
    case AgeColumn:
        return tr("Age");
    default:
        return {};
    }
}

QString InstanceTableModel::statusText(InstanceStatus status, const QString &rawText)
{
    switch (status) {
    case InstanceStatus::Running:
        //: instance status (Kubernetes' Running)
        return tr("Running");
    case InstanceStatus::Pending:
        //: instance status (Kubernetes' Pending: waiting to be scheduled or started)
        return tr("Pending");
    case InstanceStatus::Terminating:
        //: instance status (Kubernetes' Terminating)
        return tr("Terminating");
    case InstanceStatus::Initializing:
    case InstanceStatus::PodInitializing:
        //: instance status (its init containers are running)
        return tr("Initializing");
    default:
        break;
    }
    return rawText.isEmpty() ? toWire(status) : rawText;
}

QString InstanceTableModel::healthText(InstanceHealth health, const QString &rawText)
{
    switch (health) {
    case InstanceHealth::Healthy:
        return tr("Healthy");
    case InstanceHealth::Unhealthy:
        //: both liveness and readiness checks fail
        return tr("Unhealthy");
    case InstanceHealth::LivenessUnhealthy:
        return tr("Liveness failing");
    case InstanceHealth::ReadinessUnhealthy:
        return tr("Readiness failing");
    case InstanceHealth::NotCheckedYet:
        return tr("Checking");
    case InstanceHealth::WithoutHealthCheckConfig:
        return tr("No health check");
    case InstanceHealth::WithoutLivenessConfig:
        return tr("No liveness check");
    case InstanceHealth::WithoutReadinessConfig:
        return tr("No readiness check");
    case InstanceHealth::Unrecognised:
        return rawText;
    }
    return rawText;
}
