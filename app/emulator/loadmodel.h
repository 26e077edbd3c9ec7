#pragma once

#include "emulator/instancesample.h"
#include "emulator/instancespan.h"

#include <QDateTime>
#include <QString>

#include <optional>

struct Application;
struct EmulatedApplication;

/**
 * The load on the fleet, a deterministic function of the seed, the application and the time:
 *
 * - Demand follows a retail day in GMT+8 (a night trough, a lunch bump, the evening peak),
 *   a weekend shape (later, higher and longer), and a flash sale every Friday at 20:00 that
 *   multiplies demand by 2.5 and decays over the next hours.
 * - An application's demand is its `peakRequestsPerSecond` times that factor, shared by the
 *   instances that serve at the moment: more instances, less load on each. So metric scaling
 *   rules settle.
 * - Each instance adds its own smooth noise (seeded by the instance ID), so that series of one
 *   application differ like real pods do; CPU follows the requests, response time climbs as CPU
 *   saturates, memory follows the runtime (a JVM's heap saw-tooth, Node's steady heap).
 */
class LoadModel
{
public:
    explicit LoadModel(quint64 seed);

    /// Demand at `at` as a share of the application's ordinary evening peak (1.0).
    static double demandFactor(const QDateTime &at);
    /// Requests per second the application receives at `at`.
    static double demand(const EmulatedApplication &application, const QDateTime &at);
    /// Requests per second one instance serves at 100 % CPU: by runtime and CPU request.
    static double capacityPerInstance(const Application &application);
    /// Average response time of an idle instance of the application, in milliseconds.
    static double idleResponseTimeMs(const Application &application);

    /**
     * What the instance of `span` measured at `at`, while `servingInstances` instances shared
     * the application's traffic; nullopt when its container did not run then (not yet started,
     * never scheduled, image not pulled). `restartsNow` is its restart count at `now`.
     */
    std::optional<InstanceSample> sample(const EmulatedApplication &application, const InstanceSpan &span,
                                         int servingInstances, const QDateTime &at, qint64 restartsNow,
                                         const QDateTime &now) const;

    /// Smooth noise in [-1, 1] of one instance, changing over minutes; `salt` picks a stream.
    double noise(const QString &instanceId, const QDateTime &at, quint64 salt) const;

private:
    quint64 instanceKey(const QString &instanceId) const;
    static double noiseOf(quint64 instanceKey, qint64 seconds, quint64 salt);

    quint64 m_seed;
};
