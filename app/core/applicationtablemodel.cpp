#include "applicationtablemodel.h"

#include "core/itemroles.h"
#include "core/severity.h"

namespace {

Severity severityOf(ApplicationState state)
{
    switch (state) {
    case ApplicationState::Running:
        return Severity::Normal;
    case ApplicationState::Degraded:
        return Severity::Warning;
    case ApplicationState::Stopped:
        return Severity::Inactive;
    case ApplicationState::Deleting:
        return Severity::Progress;
    }
    return Severity::Normal;
}

// Sorting the status column puts what needs attention first.
int statusRank(ApplicationState state)
{
    switch (state) {
    case ApplicationState::Degraded:
        return 0;
    case ApplicationState::Deleting:
        return 1;
    case ApplicationState::Running:
        return 2;
    case ApplicationState::Stopped:
        return 3;
    }
    return 4;
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
        return int(severityOf(app.state()));
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
            return stateText(app.state());
        if (role == ItemRoles::SortRole)
            return statusRank(app.state());
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
    default:
        break;
    }
    return {};
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
    default:
        return {};
    }
}

QString ApplicationTableModel::stateText(ApplicationState state)
{
    switch (state) {
    case ApplicationState::Running:
        return tr("Running");
    case ApplicationState::Degraded:
        //: fewer instances run than wanted
        return tr("Degraded");
    case ApplicationState::Stopped:
        return tr("Stopped");
    case ApplicationState::Deleting:
        return tr("Deleting");
    }
    return {};
}

QString ApplicationTableModel::specText(int cpuMillicores, int memoryMb)
{
    //: instance spec: %1 = CPU cores, %2 = memory with its unit
    return tr("%1 vCPU · %2").arg(formatCpu(cpuMillicores), formatMemory(memoryMb));
}
