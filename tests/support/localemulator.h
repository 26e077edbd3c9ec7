#pragma once

#include "emulator/emulator.h"
#include "platform/apiclient.h"

#include <QNetworkAccessManager>

#include <memory>

/**
 * Test fixture: an SAE emulator listening on 127.0.0.1 in this process, and an ApiClient pointed
 * at it with the emulator's credentials, signing with the emulator's clock (manual or real).
 */
class LocalEmulator
{
public:
    explicit LocalEmulator(const EmulatorOptions &options = {});

    bool isListening() const { return m_emulator->isListening(); }
    Emulator &emulator() { return *m_emulator; }
    ApiClient &client() { return *m_client; }
    QNetworkAccessManager &network() { return m_network; }

private:
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};
