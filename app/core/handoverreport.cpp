#include "handoverreport.h"

#include "core/applicationtablemodel.h"
#include "core/journaltablemodel.h"
#include "core/releaserecord.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

const QString s_none = u"—"_s;

bool within(const QDateTime &time, const QDateTime &from, const QDateTime &to)
{
    return (!from.isValid() || time >= from) && (!to.isValid() || time <= to);
}

QString section(const QString &heading)
{
    return u"## "_s + heading + u"\n\n"_s;
}

QString nothing()
{
    //: an empty section of the hand-over report
    return HandOverReport::tr("Nothing.") + u"\n\n"_s;
}

QString tableRow(const QStringList &cells)
{
    QString row = u"|"_s;
    for (const QString &cell : cells)
        row += u' ' + HandOverReport::escaped(cell) + u" |"_s;
    return row + u'\n';
}

QString tableHeader(const QStringList &headings)
{
    QString separator = u"|"_s;
    for (qsizetype i = 0; i < headings.size(); ++i)
        separator += u" --- |"_s;
    return tableRow(headings) + separator + u'\n';
}

QString fact(const QString &label, const QString &value)
{
    return u"- **"_s + label + u":** "_s + value + u'\n';
}

QString subject(const QString &app, const QString &space)
{
    if (space.isEmpty())
        return app;
    //: an application and its namespace: "order-service (production)"
    return HandOverReport::tr("%1 (%2)").arg(app, space);
}

QString subjectOf(const Application &app)
{
    return subject(app.appName.isEmpty() ? app.appId : app.appName,
                   app.namespaceName.isEmpty() ? app.namespaceId : app.namespaceName);
}

/// "Deploy · Failed · co-1": a change order in words.
QString changeText(const ChangeOrder &order)
{
    QStringList parts;
    const QString type = ApplicationTableModel::changeTypeText(order.coTypeCode);
    if (!type.isEmpty())
        parts.append(type);
    parts.append(ApplicationTableModel::changeStatusText(order.status));
    if (!order.changeOrderId.isEmpty())
        parts.append(order.changeOrderId);
    return parts.join(u" · "_s);
}

/// "Deploy: Release 5.2.8", or the type alone.
QString changeWhat(const ChangeOrder &order)
{
    const QString type = ApplicationTableModel::changeTypeText(order.coTypeCode);
    if (order.description.isEmpty())
        return type;
    return type.isEmpty() ? order.description : QString(type + u": "_s + order.description);
}

/// A time in a table cell: "2026-11-28 03:30", UTC (the column's heading says so): short, so that
/// the column leaves the width to the reasons.
QString cellTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

bool byName(const FleetRow *a, const FleetRow *b)
{
    const int names = QString::compare(a->application.appName, b->application.appName, Qt::CaseInsensitive);
    return names != 0 ? names < 0 : a->application.appId < b->application.appId;
}

/// When the application's current unhealthy condition began, as the alerts tell it.
QDateTime unhealthySince(const QList<FleetAlert> &alerts, const QString &appId)
{
    const FleetAlert *newest = nullptr;
    for (const FleetAlert &alert : alerts) {
        if (alert.appId != appId
            || (alert.kind != FleetAlert::Kind::TurnedUnhealthy && alert.kind != FleetAlert::Kind::Recovered))
            continue;
        if (!newest || alert.since >= newest->since)
            newest = &alert;
    }
    if (!newest || newest->kind != FleetAlert::Kind::TurnedUnhealthy)
        return {};
    return newest->since;
}

QDateTime signOffSince(const QList<FleetAlert> &alerts, const QString &changeOrderId)
{
    QDateTime since;
    for (const FleetAlert &alert : alerts) {
        if (alert.kind == FleetAlert::Kind::SignOffOverdue && alert.changeOrderId == changeOrderId
            && alert.since.isValid() && (!since.isValid() || alert.since < since))
            since = alert.since;
    }
    return since;
}

/// The entries (in time order) in groups: those of a change order, and of every operation one of
/// whose entries names it, together; the other operations' entries each on their own.
QList<QList<qsizetype>> groupsOf(const QList<JournalEntry> &entries)
{
    QList<qsizetype> parent(entries.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&parent](qsizetype i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    };
    const auto unite = [&](qsizetype a, qsizetype b) {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b); // the group's root is its first entry
    };
    QHash<QUuid, qsizetype> operationFirst;
    QHash<QString, qsizetype> orderFirst;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const JournalEntry &entry = entries.at(i);
        const auto operation = operationFirst.constFind(entry.operationId);
        if (operation == operationFirst.constEnd())
            operationFirst.insert(entry.operationId, i);
        else
            unite(i, *operation);
        if (entry.changeOrderId.isEmpty())
            continue;
        const auto order = orderFirst.constFind(entry.changeOrderId);
        if (order == orderFirst.constEnd())
            orderFirst.insert(entry.changeOrderId, i);
        else
            unite(i, *order);
    }
    QList<QList<qsizetype>> groups;
    QHash<qsizetype, qsizetype> groupOfRoot;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const qsizetype root = find(i);
        const auto found = groupOfRoot.constFind(root);
        if (found == groupOfRoot.constEnd()) {
            groupOfRoot.insert(root, groups.size());
            groups.append(QList<qsizetype>{i});
        } else {
            groups[*found].append(i);
        }
    }
    return groups;
}

