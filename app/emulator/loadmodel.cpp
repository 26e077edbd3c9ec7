#include "loadmodel.h"

#include "emulator/emulatedapplication.h"
#include "emulator/instancelifecycle.h"

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

using namespace Qt::StringLiterals;

struct CurvePoint
{
    double hour;
    double factor;
};

// A shopping day in GMT+8: asleep at 4:00, at work from 9:00, a lunch break, the evening peak.
constexpr std::array<CurvePoint, 15> weekdayCurve{{
    {0.0, 0.32},
    {2.0, 0.13},
    {4.0, 0.07},
    {6.0, 0.10},
    {8.0, 0.35},
    {10.0, 0.60},
    {12.0, 0.78},
    {13.5, 0.65},
    {15.0, 0.60},
    {17.0, 0.62},
    {19.0, 0.85},
    {20.5, 1.00},
    {21.5, 0.95},
    {23.0, 0.55},
    {24.0, 0.32},
}};

// Weekends start later, shop all afternoon and peak higher in the evening.
constexpr std::array<CurvePoint, 12> weekendCurve{{
    {0.0, 0.32},
    {2.0, 0.18},
    {5.0, 0.08},
    {8.0, 0.25},
    {10.0, 0.65},
    {12.0, 0.90},
    {15.0, 0.95},
    {17.0, 0.90},
    {20.0, 1.15},
    {21.5, 1.20},
    {23.0, 0.70},
    {24.0, 0.32},
}};

template <std::size_t N>
double interpolate(const std::array<CurvePoint, N> &curve, double hour)
{
    for (std::size_t i = 1; i < N; ++i) {
        if (hour <= curve[i].hour) {
            const CurvePoint &a = curve[i - 1];
            const CurvePoint &b = curve[i];
            const double t = (hour - a.hour) / (b.hour - a.hour);
            return a.factor + (b.factor - a.factor) * t;
        }
    }
    return curve[N - 1].factor;
}

/// The Friday flash sale: demand ramps up in the five minutes before 20:00 and decays after.
double flashSaleMultiplier(int dayOfWeek, double minuteOfDay)
{
    if (dayOfWeek != Qt::Friday)
        return 1.0;
    const double minutes = minuteOfDay - 20 * 60;
    if (minutes < -5 || minutes > 180)
        return 1.0;
    constexpr double extra = 1.5;
    if (minutes < 0)
        return 1.0 + extra * (minutes + 5) / 5;
    return 1.0 + extra * std::exp(-minutes / 50.0);
}

quint64 splitMix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 stableHash(const QString &text)
{
    quint64 hash = 0xcbf29ce484222325ULL; // FNV-1a: the same on every run and platform
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

double unitValue(quint64 key, qint64 knot)
{
    const quint64 bits = splitMix(key ^ splitMix(quint64(knot)));
    return double(bits >> 11) / double(1ULL << 53) * 2.0 - 1.0; // [-1, 1)
}

double smoothNoise(quint64 key, qint64 seconds, qint64 period)
{
    const qint64 knot = seconds >= 0 ? seconds / period : (seconds - period + 1) / period;
    const double t = double(seconds - knot * period) / double(period);
    const double smooth = t * t * (3 - 2 * t);
    return unitValue(key, knot) * (1 - smooth) + unitValue(key, knot + 1) * smooth;
}

enum class Runtime
{
    Java,
    Node,
    Other,
};

Runtime runtimeOf(const Application &application)
{
    const QString &language = application.programmingLanguage;
    if (language.compare(u"java"_s, Qt::CaseInsensitive) == 0)
        return Runtime::Java;
    if (language.compare(u"nodejs"_s, Qt::CaseInsensitive) == 0)
        return Runtime::Node;
    return Runtime::Other;
}

/// Memory an idle instance of the runtime holds, in percent of its request.
double baseMemoryPercent(Runtime runtime)
{
    switch (runtime) {
    case Runtime::Java:
        return 46;
    case Runtime::Node:
        return 30;
    case Runtime::Other:
        break;
    }
    return 36;
}

double capacityPerCore(Runtime runtime)
{
    switch (runtime) {
    case Runtime::Java:
        return 120;
    case Runtime::Node:
        return 220;
    case Runtime::Other:
        break;
    }
    return 60;
}

double idleResponseTime(Runtime runtime)
{
    switch (runtime) {
    case Runtime::Java:
        return 38;
    case Runtime::Node:
        return 22;
    case Runtime::Other:
        break;
    }
    return 75;
}

} // namespace

LoadModel::LoadModel(quint64 seed)
    : m_seed(seed)
{}

double LoadModel::demandFactor(const QDateTime &at)
{
    // GMT+8 has no daylight saving time: plain arithmetic, without a time-zone lookup per sample.
    constexpr qint64 chinaOffsetMs = 8 * 3600 * 1000;
    constexpr qint64 dayMs = 24 * 3600 * 1000;
    const qint64 localMs = at.toMSecsSinceEpoch() + chinaOffsetMs;
    const qint64 days = localMs >= 0 ? localMs / dayMs : (localMs - dayMs + 1) / dayMs;
    const double msOfDay = double(localMs - days * dayMs);
    const int dayOfWeek = int(((days + 3) % 7 + 7) % 7) + 1; // 1970-01-01 was a Thursday (4)
    const double hour = msOfDay / 3600000.0;
    const double base =
        dayOfWeek >= Qt::Saturday ? interpolate(weekendCurve, hour) : interpolate(weekdayCurve, hour);
    return base * flashSaleMultiplier(dayOfWeek, msOfDay / 60000.0);
}

