#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

struct ChangeOrder;

/**
 * One application's change orders, as GetChangeOrderMetric sums them up: how many, how many
 * failed (status 3), how long they took from creation to their end, and what to do about it.
 */
class ChangeOrderStatistics
{
public:
    void add(const ChangeOrder &order);

    qint64 total() const { return m_total; }
    qint64 failed() const { return m_failed; }
    /// The failed share as a fraction (1 of 4: 0.25); 0 without change orders.
    double errorPercent() const;
    /// Over the change orders that have ended; 0 when none has.
    double averageTimeCostMs() const;
    double maximumTimeCostMs() const { return m_maximumTimeCostMs; }
    /// The average batch (pipeline) that ran to an end; nullopt when none did.
    std::optional<double> averageTaskTimeCostMs() const;
    /// Advice when change orders failed; empty when none did.
    QString optimizeSuggestions() const;

private:
    qint64 m_total = 0;
    qint64 m_failed = 0;
    qint64 m_ended = 0;
    double m_timeCostMsSum = 0;
    double m_maximumTimeCostMs = 0;
    qint64 m_tasks = 0;
    double m_taskTimeCostMsSum = 0;
    QString m_latestFailure;
    QDateTime m_latestFailureAt;
};
