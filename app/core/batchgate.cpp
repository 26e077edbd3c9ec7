#include "batchgate.h"

#include <algorithm>

std::optional<BatchGate> BatchGate::of(const ChangeOrder &order)
{
    if (order.status != ChangeOrderStatus::WaitingForConfirmation || order.pipelines.isEmpty())
        return std::nullopt;
    BatchGate gate;
    for (int i = 0; i < order.pipelines.size(); ++i) {
        if (order.pipelines.at(i).status == ChangeOrderStatus::WaitingForConfirmation) {
            gate.waitingBatch = i;
            break;
        }
    }
    if (gate.waitingBatch < 0) {
        const int current = std::clamp(order.currentPipeline, 0, int(order.pipelines.size()) - 1);
        const bool currentDone = order.pipelines.at(current).status == ChangeOrderStatus::Succeeded;
        gate.waitingBatch = currentDone && current + 1 < order.pipelines.size() ? current + 1 : current;
    }
    for (int i = gate.waitingBatch - 1; i >= 0; --i) {
        if (order.pipelines.at(i).status == ChangeOrderStatus::Succeeded) {
            gate.releasedBatch = i;
            break;
        }
    }
    return gate;
}
