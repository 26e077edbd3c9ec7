#pragma once

#include "emulator/faultplan.h"
#include "emulator/gatewayfailure.h"
#include "emulator/gatewayresponse.h"

#include <chrono>
#include <optional>

/**
 * Applies a FaultPlan to the requests the gateway handles. Which fault hits a request is a pure
 * function of the plan's seed and the request's ordinal since the plan was set, so a test that
 * sends the same requests sees the same faults every time.
 *
 * What each fault means, and whether the operation runs (the gateway decides where they apply):
 * - **server error** (`error-rate`): HTTP 500 `InternalError` or 503 `ServiceUnavailable` with the
 *   gateway's error body (reference 4.2) *instead of* running the operation. It comes after the
 *   gateway has routed, authenticated and flow-controlled the call, where SAE's back end sits: a
 *   request with a bad signature still gets its own error, which a client must fix, not retry.
 *   The operation does NOT run, so a retry is safe.
 * - **malformed** (`malformed-rate`): the operation runs, and its reply becomes a 200 whose body
 *   is not valid JSON: the real body cut short, or an HTML page from a proxy. A client must not
 *   take it for success or failure; it has to read the state again.
 * - **truncated** (`truncate-rate`): the operation runs; the reply announces its full
 *   Content-Length, stops halfway and the connection closes.
 * - **dropped** (`drop-rate`): the operation runs; the connection closes without a byte of reply.
 *
 * Truncated and dropped model the case that matters most to a client: the server applied a
 * mutation and only the reply was lost. Resubmitting would do it twice; the client must re-read
 * the state instead. Malformed, truncated and dropped happen on the way back, so they hit every
 * reply, an authentication error too: when a client (Qt's network stack does) resends a request
 * whose connection closed unanswered, the gateway refuses the replayed nonce with
 * `SignatureNonceUsed`, and that reply may be lost as well.
 *
 * Latency delays every reply; the operation runs when the request arrives. A throttling storm
 * answers every authenticated call with the gateway's `Throttling.User`, whatever the rate limiter
 * says.
 */
class FaultInjector
{
public:
    enum class Fault
    {
        None,
        ServerError,
        Malformed,
        Truncated,
        Dropped,
    };

    /// What happens to one request.
    struct Decision
    {
        Fault fault = Fault::None;
        std::chrono::milliseconds latency{0};
        /// Picks among the shapes of a fault: 500 or 503, a cut body or a proxy's page.
        quint64 variant = 0;
    };

    const FaultPlan &plan() const { return m_plan; }
    /// Takes effect from the next request; the sequence of faults starts again.
    void setPlan(const FaultPlan &plan);
    /// Requests decided since the plan was set.
    quint64 requestCount() const { return m_requestCount; }

    /// Decides the next request's fate (and counts it).
    Decision next();
    /// For Fault::ServerError: the status, code and message to answer with; nullopt otherwise.
    static std::optional<GatewayFailure> serverError(const Decision &decision);
    /// The reply as it reaches the client: delayed, malformed, truncated or dropped.
    static GatewayResponse deliver(GatewayResponse response, const Decision &decision);

private:
    /// A uniform number in [0, 1) for this request and purpose.
    double draw(quint64 purpose) const;

    FaultPlan m_plan;
    quint64 m_requestCount = 0;
};
