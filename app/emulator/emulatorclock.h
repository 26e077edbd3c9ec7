#pragma once

#include <QDateTime>

/**
 * The emulator's notion of "now". Real time by default; tests switch it to a manual clock and
 * advance it explicitly, so that signatures' clock skew and instance ages are deterministic.
 */
class EmulatorClock
{
public:
    /// Real time, or a manual clock from `manualStart` when it is valid.
    explicit EmulatorClock(const QDateTime &manualStart = {})
        : m_manualNow(manualStart.toUTC())
    {}

    /// The fleet's time: manual, or real time run `timeScale` times faster from when it was set.
    QDateTime now() const;
    /// The time requests are signed against: clients sign with their wall clock, so signatures
    /// are checked against real time even when the fleet runs faster (manual in tests).
    QDateTime wallNow() const;

    /// Runs the fleet's time `scale` times faster than real time from now on (1: real time).
    void setTimeScale(double scale);
    double timeScale() const { return m_scale; }

    void setManual(const QDateTime &now);
    void advance(qint64 milliseconds);
    bool isManual() const { return m_manualNow.isValid(); }

private:
    QDateTime m_manualNow;
    double m_scale = 1.0;
    QDateTime m_scaledFromReal;      ///< real time when the scale was set
    QDateTime m_scaledFromSimulated; ///< the fleet's time then
};
