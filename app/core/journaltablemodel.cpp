#include "journaltablemodel.h"

#include "core/itemroles.h"
#include "core/severity.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

Severity severityOf(JournalEntry::Outcome outcome)
{
    switch (outcome) {
    case JournalEntry::Outcome::Requested:
    case JournalEntry::Outcome::Accepted:
        return Severity::Progress;
    case JournalEntry::Outcome::Succeeded:
        return Severity::Normal;
    case JournalEntry::Outcome::Failed:
        return Severity::Critical;
    case JournalEntry::Outcome::CancelledByUser:
        return Severity::Inactive;
    case JournalEntry::Outcome::UnknownAfterTimeout:
    case JournalEntry::Outcome::Unrecognised:
        return Severity::Warning;
    }
    return Severity::Warning;
}

/// "Production", or its ID when the entry has no name.
QString nameOrId(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

} // namespace

JournalTableModel::JournalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void JournalTableModel::setEntries(const QList<JournalEntry> &entries)
{
    beginResetModel();
    m_entries.clear();
    m_ids.clear();
    for (const JournalEntry &entry : entries) {
        if (!m_ids.contains(entry.id)) {
            m_ids.insert(entry.id);
            m_entries.append(entry);
        }
    }
    endResetModel();
}

void JournalTableModel::appendEntries(const QList<JournalEntry> &entries)
{
    QList<JournalEntry> fresh;
    QSet<QUuid> freshIds;
    for (const JournalEntry &entry : entries) {
        if (!m_ids.contains(entry.id) && !freshIds.contains(entry.id)) {
            freshIds.insert(entry.id);
            fresh.append(entry);
        }
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + fresh.size() - 1));
    m_entries.append(fresh);
    m_ids.unite(freshIds);
    endInsertRows();
}

void JournalTableModel::appendEntry(const JournalEntry &entry)
{
    appendEntries({entry});
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());

    switch (role) {
    case ItemRoles::IdRole:
        return entry.id.toString(QUuid::WithoutBraces);
    case OperationIdRole:
        return entry.operationId.toString(QUuid::WithoutBraces);
    case ItemRoles::SearchTextRole:
        return QStringList{entry.who.profile,
                           entry.who.accessKeyId,
                           entry.who.osUser,
                           entry.what,
                           actionText(entry.what),
                           entry.where.regionId,
                           entry.where.namespaceId,
                           entry.where.namespaceName,
                           entry.where.appId,
                           entry.where.appName,
                           entry.where.instanceIds.join(u'\n'),
                           outcomeText(entry),
                           entry.requestId,
                           entry.changeOrderId,
                           entry.errorCode,
                           entry.errorMessage,
                           entry.comment}
            .join(u'\n')
            .toLower();
    default:
        break;
    }

    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        if (role == ItemRoles::SortRole)
            return entry.time.toMSecsSinceEpoch();
        if (role == Qt::ToolTipRole)
            return entry.time.toUTC().toString(Qt::ISODateWithMs);
        break;
    case WhoColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole) {
            if (entry.who.osUser.isEmpty())
                return entry.who.profile;
            //: who acted: %1 is the operating system user, %2 the console profile
            return tr("%1 (%2)").arg(entry.who.osUser, entry.who.profile);
        }
        if (role == Qt::ToolTipRole)
            return QStringList{tr("Profile: %1").arg(entry.who.profile),
                               tr("AccessKey ID: %1").arg(entry.who.accessKeyId),
                               tr("OS user: %1").arg(entry.who.osUser)}
                .join(u'\n');
        break;
    case WhatColumn:
        if (role == Qt::DisplayRole)
            return actionText(entry.what);
        if (role == ItemRoles::SortRole)
            return entry.what;
        if (role == Qt::ToolTipRole && !entry.request.isEmpty())
            return QString::fromUtf8(QJsonDocument(entry.request).toJson(QJsonDocument::Indented)).trimmed();
        break;
    case WhereColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole) {
            QStringList parts;
            for (const QString &part :
                 {entry.where.regionId, nameOrId(entry.where.namespaceName, entry.where.namespaceId),
                  nameOrId(entry.where.appName, entry.where.appId)}) {
                if (!part.isEmpty())
                    parts.append(part);
            }
            return parts.join(u" / "_s);
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines{
                tr("Region: %1").arg(entry.where.regionId),
                tr("Namespace: %1 (%2)").arg(entry.where.namespaceName, entry.where.namespaceId),
                tr("Application: %1 (%2)").arg(entry.where.appName, entry.where.appId)};
            if (!entry.where.instanceIds.isEmpty())
                lines.append(tr("Instances: %1").arg(entry.where.instanceIds.join(u", "_s)));
            return lines.join(u'\n');
        }
        break;
    case OutcomeColumn:
        if (role == Qt::DisplayRole)
            return outcomeText(entry);
        if (role == ItemRoles::SortRole)
            return int(entry.outcome);
        if (role == ItemRoles::SeverityRole)
            return int(severityOf(entry.outcome));
        if (role == Qt::ToolTipRole && (!entry.errorCode.isEmpty() || !entry.errorMessage.isEmpty())) {
            if (entry.errorCode.isEmpty())
                return entry.errorMessage;
            //: %1 is the platform's error code, %2 its message
            return tr("%1: %2").arg(entry.errorCode, entry.errorMessage);
        }
        break;
    case RequestIdColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole || role == Qt::ToolTipRole)
            return entry.requestId;
        break;
    case ChangeOrderIdColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole || role == Qt::ToolTipRole)
            return entry.changeOrderId;
        break;
    case CommentColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole || role == Qt::ToolTipRole)
            return entry.comment;
        break;
    default:
        break;
    }
    return {};
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhoColumn:
        //: column header: who performed the operation
        return tr("Who");
    case WhatColumn:
        //: column header: what the operation did (deploy, restart...)
        return tr("Action");
    case WhereColumn:
        //: column header: region / namespace / application
        return tr("Where");
    case OutcomeColumn:
        return tr("Outcome");
    case RequestIdColumn:
        return tr("RequestId");
    case ChangeOrderIdColumn:
        return tr("ChangeOrderId");
    case CommentColumn:
        return tr("Comment");
    default:
        return {};
    }
}

