#pragma once

#include "emulator/instancefate.h"

#include <QDateTime>
#include <QString>

/**
 * When an instance existed, for metrics of the past: CloudMonitor keeps the series of instances
 * that have gone, and the load of a moment was shared by the instances alive then.
 */
struct InstanceSpan
{
    QString instanceId;
    QDateTime from;
    QDateTime until; ///< invalid while the instance exists
    /// When it started taking traffic; invalid if it never did.
    QDateTime readyAt;
    InstanceFate fate = InstanceFate::Healthy;

    bool covers(const QDateTime &at) const { return from <= at && (!until.isValid() || at < until); }
    bool servesAt(const QDateTime &at) const
    {
        return covers(at) && readyAt.isValid() && readyAt <= at && fate != InstanceFate::ReadinessFailure
               && fate != InstanceFate::ImagePullFailure && fate != InstanceFate::Unschedulable;
    }
};
