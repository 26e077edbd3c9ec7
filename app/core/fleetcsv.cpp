#include "fleetcsv.h"

#include "core/changeorderstatus.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// Excel takes a file for UTF-8 only when it starts with this.
constexpr char s_byteOrderMark[] = "\xEF\xBB\xBF";

bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
           || first == u'\r';
}

QString row(const QStringList &cells)
{
    QStringList written;
    written.reserve(cells.size());
    for (const QString &text : cells)
        written.append(FleetCsv::cell(text));
    return written.join(u',') + u"\r\n"_s;
}

} // namespace

QString FleetCsv::cell(const QString &text)
{
    QString value = startsFormula(text) ? QString(u'\'' + text) : text;
    const bool quoted =
        value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n');
    if (!quoted)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

QString FleetCsv::severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return u"Critical"_s;
    case Severity::Warning:
        return u"Warning"_s;
    case Severity::Progress:
        return u"Progress"_s;
    case Severity::Normal:
        return u"Normal"_s;
    case Severity::Inactive:
        return u"Inactive"_s;
    }
    return u"Normal"_s;
}

QStringList FleetCsv::header()
{
    return {
        //: CSV column: the health score, 0-100
        tr("Score"),
        //: CSV column: Critical, Warning, Normal... (the values stay in English)
        tr("Severity"),
        tr("Application"),
        //: CSV column: the application's ID
        tr("AppId"),
        tr("Namespace"),
        //: CSV column: the namespace's ID
        tr("NamespaceId"),
        tr("Region"),
        //: CSV column: running instances
        tr("Running"),
        //: CSV column: wanted instances
        tr("Target"),
        //: CSV column: what is wrong, reasons separated by "; "
        tr("Problems"),
        //: CSV column: the newest change order's status (SAE's codes)
        tr("Change order status"),
        //: CSV column: when the health was read, ISO 8601 in UTC
        tr("Checked at"),
        //: CSV column: how old the reading is, in seconds
        tr("Age (s)"),
    };
}

QByteArray FleetCsv::toCsv(const QList<FleetRow> &rows, const QDateTime &now)
{
    QList<const FleetRow *> ordered;
    ordered.reserve(rows.size());
    for (const FleetRow &fleetRow : rows)
        ordered.append(&fleetRow);
    std::stable_sort(ordered.begin(), ordered.end(), [](const FleetRow *a, const FleetRow *b) {
        if (FleetHealth::isWorse(a->health, b->health))
            return true;
        if (FleetHealth::isWorse(b->health, a->health))
            return false;
        const int byName =
            QString::compare(a->application.appName, b->application.appName, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a->application.appId < b->application.appId;
    });

    QString text = row(header());
    for (const FleetRow *fleetRow : std::as_const(ordered)) {
        const Application &app = fleetRow->application;
        const QDateTime checkedAt = fleetRow->checkedAt;
        QString age;
        if (checkedAt.isValid() && now.isValid())
            age = QString::number(std::max<qint64>(0, checkedAt.secsTo(now)));
        text += row({
            QString::number(fleetRow->health.score),
            severityCode(fleetRow->health.severity),
            app.appName,
            app.appId,
            app.namespaceName,
            app.namespaceId,
            app.regionId,
            QString::number(app.runningInstances),
            QString::number(app.targetInstances),
            fleetRow->health.reasons.join(u"; "_s),
            fleetRow->lastChange ? lastChangeOrderStatusText(fleetRow->lastChange->status) : QString(),
            checkedAt.isValid() ? checkedAt.toUTC().toString(Qt::ISODate) : QString(),
            age,
        });
    }
    return QByteArray(s_byteOrderMark) + text.toUtf8();
}
