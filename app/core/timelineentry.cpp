#include "timelineentry.h"

#include "core/appeventtablemodel.h"
#include "core/applicationtablemodel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
}

QDateTime seenAt(const AppEvent &event)
{
    return AppEventTableModel::seenAt(event);
}

TimelineEntry fromChangeOrder(const ChangeOrder &order)
{
    TimelineEntry entry;
    entry.kind = TimelineEntry::Kind::ChangeOrder;
    entry.time = order.createdAt;
    entry.firstTime = order.createdAt;
    entry.endTime = isTerminal(order.status) ? order.finishedAt : QDateTime();
    entry.title = ApplicationTableModel::changeTypeText(order.coTypeCode) + u" · "
                  + ApplicationTableModel::changeStatusText(order.status);
    QStringList detail;
    if (!order.description.isEmpty())
        detail.append(order.description);
    if (entry.endTime.isValid())
        //: the end of a change order in the What changed timeline; %1 is date and time
        detail.append(TimelineEntry::tr("ended %1").arg(timeText(entry.endTime)));
    else if (!isTerminal(order.status))
        //: a change order of the What changed timeline that has not ended
        detail.append(TimelineEntry::tr("still running"));
    if (!order.errorMessage.isEmpty())
        detail.append(order.errorMessage);
    entry.detail = detail.join(u" · ");
    entry.severity = changeOrderSeverity(order.status);
    entry.changeOrderId = order.changeOrderId;
    entry.changeTypeCode = order.coTypeCode;
    return entry;
}

TimelineEntry fromEvent(const AppEvent &event, bool scaling)
{
    TimelineEntry entry;
    entry.kind = scaling ? TimelineEntry::Kind::Scaling : TimelineEntry::Kind::Warning;
    entry.time = seenAt(event);
    entry.firstTime = event.firstSeen.isValid() ? event.firstSeen : entry.time;
    entry.reason = event.reason;
    entry.objectName = AppEventTableModel::objectText(event);
    const QString message = event.message.trimmed().section(u'\n', 0, 0);
    entry.title = message.isEmpty() ? event.reason : QString(event.reason + u": " + message);
    entry.severity = scaling ? Severity::Progress : Severity::Warning;
    entry.count = qMax(1, event.count);
    return entry;
}

QString eventDetail(const TimelineEntry &entry)
{
    QStringList detail;
    if (!entry.objectName.isEmpty())
        detail.append(entry.objectName);
    if (entry.count > 1) {
        //: how often a repeated event happened, and when first; %1 is date and time
        detail.append(
            TimelineEntry::tr("%n time(s) since %1", nullptr, entry.count).arg(timeText(entry.firstTime)));
    }
    return detail.join(u" · ");
}

} // namespace

QList<TimelineEntry> TimelineEntry::merge(const QList<ChangeOrder> &changeOrders,
                                          const QList<AppEvent> &events)
{
    QList<TimelineEntry> entries;
    entries.reserve(changeOrders.size() + events.size());
    for (const ChangeOrder &order : changeOrders)
        entries.append(fromChangeOrder(order));

    // One entry per kind, reason and object: a crash loop is one line "BackOff ×12", not twelve.
    QHash<QString, qsizetype> collapsed;
    for (const AppEvent &event : events) {
        const bool scaling = isScalingEvent(event);
        if (!scaling && event.type != AppEvent::Type::Warning)
            continue;
        TimelineEntry entry = fromEvent(event, scaling);
        const QString key = entry.key();
        const auto found = collapsed.constFind(key);
        if (found == collapsed.constEnd()) {
            collapsed.insert(key, entries.size());
            entries.append(entry);
            continue;
        }
        TimelineEntry &kept = entries[*found];
        kept.count += entry.count;
        if (entry.firstTime.isValid() && (!kept.firstTime.isValid() || entry.firstTime < kept.firstTime))
            kept.firstTime = entry.firstTime;
        if (entry.time > kept.time) {
            kept.time = entry.time; // the newest message says what it is now
            kept.title = entry.title;
        }
    }
    for (TimelineEntry &entry : entries) {
        if (entry.kind != Kind::ChangeOrder)
            entry.detail = eventDetail(entry);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.time > b.time; });
    return entries;
}

ChartMarker TimelineEntry::toMarker() const
{
    ChartMarker marker;
    marker.timeMs = time.toMSecsSinceEpoch();
    switch (kind) {
    case Kind::ChangeOrder:
        marker.kind = markerKindOf(changeTypeCode);
        break;
    case Kind::Scaling:
        marker.kind = ChartMarker::Kind::Scaling;
        break;
    case Kind::Warning:
        marker.kind = ChartMarker::Kind::Warning;
        break;
    }
    marker.label = shortLabel();
    return marker;
}

QString TimelineEntry::shortLabel() const
{
    if (kind == Kind::ChangeOrder)
        return title;
    // A scaling step says what it did ("Scaled replica set order-service to 4"), a warning its reason.
    const QString prefix = reason + u": ";
    const QString what = kind != Kind::Scaling      ? reason
                         : title.startsWith(prefix) ? title.mid(prefix.size())
                                                    : title;
    //: a repeated event on a chart's flag: "BackOff ×12"
    return count > 1 ? tr("%1 ×%2").arg(what).arg(count) : what;
}

QString TimelineEntry::key() const
{
    if (kind == Kind::ChangeOrder)
        return u"co:"_s + changeOrderId;
    // Scaling steps differ by their message ("to 4", "to 2"): each is its own entry.
    const QString step = kind == Kind::Scaling ? QString(u':' + title) : QString();
    return QString::number(int(kind)) + u':' + reason + u':' + objectName + step;
}

ChartMarker::Kind TimelineEntry::markerKindOf(const QString &coTypeCode)
{
    if (coTypeCode == u"CoScaleOut" || coTypeCode == u"CoScaleIn"
        || coTypeCode == u"CoRescaleApplicationVertically")
        return ChartMarker::Kind::Scaling;
    if (coTypeCode == u"CoDeploy" || coTypeCode == u"CoRollback" || coTypeCode == u"CoDeployHistroy")
        return ChartMarker::Kind::Deployment;
    return ChartMarker::Kind::Other;
}

bool TimelineEntry::isScalingEvent(const AppEvent &event)
{
    return event.reason == u"ScalingReplicaSet" || event.reason == u"SuccessfulRescale"
           || event.reason.startsWith(u"Scal");
}
