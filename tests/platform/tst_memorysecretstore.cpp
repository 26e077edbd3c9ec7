// The session-only store used when there is no keychain: secrets round-trip in memory, answers
// come later through the event loop like the keychain's, and nobody else's copy of a secret is
// ever overwritten when the store wipes its own.

#include "platform/memorysecretstore.h"
#include "support/secretstorecall.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void saysItKeepsSecretsInMemory();
    void roundTrip();
    void profilesAreSeparate();
    void neverFinishesBeforeReturning();
    void destroyedContextIsNotCalledBack();
    void copiesAreIndependent();
};

void TestMemorySecretStore::saysItKeepsSecretsInMemory()
{
    const MemorySecretStore store(u"No keychain here."_s);
    QCOMPARE(store.persistence().kind, SecretStore::Persistence::Kind::MemoryOnly);
    QVERIFY(!store.persistence().isKeychain());
    QCOMPARE(store.persistence().reason, u"No keychain here."_s);
}

void TestMemorySecretStore::roundTrip()
{
    MemorySecretStore store(u"test"_s);
    SecretStoreCall missing = readSecret(store, u"Retail"_s);
    QVERIFY(missing.result);
    QCOMPARE(missing.result->status(), SecretResult::Status::NotFound);
    QVERIFY2(missing.result->message().contains(u"Retail"), qPrintable(missing.result->message()));
    QCOMPARE(missing.result->secret(), QByteArray());

    SecretStoreCall written = writeSecret(store, u"Retail"_s, "first-secret");
    QVERIFY(written.result);
    QCOMPARE(written.result->status(), SecretResult::Status::Ok);
    QCOMPARE(written.result->secret(), QByteArray());

    SecretStoreCall read = readSecret(store, u"Retail"_s);
    QVERIFY(read.result);
    QVERIFY(read.result->isOk());
    QCOMPARE(read.result->secret(), QByteArray("first-secret"));

    QVERIFY(writeSecret(store, u"Retail"_s, "second-secret").result->isOk());
    QCOMPARE(readSecret(store, u"Retail"_s).result->secret(), QByteArray("second-secret"));

    QVERIFY(removeSecret(store, u"Retail"_s).result->isOk());
    QCOMPARE(readSecret(store, u"Retail"_s).result->status(), SecretResult::Status::NotFound);
    // Removing what is not there succeeds, as with the keychain.
    QVERIFY(removeSecret(store, u"Retail"_s).result->isOk());
}

void TestMemorySecretStore::profilesAreSeparate()
{
    MemorySecretStore store(u"test"_s);
    QVERIFY(writeSecret(store, u"Retail"_s, "retail").result->isOk());
    QVERIFY(writeSecret(store, u"Staging"_s, "staging").result->isOk());
    QCOMPARE(readSecret(store, u"Retail"_s).result->secret(), QByteArray("retail"));
    QCOMPARE(readSecret(store, u"Staging"_s).result->secret(), QByteArray("staging"));
    QVERIFY(removeSecret(store, u"Retail"_s).result->isOk());
    QCOMPARE(readSecret(store, u"Staging"_s).result->secret(), QByteArray("staging"));

    // Another session starts with nothing.
    MemorySecretStore nextSession(u"test"_s);
    QCOMPARE(readSecret(nextSession, u"Staging"_s).result->status(), SecretResult::Status::NotFound);
}

void TestMemorySecretStore::neverFinishesBeforeReturning()
{
    MemorySecretStore store(u"test"_s);
    const SecretStoreCall write = writeSecret(store, u"Retail"_s, "secret");
    const SecretStoreCall read = readSecret(store, u"Retail"_s);
    const SecretStoreCall missing = readSecret(store, u"Nobody"_s);
    const SecretStoreCall remove = removeSecret(store, u"Retail"_s);
    for (const SecretStoreCall &call : {write, read, missing, remove}) {
        QVERIFY(call.result);
        QVERIFY(!call.finishedBeforeReturning);
    }
}

void TestMemorySecretStore::destroyedContextIsNotCalledBack()
{
    MemorySecretStore store(u"test"_s);
    int calls = 0;
    auto context = std::make_unique<QObject>();
    store.writeSecret(u"Retail"_s, "secret", context.get(), [&calls](const SecretResult &) { ++calls; });
    store.readSecret(u"Retail"_s, context.get(), [&calls](const SecretResult &) { ++calls; });
    context.reset();
    QTest::qWait(50);
    QCOMPARE(calls, 0);
    // The write itself happened; only its answer had nobody left to hear it.
    QCOMPARE(readSecret(store, u"Retail"_s).result->secret(), QByteArray("secret"));
}

void TestMemorySecretStore::copiesAreIndependent()
{
    auto store = std::make_unique<MemorySecretStore>(u"test"_s);
    QByteArray callers = "caller-secret";
    QVERIFY(writeSecret(*store, u"Retail"_s, callers).result->isOk());
    callers[0] = 'X';
    const SecretStoreCall read = readSecret(*store, u"Retail"_s);
    QCOMPARE(read.result->secret(), QByteArray("caller-secret"));

    // The store wipes what it forgets, but never a buffer someone else still holds.
    QVERIFY(removeSecret(*store, u"Retail"_s).result->isOk());
    QCOMPARE(read.result->secret(), QByteArray("caller-secret"));
    QVERIFY(writeSecret(*store, u"Retail"_s, "again").result->isOk());
    const SecretStoreCall again = readSecret(*store, u"Retail"_s);
    store.reset();
    QCOMPARE(again.result->secret(), QByteArray("again"));
    QCOMPARE(callers, QByteArray("Xaller-secret"));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
