#pragma once

#include "core/metricseries.h"

#include <QList>
#include <QString>

/**
 * One page of DescribeMetricList: the series it carried, one per instance, and the token for the
 * next page. CloudMonitor pages by datapoint, not by instance, so one instance's series may go on
 * over several pages: append() puts them back together.
 */
struct MetricPage
{
    QList<MetricSeries> series; ///< sorted by application, then instance ID
    QString nextToken;          ///< empty on the last page
    int periodSeconds = 0;

    bool hasMore() const { return !nextToken.isEmpty(); }
    /// The series of this instance (of this application, for an application's own series), or nullptr.
    const MetricSeries *find(const QString &appId, const QString &instanceId) const;
    /// Merges the page after this one into it: series of the same instance are joined, new ones
    /// added; the next token becomes the later page's.
    void append(const MetricPage &later);

    friend bool operator==(const MetricPage &, const MetricPage &) = default;
};