QString whoText(const JournalEntry::Who &who)
{
    if (!who.osUser.isEmpty())
        return who.osUser;
    if (!who.profile.isEmpty())
        //: who acted, when the journal has no OS user: %1 = the console profile
        return HandOverReport::tr("profile %1").arg(who.profile);
    return HandOverReport::tr("unknown user");
}

QString targetText(const JournalEntry::Where &where)
{
    QString target = where.appName.isEmpty() ? where.appId : where.appName;
    const QString space = where.namespaceName.isEmpty() ? where.namespaceId : where.namespaceName;
    if (target.isEmpty())
        target = space.isEmpty() ? where.regionId : space;
    else
        target = subject(target, space);
    if (!where.instanceIds.isEmpty())
        target += u": "_s + where.instanceIds.join(u", "_s);
    return target;
}

/// One journal entry on one line: time, who, action, target, outcome, RequestId, ChangeOrderId, comment.
QString entryLine(const JournalEntry &entry)
{
    QStringList parts{ReleaseRecord::timeText(entry.time), whoText(entry.who),
                      JournalTableModel::actionText(entry.what), targetText(entry.where)};
    QString outcome = JournalTableModel::outcomeText(entry);
    if (!entry.errorCode.isEmpty() || !entry.errorMessage.isEmpty()) {
        QStringList error;
        if (!entry.errorCode.isEmpty())
            error.append(entry.errorCode);
        if (!entry.errorMessage.isEmpty())
            error.append(entry.errorMessage);
        outcome += u" ("_s + error.join(u": "_s) + u')';
    }
    parts.append(outcome);
    if (!entry.requestId.isEmpty())
        parts.append(u"RequestId "_s + entry.requestId);
    if (!entry.changeOrderId.isEmpty())
        parts.append(u"ChangeOrderId "_s + entry.changeOrderId);
    QString text;
    for (const QString &part : std::as_const(parts))
        text += (text.isEmpty() ? QString() : u" · "_s) + HandOverReport::escaped(part);
    if (!entry.comment.trimmed().isEmpty())
        //: a sign-off or operation comment in the hand-over report, in quotes
        text += u" · "_s + HandOverReport::tr("“%1”").arg(HandOverReport::escaped(entry.comment.trimmed()));
    return text;
}

} // namespace

QString HandOverReport::escaped(const QString &text)
{
    if (text.isEmpty())
        return s_none;
    static const QString marks = u"\\|*_`[]<>&~#!"_s;
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            out += u' ';
        } else if (c == u'\n' || c == QChar(0x2028) || c == QChar(0x2029)) {
            out += u' ';
        } else {
            if (marks.contains(c))
                out += u'\\';
            out += c;
        }
    }
    return out;
}

QString HandOverReport::title() const
{
    if (region.isEmpty())
        //: title of the hand-over report: %1 = the profile
        return tr("Hand-over — %1").arg(profile);
    //: title of the hand-over report: %1 = the profile, %2 = the region(s)
    return tr("Hand-over — %1 · %2").arg(profile, region);
}

QList<JournalEntry> HandOverReport::entriesWithin(const QList<JournalEntry> &journal, const QDateTime &from,
                                                  const QDateTime &to)
{
    QList<JournalEntry> found;
    for (const JournalEntry &entry : journal) {
        if (entry.time.isValid() && within(entry.time, from, to))
            found.append(entry);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const JournalEntry &a, const JournalEntry &b) { return a.time < b.time; });
    return found;
}

QList<FleetAlert> HandOverReport::alertsWithin(const QList<FleetAlert> &alerts, const QDateTime &from,
                                               const QDateTime &to)
{
    QList<FleetAlert> found;
    for (const FleetAlert &alert : alerts) {
        // Raised in the shift, even if its condition began before (a wait that went overdue).
        const QDateTime at = alert.raisedAt.isValid() ? alert.raisedAt : alert.since;
        if (!at.isValid() || within(at, from, to))
            found.append(alert);
    }
    std::stable_sort(found.begin(), found.end(), [](const FleetAlert &a, const FleetAlert &b) {
        if (a.since.isValid() != b.since.isValid())
            return a.since.isValid(); // an alert without a time last
        return a.since < b.since;
    });
    return found;
}

