// Proves what the keychain tests stand on: under tests/with-keyring.sh, QtKeychain reaches a real,
// unlocked Secret Service (gnome-keyring in a private D-Bus session) and a secret makes the round
// trip write -> read -> delete -> gone.

#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

class TestKeychainHarness : public QObject
{
    Q_OBJECT

private slots:
    void secretRoundTrip();

private:
    /// Runs a job to completion and returns its error (QKeychain::NoError on success).
    static QKeychain::Error finish(QKeychain::Job &job);
};

QKeychain::Error TestKeychainHarness::finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(10000))
        return QKeychain::OtherError;
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        qWarning() << "keychain:" << job.error() << job.errorString();
    return job.error();
}

void TestKeychainHarness::secretRoundTrip()
{
    const QString service = u"opsconsole-test-harness"_s;
    const QString key = u"profile/LTAI5tHarness"_s;

    QKeychain::WritePasswordJob write(service);
    write.setKey(key);
    write.setTextData(u"s3cr3t-for-the-harness"_s);
    QCOMPARE(finish(write), QKeychain::NoError);

    QKeychain::ReadPasswordJob read(service);
    read.setKey(key);
    QCOMPARE(finish(read), QKeychain::NoError);
    QCOMPARE(read.textData(), u"s3cr3t-for-the-harness"_s);

    QKeychain::DeletePasswordJob remove(service);
    remove.setKey(key);
    QCOMPARE(finish(remove), QKeychain::NoError);

    QKeychain::ReadPasswordJob gone(service);
    gone.setKey(key);
    QCOMPARE(finish(gone), QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(TestKeychainHarness)
#include "tst_keychainharness.moc"
