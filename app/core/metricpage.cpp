#include "metricpage.h"

#include <algorithm>

namespace {

bool bySource(const MetricSeries &a, const MetricSeries &b)
{
    return a.appId != b.appId ? a.appId < b.appId : a.instanceId < b.instanceId;
}

} // namespace

const MetricSeries *MetricPage::find(const QString &appId, const QString &instanceId) const
{
    const auto found = std::find_if(series.cbegin(), series.cend(), [&](const MetricSeries &candidate) {
        return candidate.appId == appId && candidate.instanceId == instanceId;
    });
    return found == series.cend() ? nullptr : &*found;
}

void MetricPage::append(const MetricPage &later)
{
    for (const MetricSeries &more : later.series) {
        const auto found = std::find_if(series.begin(), series.end(), [&more](const MetricSeries &candidate) {
            return candidate.appId == more.appId && candidate.instanceId == more.instanceId
                   && candidate.metricName == more.metricName;
        });
        if (found == series.end())
            series.append(more);
        else
            found->addPoints(more.points);
    }
    std::stable_sort(series.begin(), series.end(), bySource);
    nextToken = later.nextToken;
    if (later.periodSeconds > 0)
        periodSeconds = later.periodSeconds;
}
