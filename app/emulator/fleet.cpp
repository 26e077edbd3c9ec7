#include "fleet.h"

const EmulatedApplication *Fleet::findApplication(QStringView appId) const
{
    for (const EmulatedApplication &app : applications) {
        if (app.application.appId == appId)
            return &app;
    }
    return nullptr;
}

EmulatedApplication *Fleet::findApplication(QStringView appId)
{
    return const_cast<EmulatedApplication *>(std::as_const(*this).findApplication(appId));
}

const Namespace *Fleet::findNamespace(QStringView namespaceId) const
{
    for (const Namespace &ns : namespaces) {
        if (ns.id == namespaceId)
            return &ns;
    }
    return nullptr;
}

void Fleet::recordEvent(FleetEvent event)
{
    // Kubernetes folds repeats of an event into one entry with a count; look back a little.
    const qsizetype lookBack = qMax<qsizetype>(0, events.size() - 64);
    for (qsizetype i = events.size() - 1; i >= lookBack; --i) {
        FleetEvent &existing = events[i];
        if (existing.appId == event.appId && existing.objectName == event.objectName
            && existing.reason == event.reason && existing.message == event.message) {
            existing.lastSeen = event.lastSeen.isValid() ? event.lastSeen : event.firstSeen;
            existing.count += event.count;
            return;
        }
    }
    if (!event.lastSeen.isValid())
        event.lastSeen = event.firstSeen;
    events.append(std::move(event));
    if (events.size() > maximumEvents)
        events.remove(0, events.size() - maximumEvents);
}
