#include "applicationtablemodel.h"

#include "core/itemroles.h"
#include "core/manualchangelock.h"
#include "core/severity.h"

#include <QLocale>

namespace {

using Status = ApplicationTableModel::Status;

Severity severityOf(Status status)
{
    switch (status) {
    case Status::Running:
        return Severity::Normal;
    case Status::Unhealthy:
        return Severity::Warning;
    case Status::Stopped:
        return Severity::Inactive;
    case Status::Changing:
    case Status::Deleting:
        return Severity::Progress;
    }
    return Severity::Normal;
}

// Sorting the status column puts what needs attention first.
int statusRank(Status status)
{
    switch (status) {
    case Status::Unhealthy:
        return 0;
    case Status::Changing:
        return 1;
    case Status::Deleting:
        return 2;
    case Status::Running:
        return 3;
    case Status::Stopped:
        return 4;
    }
    return 5;
}

/// A cell whose value is still being learned: a dash that says so, sorting before every value.
QVariant unknownData(int role, const QVariant &sortValue)
{
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("…");
    case Qt::ToolTipRole:
        return ApplicationTableModel::tr("Not known yet: read in the background for the rows on screen");
    case ItemRoles::SortRole:
        return sortValue;
    default:
        return {};
    }
}

QString formatCpu(int millicores)
{
    if (millicores % 1000 == 0)
        return QString::number(millicores / 1000);
    return QString::number(millicores / 1000.0, 'f', 1);
}

QString formatMemory(int memoryMb)
{
    if (memoryMb % 1024 == 0)
        return ApplicationTableModel::tr("%1 GiB").arg(memoryMb / 1024);
    return ApplicationTableModel::tr("%1 MiB").arg(memoryMb);
}

} // namespace

ApplicationTableModel::ApplicationTableModel(QObject *parent)
    : KeyedRowsModel<Application>(parent)
{}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Application &app = rowAt(index.row());

    switch (role) {
    case ItemRoles::IdRole:
        return app.appId;
    case ItemRoles::SearchTextRole:
        return QString(app.appName + u'\n' + app.appId + u'\n' + app.version() + u'\n' + app.namespaceName)
            .toLower();
    case ItemRoles::SeverityRole:
        if (index.column() == LastChangeColumn)
            break;
        return int(severityOf(statusOf(app)));
    case ItemRoles::StatusRole:
        return int(statusOf(app));
    case ItemRoles::LockReasonRole:
        return ManualChangeLock::reason(m_activity.value(app.appId));
    default:
        break;
    }

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return app.appName;
        if (role == Qt::ToolTipRole)
            return app.description.isEmpty() ? app.appId : QString(app.description + u'\n' + app.appId);
        break;
    case NamespaceColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return app.namespaceName.isEmpty() ? app.namespaceId : app.namespaceName;
        if (role == Qt::ToolTipRole)
            return app.namespaceId;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(statusOf(app));
        if (role == ItemRoles::SortRole)
            return statusRank(statusOf(app));
        break;
    case InstancesColumn:
        if (role == Qt::DisplayRole)
            //: running instances / target instances
            return tr("%1 / %2").arg(app.runningInstances).arg(app.targetInstances);
        if (role == ItemRoles::SortRole)
            return app.targetInstances * 100000 + app.runningInstances;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return QString(tr("%n instance(s) running", nullptr, app.runningInstances) + u'\n'
                           + tr("%n instance(s) wanted", nullptr, app.targetInstances));
        break;
    case SpecColumn:
        if (role == Qt::DisplayRole)
            return specText(app.cpuMillicores, app.memoryMb);
        if (role == ItemRoles::SortRole)
            return qint64(app.cpuMillicores) * 1000000 + app.memoryMb;
        break;
    case VersionColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return app.version();
        if (role == Qt::ToolTipRole)
            return app.imageUrl.isEmpty() ? app.packageUrl : app.imageUrl;
        break;
    case LastChangeColumn:
        return lastChangeData(m_activity.value(app.appId), role);
    case ScalingColumn:
        return scalingData(m_activity.value(app.appId), role);
    default:
        break;
    }
    return {};
}

QVariant ApplicationTableModel::lastChangeData(const ApplicationActivity &activity, int role) const
{
    if (!activity.changesKnown)
        return unknownData(role, qint64(-1));
    if (!activity.lastChange) {
        if (role == Qt::DisplayRole)
            //: last change column: no change order on record
            return tr("None");
        return role == ItemRoles::SortRole ? QVariant(qint64(0)) : QVariant();
    }
    const ChangeOrder &change = *activity.lastChange;
    switch (role) {
    case Qt::DisplayRole:
        //: last change: %1 date and time, %2 type (Deploy...), %3 result (Succeeded...)
        return tr("%1 · %2 · %3")
            .arg(QLocale().toString(change.createdAt.toLocalTime(), QLocale::ShortFormat),
                 changeTypeText(change.coTypeCode), changeStatusText(change.status));
    case ItemRoles::SortRole:
        return change.createdAt.toMSecsSinceEpoch();
    case ItemRoles::SeverityRole:
        return int(changeOrderSeverity(change.status));
    case Qt::ToolTipRole: {
        QString tip = change.description.isEmpty() ? change.coType() : change.description;
        if (!change.errorMessage.isEmpty())
            tip += u'\n' + change.errorMessage;
        return QString(tip + u'\n' + change.changeOrderId);
    }
    default:
        return {};
    }
}

