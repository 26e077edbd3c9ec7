#pragma once

#include <QString>

#include <optional>

/**
 * Why SAE refuses a scaling rule: its error code and message (reference 4.4, e.g.
 * `InvalidScalingRuleTime.Format`), and the field at fault (`ScalingRuleTimer.schedules[1].atTime`)
 * so that a form can show the problem next to it.
 *
 * `reason` and the limits say the same in a form a console can translate without parsing SAE's
 * English message; the emulator answers with code and message only.
 */
struct ScalingRuleError
{
    enum class Reason
    {
        Unknown, ///< not classified (e.g. a malformed request): only code and message tell
        Required,
        Format,         ///< a date or time not in its format
        OutOfRange,     ///< outside minimum..maximum (either may be unset)
        MinAboveMax,    ///< a minimum above its maximum
        Duplicate,      ///< a metric type given twice
        TimeConflict,   ///< a time used twice, in this rule or by another rule on a shared day
        BeginAfterEnd,  ///< the begin date after the end date
        QuotaRules,     ///< the application has `maximum` rules already
        QuotaSchedules, ///< more than `maximum` points in a day
        QuotaInstances, ///< more than `maximum` instances need SAE's allow-list
        NamePattern,    ///< a name that is not `^[a-z][a-z0-9-]*$` of at most `maximum` characters
        NameTaken,
        UnknownMetricType,
        PeriodFormat,
    };

    QString code;
    QString message;
    QString field;
    Reason reason = Reason::Unknown;
    std::optional<int> minimum = std::nullopt;
    std::optional<int> maximum = std::nullopt;

    friend bool operator==(const ScalingRuleError &, const ScalingRuleError &) = default;
};
