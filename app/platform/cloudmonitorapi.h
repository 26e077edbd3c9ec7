#pragma once

#include "core/metricpage.h"
#include "platform/apicall.h"

#include <QDateTime>
#include <QString>

/** Which series DescribeMetricList should return, and which page of them. */
struct MetricQuery
{
    QString metricName; ///< cpu, memoryPercent, qps, rt, restartCount (reference appendix B 16: [U])
    QString appId;      ///< an application's instances; with instanceId, that one instance
    QString instanceId; ///< one instance (the application may then be left empty)
    QDateTime start;
    QDateTime end;
    int periodSeconds = 60; ///< a multiple of 60
    int length = 1000;      ///< datapoints per page, at most 1440
    QString nextToken;      ///< from the previous page; empty for the first

    /// The same query for the page after `page`.
    MetricQuery next(const MetricPage &page) const;
};

/**
 * CloudMonitor's `DescribeMetricList` (cms 2019-01-01, RPC style; reference 10) over the
 * `acs_serverless` namespace: per-instance time series of an application. The call is sent to
 * CloudMonitor's own endpoint (`metrics.<region>.aliyuncs.com`), so it goes through an ApiClient
 * pointed there; the local emulator serves it on its one endpoint. Read with
 * CloudMonitorJsonReader; pages are put back together with MetricPage::append().
 */
namespace CloudMonitorApi {

inline constexpr char apiVersion[] = "2019-01-01";
inline constexpr char serverlessNamespace[] = "acs_serverless";

ApiCall<MetricPage> describeMetricList(const MetricQuery &query);

} // namespace CloudMonitorApi
