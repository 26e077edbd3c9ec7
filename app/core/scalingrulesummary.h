#pragma once

#include "core/scalingrule.h"

#include <QCoreApplication>
#include <QString>

/**
 * One-line, translated summaries of scaling rules for a table, e.g.
 * "CPU 60% · Memory 70% / 2–10 instances", "Mon–Fri 08:00 → 10, 20:00 → 3 (until 2026-12-31)",
 * "CPU 60% / 2–10; 08:00 → 5–20, 20:00 → 1–4". Times are the schedule's own (GMT+8).
 */
class ScalingRuleSummary final
{
    Q_DECLARE_TR_FUNCTIONS(ScalingRuleSummary)

public:
    ScalingRuleSummary() = delete;

    /// The whole rule: its metric part, its schedule and the dates it is valid.
    static QString of(const ScalingRule &rule);
    /// "CPU 60% · Memory 70%", or "no metrics".
    static QString metrics(const ScalingMetricPolicy &policy);
    /// "Daily", "Mon–Fri", "Sat, Sun", "Day 1", "Days 1, 15"; a period that does not parse as is.
    static QString period(const QString &period);
    /// "until 2026-12-31", "from 2026-01-01", "2026-01-01 to 2026-12-31"; empty for a long-term rule.
    static QString validity(const ScalingTimer &timer);
    /// "CPU", "Memory", "SLB QPS"...: a metric as the summaries name it.
    static QString metricName(ScalingMetricType type);

private:
    static QString weekdayName(int day);
    static QString instanceRange(int minimum, int maximum);
    static QString timingPoints(const ScalingTimer &timer);
    static QString mixPoints(const ScalingTimer &timer, int minimum, int maximum);
    static QString withValidity(const QString &summary, const ScalingTimer &timer);
};
