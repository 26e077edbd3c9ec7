#pragma once

#include "core/secretstore.h"

#include <QObject>
#include <QTest>

#include <chrono>
#include <functional>
#include <optional>

/** How one SecretStore request went, as a test sees it. */
struct SecretStoreCall
{
    std::optional<SecretResult> result; ///< empty: it did not finish in time
    bool finishedBeforeReturning = false;
};

/**
 * Runs one SecretStore request through the event loop, the way the console would, with a context
 * that lives only as long as the wait: an answer that comes later is dropped, not delivered into a
 * finished test.
 */
inline SecretStoreCall callSecretStore(const std::function<void(QObject *, SecretStore::Callback)> &request,
                                       std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    QObject context;
    SecretStoreCall call;
    bool returned = false;
    request(&context, [&call, &returned](const SecretResult &result) {
        call.finishedBeforeReturning = !returned;
        call.result = result;
    });
    returned = true;
    // A request that does not finish in time leaves `result` empty, which the test reports.
    [[maybe_unused]] const bool finished =
        QTest::qWaitFor([&call] { return call.result.has_value(); }, int(timeout.count()));
    return call;
}

inline SecretStoreCall readSecret(SecretStore &store, const QString &profileName)
{
    return callSecretStore(
        [&](QObject *context, SecretStore::Callback done) { store.readSecret(profileName, context, done); });
}

inline SecretStoreCall writeSecret(SecretStore &store, const QString &profileName, const QByteArray &secret)
{
    return callSecretStore([&](QObject *context, SecretStore::Callback done) {
        store.writeSecret(profileName, secret, context, done);
    });
}

inline SecretStoreCall removeSecret(SecretStore &store, const QString &profileName)
{
    return callSecretStore([&](QObject *context, SecretStore::Callback done) {
        store.removeSecret(profileName, context, done);
    });
}