double LoadModel::demand(const EmulatedApplication &application, const QDateTime &at)
{
    return application.peakRequestsPerSecond * demandFactor(at);
}

double LoadModel::capacityPerInstance(const Application &application)
{
    const double cores = std::max(application.cpuMillicores, 250) / 1000.0;
    return capacityPerCore(runtimeOf(application)) * cores;
}

double LoadModel::idleResponseTimeMs(const Application &application)
{
    return idleResponseTime(runtimeOf(application));
}

double LoadModel::noise(const QString &instanceId, const QDateTime &at, quint64 salt) const
{
    return noiseOf(instanceKey(instanceId), at.toSecsSinceEpoch(), salt);
}

quint64 LoadModel::instanceKey(const QString &instanceId) const
{
    return m_seed ^ stableHash(instanceId);
}

double LoadModel::noiseOf(quint64 instanceKey, qint64 seconds, quint64 salt)
{
    const quint64 key = splitMix(instanceKey ^ splitMix(salt));
    return 0.7 * smoothNoise(key, seconds, 600) + 0.3 * smoothNoise(splitMix(key), seconds, 150);
}

std::optional<InstanceSample> LoadModel::sample(const EmulatedApplication &application,
                                                const InstanceSpan &span, int servingInstances,
                                                const QDateTime &at, qint64 restartsNow,
                                                const QDateTime &now) const
{
    if (!span.covers(at) || span.fate == InstanceFate::ImagePullFailure
        || span.fate == InstanceFate::Unschedulable)
        return std::nullopt;
    const Application &app = application.application;
    const Runtime runtime = runtimeOf(app);
    const quint64 key = instanceKey(span.instanceId);
    const qint64 seconds = at.toSecsSinceEpoch();
    InstanceSample sample;
    sample.restarts = double(restartsNow);

    if (span.fate == InstanceFate::CrashLoop) {
        // It starts, runs for half a minute and dies: a start-up's CPU, memory climbing to the
        // limit, a restart per back-off cycle.
        const qint64 cycle =
            InstanceLifecycle::crashLoopRunSeconds + InstanceLifecycle::maximumBackOffSeconds;
        // Counted back from now: one restart per back-off cycle, but never more than it has had
        // since it was created.
        const double ago = double(std::max<qint64>(0, at.secsTo(now)));
        const double lifetime = double(std::max<qint64>(1, span.from.secsTo(now)));
        const double since = std::min(ago / double(cycle), double(restartsNow) * ago / lifetime);
        sample.restarts = std::max(0.0, std::floor(double(restartsNow) - since));
        const qint64 position = ((seconds % cycle) + cycle) % cycle;
        const bool running = position < InstanceLifecycle::crashLoopRunSeconds + 30; // within the minute
        sample.cpuPercent = running ? 88 + 8 * noiseOf(key, seconds, 1) : 0;
        sample.memoryPercent = running ? 97 + 2 * noiseOf(key, seconds, 4) : 0;
        return sample;
    }

    if (!span.readyAt.isValid() || at < span.readyAt) {
        if (span.fate != InstanceFate::ReadinessFailure || at < span.from.addSecs(20))
            return std::nullopt; // still pulling and starting
    }

    const double jitter = noiseOf(key, seconds, 1);
    if (!span.servesAt(at) || servingInstances <= 0) {
        // Up, but out of the load balancer: only its own health checks and timers.
        sample.cpuPercent = std::max(0.5, 2.5 + 1.0 * jitter);
        sample.memoryPercent = baseMemoryPercent(runtime) + 2 * noiseOf(key, seconds, 4);
        return sample;
    }

    const double capacity = capacityPerCore(runtime) * std::max(app.cpuMillicores, 250) / 1000.0;
    const double requests = std::max(0.0, demand(application, at) / servingInstances * (1 + 0.08 * jitter));
    const double utilisation = requests / capacity;
    sample.requestsPerSecond = requests;
    sample.cpuPercent = std::clamp(3 + 92 * utilisation + 1.5 * noiseOf(key, seconds, 2), 0.5, 100.0);
    const double queueing = std::min(utilisation, 0.96);
    const double overload = std::max(0.0, utilisation - 0.96);
    sample.responseTimeMs = idleResponseTime(runtime) * (1 + 0.12 * noiseOf(key, seconds, 3))
                            / std::pow(1 - queueing, 0.7) * (1 + 4 * overload);
    double memory =
        baseMemoryPercent(runtime) + 18 * std::min(utilisation, 1.0) + 1.5 * noiseOf(key, seconds, 4);
    if (runtime == Runtime::Java) {
        // The old generation fills for twenty minutes, then a collection empties it.
        const qint64 phase = qint64(stableHash(span.instanceId) % 1200);
        const qint64 position = (seconds + phase) % 1200;
        memory += 7.0 * double(position) / 1200.0;
    }
    sample.memoryPercent = std::clamp(memory, 5.0, 99.0);
    return sample;
}
