#pragma once

#include "core/apierror.h"

#include <chrono>

/**
 * When a failed call is tried again, and after how long (reference 4.5): exponential back-off with
 * jitter on throttling, server errors and broken answers; one more try after a timeout or a
 * lost connection. A read is safe to repeat; a
 * mutation is repeated only when the platform certainly did not carry it out (it was throttled
 * at the gateway) — otherwise the caller re-reads the state and reports (mayHaveBeenApplied).
 */
class RetryPolicy
{
public:
    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay{0};
    };

    int maximumAttempts = 5; ///< including the first
    std::chrono::milliseconds initialDelay{1000};
    std::chrono::milliseconds maximumDelay{30000};

    /**
     * `attempt` is the attempt that just failed (1 for the first); `jitter` is a number in [0, 1)
     * from the caller's random source, so that clients that failed together do not retry together.
     */
    Decision decide(const ApiError &error, bool mutating, int attempt, double jitter) const;

    /// The delay before attempt `attempt + 1`: initialDelay * 2^(attempt-1), capped, +-25 % jitter.
    std::chrono::milliseconds delayAfter(int attempt, double jitter) const;

    /// Whether a mutation that failed this way may nevertheless have been carried out: the answer
    /// was lost or broken after the request left (timeouts, dropped or garbled replies, 5xx), or
    /// the gateway refused a copy of a request that already arrived (`SignatureNonceUsed`).
    static bool mayHaveBeenApplied(const ApiError &error);
};
