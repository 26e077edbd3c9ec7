#pragma once

#include "emulator/emulatorclock.h"
#include "emulator/emulatoroptions.h"
#include "emulator/fleet.h"
#include "emulator/fleetsimulator.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class ApplicationMetricSource;
class LoadModel;
class EmulatorHttpServer;
class StateFile;
class QTimer;
class Gateway;
class ScalingEngine;

/**
 * The SAE-compatible emulator: a real HTTP server on a local address that speaks SAE's paths,
 * signatures, JSON and errors over a simulated fleet. The console starts one in-process for the
 * local profile; `sae-emulator` runs one on its own.
 */
class Emulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Emulator)

public:
    explicit Emulator(const EmulatorOptions &options = {}, QObject *parent = nullptr);
    ~Emulator() override;

    /// Starts serving; port 0 picks a free port. False, with errorString(), when it cannot.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /// Stops serving and drops open connections; listen() may be called again.
    void close();
    bool isListening() const;

    QUrl url() const;
    QString errorString() const { return m_errorString; }
    const EmulatorOptions &options() const { return m_options; }

    Fleet &fleet() { return m_fleet; }
    EmulatorClock &clock() { return m_clock; }
    Gateway &gateway() { return *m_gateway; }
    FleetSimulator &simulator() { return m_simulator; }
    /// Faults to inject from the next request on (see FaultInjector); a plan without any turns them off.
    void setFaultPlan(const FaultPlan &plan);
    FaultPlan faultPlan() const;
    /// Advances the living fleet to the clock's now (also done before every request).
    void advance();
    /// The load that drives the fleet's metrics (DescribeMetricList, metric scaling rules).
    const LoadModel &loadModel() const { return *m_load; }
    /// Replaces the load that metric scaling rules follow (tests; see ScalingEngine).
    void setMetricSource(std::shared_ptr<const ApplicationMetricSource> source);

    /**
     * Keeps the fleet in `path` (`sae-emulator --state FILE`): loads it now when the file exists,
     * then saves it there shortly after requests change it and when the emulator is destroyed.
     * A file that is not a usable state is refused, left alone and not used: the message says why.
     */
    QString useStateFile(const QString &path);
    /// Saves now when a state file is in use; an error message or "".
    QString saveState();

private:
    void recordInstanceHistory();

    EmulatorOptions m_options;
    EmulatorClock m_clock;
    Fleet m_fleet;
    FleetSimulator m_simulator;
    std::unique_ptr<Gateway> m_gateway;
    std::shared_ptr<const LoadModel> m_load;
    ScalingEngine *m_scalingEngine = nullptr; ///< owned by m_simulator
    EmulatorHttpServer *m_server = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_errorString;
    std::unique_ptr<StateFile> m_stateFile;
    QTimer *m_saveTimer = nullptr;
};
