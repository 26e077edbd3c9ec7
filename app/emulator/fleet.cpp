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
