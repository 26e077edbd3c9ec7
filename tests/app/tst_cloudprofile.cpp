// The console connecting as an Alibaba Cloud profile: the profile in QSettings, its AccessKey
// secret in the real Secret Service (this test runs under tests/with-keyring.sh), the endpoint a
// sae-emulator process standing in for sae.<region>.aliyuncs.com.

#include "core/profilestore.h"
#include "platform/keychainsecretstore.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCloudProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectsWithTheKeychainSecret();
    void aProfileWithoutASecretSaysSo();
    void anUnknownProfileIsRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };
    Run run(const QStringList &arguments);
    void addProfile(const QString &name);
    static constexpr char16_t accessKeyId[] = u"LTAI5tCloudProfileKey";
    static constexpr char secret[] = "cloud-profile-secret-0123456789";

    QProcess m_emulator;
    QString m_url;
    QTemporaryDir m_dir;
};

void TestCloudProfile::initTestCase()
{
    QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")); // with-keyring.sh
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, QString::fromUtf16(accessKeyId));
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, QString::fromLatin1(secret));
    m_emulator.setProcessEnvironment(environment);
    m_emulator.start(QStringLiteral(SAE_EMULATOR_PATH), {u"--listen"_s, u"127.0.0.1:0"_s});
    QVERIFY(m_emulator.waitForStarted());
    QVERIFY(QTest::qWaitFor([this] { return m_emulator.canReadLine(); }, 10000));
    m_url = QString::fromUtf8(m_emulator.readLine()).trimmed().section(u' ', -1);

    addProfile(u"Shenzhen prod"_s);
    addProfile(u"No secret"_s);
    KeychainSecretStore store;
    std::optional<SecretResult> written;
    store.writeSecret(u"Shenzhen prod"_s, QByteArray(secret), this,
                      [&written](const SecretResult &result) { written = result; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    QVERIFY2(written->isOk(), qPrintable(written->message()));
}

void TestCloudProfile::cleanupTestCase()
{
    m_emulator.terminate();
    m_emulator.waitForFinished();
}

void TestCloudProfile::addProfile(const QString &name)
{
    QSettings settings; // the console's own file, under with-keyring.sh's XDG_CONFIG_HOME
    ProfileStore store(&settings);
    Profile profile;
    profile.name = name;
    profile.kind = ProfileKind::AlibabaCloud;
    profile.regions = {u"cn-shenzhen"_s};
    profile.saeEndpointOverride = QUrl(m_url);
    profile.accessKeyId = QString::fromUtf16(accessKeyId);
    QVERIFY(store.add(profile).isEmpty());
    settings.sync();
}

TestCloudProfile::Run TestCloudProfile::run(const QStringList &arguments)
{
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    console.setProcessEnvironment(environment);
    console.start(QStringLiteral(OPSCONSOLE_PATH), arguments);
    Run result;
    if (!console.waitForFinished(60000)) {
        console.kill();
        console.waitForFinished();
        return result;
    }
    result.exitCode = console.exitStatus() == QProcess::NormalExit ? console.exitCode() : -2;
    result.err = QString::fromUtf8(console.readAllStandardError());
    return result;
}

void TestCloudProfile::connectsWithTheKeychainSecret()
{
    const QString path = m_dir.filePath(u"cloud.png"_s);
    const Run result = run({u"--profile"_s, u"Shenzhen prod"_s, u"--screenshot"_s, path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err)); // the first page loaded, signed with it
    QVERIFY(!QImage(path).isNull());

    // The console remembered the profile, and its settings never saw the secret.
    QSettings settings;
    QCOMPARE(settings.value(u"currentProfile"_s).toString(), u"Shenzhen prod"_s);
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("LTAI5tCloudProfileKey"));
    QVERIFY(!bytes.contains(secret));
    QVERIFY(!bytes.contains(QByteArray(secret).toBase64()));
}

void TestCloudProfile::aProfileWithoutASecretSaysSo()
{
    const Run result =
        run({u"--profile"_s, u"No secret"_s, u"--screenshot"_s, m_dir.filePath(u"none.png"_s)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"No AccessKey secret for profile \"No secret\""), qPrintable(result.err));
}

void TestCloudProfile::anUnknownProfileIsRefused()
{
    const Run result = run({u"--profile"_s, u"Hangzhou"_s, u"--screenshot"_s, m_dir.filePath(u"x.png"_s)});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"There is no profile \"Hangzhou\""), qPrintable(result.err));
    QVERIFY(result.err.contains(u"Shenzhen prod"));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"OpsConsole"_s); // the console's settings file
    QCoreApplication::setApplicationName(u"opsconsole"_s);
    TestCloudProfile test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_cloudprofile.moc"
