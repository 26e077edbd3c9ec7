#pragma once

#include "core/scalingrule.h"
#include "core/scalingruleerror.h"

#include <QList>

#include <optional>

/**
 * SAE's rules for auto-scaling rules (reference 7.1 to 7.4 and the error codes of 4.4), shared by
 * the emulator, which answers with the first problem as SAE would, and by the console's form,
 * which shows every problem next to its field.
 *
 * Where SAE documents an error code it is used with SAE's message (`InvalidScalingRuleTime.Format`,
 * `QuotaExceeded.ScalingRuleTime`, ...). Where it documents a limit but no code, the problem is an
 * `InvalidParameter.WithMessage` naming the parameter, the generic code SAE lists for that. More
 * than 50 replicas needs an allow-list at SAE; that answer is `NoComputeResourceQuota.App.Exceed`.
 */
namespace ScalingRuleValidator {

constexpr int maximumRulesPerApplication = 5;
constexpr int maximumSchedules = 20;
constexpr int minimumReplicas = 1;
constexpr int maximumReplicas = 50;
constexpr int maximumNameLength = 32;
constexpr int maximumStabilizationWindowSeconds = 3600;

/// Starts with a lower-case letter; lower-case letters, digits and hyphens; at most 32 characters.
std::optional<ScalingRuleError> checkName(const QString &name);

/// Every problem of the rule on its own and against the application's other rules (`others` may
/// include the rule itself under the same name; it is skipped), in the order SAE checks them.
QList<ScalingRuleError> problemsOf(const ScalingRule &rule, const QList<ScalingRule> &others);

/// What only a new rule can run into: its name taken by one of `existing` (InstanceExist.ScalingRuleName),
/// and the application's quota of rules (QuotaExceeded.ScalingRule, no field).
QList<ScalingRuleError> creationProblems(const ScalingRule &rule, const QList<ScalingRule> &existing);

/// What CreateApplicationScalingRule answers: the name, a duplicate name, the quota of rules, then
/// problemsOf(); nullopt when the rule may be created.
std::optional<ScalingRuleError> checkCreate(const ScalingRule &rule, const QList<ScalingRule> &existing);
/// What UpdateApplicationScalingRule answers for the rule as it would be after the update.
std::optional<ScalingRuleError> checkUpdate(const ScalingRule &rule, const QList<ScalingRule> &existing);

/// The errors themselves, with SAE's codes and messages.
ScalingRuleError notEmpty(const QString &field);
ScalingRuleError invalidParameter(const QString &parameter, const QString &field, const QString &why);

} // namespace ScalingRuleValidator
