#include "changeorderstatistics.h"

#include "core/changeorder.h"

namespace {

using namespace Qt::StringLiterals;

} // namespace

void ChangeOrderStatistics::add(const ChangeOrder &order)
{
    ++m_total;
    if (order.status == ChangeOrderStatus::Failed) {
        ++m_failed;
        if (!m_latestFailureAt.isValid() || order.createdAt >= m_latestFailureAt) {
            m_latestFailureAt = order.createdAt;
            m_latestFailure = order.errorMessage;
        }
    }
    if (isTerminal(order.status) && order.finishedAt.isValid()) {
        const double cost = double(order.createdAt.msecsTo(order.finishedAt));
        ++m_ended;
        m_timeCostMsSum += cost;
        m_maximumTimeCostMs = qMax(m_maximumTimeCostMs, cost);
    }
    for (const Pipeline &pipeline : order.pipelines) {
        if (isTerminal(pipeline.status) && pipeline.startedAt.isValid() && pipeline.updatedAt.isValid()) {
            ++m_tasks;
            m_taskTimeCostMsSum += double(pipeline.startedAt.msecsTo(pipeline.updatedAt));
        }
    }
}

double ChangeOrderStatistics::errorPercent() const
{
    return m_total == 0 ? 0.0 : double(m_failed) / double(m_total);
}

double ChangeOrderStatistics::averageTimeCostMs() const
{
    return m_ended == 0 ? 0.0 : m_timeCostMsSum / double(m_ended);
}

std::optional<double> ChangeOrderStatistics::averageTaskTimeCostMs() const
{
    if (m_tasks == 0)
        return std::nullopt;
    return m_taskTimeCostMsSum / double(m_tasks);
}

QString ChangeOrderStatistics::optimizeSuggestions() const
{
    if (m_failed == 0)
        return {};
    const QString latest = m_latestFailure.isEmpty() ? QString() : u" The latest: %1"_s.arg(m_latestFailure);
    return u"%1 of %2 change orders failed.%3 Check the new instances' events and logs before releasing "
           u"again, and release risky changes with a gray batch first."_s.arg(
               QString::number(m_failed), QString::number(m_total), latest);
}
