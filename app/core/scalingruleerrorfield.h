#pragma once

#include "core/scalingrule.h"

#include <QString>

/**
 * Where a scaling rule form shows a refusal of the platform: the field path (as ScalingRuleValidator
 * names fields, e.g. `ScalingRuleMetric.metrics[0].metricType`) a code and message concern. SAE
 * names no field in its answers, so the path comes from the code, or for
 * `InvalidParameter.WithMessage` from the message "The parameter is invalid {Param}: path why".
 */
class ScalingRuleErrorField final
{
public:
    ScalingRuleErrorField() = delete;

    /// The field path; empty when the error concerns the whole rule (shown at the top of the form).
    /// `type` is the rule's: a timing rule's instance quota concerns its schedule, not maxReplicas.
    static QString ofPlatformError(const QString &code, const QString &message, ScalingRuleType type);
};
