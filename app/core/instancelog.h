#pragma once

#include <QString>

/**
 * The log of one instance's container, as DescribeInstanceLog returns it (reference 9.5): the
 * current run's stdout and stderr, or the run before the last restart.
 */
struct InstanceLog
{
    enum class Run
    {
        Current,
        Previous, ///< before the last restart (`Previous=true`)
    };

    QString instanceId;
    QString containerId; ///< a sidecar's ID; empty for the application's own container
    Run run = Run::Current;
    QString text;

    friend bool operator==(const InstanceLog &, const InstanceLog &) = default;
};
