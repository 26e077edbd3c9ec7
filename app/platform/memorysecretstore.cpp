#include "memorysecretstore.h"

#include "core/secretwipe.h"

#include <QMetaObject>

MemorySecretStore::MemorySecretStore(const QString &reason, QObject *parent)
    : SecretStore(parent)
    , m_reason(reason)
{}

MemorySecretStore::~MemorySecretStore()
{
    for (QByteArray &secret : m_secrets)
        wipeSecret(secret);
}

SecretStore::Persistence MemorySecretStore::persistence() const
{
    return {Persistence::Kind::MemoryOnly, m_reason};
}

void MemorySecretStore::readSecret(const QString &profileName, QObject *context, Callback done)
{
    const auto found = m_secrets.constFind(profileName);
    if (found == m_secrets.cend()) {
        //: %1 is a profile name.
        const QString message = tr("No AccessKey secret is stored for the profile “%1”.").arg(profileName);
        finishLater(context, std::move(done), SecretResult::failure(SecretResult::Status::NotFound, message));
        return;
    }
    finishLater(context, std::move(done), SecretResult::ok(*found));
}

void MemorySecretStore::writeSecret(const QString &profileName, const QByteArray &secret, QObject *context,
                                    Callback done)
{
    forget(profileName);
    // A copy of its own, so that wiping it never touches the caller's buffer, nor theirs ours.
    m_secrets.insert(profileName, QByteArray(secret.constData(), secret.size()));
    finishLater(context, std::move(done), SecretResult::ok());
}

void MemorySecretStore::removeSecret(const QString &profileName, QObject *context, Callback done)
{
    forget(profileName);
    finishLater(context, std::move(done), SecretResult::ok());
}

void MemorySecretStore::finishLater(QObject *context, Callback done, const SecretResult &result)
{
    Q_ASSERT(context);
    // Posted to the context: if it is destroyed first, the call goes with it.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

void MemorySecretStore::forget(const QString &profileName)
{
    auto found = m_secrets.find(profileName);
    if (found == m_secrets.end())
        return;
    wipeSecret(*found);
    m_secrets.erase(found);
}
