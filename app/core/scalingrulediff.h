#pragma once

#include "core/confirmationchange.h"
#include "core/scalingrule.h"

#include <QCoreApplication>
#include <QList>

/**
 * What an update of a scaling rule changes, field by field and translated, for the review before
 * UpdateApplicationScalingRule: "Schedule 08:00: target | 10 | 12", "Metric | CPU 60% | CPU 70%",
 * "Scale-in | Enabled | Disabled". Schedule points are matched by their time and metrics by their
 * type, so that a reordered list is no change; a point or metric only one rule has is one added
 * or removed line. Only the parts the rule's type uses are compared (a metric rule's leftover
 * timer is not), and the response-only Prometheus fields are left out: the console cannot edit
 * them. Times are the schedule's own (GMT+8).
 */
class ScalingRuleDiff final
{
    Q_DECLARE_TR_FUNCTIONS(ScalingRuleDiff)

public:
    ScalingRuleDiff() = delete;

    /**
     * Every user-meaningful difference, empty for equal rules. The order is fixed: type, state,
     * ready instances, idle mode; the schedule (dates, days, time zone, points by time); the metric
     * part (bounds, metrics, scale-out, scale-in). The rule's identity (application, name), its
     * timestamps and its live MetricsStatus are not changes the user makes and are not compared.
     */
    static QList<ConfirmationChange> between(const ScalingRule &before, const ScalingRule &after);
    /**
     * Everything a new rule sets, each as an added line (empty `before`), for the review before
     * CreateApplicationScalingRule: the lines between() compares, in the same order, with a whole
     * schedule point or metric on one line ("Schedule | | 08:00 → 10").
     */
    static QList<ConfirmationChange> ofNewRule(const ScalingRule &rule);
};
