#pragma once

#include "core/applicationactivity.h"
#include "core/lifecycleaction.h"

#include <QCoreApplication>
#include <QString>

/**
 * SAE's rule for manual changes while auto-scaling is on (reference 7.1): while a scaling rule is
 * enabled, manual scaling, deploys, restarts and stops are not to be run; the rule has to be
 * disabled first. The console disables those actions everywhere with this reason, and refuses them
 * if asked anyway. Starting a stopped application is not blocked, nor are single instances.
 */
class ManualChangeLock final
{
    Q_DECLARE_TR_FUNCTIONS(ManualChangeLock)

public:
    ManualChangeLock() = delete;

    /// The translated reason manual changes are blocked; empty when they are not (or not known).
    static QString reason(const ApplicationActivity &activity);
    /// reason() when `action` is one the lock blocks, else empty.
    static QString reasonFor(const ApplicationActivity &activity, LifecycleAction action);
    /// The reason for the application's rules as read: `enabledRuleNames` may be empty.
    static QString reasonForRules(const QStringList &enabledRuleNames);
    static bool blocks(LifecycleAction action);
};
