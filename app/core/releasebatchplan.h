#pragma once

#include "core/updatestrategy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * How a release splits an application's instances into batches (reference 6.2, 8.2): a gray
 * (canary) batch first when the strategy has one, leaving at least one instance for the batches
 * after it; then the batches, as even as the count allows, the larger ones first. The emulator's
 * ChangeOrderEngine plans its pipelines with it, so the plan the deploy review draws is the one
 * the change order will follow.
 */
class ReleaseBatchPlan final
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseBatchPlan)

public:
    struct Batch
    {
        int instances = 0;
        bool gray = false;
        /// The release stops before the next batch until someone confirms (status 8): after
        /// every batch of a manual release, and after the gray batch of any release.
        bool waitsForConfirmation = false;
        friend bool operator==(const Batch &, const Batch &) = default;
    };

    /// `grayInstances` (0: none) and `batches` (at least 1) split `instances`.
    static QList<Batch> split(int instances, int grayInstances, int batches);
    /// The batches `strategy` makes of `instances` (a single batch for SingleBatch).
    static QList<Batch> of(int instances, const UpdateStrategy &strategy);

    /// One line on what the plan means while it runs, e.g. "2 of 8 instances restart at a time;
    /// at least 6 stay ready." `minimumReady` is minimumReadyInstances() for the application.
    static QString consequence(const QList<Batch> &batches, int minimumReady);
};
