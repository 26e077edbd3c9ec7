#pragma once

#include "core/updatestrategy.h"
#include "core/validationproblem.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

/**
 * How a change rolls through an application's instances: the release parameters that Deploy,
 * Rollback, Rescale and Restart share (reference 6.5, 8.2). What is unset is not sent, and the
 * platform keeps its own setting. Rescale and Restart take only the ready minimum and
 * AutoEnableApplicationScalingRule; the strategy and the wait between batches belong to Deploy
 * and Rollback.
 */
struct ReleaseOptions
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseOptions)

public:
    /// Batches, manual or automatic, gray first; a SingleBatch strategy is sent as "".
    std::optional<UpdateStrategy> updateStrategy;
    std::optional<int> minReadyInstances;       ///< -1: SAE's recommendation (25 %); 0: may interrupt
    std::optional<int> minReadyInstanceRatio;   ///< -1: not used; 0-100 %, wins over the count
    std::optional<int> batchWaitTime;           ///< BatchWaitTime, seconds per Deploy's docs ([U])
    std::optional<bool> autoEnableScalingRules; ///< AutoEnableApplicationScalingRule

    /// Every problem, with SAE's limits; `replicas` is the instance count the change leaves
    /// (0 when unknown: the comparison with it is skipped).
    QList<ValidationProblem> problems(int replicas) const;

    friend bool operator==(const ReleaseOptions &, const ReleaseOptions &) = default;
};
