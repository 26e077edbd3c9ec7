#include "manualchangelock.h"

#include <QLocale>
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
    //: %1: the names of the enabled scaling rules, as a list ("a, b and c")
    return tr("Scaling rule(s) %1 enabled: manual scale, deploy, restart and stop are blocked. Disable the "
              "rule to make manual changes.",
              nullptr, int(enabledRuleNames.size()))
        .arg(QLocale().createSeparatedList(enabledRuleNames));
}

bool ManualChangeLock::blocks(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Restart:
    case LifecycleAction::Stop:
        return true;
    case LifecycleAction::Start:
        return false;
    }
    return false;
}
