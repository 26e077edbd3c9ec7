#pragma once

#include "emulator/faultplan.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/** How to build an emulator: its region, its fleet's seed and the one AccessKey it accepts. */
struct EmulatorOptions
{
    /// The documented demo AccessKey pair (README); it protects nothing and is not a secret.
    static constexpr char demoAccessKeyId[] = "LTAI5tOpsConsoleDemoKey";
    static constexpr char demoAccessKeySecret[] = "OpsConsoleDemoSecretNotForProduction";

    QString regionId = QStringLiteral("cn-shenzhen");
    quint64 seed = 1;
    /// 0: the retail fleet (48 applications); N: `--fleet large:N`, N applications (LargeFleet).
    int largeFleetApplications = 0;
    QString accessKeyId = QString::fromLatin1(demoAccessKeyId);
    QByteArray accessKeySecret = QByteArray(demoAccessKeySecret);
    /// SAE's flow control: calls per rolling minute per AccessKey; 0 turns it off.
    int callsPerMinute = 60;
    /// The window `callsPerMinute` counts over; a minute except in tests that need it faster.
    qint64 rateLimitWindowMs = 60 * 1000;
    /// For tests: a manual clock from this time, with the fleet built at it (invalid: real time).
    QDateTime manualStart;
    /// Injected faults (latency, errors, lost replies, throttling); none by default.
    FaultPlan faults;
};
