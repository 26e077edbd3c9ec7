#include "secretstoreprobe.h"

#include "platform/keychainsecretstore.h"
#include "platform/memorysecretstore.h"

#include <QLoggingCategory>
#include <QTimer>

#include <memory>

void SecretStoreProbe::choose(QObject *owner, Callback done, std::chrono::milliseconds timeout)
{
    Q_ASSERT(owner);
    // The keychain store is the context of the probe's answer and of the timer: both end with it,
    // and it ends with the owner.
    auto *keychain = new KeychainSecretStore(owner);
    auto *timer = new QTimer(keychain);
    timer->setSingleShot(true);
    auto decided = std::make_shared<bool>(false);
    auto decide = [owner, keychain, timer, decided,
                   done = std::move(done)](const SecretStore::Persistence &found) {
        if (*decided)
            return;
        *decided = true;
        timer->deleteLater();
        if (found.isKeychain()) {
            qCInfo(lcPlatformSecrets) << "AccessKey secrets are kept in the keychain";
            done(keychain);
            return;
        }
        qCWarning(lcPlatformSecrets).noquote()
            << "AccessKey secrets are kept in memory only:" << found.reason;
        keychain->deleteLater();
        done(new MemorySecretStore(found.reason, owner));
    };
    QObject::connect(timer, &QTimer::timeout, keychain, [decide] { decide(persistenceAfterTimeout()); });
    timer->start(timeout);
    keychain->probe(keychain, [decide](const SecretResult &result) { decide(persistenceAfter(result)); });
}

SecretStore::Persistence SecretStoreProbe::persistenceAfter(const SecretResult &probeResult)
{
    QString problem;
    switch (probeResult.status()) {
    case SecretResult::Status::Ok:
    case SecretResult::Status::NotFound:
        return {SecretStore::Persistence::Kind::Keychain, {}};
    case SecretResult::Status::AccessDenied:
        //: %1 is the keychain's own explanation, in English.
        problem = tr("Access to the keychain was denied (%1).").arg(probeResult.message());
        break;
    case SecretResult::Status::Unavailable:
        //: %1 is the keychain's own explanation, in English.
        problem = tr("No keychain is available (%1).").arg(probeResult.message());
        break;
    case SecretResult::Status::Failed:
        //: %1 is the keychain's own explanation, in English.
        problem = tr("The keychain cannot be used (%1).").arg(probeResult.message());
        break;
    }
    return memoryOnlyBecause(problem);
}

SecretStore::Persistence SecretStoreProbe::persistenceAfterTimeout()
{
    return memoryOnlyBecause(tr("The keychain did not answer in time."));
}

SecretStore::Persistence SecretStoreProbe::memoryOnlyBecause(const QString &problem)
{
    const QString consequence =
        tr("AccessKey secrets are kept in memory for this session only and must be entered again next time.");
    //: %1 is a sentence saying why the keychain cannot be used, %2 the sentence saying what that means.
    const QString reason = tr("%1 %2").arg(problem, consequence);
    return {SecretStore::Persistence::Kind::MemoryOnly, reason};
}
