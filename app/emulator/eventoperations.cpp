#include "eventoperations.h"

#include "emulator/fleet.h"
#include "emulator/operationcontext.h"
#include "emulator/operationregistry.h"
#include "emulator/paging.h"
#include "emulator/saeresponse.h"

#include <QJsonArray>

#include <algorithm>

namespace EventOperations {

namespace {

using namespace Qt::StringLiterals;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate); // 2020-02-19T05:01:28Z
}

OperationResult listAppEvents(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString ns;
    if (auto error = parameters.string(u"Namespace"_s, &ns); error || ns.isEmpty())
        return SaeResponse::error(400, u"InvalidParameter.NotEmpty"_s,
                                  u"You must specify the parameter Namespace."_s);
    int currentPage = 1;
    int pageSize = 10;
    if (auto error = parameters.integer(u"CurrentPage"_s, &currentPage, {1, 1000000}))
        return *error;
    if (auto error = parameters.integer(u"PageSize"_s, &pageSize, {0, 10000}))
        return *error;
    const QString appId = parameters.value(u"AppId"_s).value_or(QString());
    const QString eventType = parameters.value(u"EventType"_s).value_or(QString());
    const QString objectKind = parameters.value(u"ObjectKind"_s).value_or(QString());
    const QString objectName = parameters.value(u"ObjectName"_s).value_or(QString());
    const QString reason = parameters.value(u"Reason"_s).value_or(QString());
    if (!eventType.isEmpty() && eventType != u"Normal" && eventType != u"Warning")
        return SaeResponse::invalidParameter(u"EventType"_s, u"must be Normal or Warning"_s);
    if (!appId.isEmpty() && !context.fleet->findApplication(appId))
        return SaeResponse::applicationNotFound();
    // The region ID stands for every namespace of the region (reference 1.5).
    const bool wholeRegion = ns == context.fleet->regionId;
    if (!wholeRegion && !context.fleet->findNamespace(ns))
        return SaeResponse::error(404, u"InvalidNamespaceId.NotFound"_s,
                                  u"The specified NamespaceId does not exist."_s);

    QList<const FleetEvent *> matching;
    for (const FleetEvent &event : context.fleet->events) {
        if (!wholeRegion && event.namespaceId != ns)
            continue;
        if ((!appId.isEmpty() && event.appId != appId)
            || (!eventType.isEmpty() && event.eventType != eventType)
            || (!objectKind.isEmpty() && event.objectKind != objectKind)
            || !event.objectName.startsWith(objectName) || !event.reason.startsWith(reason))
            continue;
        matching.append(&event);
    }
    std::stable_sort(matching.begin(), matching.end(),
                     [](const FleetEvent *a, const FleetEvent *b) { return a->lastSeen > b->lastSeen; });

    QJsonArray entries;
    for (const FleetEvent *event : Paging::page(matching, currentPage, pageSize)) {
        entries.append(QJsonObject{
            {u"CauseAnalysis"_s, event->causeAnalysis},
            {u"EventType"_s, event->eventType},
            {u"FirstTimestamp"_s, isoTime(event->firstSeen)},
            {u"LastTimestamp"_s, isoTime(event->lastSeen)},
            {u"Message"_s, event->message},
            {u"ObjectKind"_s, event->objectKind},
            {u"ObjectName"_s, event->objectName},
            {u"Reason"_s, event->reason},
        });
    }
    return SaeResponse::successWithoutTraceId(QJsonObject{
        {u"AppEventEntity"_s, entries},
        {u"CurrentPage"_s, currentPage},
        {u"PageSize"_s, pageSize},
        {u"TotalSize"_s, int(matching.size())},
    });
}

} // namespace

void registerRoutes(OperationRegistry &registry, const OperationContext &context)
{
    registry.addRoa("GET", u"/pop/v1/sam/app/listAppEvents"_s, u"ListAppEvents"_s, context, listAppEvents);
}

} // namespace EventOperations
