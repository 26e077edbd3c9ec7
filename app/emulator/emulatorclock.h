#pragma once

#include <QDateTime>

/**
 * The emulator's notion of "now". Real time by default; tests switch it to a manual clock and
 * advance it explicitly, so that signatures' clock skew and instance ages are deterministic.
 */
class EmulatorClock
{
public:
    QDateTime now() const;

    void setManual(const QDateTime &now);
    void advance(qint64 milliseconds);
    bool isManual() const { return m_manualNow.isValid(); }

private:
    QDateTime m_manualNow;
};
