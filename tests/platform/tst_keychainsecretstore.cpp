// Secrets through the real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/with-keyring.sh): the probe keeps the keychain, a profile's secret makes the round trip
// write -> read -> delete under the documented service and key, nothing ever finishes before the
// request returns, and a whole import lands in the keychain and the settings file without the
// settings file ever seeing a secret.

#include "core/aliyunconfigimport.h"
#include "core/profilestore.h"
#include "platform/keychainsecretstore.h"
#include "platform/memorysecretstore.h"
#include "platform/secretstoreprobe.h"
#include "support/secretstorecall.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// The secret as another program would find it: QtKeychain's own job, nothing of ours.
std::pair<QKeychain::Error, QByteArray> readDirectly(const QString &key)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(KeychainSecretStore::serviceName));
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(10000))
        return {QKeychain::OtherError, {}};
    return {job.error(), job.binaryData()};
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void probeKeepsTheKeychain();
    void roundTrip();
    void storedUnderTheServiceAndKey();
    void bytesThatAreNotText();
    void neverFinishesBeforeReturning();
    void requestOutlivesTheStore();
    void importedSecretsNeverReachTheSettingsFile();
    void silentKeychainCountsAsNone();
};

void TestKeychainSecretStore::probeKeepsTheKeychain()
{
    QObject owner;
    SecretStore *store = nullptr;
    SecretStoreProbe::choose(&owner, [&store](SecretStore *chosen) { store = chosen; });
    QTRY_VERIFY_WITH_TIMEOUT(store, 20000);
    QVERIFY(qobject_cast<KeychainSecretStore *>(store));
    QCOMPARE(store->parent(), &owner);
    QCOMPARE(store->persistence().kind, SecretStore::Persistence::Kind::Keychain);
    QCOMPARE(store->persistence().reason, QString());
    QTest::qWait(50);
    QCOMPARE(owner.children(), QObjectList{store}); // the probe's timer is gone
}

void TestKeychainSecretStore::roundTrip()
{
    KeychainSecretStore store;
    const QString profile = u"Retail production"_s;

    const SecretStoreCall missing = readSecret(store, profile);
    QVERIFY(missing.result);
    QCOMPARE(missing.result->status(), SecretResult::Status::NotFound);

    const SecretStoreCall written = writeSecret(store, profile, "RoundTripSecretNotReal");
    QVERIFY(written.result);
    QVERIFY2(written.result->isOk(), qPrintable(written.result->message()));

    const SecretStoreCall read = readSecret(store, profile);
    QVERIFY(read.result);
    QVERIFY2(read.result->isOk(), qPrintable(read.result->message()));
    QCOMPARE(read.result->secret(), QByteArray("RoundTripSecretNotReal"));

    QVERIFY(writeSecret(store, profile, "ReplacedSecretNotReal").result->isOk());
    QCOMPARE(readSecret(store, profile).result->secret(), QByteArray("ReplacedSecretNotReal"));

    const SecretStoreCall removed = removeSecret(store, profile);
    QVERIFY(removed.result);
    QVERIFY2(removed.result->isOk(), qPrintable(removed.result->message()));
    QCOMPARE(readSecret(store, profile).result->status(), SecretResult::Status::NotFound);
    QCOMPARE(readDirectly(KeychainSecretStore::keyFor(profile)).first, QKeychain::EntryNotFound);
    // Removing what is not there succeeds.
    QVERIFY(removeSecret(store, profile).result->isOk());
}

void TestKeychainSecretStore::storedUnderTheServiceAndKey()
{
    QCOMPARE(QString::fromLatin1(KeychainSecretStore::serviceName), u"opsconsole"_s);
    QCOMPARE(KeychainSecretStore::keyFor(u"shop/prod"_s), u"profile/shop/prod"_s);

    KeychainSecretStore store;
    QVERIFY(writeSecret(store, u"shop/prod"_s, "KeyedSecretNotReal").result->isOk());
    const auto [error, secret] = readDirectly(u"profile/shop/prod"_s);
    QCOMPARE(error, QKeychain::NoError);
    QCOMPARE(secret, QByteArray("KeyedSecretNotReal"));
    QVERIFY(removeSecret(store, u"shop/prod"_s).result->isOk());
    QCOMPARE(readDirectly(u"profile/shop/prod"_s).first, QKeychain::EntryNotFound);
}

void TestKeychainSecretStore::bytesThatAreNotText()
{
    KeychainSecretStore store;
    const QByteArray binary("\xff\x00\xfe secret \x80", 12);
    QVERIFY(writeSecret(store, u"Binary"_s, binary).result->isOk());
    QCOMPARE(readSecret(store, u"Binary"_s).result->secret(), binary);
    QVERIFY(removeSecret(store, u"Binary"_s).result->isOk());
}

