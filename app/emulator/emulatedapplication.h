#pragma once

#include "core/application.h"
#include "core/applicationgroup.h"
#include "core/instance.h"

#include <QDateTime>
#include <QList>

/** One application of the simulated fleet: its platform record, its group and its instances. */
struct EmulatedApplication
{
    Application application;
    ApplicationGroup group;
    QList<Instance> instances;
    QDateTime createdAt;

    /// Recomputes the running counts of the application and group from the instances.
    void updateCounts();
};
