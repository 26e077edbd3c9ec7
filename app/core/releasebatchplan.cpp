#include "releasebatchplan.h"

#include <algorithm>

QList<ReleaseBatchPlan::Batch> ReleaseBatchPlan::split(int instances, int grayInstances, int batches)
{
    QList<Batch> plan;
    int remaining = std::max(0, instances);
    if (grayInstances > 0 && remaining > 1) {
        const int gray = std::min(grayInstances, remaining - 1);
        plan.append({gray, true, true});
        remaining -= gray;
    }
    const int count = std::clamp(batches, 1, std::max(1, remaining));
    for (int i = 0; i < count; ++i)
        plan.append({remaining / count + (i < remaining % count ? 1 : 0), false, false});
    return plan;
}

QList<ReleaseBatchPlan::Batch> ReleaseBatchPlan::of(int instances, const UpdateStrategy &strategy)
{
    switch (strategy.type) {
    case UpdateStrategy::Type::SingleBatch:
        return split(instances, 0, 1);
    case UpdateStrategy::Type::BatchUpdate:
    case UpdateStrategy::Type::GrayBatchUpdate:
        break;
    }
    const int gray = strategy.type == UpdateStrategy::Type::GrayBatchUpdate ? strategy.grayInstances : 0;
    QList<Batch> plan = split(instances, gray, strategy.batches);
    if (strategy.release == UpdateStrategy::Release::Manual) {
        // Every batch but the last waits for a person.
        for (qsizetype i = 0; i + 1 < plan.size(); ++i)
            plan[i].waitsForConfirmation = true;
    }
    if (!plan.isEmpty())
        plan.last().waitsForConfirmation = false; // nothing comes after the last one
    return plan;
}

QString ReleaseBatchPlan::consequence(const QList<Batch> &batches, int minimumReady)
{
    int total = 0;
    int largest = 0;
    for (const Batch &batch : batches) {
        total += batch.instances;
        largest = std::max(largest, batch.instances);
    }
    if (total == 0)
        return tr("No instance runs: nothing restarts.");
    if (batches.size() == 1) {
        //: a single-batch release of %n instances
        return tr("All %n instance(s) restart at once; the application may not serve while they start.",
                  nullptr, total);
    }
    const int ready = std::max(minimumReady, total - largest);
    //: %1 of %n instances in the largest batch; %2 instances stay ready
    return tr("%1 of %n instance(s) restart at a time; at least %2 stay ready.", nullptr, total)
        .arg(largest)
        .arg(std::min(ready, total));
}
