#include "manualchangelock.h"

#include <QStringList>

QString ManualChangeLock::reason(const ApplicationActivity &activity)
{
    if (!activity.scalingKnown || activity.enabledScalingRules == 0)
        return {};
    return tr("A scaling rule is enabled: manual scale, deploy, restart and stop are blocked. Disable the "
              "rule in the Scaling tab to make manual changes.");
}

QString ManualChangeLock::reasonFor(const ApplicationActivity &activity, LifecycleAction action)
{
    return blocks(action) ? reason(activity) : QString();
}

QString ManualChangeLock::reasonForRules(const QStringList &enabledRuleNames)
{
    if (enabledRuleNames.isEmpty())
        return {};
    if (enabledRuleNames.size() == 1) {
        //: %1 is the name of the enabled scaling rule
        return tr("A scaling rule is enabled (%1): manual scale, deploy, restart and stop are blocked. "
                  "Disable the rule to make manual changes.")
            .arg(enabledRuleNames.constFirst());
    }
    //: %1 lists the names of the enabled scaling rules
    return tr("Scaling rules are enabled (%1): manual scale, deploy, restart and stop are blocked. "
              "Disable the rules to make manual changes.")
        .arg(enabledRuleNames.join(QStringLiteral(", ")));
}

bool ManualChangeLock::blocks(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Deploy:
    case LifecycleAction::Restart:
    case LifecycleAction::Stop:
        return true;
    case LifecycleAction::Start:
        return false;
    }
    return false;
}
