#include "loadmetricsource.h"

#include "emulator/emulatedapplication.h"

LoadMetricSource::LoadMetricSource(std::shared_ptr<const LoadModel> model)
    : m_model(std::move(model))
{}

std::optional<double> LoadMetricSource::averageValue(const EmulatedApplication &application,
                                                     ScalingMetricType metric, const QDateTime &at) const
{
    const bool java = application.application.programmingLanguage.compare(u"java", Qt::CaseInsensitive) == 0;
    switch (metric) {
    case ScalingMetricType::SlbQps:
    case ScalingMetricType::SlbRt:
    case ScalingMetricType::IntranetSlbQps:
    case ScalingMetricType::IntranetSlbRt:
        return std::nullopt;
    case ScalingMetricType::Qps:
    case ScalingMetricType::Rt:
        if (!java)
            return std::nullopt;
        break;
    case ScalingMetricType::Cpu:
    case ScalingMetricType::Memory:
    case ScalingMetricType::TcpActiveConnections:
        break;
    }

    QList<InstanceSpan> spans;
    spans.reserve(application.instances.size());
    int serving = 0;
    for (const Instance &instance : application.instances) {
        const bool ready = instance.status == InstanceStatus::Running && instance.readyAt.isValid()
                           && instance.readyAt <= at;
        spans.append({instance.instanceId, instance.createdAt, QDateTime(),
                      ready ? instance.readyAt : QDateTime(), application.fateOf(instance.instanceId)});
        if (spans.last().servesAt(at))
            ++serving;
    }

    double sum = 0;
    int count = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        // As Kubernetes' autoscaler: pods that are not ready do not count.
        if (!spans.at(i).servesAt(at))
            continue;
        const std::optional<InstanceSample> sample =
            m_model->sample(application, spans.at(i), serving, at, application.instances.at(i).restarts, at);
        if (!sample)
            continue;
        switch (metric) {
        case ScalingMetricType::Cpu:
            sum += sample->cpuPercent;
            break;
        case ScalingMetricType::Memory:
            sum += sample->memoryPercent;
            break;
        case ScalingMetricType::Qps:
            if (!sample->requestsPerSecond)
                continue;
            sum += *sample->requestsPerSecond;
            break;
        case ScalingMetricType::Rt:
            if (!sample->responseTimeMs)
                continue;
            sum += *sample->responseTimeMs;
            break;
        case ScalingMetricType::TcpActiveConnections:
            // Little's law over keep-alive connections, plus the probes' own.
            sum += 4 + sample->requestsPerSecond.value_or(0) * sample->responseTimeMs.value_or(0) / 1000 * 3;
            break;
        default:
            continue;
        }
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}
