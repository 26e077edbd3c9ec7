#pragma once

#include "core/namespace.h"
#include "emulator/emulatedapplication.h"

#include <QList>
#include <QString>

/** The simulated state of one region: its namespaces and applications. */
class Fleet
{
public:
    QString regionId;
    QList<Namespace> namespaces;
    QList<EmulatedApplication> applications;

    const EmulatedApplication *findApplication(QStringView appId) const;
    const Namespace *findNamespace(QStringView namespaceId) const;
};
