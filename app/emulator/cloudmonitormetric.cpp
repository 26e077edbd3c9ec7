#include "cloudmonitormetric.h"

#include <array>

namespace CloudMonitorMetrics {

namespace {

using namespace Qt::StringLiterals;

struct Entry
{
    CloudMonitorMetric metric;
    QStringView name;
};

constexpr std::array<Entry, 5> entries{{
    {CloudMonitorMetric::Cpu, u"cpu"},
    {CloudMonitorMetric::MemoryPercent, u"memoryPercent"},
    {CloudMonitorMetric::Qps, u"qps"},
    {CloudMonitorMetric::Rt, u"rt"},
    {CloudMonitorMetric::RestartCount, u"restartCount"},
}};

} // namespace

std::optional<CloudMonitorMetric> fromName(QStringView name)
{
    for (const Entry &entry : entries) {
        if (entry.name == name)
            return entry.metric;
    }
    return std::nullopt;
}

QString name(CloudMonitorMetric metric)
{
    for (const Entry &entry : entries) {
        if (entry.metric == metric)
            return entry.name.toString();
    }
    return {};
}

QStringList names()
{
    QStringList all;
    for (const Entry &entry : entries)
        all.append(entry.name.toString());
    return all;
}

} // namespace CloudMonitorMetrics
