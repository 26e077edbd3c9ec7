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
    // The steps take turns in short slices, so that what one does (a deploy creates instances)
    // reaches the next (the lifecycle starts them) within seconds, as on the platform. A long gap
    // is cut into at most `maximumSlices` slices, which keeps a week-long jump fast.
    const qint64 gapMs = fleet.simulatedUntil.msecsTo(now);
    const qint64 sliceMs = qMax<qint64>(sliceMilliseconds, gapMs / maximumSlices);
    while (fleet.simulatedUntil < now) {
        const QDateTime from = fleet.simulatedUntil;
        const QDateTime to = qMin(from.addMSecs(sliceMs), now);
        for (const std::unique_ptr<SimulationStep> &step : m_steps)
            step->advance(fleet, from, to);
        fleet.simulatedUntil = to;
    }
}
