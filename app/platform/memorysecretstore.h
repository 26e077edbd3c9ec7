#pragma once

#include "core/secretstore.h"

#include <QHash>

/**
 * Keeps secrets in this process's memory for the session, when there is no keychain to keep them
 * (DESIGN.md section 6): nothing reaches a disk, and the user is told why through persistence().
 * Secrets are wiped when they are replaced or removed and when the store goes away.
 */
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    /// `reason`: a translated sentence saying why secrets stay in memory, for the UI.
    explicit MemorySecretStore(const QString &reason, QObject *parent = nullptr);
    ~MemorySecretStore() override;

    Persistence persistence() const override;
    void readSecret(const QString &profileName, QObject *context, Callback done) override;
    void writeSecret(const QString &profileName, const QByteArray &secret, QObject *context,
                     Callback done) override;
    void removeSecret(const QString &profileName, QObject *context, Callback done) override;

private:
    /// Calls `done` from the event loop, as the keychain would: never before the request returns.
    static void finishLater(QObject *context, Callback done, const SecretResult &result);
    void forget(const QString &profileName);

    QString m_reason;
    QHash<QString, QByteArray> m_secrets;
};
