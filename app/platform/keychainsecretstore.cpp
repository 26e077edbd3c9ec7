#include "keychainsecretstore.h"

#include "core/secretwipe.h"
#include <QUtf8StringView>

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcPlatformSecrets, "opsconsole.platform.secrets", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

const QString s_probeKey = u"probe"_s;

SecretResult::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretResult::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return SecretResult::Status::Failed;
    }
    return SecretResult::Status::Failed;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::keyFor(const QString &profileName)
{
    return u"profile/"_s + profileName;
}

SecretStore::Persistence KeychainSecretStore::persistence() const
{
    return {Persistence::Kind::Keychain, {}};
}

void KeychainSecretStore::readSecret(const QString &profileName, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(serviceName));
    job->setKey(keyFor(profileName));
    start(job, Operation::Read, context, std::move(done));
}

void KeychainSecretStore::writeSecret(const QString &profileName, const QByteArray &secret, QObject *context,
                                      Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(serviceName));
    job->setKey(keyFor(profileName));
    // As text, the way a person would find an AccessKey secret in the keyring's own tools; bytes
    // that are not UTF-8 would not survive that, so they go in as binary.
    if (QUtf8StringView(secret).isValidUtf8()) {
        QString text = QString::fromUtf8(secret);
        job->setTextData(text);
        wipeSecret(text);
    } else {
        job->setBinaryData(secret);
    }
    start(job, Operation::Write, context, std::move(done));
}

void KeychainSecretStore::removeSecret(const QString &profileName, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(serviceName));
    job->setKey(keyFor(profileName));
    start(job, Operation::Remove, context, std::move(done));
}

void KeychainSecretStore::probe(QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(serviceName));
    job->setKey(s_probeKey);
    start(job, Operation::Read, context, std::move(done));
}

void KeychainSecretStore::start(QKeychain::Job *job, Operation operation, QObject *context, Callback done)
{
    Q_ASSERT(context);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    // The context, not this store, receives the answer: a request may outlive the store that made
    // it, and an answer nobody waits for any more is dropped with its context.
    connect(
        job, &QKeychain::Job::finished, context,
        [operation, done = std::move(done)](QKeychain::Job *finished) {
            SecretResult::Status status = statusOf(finished->error());
            // Removing what is not there leaves the keychain as asked: that is success.
            if (operation == Operation::Remove && status == SecretResult::Status::NotFound)
                status = SecretResult::Status::Ok;
            if (status != SecretResult::Status::Ok) {
                if (status != SecretResult::Status::NotFound) {
                    qCWarning(lcPlatformSecrets).nospace()
                        << "keychain request for " << finished->key() << " failed: " << finished->error()
                        << " " << finished->errorString();
                }
                done(SecretResult::failure(status, finished->errorString()));
                return;
            }
            if (operation != Operation::Read) {
                done(SecretResult::ok());
                return;
            }
            auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
            QByteArray secret = read ? read->binaryData() : QByteArray();
            done(SecretResult::ok(secret));
            wipeSecret(secret);
        },
        Qt::SingleShotConnection);
    job->start();
}
