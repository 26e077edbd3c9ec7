#include "scalingruletablemodel.h"

#include "core/durationformat.h"
#include "core/itemroles.h"
#include "core/scalingrulesummary.h"
#include "core/severity.h"

namespace {

/// When the rule last changed: its update time, or its creation for a rule never updated.
QDateTime changedAt(const ScalingRule &rule)
{
    return rule.updatedAt.isValid() ? rule.updatedAt : rule.createdAt;
}

} // namespace

ScalingRuleTableModel::ScalingRuleTableModel(QObject *parent)
    : KeyedRowsModel<ScalingRule>(parent)
    , m_referenceTime(QDateTime::currentDateTimeUtc())
{}

int ScalingRuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ScalingRuleTableModel::setReferenceTime(const QDateTime &referenceTime)
{
    if (m_referenceTime == referenceTime)
        return;
    m_referenceTime = referenceTime;
    if (rowCount() > 0)
        emit dataChanged(index(0, UpdatedColumn), index(rowCount() - 1, UpdatedColumn), {Qt::DisplayRole});
}

QVariant ScalingRuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScalingRule &scalingRule = rowAt(index.row());

    switch (role) {
    case ItemRoles::IdRole:
        return scalingRule.name;
    case ItemRoles::SearchTextRole:
        return scalingRule.name.toLower();
    case ItemRoles::StatusRole:
        return scalingRule.enabled;
    default:
        break;
    }

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole || role == Qt::ToolTipRole)
            return scalingRule.name;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return typeText(scalingRule.type);
        if (role == ItemRoles::SortRole)
            return int(scalingRule.type);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return stateText(scalingRule.enabled);
        if (role == ItemRoles::SortRole)
            return scalingRule.enabled ? 0 : 1; // enabled rules first
        if (role == ItemRoles::SeverityRole)
            return int(scalingRule.enabled ? Severity::Normal : Severity::Inactive);
        if (role == Qt::ToolTipRole && !scalingRule.enabled && scalingRule.lastDisabledAt.isValid())
            //: tooltip of a disabled scaling rule; %1 is a date and time
            return tr("Disabled since %1")
                .arg(scalingRule.lastDisabledAt.toLocalTime().toString(Qt::ISODate));
        break;
    case SummaryColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == ItemRoles::SortRole)
            return ScalingRuleSummary::of(scalingRule);
        break;
    case UpdatedColumn: {
        const QDateTime changed = changedAt(scalingRule);
        if (role == Qt::DisplayRole) {
            if (!changed.isValid())
                return QString();
            //: when a scaling rule was last changed, e.g. "12m ago"
            return tr("%1 ago").arg(DurationFormat::compact(changed.secsTo(m_referenceTime)));
        }
        if (role == ItemRoles::SortRole)
            return changed.isValid() ? -changed.toMSecsSinceEpoch() : 0;
        if (role == Qt::ToolTipRole && changed.isValid())
            return changed.toLocalTime().toString(Qt::ISODate);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant ScalingRuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        //: column header: the scaling rule's name
        return tr("Name");
    case TypeColumn:
        //: column header: timing, metric or mixed
        return tr("Type");
    case StateColumn:
        //: column header: enabled or disabled
        return tr("State");
    case SummaryColumn:
        //: column header: what the rule does, in one line
        return tr("Rule");
    case UpdatedColumn:
        //: column header: when the rule was last changed
        return tr("Updated");
    default:
        return {};
    }
}

QString ScalingRuleTableModel::typeText(ScalingRuleType type)
{
    switch (type) {
    case ScalingRuleType::Timing:
        //: a scaling rule that follows a schedule
        return tr("Timing");
    case ScalingRuleType::Metric:
        //: a scaling rule that follows load metrics (CPU, QPS...)
        return tr("Metric");
    case ScalingRuleType::Mix:
        //: a scaling rule that follows load metrics with bounds set by a schedule
        return tr("Mixed");
    }
    return {};
}

QString ScalingRuleTableModel::stateText(bool enabled)
{
    //: state of a scaling rule
    return enabled ? tr("Enabled") : tr("Disabled");
}
