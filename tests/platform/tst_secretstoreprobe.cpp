// The no-keychain path (DESIGN.md section 6): when the keychain cannot be reached, the probe
// settles on a session-only store, says why, keeps the secret in memory, and nothing reaches the
// settings file. The keychain here is really unreachable: this test points the process at a
// D-Bus session bus that does not exist, before anything asks for one. (The keychain test, run
// under tests/with-keyring.sh, covers the path where a Secret Service answers.)

#include "core/profilestore.h"
#include "platform/memorysecretstore.h"
#include "platform/secretstoreprobe.h"
#include "support/secretstorecall.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(SecretResult)

class TestSecretStoreProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void persistenceAfterProbe_data();
    void persistenceAfterProbe();
    void persistenceAfterTimeout();
    void noKeychainKeepsSecretsInMemory();
    void ownerDestroyedFirst();

private:
    QTemporaryDir m_directory;
};

void TestSecretStoreProbe::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const QByteArray nowhere = "unix:path=" + QFile::encodeName(m_directory.filePath(u"no-such-bus"_s));
    qputenv("DBUS_SESSION_BUS_ADDRESS", nowhere);
}

void TestSecretStoreProbe::persistenceAfterProbe_data()
{
    QTest::addColumn<SecretResult>("probe");
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<QString>("problem");

    QTest::newRow("nothing stored") << SecretResult::failure(SecretResult::Status::NotFound,
                                                             u"Entry not found"_s)
                                    << true << QString();
    QTest::newRow("something stored") << SecretResult::ok("x") << true << QString();
    QTest::newRow("no backend") << SecretResult::failure(SecretResult::Status::Unavailable, u"no daemon"_s)
                                << false << u"No keychain is available (no daemon)."_s;
    QTest::newRow("denied") << SecretResult::failure(SecretResult::Status::AccessDenied, u"locked"_s) << false
                            << u"Access to the keychain was denied (locked)."_s;
    QTest::newRow("other error") << SecretResult::failure(SecretResult::Status::Failed, u"bus gone"_s)
                                 << false << u"The keychain cannot be used (bus gone)."_s;
}

void TestSecretStoreProbe::persistenceAfterProbe()
{
    QFETCH(SecretResult, probe);
    QFETCH(bool, keychain);
    QFETCH(QString, problem);
    const SecretStore::Persistence persistence = SecretStoreProbe::persistenceAfter(probe);
    QCOMPARE(persistence.isKeychain(), keychain);
    if (keychain) {
        QCOMPARE(persistence.reason, QString());
        return;
    }
    QCOMPARE(persistence.kind, SecretStore::Persistence::Kind::MemoryOnly);
    QCOMPARE(persistence.reason, problem
                                     + u" AccessKey secrets are kept in memory for this session only and "
                                       "must be entered again next time."_s);
}

void TestSecretStoreProbe::persistenceAfterTimeout()
{
    const SecretStore::Persistence persistence = SecretStoreProbe::persistenceAfterTimeout();
    QCOMPARE(persistence.kind, SecretStore::Persistence::Kind::MemoryOnly);
    QVERIFY2(persistence.reason.startsWith(u"The keychain did not answer in time."),
             qPrintable(persistence.reason));
}

void TestSecretStoreProbe::noKeychainKeepsSecretsInMemory()
{
    QObject owner;
    SecretStore *store = nullptr;
    int calls = 0;
    SecretStoreProbe::choose(&owner, [&](SecretStore *chosen) {
        store = chosen;
        ++calls;
    });
    QCOMPARE(calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 30000);
    QVERIFY(store);
    QVERIFY(qobject_cast<MemorySecretStore *>(store));
    QCOMPARE(store->parent(), &owner);

    // It says so, and why.
    const SecretStore::Persistence persistence = store->persistence();
    QCOMPARE(persistence.kind, SecretStore::Persistence::Kind::MemoryOnly);
    QVERIFY2(persistence.reason.startsWith(u"The keychain cannot be used ("), qPrintable(persistence.reason));
    QVERIFY2(persistence.reason.endsWith(
                 u"kept in memory for this session only and must be entered again next time."),
             qPrintable(persistence.reason));

    // It keeps the secret for the session.
    const QByteArray secret = "NoKeychainSecretNotReal";
    const SecretStoreCall written = writeSecret(*store, u"Retail"_s, secret);
    QVERIFY(written.result);
    QVERIFY(written.result->isOk());
    const SecretStoreCall read = readSecret(*store, u"Retail"_s);
    QVERIFY(read.result);
    QCOMPARE(read.result->secret(), secret);

    // And the profile saved next to it carries no trace of it.
    const QString path = m_directory.filePath(u"opsconsole.ini"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore profiles(&settings);
        Profile profile;
        profile.name = u"Retail"_s;
        profile.regions = {u"cn-hangzhou"_s};
        profile.accessKeyId = u"LTAI5tNoKeychain"_s;
        QCOMPARE(profiles.add(profile), QList<ProfileError>());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("LTAI5tNoKeychain"), bytes.constData());
    QVERIFY2(!bytes.contains(secret), bytes.constData());
    QVERIFY2(!bytes.contains(secret.toBase64()), bytes.constData());

    // Nothing is left over from the keychain attempt but the chosen store.
    QTest::qWait(50);
    QCOMPARE(owner.children(), QObjectList{store});
}

void TestSecretStoreProbe::ownerDestroyedFirst()
{
    int calls = 0;
    {
        QObject owner;
        SecretStoreProbe::choose(&owner, [&calls](SecretStore *) { ++calls; });
    }
    QTest::qWait(500);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestSecretStoreProbe)
#include "tst_secretstoreprobe.moc"