QString JournalTableModel::outcomeText(const JournalEntry &entry)
{
    switch (entry.outcome) {
    case JournalEntry::Outcome::Requested:
        //: outcome of an operation: the user confirmed it, the call is being sent
        return tr("Requested");
    case JournalEntry::Outcome::Accepted:
        //: outcome of an operation: the platform took it
        return tr("Accepted");
    case JournalEntry::Outcome::Succeeded:
        return tr("Succeeded");
    case JournalEntry::Outcome::Failed:
        return tr("Failed");
    case JournalEntry::Outcome::CancelledByUser:
        return tr("Cancelled by user");
    case JournalEntry::Outcome::UnknownAfterTimeout:
        //: outcome of an operation: no answer came, it may or may not have happened
        return tr("Unknown (timed out)");
    case JournalEntry::Outcome::Unrecognised:
        return entry.unrecognisedOutcome;
    }
    return entry.unrecognisedOutcome;
}

QString JournalTableModel::actionText(const QString &what)
{
    if (what == JournalAction::deploy)
        return tr("Deploy");
    if (what == JournalAction::rollback)
        return tr("Roll back");
    if (what == JournalAction::rescale)
        return tr("Rescale");
    if (what == JournalAction::restartApplication)
        return tr("Restart application");
    if (what == JournalAction::restartInstances)
        return tr("Restart instances");
    if (what == JournalAction::deleteInstances)
        return tr("Delete instances");
    if (what == JournalAction::stop)
        //: an operation on an application
        return tr("Stop");
    if (what == JournalAction::start)
        //: an operation on an application
        return tr("Start");
    if (what == JournalAction::confirmBatch)
        //: a change order's manual batch confirmation
        return tr("Confirm next batch");
    if (what == JournalAction::abort)
        //: stopping a running change order
        return tr("Stop change");
    if (what == JournalAction::abortAndRollback)
        return tr("Stop change and roll back");
    if (what == JournalAction::scalingRuleCreate)
        return tr("Create scaling rule");
    if (what == JournalAction::scalingRuleUpdate)
        return tr("Edit scaling rule");
    if (what == JournalAction::scalingRuleEnable)
        return tr("Enable scaling rule");
    if (what == JournalAction::scalingRuleDisable)
        return tr("Disable scaling rule");
    if (what == JournalAction::scalingRuleDelete)
        return tr("Delete scaling rule");
    return what;
}
