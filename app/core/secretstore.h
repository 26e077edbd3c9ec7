#pragma once

#include "core/secretresult.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

/**
 * Where AccessKey secrets live (DESIGN.md section 6), one per profile name. The platform layer
 * provides a keychain-backed store and a session-only one; whoever holds a SecretStore asks
 * persistence() to tell the user which it got.
 *
 * Every request is asynchronous: it never finishes before the call returns, and it never blocks
 * or spins an event loop. `done` is called exactly once, unless `context` is destroyed first, in
 * which case it is not called at all; `context` belongs to the store's thread. Implementations
 * never log a secret and never write one anywhere but their backend.
 */
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    /** Whether secrets outlive the session, and if not, why: the UI shows the reason. */
    struct Persistence
    {
        enum class Kind
        {
            Keychain,   ///< in the OS keychain; they outlive the session
            MemoryOnly, ///< in this process's memory; they are gone when the console quits
        };

        Kind kind = Kind::MemoryOnly;
        /// For MemoryOnly: a translated sentence saying why there is no keychain. Empty otherwise.
        QString reason;

        bool isKeychain() const { return kind == Kind::Keychain; }

        friend bool operator==(const Persistence &, const Persistence &) = default;
    };

    using Callback = std::function<void(const SecretResult &result)>;

    ~SecretStore() override;

    virtual Persistence persistence() const = 0;

    /// The profile's secret; SecretResult::Status::NotFound when none is stored.
    virtual void readSecret(const QString &profileName, QObject *context, Callback done) = 0;
    /// Stores or replaces the profile's secret.
    virtual void writeSecret(const QString &profileName, const QByteArray &secret, QObject *context,
                             Callback done) = 0;
    /// Forgets the profile's secret; removing a secret that is not there succeeds.
    virtual void removeSecret(const QString &profileName, QObject *context, Callback done) = 0;

protected:
    explicit SecretStore(QObject *parent = nullptr);
};
