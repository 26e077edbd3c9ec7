#pragma once

#include <QString>

/**
 * Why SAE refuses a scaling rule: its error code and message (reference 4.4, e.g.
 * `InvalidScalingRuleTime.Format`), and the field at fault (`ScalingRuleTimer.schedules[1].atTime`)
 * so that a form can show the problem next to it.
 */
struct ScalingRuleError
{
    QString code;
    QString message;
    QString field;

    friend bool operator==(const ScalingRuleError &, const ScalingRuleError &) = default;
};
