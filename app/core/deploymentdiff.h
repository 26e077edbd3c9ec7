#pragma once

#include "core/applicationconfig.h"
#include "core/confirmationchange.h"
#include "core/deploymentplan.h"

#include <QCoreApplication>
#include <QList>

/**
 * What a deployment changes, field by field, for its review (issue 7, DESIGN.md section 5): the
 * running configuration (DescribeApplicationConfig) against the plan. Only what the plan sets is
 * compared — the application keeps whatever it leaves unset — in the order of the deploy form:
 * what runs, how much of it, its environment, how the release rolls.
 */
class DeploymentDiff final
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentDiff)

public:
    DeploymentDiff() = delete;

    static QList<ConfirmationChange> between(const ApplicationConfig &current, const DeploymentPlan &plan);

    /// "Single batch", "3 batches, automatic, 2 min apart", "1 gray instance, then 2 batches, each
    /// confirmed by hand".
    static QString strategyText(const std::optional<UpdateStrategy> &strategy);
    /// The value itself, or "ConfigMap 12, key k", "Secret 7, key k" for a reference.
    static QString environmentValueText(const EnvironmentVariable &variable);
};
