#pragma once

#include "core/acknowledgement.h"
#include "core/scalingrule.h"
#include "platform/apicall.h"

#include <QList>

/**
 * Auto-scaling rules (reference 7, 9.2) as typed calls. A rule is named by its application and
 * name; its timer and metric parts travel as JSON in ScalingRuleTimer / ScalingRuleMetric, written
 * by ScalingRuleJson (the code the emulator reads them with). Create, Update, Delete, Enable and
 * Disable are `mutating` and carry a journal summary; they start no change order.
 */
namespace ScalingRuleApi {

ApiCall<QList<ScalingRule>> describeScalingRules(const QString &appId);
ApiCall<ScalingRule> describeScalingRule(const QString &appId, const QString &name);
/// Sends the parts `rule.type` uses, `rule.enabled` as ScalingRuleEnable and the ready minimum.
ApiCall<ScalingRule> createScalingRule(const ScalingRule &rule);
/// Replaces the rule's parts (and type) with `rule`'s; a rule's name cannot change.
ApiCall<ScalingRule> updateScalingRule(const ScalingRule &rule);
ApiCall<Acknowledgement> deleteScalingRule(const QString &appId, const QString &name);
ApiCall<Acknowledgement> enableScalingRule(const QString &appId, const QString &name);
ApiCall<Acknowledgement> disableScalingRule(const QString &appId, const QString &name);

} // namespace ScalingRuleApi
