#pragma once

#include <QByteArray>
#include <QString>

/**
 * How one SecretStore request ended, as a value. A successful read carries the secret; every
 * failure carries the kind of failure and the backend's explanation, which never contains the
 * secret. The secret is wiped when the last copy of the result goes away.
 */
class SecretResult
{
public:
    enum class Status
    {
        Ok,
        NotFound,     ///< nothing is stored for that profile
        AccessDenied, ///< the keychain is locked and stays so, or the user refused access
        Unavailable,  ///< there is no keychain to ask
        Failed,       ///< anything else the backend reported
    };

    static SecretResult ok(const QByteArray &secret = {});
    static SecretResult failure(Status status, const QString &message);

    SecretResult(const SecretResult &other) = default;
    SecretResult(SecretResult &&other) noexcept = default;
    SecretResult &operator=(const SecretResult &other) = default;
    SecretResult &operator=(SecretResult &&other) noexcept = default;
    ~SecretResult();

    bool isOk() const { return m_status == Status::Ok; }
    Status status() const { return m_status; }
    /// The secret of a successful read; empty otherwise.
    const QByteArray &secret() const { return m_secret; }
    /// Why the request failed; empty on success.
    const QString &message() const { return m_message; }

private:
    SecretResult(Status status, const QByteArray &secret, const QString &message);

    Status m_status = Status::Ok;
    QByteArray m_secret;
    QString m_message;
};
