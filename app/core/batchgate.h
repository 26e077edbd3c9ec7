#pragma once

#include "core/changeorder.h"

#include <optional>

/**
 * Where a change order that waits for a batch confirmation (status 8) stands: the batch released
 * last and the batch that waits for the decision, as indexes into its pipelines. SAE's
 * CurrentPipelineId may point at either (reference 6.2 [I]), so the waiting batch is the one whose
 * status says so, else the one after a finished current batch. Shared by the change-order view
 * and the batch gate.
 */
struct BatchGate
{
    int releasedBatch = -1; ///< -1: none released yet
    int waitingBatch = -1;

    /// nullopt unless the order waits for a batch confirmation.
    static std::optional<BatchGate> of(const ChangeOrder &order);

    friend bool operator==(const BatchGate &, const BatchGate &) = default;
};
