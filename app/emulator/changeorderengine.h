#pragma once

#include "emulator/simulationstep.h"

#include <QDateTime>
#include <QString>

struct EmulatedApplication;
struct EmulatedChangeOrder;
class Fleet;

/**
 * Carries out change orders with the clock (reference 6.1, 6.2): Preparing for a few seconds,
 * then batch by batch. A batch creates its new instances beside the old ones and removes the old
 * ones once the new are Running, so the application never drops below its ready minimum. Between
 * batches an automatic release waits BatchWaitTime (status 9), a manual one and every gray batch
 * wait for ConfirmPipelineBatch (status 8). A batch whose instances do not come up within
 * `batchTimeoutSeconds` fails the change order (3): its new instances are removed and the
 * application keeps the version it ran, as SAE rolls a failed batch back.
 */
class ChangeOrderEngine final : public SimulationStep
{
public:
    static constexpr int preparationSeconds = 3;
    static constexpr int batchTimeoutSeconds = 300;

    void advance(Fleet &fleet, const QDateTime &from, const QDateTime &to) override;

    /// Splits `instances` into the change order's pipelines (gray batch first, then batches).
    static void planPipelines(EmulatedChangeOrder &changeOrder, int instances, int grayInstances,
                              int batches);
    /// Continues a change order waiting for confirmation (status 8) with its next batch.
    static void confirm(Fleet &fleet, EmulatedChangeOrder &changeOrder, const QDateTime &at);
    /// Ends a change order that has not ended: status 6, the batch in flight stops where it is.
    static void abort(Fleet &fleet, EmulatedChangeOrder &changeOrder, const QDateTime &at);

private:
    static void step(Fleet &fleet, EmulatedChangeOrder &changeOrder, EmulatedApplication &application,
                     const QDateTime &at);
    static void startBatch(Fleet &fleet, EmulatedChangeOrder &changeOrder, EmulatedApplication &application,
                           const QDateTime &at);
    static void finishBatch(Fleet &fleet, EmulatedChangeOrder &changeOrder, EmulatedApplication &application,
                            const QDateTime &at);
    static void failBatch(Fleet &fleet, EmulatedChangeOrder &changeOrder, EmulatedApplication &application,
                          const QDateTime &at, const QString &reason);
};
