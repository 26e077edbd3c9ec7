#include "appeventtablemodel.h"

#include "core/itemroles.h"
#include "core/severity.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView timeFormat = u"yyyy-MM-dd HH:mm:ss";

QString identityOf(const AppEvent &event)
{
    const QString firstSeen =
        event.firstSeen.isValid() ? QString::number(event.firstSeen.toMSecsSinceEpoch()) : QString();
    return QStringList{event.typeText,   event.reason,  event.objectKind,
                       event.objectName, event.message, firstSeen}
        .join(u'\x1f');
}

Severity severityOf(AppEvent::Type type)
{
    switch (type) {
    case AppEvent::Type::Warning:
        return Severity::Warning;
    case AppEvent::Type::Normal:
        return Severity::Normal;
    case AppEvent::Type::Unrecognised:
        break;
    }
    return Severity::Inactive;
}

/// Warnings first when sorted ascending: they are what people look for.
int typeRank(AppEvent::Type type)
{
    switch (type) {
    case AppEvent::Type::Warning:
        return 0;
    case AppEvent::Type::Normal:
        return 1;
    case AppEvent::Type::Unrecognised:
        break;
    }
    return 2;
}

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(timeFormat) : QString();
}

/// The first line of a message, for a one-line table cell; the tooltip has the whole of it.
QString firstLine(const QString &message)
{
    const QString trimmed = message.trimmed();
    const qsizetype newline = trimmed.indexOf(u'\n');
    if (newline < 0)
        return trimmed;
    return trimmed.left(newline).trimmed() + u" …"_s;
}

} // namespace

AppEventTableModel::AppEventTableModel(QObject *parent)
    : KeyedRowsModel<KeyedAppEvent>(parent)
{}

void AppEventTableModel::setEvents(const QList<AppEvent> &events)
{
    QList<KeyedAppEvent> rows;
    rows.reserve(events.size());
    QHash<QString, int> occurrences;
    for (const AppEvent &event : events) {
        const QString identity = identityOf(event);
        const int occurrence = occurrences[identity]++;
        rows.append({identity + u'#' + QString::number(occurrence), event});
    }
    setRows(rows);
}

int AppEventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppEventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppEvent &event = eventAt(index.row());

    switch (role) {
    case ItemRoles::IdRole:
        return rowAt(index.row()).key;
    case ItemRoles::SearchTextRole:
        return QStringList{typeText(event.type, event.typeText),
                           event.typeText,
                           event.reason,
                           objectText(event),
                           event.message,
                           event.causeAnalysis}
            .join(u'\n')
            .toLower();
    default:
        break;
    }

    switch (index.column()) {
    case LastSeenColumn: {
        const QDateTime seen = seenAt(event);
        if (role == Qt::DisplayRole)
            return formatTime(seen);
        if (role == ItemRoles::SortRole)
            return seen.isValid() ? seen.toMSecsSinceEpoch() : qint64(0);
        if (role == Qt::ToolTipRole && event.firstSeen.isValid() && event.firstSeen != seen)
            //: %1 and %2 are date and time
            return tr("First seen %1, last seen %2").arg(formatTime(event.firstSeen), formatTime(seen));
        break;
    }
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return typeText(event.type, event.typeText);
        if (role == ItemRoles::SortRole)
            return typeRank(event.type);
        if (role == ItemRoles::SeverityRole)
            return int(severityOf(event.type));
        break;
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return event.reason;
        break;
    case ObjectColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole || role == Qt::ToolTipRole)
            return objectText(event);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return firstLine(event.message);
        if (role == ItemRoles::SortRole)
            return event.message;
        if (role == Qt::ToolTipRole)
            return event.message;
        break;
    case CountColumn:
        if (role == Qt::DisplayRole)
            return event.count > 0 ? QVariant(event.count) : QVariant(QString());
        if (role == ItemRoles::SortRole)
            return event.count;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant AppEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LastSeenColumn:
        //: column of the events table: when the event last happened
        return tr("Last seen");
    case TypeColumn:
        //: column of the events table: Normal or Warning
        return tr("Type");
    case ReasonColumn:
        //: column of the events table: Kubernetes' short reason (BackOff, Unhealthy...)
        return tr("Reason");
    case ObjectColumn:
        //: column of the events table: the pod, deployment... the event is about
        return tr("Object");
    case MessageColumn:
        return tr("Message");
    case CountColumn:
        //: column of the events table: how often the event happened
        return tr("Count");
    default:
        return {};
    }
}

QString AppEventTableModel::typeText(AppEvent::Type type, const QString &rawText)
{
    switch (type) {
    case AppEvent::Type::Warning:
        //: event type (Kubernetes' Warning)
        return tr("Warning");
    case AppEvent::Type::Normal:
        //: event type (Kubernetes' Normal)
        return tr("Normal");
    case AppEvent::Type::Unrecognised:
        break;
    }
    return rawText;
}

QString AppEventTableModel::objectText(const AppEvent &event)
{
    if (event.objectKind.isEmpty())
        return event.objectName;
    if (event.objectName.isEmpty())
        return event.objectKind;
    return event.objectKind + u'/' + event.objectName;
}

QDateTime AppEventTableModel::seenAt(const AppEvent &event)
{
    return event.lastSeen.isValid() ? event.lastSeen : event.firstSeen;
}
