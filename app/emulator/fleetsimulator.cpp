#include "fleetsimulator.h"

#include "emulator/fleet.h"

void FleetSimulator::addStep(std::unique_ptr<SimulationStep> step)
{
    m_steps.push_back(std::move(step));
}

void FleetSimulator::advanceTo(Fleet &fleet, const QDateTime &now)
{
    // A clock set back (a test's manual clock set after the fleet was built at real time) starts
    // the simulation afresh from there rather than freezing it until the old time comes round.
    if (!fleet.simulatedUntil.isValid() || now < fleet.simulatedUntil) {
        fleet.simulatedUntil = now;
        return;
    }
    if (now == fleet.simulatedUntil)
        return;
    const QDateTime from = fleet.simulatedUntil;
    for (const std::unique_ptr<SimulationStep> &step : m_steps)
        step->advance(fleet, from, now);
    fleet.simulatedUntil = now;
}
