#include "metricpageloader.h"

#include <utility>

namespace MetricPageLoader {

namespace {

void loadFrom(RequestScheduler *scheduler, MetricQuery query, RequestScheduler::Priority priority,
              QObject *context, const std::function<void(quint64)> &ticketIssued,
              const std::function<void(const ApiResult<MetricPage> &)> &done, MetricPage collected, int page)
{
    const quint64 ticket = scheduler->schedule(
        CloudMonitorApi::describeMetricList(query), priority, context,
        [=, collected = std::move(collected)](const ApiResult<MetricPage> &result) mutable {
            if (!result.isOk()) {
                done(result.error());
                return;
            }
            if (page == 1)
                collected = result.value();
            else
                collected.append(result.value());
            if (collected.hasMore() && page < maximumPages) {
                // The next query first: the page is moved into the call below.
                MetricQuery next = query.next(collected);
                loadFrom(scheduler, std::move(next), priority, context, ticketIssued, done,
                         std::move(collected), page + 1);
                return;
            }
            done(collected);
        });
    ticketIssued(ticket);
}

} // namespace

void loadAll(RequestScheduler *scheduler, MetricQuery query, RequestScheduler::Priority priority,
             QObject *context, const std::function<void(quint64)> &ticketIssued,
             const std::function<void(const ApiResult<MetricPage> &)> &done)
{
    query.length = pageLength;
    query.nextToken.clear();
    loadFrom(scheduler, std::move(query), priority, context, ticketIssued, done, MetricPage(), 1);
}

} // namespace MetricPageLoader
