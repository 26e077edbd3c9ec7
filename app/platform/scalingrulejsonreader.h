#pragma once

#include "core/apiresult.h"
#include "core/scalingrule.h"

#include <QJsonObject>
#include <QList>

/**
 * Reads scaling rules from SAE's answers (reference 7.5, 9.2). The shape is checked first: `Data`,
 * the rule list, each rule's name and type, and that `Timer`, `Metric` and their lists are what
 * they should be (lists may be wrapped, `{"Schedule": [...]}`); a mistyped part is a Parse error
 * naming the field, with the RequestId. The values are then read by ScalingRuleJson, the code the
 * emulator writes them with.
 */
namespace ScalingRuleJsonReader {

/// DescribeApplicationScalingRules: `Data.ApplicationScalingRules[]`.
ApiResult<QList<ScalingRule>> rules(const QJsonObject &envelope);
/// DescribeApplicationScalingRule, Create and Update: the rule in `Data`.
ApiResult<ScalingRule> rule(const QJsonObject &envelope);

} // namespace ScalingRuleJsonReader
