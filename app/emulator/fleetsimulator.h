#pragma once

#include "emulator/simulationstep.h"

#include <QDateTime>

#include <memory>
#include <vector>

class Fleet;

/** Advances the fleet's simulation steps, in the order they were added, up to a point in time. */
class FleetSimulator
{
public:
    static constexpr qint64 sliceMilliseconds = 5000;
    static constexpr qint64 maximumSlices = 2000;

    void addStep(std::unique_ptr<SimulationStep> step);
    /// Advances from the fleet's `simulatedUntil` to `now`. A `now` before it (the clock was set
    /// back) only moves `simulatedUntil` there: simulated time never runs backwards.
    void advanceTo(Fleet &fleet, const QDateTime &now);

private:
    std::vector<std::unique_ptr<SimulationStep>> m_steps;
};