QVariant ApplicationTableModel::scalingData(const ApplicationActivity &activity, int role) const
{
    if (!activity.scalingKnown)
        return unknownData(role, -1);
    switch (role) {
    case Qt::DisplayRole:
        if (activity.scalingRules == 0)
            //: auto-scaling column: the application has no rule
            return tr("None");
        return activity.enabledScalingRules > 0 ? tr("On") : tr("Off");
    case ItemRoles::SortRole:
        return activity.enabledScalingRules * 10 + activity.scalingRules;
    case Qt::ToolTipRole:
        return QString(tr("%n auto-scaling rule(s) enabled", nullptr, activity.enabledScalingRules) + u'\n'
                       + tr("%n auto-scaling rule(s) in all", nullptr, activity.scalingRules));
    default:
        return {};
    }
}

void ApplicationTableModel::setActivity(const QString &appId, const ApplicationActivity &activity)
{
    auto existing = m_activity.find(appId);
    if (existing != m_activity.end() && *existing == activity)
        return;
    m_activity.insert(appId, activity);
    if (const int row = rowOfKey(appId); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

ApplicationTableModel::Status ApplicationTableModel::statusOf(const Application &application) const
{
    switch (application.state()) {
    case ApplicationState::Deleting:
        return Status::Deleting;
    case ApplicationState::Stopped:
        return m_activity.value(application.appId).isChanging() ? Status::Changing : Status::Stopped;
    case ApplicationState::Degraded:
    case ApplicationState::Running:
        break;
    }
    if (m_activity.value(application.appId).isChanging())
        return Status::Changing;
    return application.state() == ApplicationState::Degraded ? Status::Unhealthy : Status::Running;
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Application");
    case NamespaceColumn:
        return tr("Namespace");
    case StatusColumn:
        return tr("Status");
    case InstancesColumn:
        //: column header: running / target instance counts
        return tr("Instances");
    case SpecColumn:
        //: column header: CPU and memory of each instance
        return tr("Spec");
    case VersionColumn:
        return tr("Version");
    case LastChangeColumn:
        //: column header: the latest change order (when, type, result)
        return tr("Last change");
    case ScalingColumn:
        //: column header: whether an auto-scaling rule is on
        return tr("Auto-scaling");
    default:
        return {};
    }
}

QString ApplicationTableModel::statusText(Status status)
{
    switch (status) {
    case Status::Running:
        return tr("Running");
    case Status::Unhealthy:
        //: fewer instances run than wanted
        return tr("Unhealthy");
    case Status::Changing:
        //: a change order (deploy, restart, scaling...) is running
        return tr("Changing");
    case Status::Stopped:
        return tr("Stopped");
    case Status::Deleting:
        return tr("Deleting");
    }
    return {};
}

QString ApplicationTableModel::changeTypeText(const QString &coTypeCode)
{
    if (coTypeCode == u"CoDeploy")
        return tr("Deploy");
    if (coTypeCode == u"CoRollback" || coTypeCode == u"CoDeployHistroy")
        return tr("Rollback");
    if (coTypeCode == u"CoRestartApplication")
        return tr("Restart");
    if (coTypeCode == u"CoScaleOut")
        return tr("Scale out");
    if (coTypeCode == u"CoScaleIn")
        return tr("Scale in");
    if (coTypeCode == u"CoStart" || coTypeCode == u"CoStartApplication")
        return tr("Start");
    if (coTypeCode == u"CoStop" || coTypeCode == u"CoStopApplication")
        return tr("Stop");
    if (coTypeCode == u"CoRestartInstances")
        return tr("Restart instances");
    if (coTypeCode == u"CoDeleteInstances")
        return tr("Delete instances");
    if (coTypeCode == u"CoRescaleApplicationVertically")
        return tr("Change spec");
    return coTypeCode;
}

QString ApplicationTableModel::changeStatusText(ChangeOrderStatus status)
{
    switch (status) {
    case ChangeOrderStatus::Preparing:
        return tr("Preparing");
    case ChangeOrderStatus::Executing:
        return tr("Running");
    case ChangeOrderStatus::Succeeded:
        return tr("Succeeded");
    case ChangeOrderStatus::Failed:
        return tr("Failed");
    case ChangeOrderStatus::Aborted:
        return tr("Stopped");
    case ChangeOrderStatus::WaitingForConfirmation:
        return tr("Waiting for confirmation");
    case ChangeOrderStatus::WaitingForNextBatch:
        return tr("Waiting for next batch");
    case ChangeOrderStatus::SystemFailure:
        return tr("System failure");
    case ChangeOrderStatus::PendingApproval:
        return tr("Waiting for approval");
    case ChangeOrderStatus::Approved:
        return tr("Approved");
    }
    //: a change order status code this console does not know
    return tr("Status %1").arg(int(status));
}

QString ApplicationTableModel::specText(int cpuMillicores, int memoryMb)
{
    //: instance spec: %1 = CPU cores, %2 = memory with its unit
    return tr("%1 vCPU · %2").arg(formatCpu(cpuMillicores), formatMemory(memoryMb));
}
