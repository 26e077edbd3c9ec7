#include "releaseoptions.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int maximumBatches = 50;

} // namespace

QList<ValidationProblem> ReleaseOptions::problems(int replicas) const
{
    QList<ValidationProblem> found;
    const QString invalid = u"InvalidParameter.WithMessage"_s;
    if (minReadyInstances && *minReadyInstances < -1) {
        found.append({u"MinReadyInstances"_s, invalid,
                      tr("The minimum of ready instances must be -1 (SAE's recommendation) or more.")});
    }
    if (minReadyInstanceRatio && (*minReadyInstanceRatio < -1 || *minReadyInstanceRatio > 100)) {
        found.append({u"MinReadyInstanceRatio"_s, invalid,
                      tr("The minimum ready ratio must be -1 (not used) or a percentage from 0 to 100.")});
    }
    if ((minReadyInstances || minReadyInstanceRatio) && replicas > 1 && found.isEmpty()) {
        const int minimum = minimumReadyInstances(minReadyInstances.value_or(1),
                                                  minReadyInstanceRatio.value_or(-1), replicas);
        if (minimum >= replicas) {
            found.append({minReadyInstanceRatio.value_or(-1) >= 0 ? u"MinReadyInstanceRatio"_s
                                                                  : u"MinReadyInstances"_s,
                          u"MinReadyInstances.Not.Smaller.Replicas"_s,
                          tr("%1 of %2 instances must stay ready, so none could be replaced. Keep fewer "
                             "ready.")
                              .arg(minimum)
                              .arg(replicas)});
        }
    }
    const bool negativeWait =
        (batchWaitTime && *batchWaitTime < 0) || (updateStrategy && updateStrategy->batchWaitMinutes < 0);
    if (negativeWait) {
        found.append({batchWaitTime && *batchWaitTime < 0 ? u"BatchWaitTime"_s : u"UpdateStrategy"_s,
                      u"BatchWaitTime.Not.Smaller.Zero"_s,
                      tr("The wait between batches must not be negative.")});
    }
    if (updateStrategy && updateStrategy->type != UpdateStrategy::Type::SingleBatch) {
        if (updateStrategy->batches < 1 || updateStrategy->batches > maximumBatches) {
            found.append(
                {u"UpdateStrategy"_s, invalid, tr("Batches must be from 1 to %1.").arg(maximumBatches)});
        }
        if (updateStrategy->type == UpdateStrategy::Type::GrayBatchUpdate
            && updateStrategy->grayInstances < 1) {
            found.append(
                {u"UpdateStrategy"_s, invalid, tr("A gray release needs at least one gray instance.")});
        }
    }
    return found;
}
