#pragma once

#include "emulator/simulationstep.h"

struct EmulatedApplication;

/**
 * Keeps each application's `instanceHistory`: a span per instance from its creation to its
 * removal, so that DescribeMetricList can answer for instances that have gone and share past
 * load among the instances alive then. Spans older than `keepDays` are dropped.
 *
 * An application without history gets one from its instances, each with a predecessor that
 * served from a week before until the instance replaced it: the last deploy, as CloudMonitor
 * would remember it.
 */
class InstanceHistoryRecorder final : public SimulationStep
{
public:
    static constexpr int keepDays = 8;

    void advance(Fleet &fleet, const QDateTime &from, const QDateTime &to) override;

    /// Brings the history of `application` up to its instances at `at`.
    static void record(EmulatedApplication &application, const QDateTime &at);
};
