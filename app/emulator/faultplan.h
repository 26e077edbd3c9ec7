#pragma once

#include <QString>
#include <QStringView>

#include <chrono>
#include <variant>

/**
 * Which faults the emulator injects, for tests and demos of a client's error handling: how late
 * replies are, how often a call fails with a server error or its reply arrives malformed,
 * truncated or not at all, and whether every call is throttled. A plain value; FaultInjector
 * applies it. Written as `sae-emulator --faults` takes it:
 *
 *     latency=300ms,error-rate=0.05,malformed-rate=0.02,truncate-rate=0.02,drop-rate=0.02,seed=7
 *
 * `latency` is fixed (`300ms`, `1.5s`) or a range (`100ms..800ms`) drawn per request; rates are
 * from 0 to 1 and together at most 1; `throttling-storm` (or `throttling-storm=on`) throttles
 * everything; `seed` makes another, equally repeatable sequence of faults.
 */
struct FaultPlan
{
    static constexpr std::chrono::milliseconds longestLatency{300'000};

    std::chrono::milliseconds minimumLatency{0};
    std::chrono::milliseconds maximumLatency{0}; ///< equal to the minimum for a fixed latency
    double errorRate = 0;
    double malformedRate = 0;
    double truncateRate = 0;
    double dropRate = 0;
    bool throttlingStorm = false;
    quint64 seed = 1;

    /// False when the plan injects nothing: no latency, no rates, no storm.
    bool isActive() const;

    /// The plan that `spec` describes, or what is wrong with it. An empty spec is no faults.
    static std::variant<FaultPlan, QString> parse(QStringView spec);
    /// The spec that parse() reads back to this plan; empty when the plan is not active.
    QString toString() const;

    friend bool operator==(const FaultPlan &, const FaultPlan &) = default;
};
