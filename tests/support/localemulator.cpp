#include "localemulator.h"

LocalEmulator::LocalEmulator(const EmulatorOptions &options)
    : m_emulator(std::make_unique<Emulator>(options))
    , m_client(std::make_unique<ApiClient>(&m_network))
{
    if (m_emulator->listen(QHostAddress::LocalHost, 0))
        m_client->setEndpoint(m_emulator->url());
    m_client->setCredential({options.accessKeyId, options.accessKeySecret});
    // With a manual clock, signatures are checked against it: the client signs with it too.
    if (m_emulator->clock().isManual()) {
        const EmulatorClock *clock = &m_emulator->clock();
        m_client->setClock([clock] { return clock->wallNow(); });
    }
}
