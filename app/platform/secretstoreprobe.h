#pragma once

#include "core/secretresult.h"
#include "core/secretstore.h"

#include <QCoreApplication>

#include <chrono>
#include <functional>

/**
 * Chooses the session's SecretStore (DESIGN.md section 6): asks the keychain once, with a read of
 * a key no profile uses, and keeps it when it answers; otherwise secrets stay in memory for the
 * session, and the store's persistence() carries the reason for the UI.
 */
class SecretStoreProbe final
{
    Q_DECLARE_TR_FUNCTIONS(SecretStoreProbe)

public:
    SecretStoreProbe() = delete;

    using Callback = std::function<void(SecretStore *store)>;

    /// Long enough for a user to type the keyring's password when it asks for it.
    static constexpr std::chrono::milliseconds defaultTimeout{60000};

    /**
     * Probes the keychain and calls `done` once, from the event loop, with a KeychainSecretStore or
     * a MemorySecretStore that is a child of `owner`. When `owner` is destroyed first, `done` is
     * not called. A keychain that has not answered within `timeout` counts as absent.
     */
    static void choose(QObject *owner, Callback done, std::chrono::milliseconds timeout = defaultTimeout);

    /// What the answer to the probe's read says about the keychain: NotFound (or a value) means
    /// it works; anything else means MemoryOnly, with a reason naming the problem.
    static SecretStore::Persistence persistenceAfter(const SecretResult &probeResult);
    /// The reason given when the keychain did not answer within the timeout.
    static SecretStore::Persistence persistenceAfterTimeout();

private:
    static SecretStore::Persistence memoryOnlyBecause(const QString &problem);
};
