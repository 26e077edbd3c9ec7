#pragma once

#include "core/secretstore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPlatformSecrets)

namespace QKeychain {
class Job;
}

/**
 * Keeps secrets in the OS keychain through QtKeychain (Secret Service on Linux), under the
 * service `opsconsole` and the key `profile/<profile name>`. The insecure fallback, which would
 * write secrets into a settings file in plain text, is always off.
 *
 * Requests are QtKeychain jobs followed through their finished signal; nothing waits. The jobs
 * have no parent and delete themselves once finished: the Secret Service backend holds on to a
 * job until its answer arrives, so a job must never be deleted while it runs, not even when the
 * store goes away first. Whether a keychain is there at all is SecretStoreProbe's question.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr char serviceName[] = "opsconsole";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    /// The keychain key of a profile's secret: `profile/<name>`.
    static QString keyFor(const QString &profileName);

    Persistence persistence() const override;
    void readSecret(const QString &profileName, QObject *context, Callback done) override;
    void writeSecret(const QString &profileName, const QByteArray &secret, QObject *context,
                     Callback done) override;
    void removeSecret(const QString &profileName, QObject *context, Callback done) override;

    /// Reads a key no profile uses: NotFound means the keychain answers; anything else says why
    /// it cannot be used.
    void probe(QObject *context, Callback done);

private:
    enum class Operation
    {
        Read,
        Write,
        Remove,
    };

    static void start(QKeychain::Job *job, Operation operation, QObject *context, Callback done);
};
