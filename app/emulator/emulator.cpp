#include "emulator.h"

#include "emulator/changeorderengine.h"
#include "emulator/emulatorhttpserver.h"
#include "emulator/gateway.h"
#include "emulator/instancehistoryrecorder.h"
#include "emulator/instancelifecycle.h"
#include "emulator/largefleet.h"
#include "emulator/loadmetricsource.h"
#include "emulator/loadmodel.h"
#include "emulator/operationcontext.h"
#include "emulator/retailfleet.h"
#include "emulator/saeoperations.h"
#include "emulator/scalingengine.h"
#include "emulator/statefile.h"

#include <QTcpServer>
#include <QTimer>

Emulator::Emulator(const EmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.manualStart)
    , m_fleet(options.largeFleetApplications > 0
                  ? LargeFleet::build(options.seed, options.regionId, m_clock.now(),
                                      options.largeFleetApplications)
                  : RetailFleet::build(options.seed, options.regionId, m_clock.now()))
    , m_gateway(std::make_unique<Gateway>(&m_clock, options.regionId))
    , m_load(std::make_shared<const LoadModel>(options.seed))
{
    m_gateway->authenticator().addCredential(options.accessKeyId, options.accessKeySecret);
    m_gateway->rateLimiter().setCallsPerMinute(options.callsPerMinute);
    m_gateway->rateLimiter().setWindow(options.rateLimitWindowMs);
    if (options.faults.isActive())
        setFaultPlan(options.faults);
    const OperationContext context{&m_fleet, &m_clock, m_gateway->hostId(), m_load.get()};
    SaeOperations::registerAll(m_gateway->operations(), context);
    m_simulator.addStep(std::make_unique<InstanceLifecycle>());
    m_simulator.addStep(std::make_unique<ChangeOrderEngine>());
    auto scalingEngine = std::make_unique<ScalingEngine>(std::make_shared<LoadMetricSource>(m_load));
    m_scalingEngine = scalingEngine.get();
    m_simulator.addStep(std::move(scalingEngine));
    m_simulator.addStep(std::make_unique<InstanceHistoryRecorder>());
    m_gateway->setBeforeOperation([this] { advance(); });
    recordInstanceHistory();
    advance();
}

void Emulator::recordInstanceHistory()
{
    // From the start, so that instances removed before time first moves keep their series.
    for (EmulatedApplication &application : m_fleet.applications)
        InstanceHistoryRecorder::record(application, m_clock.now());
}

void Emulator::advance()
{
    m_simulator.advanceTo(m_fleet, m_clock.now());
    if (m_stateFile && !m_saveTimer->isActive())
        m_saveTimer->start(); // after the request that is being served has changed the fleet
}

void Emulator::setFaultPlan(const FaultPlan &plan)
{
    const bool changed = plan.toString() != m_gateway->faults().plan().toString();
    m_gateway->faults().setPlan(plan);
    if (!changed)
        return;
    if (plan.isActive())
        qCInfo(lcEmulatorGateway).noquote() << "injecting faults:" << plan.toString();
    else
        qCInfo(lcEmulatorGateway) << "no faults";
}

FaultPlan Emulator::faultPlan() const
{
    return m_gateway->faults().plan();
}

void Emulator::setMetricSource(std::shared_ptr<const ApplicationMetricSource> source)
{
    m_scalingEngine->setMetricSource(std::move(source));
}

Emulator::~Emulator()
{
    close();
    if (const QString error = saveState(); !error.isEmpty())
        qCWarning(lcEmulatorGateway).noquote() << error;
}

QString Emulator::useStateFile(const QString &path)
{
    auto stateFile = std::make_unique<StateFile>(path);
    std::variant<Fleet, StateFile::NoFile, QString> loaded = stateFile->load();
    if (const QString *error = std::get_if<QString>(&loaded))
        return *error;
    if (Fleet *fleet = std::get_if<Fleet>(&loaded)) {
        m_fleet = std::move(*fleet);
        recordInstanceHistory(); // the state file keeps no history: start it from the instances
    }
    m_stateFile = std::move(stateFile);
    if (!m_saveTimer) {
        m_saveTimer = new QTimer(this);
        m_saveTimer->setSingleShot(true);
        m_saveTimer->setInterval(1000); // a burst of requests is saved once
        connect(m_saveTimer, &QTimer::timeout, this, [this] {
            if (const QString error = saveState(); !error.isEmpty())
                qCWarning(lcEmulatorGateway).noquote() << error;
        });
    }
    return saveState(); // a new file exists from the start; an unwritable path is said now
}

QString Emulator::saveState()
{
    return m_stateFile ? m_stateFile->save(m_fleet) : QString();
}

bool Emulator::listen(const QHostAddress &address, quint16 port)
{
    close();
    auto server = std::make_unique<EmulatorHttpServer>(
        [this](const GatewayRequest &request) { return m_gateway->handle(request); });
    // A QTcpServer of our own, so that a failure comes with the system's reason.
    auto *tcpServer = new QTcpServer(server.get());
    if (!tcpServer->listen(address, port)) {
        m_errorString = tcpServer->errorString();
        return false;
    }
    server->bind(tcpServer);
    m_address = address;
    m_port = tcpServer->serverPort();
    m_errorString.clear();
    m_server = server.release();
    m_server->setParent(this);
    return true;
}

void Emulator::close()
{
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
    m_port = 0;
}

bool Emulator::isListening() const
{
    return m_server != nullptr;
}

QUrl Emulator::url() const
{
    if (!m_server)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}