void TestKeychainSecretStore::neverFinishesBeforeReturning()
{
    KeychainSecretStore store;
    const SecretStoreCall write = writeSecret(store, u"Async"_s, "AsyncSecretNotReal");
    const SecretStoreCall read = readSecret(store, u"Async"_s);
    const SecretStoreCall remove = removeSecret(store, u"Async"_s);
    const SecretStoreCall missing = readSecret(store, u"Async"_s);
    for (const SecretStoreCall &call : {write, read, remove, missing}) {
        QVERIFY(call.result);
        QVERIFY(!call.finishedBeforeReturning);
    }
    QCOMPARE(missing.result->status(), SecretResult::Status::NotFound);
}

void TestKeychainSecretStore::requestOutlivesTheStore()
{
    std::optional<SecretResult> written;
    {
        KeychainSecretStore store;
        store.writeSecret(u"Orphan"_s, "OrphanSecretNotReal", this,
                          [&written](const SecretResult &result) { written = result; });
    }
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    QVERIFY2(written->isOk(), qPrintable(written->message()));
    KeychainSecretStore another;
    QCOMPARE(readSecret(another, u"Orphan"_s).result->secret(), QByteArray("OrphanSecretNotReal"));
    QVERIFY(removeSecret(another, u"Orphan"_s).result->isOk());
}

void TestKeychainSecretStore::importedSecretsNeverReachTheSettingsFile()
{
    ProfileImport imported =
        AliyunConfigImport::fromFile(QStringLiteral(OPSCONSOLE_TEST_FIXTURES "/aliyun-config.json"));
    QCOMPARE(imported.profiles.size(), 2);
    QByteArrayList secrets;
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"opsconsole.ini"_s);
    KeychainSecretStore keychain;
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore profiles(&settings);
        QVERIFY(profiles.ensureLocalEmulatorProfile());
        for (ImportedProfile &profile : imported.profiles) {
            QCOMPARE(profiles.add(profile.profile), QList<ProfileError>());
            const SecretStoreCall written =
                writeSecret(keychain, profile.profile.name, profile.accessKeySecret);
            QVERIFY(written.result);
            QVERIFY2(written.result->isOk(), qPrintable(written.result->message()));
            secrets.append(QByteArray(profile.accessKeySecret.constData(), profile.accessKeySecret.size()));
        }
        QVERIFY(profiles.setCurrentProfileName(imported.currentProfileName));
    }

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("LTAI5tFixtureDefault01"), bytes.constData());
    QVERIFY2(bytes.contains("LTAI5tFixtureShopProd02"), bytes.constData());
    QVERIFY2(bytes.contains("currentProfile=shop-prod"), bytes.constData());
    QCOMPARE(secrets, (QByteArrayList{"FixtureDefaultSecretNotReal01", "FixtureShopProdSecretNotReal02"}));
    for (const QByteArray &secret : std::as_const(secrets)) {
        QVERIFY2(!bytes.contains(secret), bytes.constData());
        QVERIFY2(!bytes.contains(secret.toBase64()), bytes.constData());
        QVERIFY2(!bytes.contains(secret.toPercentEncoding()), bytes.constData());
    }
    QVERIFY2(!bytes.contains("NotReal"), bytes.constData());

    // The next session finds every profile in the file and its secret in the keychain.
    QSettings settings(path, QSettings::IniFormat);
    const StoredProfiles stored = ProfileStore(&settings).load();
    QCOMPARE(stored.profiles.size(), 3);
    QCOMPARE(stored.currentProfileName, u"shop-prod"_s);
    KeychainSecretStore nextSession;
    QCOMPARE(readSecret(nextSession, u"default"_s).result->secret(), secrets.at(0));
    QCOMPARE(readSecret(nextSession, u"shop-prod"_s).result->secret(), secrets.at(1));
    QCOMPARE(readSecret(nextSession, u"Local emulator"_s).result->status(), SecretResult::Status::NotFound);
    QVERIFY(removeSecret(nextSession, u"default"_s).result->isOk());
    QVERIFY(removeSecret(nextSession, u"shop-prod"_s).result->isOk());
}

void TestKeychainSecretStore::silentKeychainCountsAsNone()
{
    // A keychain that has not answered by the deadline counts as none; with no time at all, even
    // this one has not.
    QObject owner;
    SecretStore *store = nullptr;
    SecretStoreProbe::choose(
        &owner, [&store](SecretStore *chosen) { store = chosen; }, 0ms);
    QTRY_VERIFY_WITH_TIMEOUT(store, 10000);
    QVERIFY(qobject_cast<MemorySecretStore *>(store));
    QCOMPARE(store->persistence(), SecretStoreProbe::persistenceAfterTimeout());
    // The probe's late answer finds nobody to tell.
    QTest::qWait(1000);
    QCOMPARE(owner.children(), QObjectList{store});
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
