#include "faultinjector.h"

#include <cmath>

namespace {

using namespace Qt::StringLiterals;

enum Purpose : quint64
{
    ChooseFault = 1,
    ChooseLatency = 2,
    ChooseVariant = 3,
};

/// SplitMix64's finaliser: spreads every input bit over the whole result.
quint64 mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

QByteArray proxyErrorPage()
{
    return QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                             "</body>\r\n</html>\r\n");
}

} // namespace

void FaultInjector::setPlan(const FaultPlan &plan)
{
    m_plan = plan;
    m_requestCount = 0;
}

double FaultInjector::draw(quint64 purpose) const
{
    const quint64 bits = mix(mix(m_plan.seed ^ mix(purpose)) + m_requestCount);
    return double(bits >> 11) * 0x1.0p-53;
}

FaultInjector::Decision FaultInjector::next()
{
    Decision decision;
    const double fault = draw(ChooseFault);
    // One draw picks at most one fault: each rate is its own slice of [0, 1).
    double bound = m_plan.errorRate;
    if (fault < bound) {
        decision.fault = Fault::ServerError;
    } else if (fault < (bound += m_plan.malformedRate)) {
        decision.fault = Fault::Malformed;
    } else if (fault < (bound += m_plan.truncateRate)) {
        decision.fault = Fault::Truncated;
    } else if (fault < (bound += m_plan.dropRate)) {
        decision.fault = Fault::Dropped;
    }
    const qint64 spread = (m_plan.maximumLatency - m_plan.minimumLatency).count();
    decision.latency =
        m_plan.minimumLatency
        + std::chrono::milliseconds(qint64(std::floor(draw(ChooseLatency) * double(spread + 1))));
    decision.variant = quint64(draw(ChooseVariant) * 2);
    ++m_requestCount;
    return decision;
}

std::optional<GatewayFailure> FaultInjector::serverError(const Decision &decision)
{
    if (decision.fault != Fault::ServerError)
        return std::nullopt;
    // The gateway's common errors (reference 4.3), with their documented messages.
    if (decision.variant == 0) {
        return GatewayFailure{
            500, u"InternalError"_s,
            u"The request processing has failed due to some unknown error, exception or failure."_s};
    }
    return GatewayFailure{503, u"ServiceUnavailable"_s,
                          u"The request has failed due to a temporary failure of the server."_s};
}

GatewayResponse FaultInjector::deliver(GatewayResponse response, const Decision &decision)
{
    response.delay = decision.latency;
    switch (decision.fault) {
    case Fault::None:
    case Fault::ServerError:
        break;
    case Fault::Malformed:
        response.status = 200;
        if (decision.variant == 0) {
            // The real reply cut short, with a Content-Length that matches what is sent.
            response.body.truncate(qMax<qsizetype>(1, response.body.size() / 2));
        } else {
            // A proxy on the way answered with its own page.
            response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")}};
            response.body = proxyErrorPage();
        }
        break;
    case Fault::Truncated:
        response.delivery = GatewayResponse::Delivery::Truncated;
        break;
    case Fault::Dropped:
        response.delivery = GatewayResponse::Delivery::Dropped;
        break;
    }
    return response;
}
