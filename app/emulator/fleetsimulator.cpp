#include "fleetsimulator.h"

#include "emulator/fleet.h"

void FleetSimulator::addStep(std::unique_ptr<SimulationStep> step)
{
    m_steps.push_back(std::move(step));
}

void FleetSimulator::advanceTo(Fleet &fleet, const QDateTime &now)
{
    if (!fleet.simulatedUntil.isValid()) {
        fleet.simulatedUntil = now;
        return;
    }
    if (now <= fleet.simulatedUntil)
        return;
    const QDateTime from = fleet.simulatedUntil;
    for (const std::unique_ptr<SimulationStep> &step : m_steps)
        step->advance(fleet, from, now);
    fleet.simulatedUntil = now;
}
