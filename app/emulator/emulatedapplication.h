#pragma once

#include "core/application.h"
#include "core/applicationgroup.h"
#include "core/instance.h"
#include "core/scalingrule.h"
#include "emulator/emulatedappversion.h"
#include "emulator/instancefate.h"
#include "emulator/instancespan.h"

#include <QDateTime>
#include <QHash>
#include <QList>

/** One application of the simulated fleet: its platform record, its group and its instances. */
struct EmulatedApplication
{
    Application application;
    ApplicationGroup group;
    QList<Instance> instances;
    /// By instance ID; an instance without an entry is Healthy.
    QHash<QString, InstanceFate> instanceFates;
    /// What it has run, oldest first; the last one is the current version.
    QList<EmulatedAppVersion> versions;
    /// The instances to bring back when a stopped application is started.
    int replicasBeforeStop = 0;
    /// By instance ID: when the instance lifecycle next changes it (see InstanceLifecycle).
    QHash<QString, QDateTime> lifecycleDue;
    QDateTime createdAt;
    /// Its auto-scaling rules, oldest first (at most 5; see ScalingRuleValidator).
    QList<ScalingRule> scalingRules;
    /// Requests per second at an ordinary evening peak, whatever the replicas (see LoadModel).
    double peakRequestsPerSecond = 0;
    /// When its instances existed, for the metrics of the past (see InstanceHistoryRecorder).
    QList<InstanceSpan> instanceHistory;

    InstanceFate fateOf(const QString &instanceId) const
    {
        return instanceFates.value(instanceId, InstanceFate::Healthy);
    }

    /// Recomputes the running counts of the application and group from the instances.
    void updateCounts();
};
