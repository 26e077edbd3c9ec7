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

    /// Every user-meaningful difference, in the order of the rule editor; empty for equal rules.
    static QList<ConfirmationChange> between(const ScalingRule &before, const ScalingRule &after);
    /**
     * Everything a new rule sets, each as an added line, for the review before
     * CreateApplicationScalingRule: the same lines as between() an empty rule and this one,
     * with a whole schedule point or metric on one line.
     */
    static QList<ConfirmationChange> ofNewRule(const ScalingRule &rule);
};
