#include "timelinemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setEntries(const QList<TimelineEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void TimelineModel::clear()
{
    setEntries({});
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());

    switch (role) {
    case ItemRoles::IdRole:
        return entry.changeOrderId;
    case ItemRoles::SeverityRole:
        return int(entry.severity);
    case KindRole:
        return int(entry.kind);
    case KeyRole:
        return entry.key();
    case TimeRole:
        return entry.time;
    case ItemRoles::SearchTextRole:
        return QString(entry.title + u'\n' + entry.detail + u'\n' + entry.changeOrderId).toLower();
    default:
        break;
    }

    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return timeText(entry.time);
        if (role == ItemRoles::SortRole)
            return entry.time.isValid() ? entry.time.toMSecsSinceEpoch() : qint64(0);
        if (role == Qt::ToolTipRole && entry.firstTime.isValid() && entry.firstTime != entry.time)
            //: %1 and %2 are date and time
            return tr("First seen %1, last seen %2").arg(timeText(entry.firstTime), timeText(entry.time));
        break;
    case WhatColumn:
        if (role == Qt::DisplayRole) {
            if (entry.kind != TimelineEntry::Kind::ChangeOrder && entry.count > 1)
                //: a repeated event in the What changed timeline: "BackOff: … ×12"
                return tr("%1 ×%2").arg(entry.title).arg(entry.count);
            return entry.title;
        }
        if (role == ItemRoles::SortRole || role == Qt::ToolTipRole)
            return entry.title;
        break;
    case DetailColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return entry.detail;
        if (role == Qt::ToolTipRole) {
            return entry.changeOrderId.isEmpty() ? entry.detail
                                                 : QString(entry.detail + u'\n' + entry.changeOrderId);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        //: column of the What changed timeline: when it happened
        return tr("Time");
    case WhatColumn:
        //: column of the What changed timeline: the change order or event
        return tr("What");
    case DetailColumn:
        //: column of the What changed timeline: description, error, object, how often
        return tr("Detail");
    default:
        return {};
    }
}
