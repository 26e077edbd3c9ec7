#include "metricseriesbuilder.h"

#include "emulator/emulatedapplication.h"
#include "emulator/loadmodel.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace MetricSeriesBuilder {

namespace {

std::optional<double> valueOf(const InstanceSample &sample, CloudMonitorMetric metric)
{
    switch (metric) {
    case CloudMonitorMetric::Cpu:
        return sample.cpuPercent;
    case CloudMonitorMetric::MemoryPercent:
        return sample.memoryPercent;
    case CloudMonitorMetric::Qps:
        return sample.requestsPerSecond;
    case CloudMonitorMetric::Rt:
        return sample.responseTimeMs;
    case CloudMonitorMetric::RestartCount:
        return sample.restarts;
    }
    return std::nullopt;
}

struct Accumulator
{
    double sum = 0;
    double maximum = std::numeric_limits<double>::lowest();
    double minimum = std::numeric_limits<double>::max();
    int count = 0;

    void add(double value)
    {
        sum += value;
        maximum = std::max(maximum, value);
        minimum = std::min(minimum, value);
        ++count;
    }
};

} // namespace

QList<MetricDatapoint> build(const LoadModel &model, const EmulatedApplication &application,
                             CloudMonitorMetric metric, const QString &instanceId, const QDateTime &start,
                             const QDateTime &end, int periodSeconds, const QDateTime &now)
{
    QList<MetricDatapoint> points;
    if (periodSeconds < sampleSeconds || !start.isValid() || !end.isValid() || end <= start)
        return points;
    const qint64 firstSample = (start.toSecsSinceEpoch() / sampleSeconds + 1) * sampleSeconds;
    const qint64 lastSample = end.toSecsSinceEpoch() / sampleSeconds * sampleSeconds;
    if (lastSample < firstSample)
        return points;
    const qsizetype minutes = qsizetype((lastSample - firstSample) / sampleSeconds + 1);

    // How many instances shared the traffic in each minute; in plain milliseconds, as a week by
    // the minute asks this 10,080 times of every span.
    struct Serving
    {
        qint64 from;
        qint64 until;
    };
    QList<Serving> servingSpans;
    for (const InstanceSpan &span : application.instanceHistory) {
        if (!span.servesAt(span.readyAt.isValid() ? std::max(span.readyAt, span.from) : span.from))
            continue;
        servingSpans.append(
            {std::max(span.readyAt, span.from).toMSecsSinceEpoch(),
             span.until.isValid() ? span.until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max()});
    }
    QList<int> serving(minutes, 0);
    QList<QDateTime> times;
    times.reserve(minutes);
    for (qsizetype i = 0; i < minutes; ++i) {
        const qint64 ms = (firstSample + i * sampleSeconds) * 1000;
        times.append(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        for (const Serving &span : std::as_const(servingSpans)) {
            if (span.from <= ms && ms < span.until)
                ++serving[i];
        }
    }
    QHash<QString, qint64> restarts;
    for (const Instance &instance : application.instances)
        restarts.insert(instance.instanceId, instance.restarts);

    for (const InstanceSpan &span : application.instanceHistory) {
        if (!instanceId.isEmpty() && span.instanceId != instanceId)
            continue;
        const qint64 restartsNow = restarts.value(span.instanceId, 0);
        Accumulator accumulator;
        qint64 bucket = std::numeric_limits<qint64>::min();
        const auto flush = [&] {
            if (accumulator.count > 0) {
                points.append({bucket * 1000, application.application.appId, span.instanceId,
                               accumulator.sum / accumulator.count, accumulator.maximum,
                               accumulator.minimum});
            }
            accumulator = {};
        };
        const qint64 fromSeconds = span.from.toSecsSinceEpoch();
        const qint64 untilSeconds =
            span.until.isValid() ? span.until.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        for (qsizetype i = 0; i < minutes; ++i) {
            const qint64 seconds = firstSample + i * sampleSeconds;
            if (seconds < fromSeconds || seconds >= untilSeconds)
                continue;
            const QDateTime &at = times.at(i);
            // A point stands for the period that ends at its timestamp, as the window (start, end].
            const qint64 bucketOfSample = (seconds + periodSeconds - 1) / periodSeconds * periodSeconds;
            if (bucketOfSample != bucket) {
                flush();
                bucket = bucketOfSample;
            }
            const std::optional<InstanceSample> sample =
                model.sample(application, span, serving.at(i), at, restartsNow, now);
            if (!sample)
                continue;
            if (const std::optional<double> value = valueOf(*sample, metric))
                accumulator.add(*value);
        }
        flush();
    }
    std::stable_sort(points.begin(), points.end(), [](const MetricDatapoint &a, const MetricDatapoint &b) {
        return a.timestampMs != b.timestampMs ? a.timestampMs < b.timestampMs : a.instanceId < b.instanceId;
    });
    return points;
}

} // namespace MetricSeriesBuilder
