#pragma once

#include "core/changeorder.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

/**
 * A change order with what the emulator needs to carry it out: the version it rolls to, the one
 * it replaces, and the instances of the batch in flight.
 */
struct EmulatedChangeOrder
{
    ChangeOrder order;
    QString targetImageUrl;   ///< deploys and rollbacks of image applications
    QString targetVersion;    ///< the instances' packageVersion once replaced
    QString previousImageUrl; ///< what the application ran before
    QString previousVersion;
    int targetReplicas = -1;            ///< rescale, stop (0) and start; -1: unchanged
    QStringList targetInstances;        ///< RestartInstances and DeleteInstances: only these are replaced
    bool removeBeforeReplacing = false; ///< DeleteInstances: the old instance goes at once
    int minReady = 1;
    QStringList batchNewInstances; ///< created by the batch in flight
    QStringList batchOldInstances; ///< removed once the batch's new instances are ready
    QDateTime phaseDue;            ///< end of preparation or of the wait between automatic batches
};
