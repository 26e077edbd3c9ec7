#pragma once

#include "emulator/simulationstep.h"

#include <QDateTime>

struct EmulatedApplication;
struct Instance;

/**
 * Moves every instance through the statuses of reference 6.4 according to its fate
 * (instancefate.h), as Kubernetes does for SAE's pods, and records the Pod events:
 *
 * - Healthy: Pending until readyAt, then Running (Scheduled, Pulled, Created, Started).
 * - CrashLoop: runs for 30 s, fails its liveness probe and restarts after Kubernetes' back-off
 *   (10 s doubling to 5 min); CrashLoopBackOff meanwhile, the restart count climbing.
 * - ImagePullFailure: ErrImagePull, then ImagePullBackOff for good.
 * - ReadinessFailure: Running at readyAt, with a failing readiness probe.
 * - Unschedulable: Pending, with FailedScheduling events.
 *
 * Transitions happen at exact simulated times, so a manual clock steps through them
 * deterministically; a long gap is walked transition by transition (a week of crash loop is a
 * few thousand steps).
 */
class InstanceLifecycle final : public SimulationStep
{
public:
    static constexpr int crashLoopRunSeconds = 30;
    static constexpr int initialBackOffSeconds = 10;
    static constexpr int maximumBackOffSeconds = 300;
    static constexpr int imagePullRetrySeconds = 20;
    static constexpr int repeatedEventSeconds = 300; ///< how often lasting trouble is reported again

    void advance(Fleet &fleet, const QDateTime &from, const QDateTime &to) override;

    /// Kubernetes' restart back-off after `restarts` restarts.
    static int backOffSeconds(qint64 restarts);

private:
    /// Applies the transition due at `at` and returns when the next one is due (invalid: none).
    static QDateTime transition(Fleet &fleet, EmulatedApplication &application, Instance &instance,
                                const QDateTime &at);
    static QDateTime firstDue(const EmulatedApplication &application, const Instance &instance,
                              const QDateTime &from);
};
