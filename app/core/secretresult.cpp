#include "secretresult.h"

#include "core/secretwipe.h"

SecretResult::SecretResult(Status status, const QByteArray &secret, const QString &message)
    : m_status(status)
    , m_secret(secret)
    , m_message(message)
{}

SecretResult::~SecretResult()
{
    wipeSecret(m_secret);
}

SecretResult SecretResult::ok(const QByteArray &secret)
{
    return SecretResult(Status::Ok, secret, {});
}

SecretResult SecretResult::failure(Status status, const QString &message)
{
    Q_ASSERT(status != Status::Ok);
    return SecretResult(status, {}, message);
}
