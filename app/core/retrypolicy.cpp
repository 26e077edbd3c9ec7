#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

RetryPolicy::Decision RetryPolicy::decide(const ApiError &error, bool mutating, int attempt,
                                          double jitter) const
{
    if (attempt >= maximumAttempts)
        return {};
    bool retry = false;
    if (mutating) {
        retry = error.kind == ApiError::Kind::Throttled; // refused at the gateway: not carried out
    } else {
        switch (error.kind) {
        case ApiError::Kind::Throttled:
        case ApiError::Kind::Parse: // a truncated or garbled answer; the next one may be whole
            retry = true;
            break;
        case ApiError::Kind::Timeout:
        case ApiError::Kind::Network:
            // Once: a dropped connection is worth another go, but an endpoint that refuses or
            // does not answer should be reported while the user still waits for it.
            retry = attempt < 2;
            break;
        case ApiError::Kind::Http:
        case ApiError::Kind::Platform:
            retry = error.retryable || error.code == u"Application.ChangerOrderRunning";
            break;
        case ApiError::Kind::Authentication:
        case ApiError::Kind::Cancelled:
            break;
        }
    }
    if (!retry)
        return {};
    return {true, delayAfter(attempt, jitter)};
}

std::chrono::milliseconds RetryPolicy::delayAfter(int attempt, double jitter) const
{
    const double exponential = double(initialDelay.count()) * std::pow(2.0, std::clamp(attempt - 1, 0, 30));
    const double capped = std::min(exponential, double(maximumDelay.count()));
    const double jittered = capped * (0.75 + 0.5 * std::clamp(jitter, 0.0, 1.0));
    return std::chrono::milliseconds(qint64(std::llround(jittered)));
}

bool RetryPolicy::mayHaveBeenApplied(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse:
        return true;
    case ApiError::Kind::Network:
        return true; // a connection closed mid-way looks the same as one refused
    case ApiError::Kind::Http:
    case ApiError::Kind::Platform:
        return error.httpStatus >= 500;
    case ApiError::Kind::Authentication:
        // Qt's network stack sends a request again, unasked, when a kept-alive connection closes
        // without an answer; the gateway refuses that copy's nonce. The first copy arrived, so it
        // may have been carried out even though the answer is an authentication error.
        return error.code == u"SignatureNonceUsed";
    case ApiError::Kind::Throttled:
    case ApiError::Kind::Cancelled:
        return false;
    }
    return true;
}
