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

const EmulatedApplication *Fleet::findApplicationNamed(QStringView namespaceName, QStringView appName) const
{
    for (const EmulatedApplication &application : applications) {
        if (application.application.namespaceName == namespaceName
            && application.application.appName == appName)
            return &application;
    }
    return nullptr;
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

EmulatedChangeOrder *Fleet::findChangeOrder(QStringView changeOrderId)
{
    for (EmulatedChangeOrder &changeOrder : changeOrders) {
        if (changeOrder.order.changeOrderId == changeOrderId)
            return &changeOrder;
    }
    return nullptr;
}

EmulatedChangeOrder *Fleet::findChangeOrderOfPipeline(QStringView pipelineId)
{
    for (EmulatedChangeOrder &changeOrder : changeOrders) {
        for (const Pipeline &pipeline : std::as_const(changeOrder.order.pipelines)) {
            if (pipeline.pipelineId == pipelineId)
                return &changeOrder;
        }
    }
    return nullptr;
}

const EmulatedChangeOrder *Fleet::runningChangeOrder(QStringView appId) const
{
    for (const EmulatedChangeOrder &changeOrder : changeOrders) {
        if (changeOrder.order.appId == appId && changeOrder.order.isRunning())
            return &changeOrder;
    }
    return nullptr;
}

const EmulatedChangeOrder *Fleet::lastChangeOrder(QStringView appId) const
{
    for (auto it = changeOrders.crbegin(); it != changeOrders.crend(); ++it) {
        if (it->order.appId == appId)
            return &*it;
    }
    return nullptr;
}
