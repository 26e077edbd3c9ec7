#pragma once

#include "core/namespace.h"
#include "emulator/emulatedapplication.h"

#include <QDateTime>
#include <QList>
#include <QString>

/**
 * The simulated state of one region: its namespaces and applications and everything that
 * happens to them. Plain data; operations read and change it, simulation steps evolve it.
 */
class Fleet
{
public:
    QString regionId;
    QList<Namespace> namespaces;
    QList<EmulatedApplication> applications;
    /// How far the simulation has advanced; invalid before the first advance.
    QDateTime simulatedUntil;

    const EmulatedApplication *findApplication(QStringView appId) const;
    EmulatedApplication *findApplication(QStringView appId);
    const Namespace *findNamespace(QStringView namespaceId) const;
};