QString HandOverReport::toMarkdown(const QDateTime &now) const
{
    const QList<JournalEntry> shiftEntries = entriesWithin(entries, from, to);
    const QList<FleetAlert> shiftAlerts = alertsWithin(alerts, from, to);

    QList<const FleetRow *> attention, waiting, changing;
    for (const FleetRow &row : rows) {
        if (FleetTableModel::needsAttention(row))
            attention.append(&row);
        if (FleetTableModel::waitsForSignOff(row))
            waiting.append(&row);
        else if (FleetTableModel::isChanging(row))
            changing.append(&row);
    }
    std::stable_sort(attention.begin(), attention.end(), [](const FleetRow *a, const FleetRow *b) {
        if (FleetHealth::isWorse(a->health, b->health))
            return true;
        if (FleetHealth::isWorse(b->health, a->health))
            return false;
        return byName(a, b);
    });
    std::stable_sort(waiting.begin(), waiting.end(), byName);
    std::stable_sort(changing.begin(), changing.end(), byName);
    QSet<QUuid> operations;
    for (const JournalEntry &entry : shiftEntries)
        operations.insert(entry.operationId);

    QString by = generatedBy;
    for (auto it = shiftEntries.crbegin(); by.isEmpty() && it != shiftEntries.crend(); ++it)
        by = it->who.osUser;

    QString md = u"# "_s + escaped(title()) + u"\n\n"_s;
    //: the shift a hand-over report covers: %1 = start, %2 = end
    md += fact(tr("Shift"), tr("%1 to %2").arg(ReleaseRecord::timeText(from), ReleaseRecord::timeText(to)));
    md += fact(tr("Generated"), ReleaseRecord::timeText(now));
    if (!by.isEmpty())
        //: who generated the hand-over report
        md += fact(tr("By"), escaped(by));
    const QString summary =
        //: summary of the hand-over: %n applications need attention, %1 = applications in all
        tr("%n of %1 application(s) need someone", nullptr, int(attention.size())).arg(rows.size()) + u"; "_s
        + tr("%n change(s) wait for sign-off", nullptr, int(waiting.size())) + u"; "_s
        + tr("%n action(s) taken", nullptr, int(operations.size()));
    md += fact(tr("Summary"), summary);
    md += u'\n';

    md += section(tr("Needs attention now"));
    if (attention.isEmpty()) {
        md += nothing();
    } else {
        md += tableHeader({tr("Score"), tr("Application"),
                           tr("What is wrong"), //: column of a table whose times are in UTC
                           tr("Since (UTC)"), tr("Last change")});
        for (const FleetRow *row : std::as_const(attention)) {
            const QDateTime since = unhealthySince(alerts, row->application.appId);
            md += tableRow({QString::number(row->health.score), subjectOf(row->application),
                            row->health.reasons.join(u"; "_s), cellTime(since),
                            row->lastChange ? changeText(*row->lastChange) : QString()});
        }
        md += u'\n';
    }

    md += section(tr("Waiting for sign-off"));
    if (waiting.isEmpty()) {
        md += nothing();
    } else {
        md += tableHeader({tr("Application"), tr("Change order"), tr("Change"), tr("Waiting since (UTC)")});
        for (const FleetRow *row : std::as_const(waiting)) {
            const ChangeOrder &order = *row->lastChange;
            const QDateTime since = signOffSince(alerts, order.changeOrderId);
            md += tableRow(
                {subjectOf(row->application), order.changeOrderId, changeWhat(order), cellTime(since)});
        }
        md += u'\n';
    }

    md += section(tr("Changing"));
    if (changing.isEmpty()) {
        md += nothing();
    } else {
        md += tableHeader(
            {tr("Application"), tr("Change order"), tr("Change"), tr("Status"), tr("Started (UTC)")});
        for (const FleetRow *row : std::as_const(changing)) {
            const ChangeOrder &order = *row->lastChange;
            md +=
                tableRow({subjectOf(row->application), order.changeOrderId, changeWhat(order),
                          ApplicationTableModel::changeStatusText(order.status), cellTime(order.createdAt)});
        }
        md += u'\n';
    }

    md += section(tr("What happened"));
    if (shiftAlerts.isEmpty()) {
        md += nothing();
    } else {
        for (const FleetAlert &alert : shiftAlerts) {
            md += u"- "_s + escaped(ReleaseRecord::timeText(alert.since)) + u" · **"_s
                  + escaped(alert.title(now)) + u"**"_s;
            const QString body = alert.body();
            if (!body.isEmpty())
                md += u" — "_s + escaped(body.split(u'\n', Qt::SkipEmptyParts).join(u" · "_s));
            md += u'\n';
        }
        md += u'\n';
    }

    md += section(tr("What was done"));
    if (shiftEntries.isEmpty()) {
        md += nothing();
    } else {
        for (const QList<qsizetype> &group : groupsOf(shiftEntries)) {
            QStringList orders;
            for (const qsizetype i : group) {
                const QString &id = shiftEntries.at(i).changeOrderId;
                if (!id.isEmpty() && !orders.contains(id))
                    orders.append(id);
            }
            if (orders.isEmpty()) {
                for (const qsizetype i : group)
                    md += u"- "_s + entryLine(shiftEntries.at(i)) + u'\n';
                continue;
            }
            const JournalEntry &first = shiftEntries.at(group.constFirst());
            //: a group of journal lines in the hand-over: %1 = the change order ID(s)
            md += u"- **"_s + escaped(tr("Change order %1").arg(orders.join(u", "_s))) + u"** · "_s
                  + escaped(targetText(first.where)) + u'\n';
            for (const qsizetype i : group)
                md += u"  - "_s + entryLine(shiftEntries.at(i)) + u'\n';
        }
        md += u'\n';
    }
    return md;
}
