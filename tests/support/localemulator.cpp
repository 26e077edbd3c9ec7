#include "localemulator.h"

LocalEmulator::LocalEmulator(const EmulatorOptions &options)
    : m_emulator(std::make_unique<Emulator>(options))
    , m_client(std::make_unique<ApiClient>(&m_network))
{
    if (m_emulator->listen(QHostAddress::LocalHost, 0))
        m_client->setEndpoint(m_emulator->url());
    m_client->setCredential({options.accessKeyId, options.accessKeySecret});
    // Sign with the time the gateway checks signatures against: real time, or the manual clock of
    // EmulatorOptions::manualStart, which would otherwise be far outside the 15-minute window.
    m_client->setClock([emulator = m_emulator.get()] { return emulator->clock().wallNow(); });
}
