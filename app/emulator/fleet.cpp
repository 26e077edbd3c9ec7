#include "fleet.h"

const EmulatedApplication *Fleet::findApplication(QStringView appId) const
{
    for (const EmulatedApplication &app : applications) {
        if (app.application.appId == appId)
            return &app;
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
