#pragma once

#include <QDateTime>

class Fleet;

/**
 * One part of the living fleet (instance lifecycles, change orders, scaling rules, ...). The
 * emulator advances every step to "now" before it serves a request, in a fixed order, so the
 * fleet evolves with the clock alone: deterministic under a manual clock, and nothing runs
 * while nobody asks.
 */
class SimulationStep
{
public:
    virtual ~SimulationStep() = default;
    /// Moves `fleet` from `from` to `to` (to > from). Long gaps may be walked in coarse steps.
    virtual void advance(Fleet &fleet, const QDateTime &from, const QDateTime &to) = 0;
};
