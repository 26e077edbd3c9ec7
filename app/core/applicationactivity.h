#pragma once

#include "core/changeorder.h"

#include <QDateTime>

#include <optional>

/**
 * What the console knows about an application beyond its ListApplications entry: its latest
 * change order (ListChangeOrders) and whether an auto-scaling rule is on
 * (DescribeApplicationScalingRules). Both cost a call per application, so the console learns them
 * lazily for the rows on screen, at background priority; until then they are unknown, not "none".
 */
struct ApplicationActivity
{
    bool changesKnown = false;
    std::optional<ChangeOrder> lastChange; ///< nullopt when known and none was recorded
    bool scalingKnown = false;
    int scalingRules = 0;
    int enabledScalingRules = 0;
    QDateTime checkedAt; ///< when the latest of the two answers arrived

    /// A change order of the application is still running (not terminal).
    bool isChanging() const { return lastChange && !isTerminal(lastChange->status); }

    friend bool operator==(const ApplicationActivity &, const ApplicationActivity &) = default;
};
