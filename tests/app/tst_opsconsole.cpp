#include "emulator/emulatoroptions.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOpsConsole : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void help();
    void helpInChinese();
    void version();
    void screenshotOfTheEmbeddedEmulator();
    void screenshotOfARemoteEndpoint();
    void wrongCredentialsFailTheScreenshot();
    void endpointNeedsCredentials();
    void withoutADisplayItSaysWhatToDo();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QProcessEnvironment &environment, int timeout = 30000);
    QProcessEnvironment offscreen() const;

    QTemporaryDir m_dir;
};

void TestOpsConsole::init()
{
    QVERIFY(m_dir.isValid());
}

QProcessEnvironment TestOpsConsole::offscreen() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    return environment;
}

TestOpsConsole::Run TestOpsConsole::run(const QStringList &arguments, const QProcessEnvironment &environment,
                                        int timeout)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OPSCONSOLE_PATH), arguments);
    Run result;
    if (!process.waitForFinished(timeout)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestOpsConsole::help()
{
    const Run result = run({u"--help"_s}, offscreen());
    QCOMPARE(result.exitCode, 0);
    for (const QString &option :
         {u"--lang"_s, u"--endpoint"_s, u"--region"_s, u"--screenshot"_s, u"--version"_s})
        QVERIFY2(result.out.contains(option), qPrintable(option));
    QVERIFY(result.out.contains(u"Serverless App Engine"));
}

void TestOpsConsole::helpInChinese()
{
    const Run result = run({u"--lang"_s, u"zh_CN"_s, u"--help"_s}, offscreen());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"运维控制台"), qPrintable(result.out));
    QVERIFY(result.out.contains(u"--endpoint"));
}

void TestOpsConsole::version()
{
    const Run result = run({u"--version"_s}, offscreen());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), u"opsconsole " OPSCONSOLE_VERSION ""_s);
}

void TestOpsConsole::screenshotOfTheEmbeddedEmulator()
{
    const QString path = m_dir.filePath(u"embedded.png"_s);
    const Run result = run({u"--screenshot"_s, path}, offscreen());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
}

void TestOpsConsole::screenshotOfARemoteEndpoint()
{
    QProcess emulator;
    QProcessEnvironment emulatorEnvironment = QProcessEnvironment::systemEnvironment();
    emulatorEnvironment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tRemoteKey"_s);
    emulatorEnvironment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"remote-secret"_s);
    emulator.setProcessEnvironment(emulatorEnvironment);
    emulator.start(QStringLiteral(SAE_EMULATOR_PATH),
                   {u"--listen"_s, u"127.0.0.1:0"_s, u"--region"_s, u"cn-hangzhou"_s});
    QVERIFY(emulator.waitForStarted());
    QVERIFY(QTest::qWaitFor([&emulator] { return emulator.canReadLine(); }, 10000));
    const QString url = QString::fromUtf8(emulator.readLine()).trimmed().section(u' ', -1);

    QProcessEnvironment environment = offscreen();
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tRemoteKey"_s);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"remote-secret"_s);
    const QString path = m_dir.filePath(u"remote.png"_s);
    const Run result =
        run({u"--endpoint"_s, url, u"--region"_s, u"cn-hangzhou"_s, u"--screenshot"_s, path}, environment);
    emulator.terminate();
    emulator.waitForFinished();
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(!QImage(path).isNull());
}

void TestOpsConsole::wrongCredentialsFailTheScreenshot()
{
    QProcess emulator;
    emulator.start(QStringLiteral(SAE_EMULATOR_PATH), {u"--listen"_s, u"127.0.0.1:0"_s});
    QVERIFY(emulator.waitForStarted());
    QVERIFY(QTest::qWaitFor([&emulator] { return emulator.canReadLine(); }, 10000));
    const QString url = QString::fromUtf8(emulator.readLine()).trimmed().section(u' ', -1);

    QProcessEnvironment environment = offscreen();
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                       QString::fromLatin1(EmulatorOptions::demoAccessKeyId));
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"not-the-secret"_s);
    const QString path = m_dir.filePath(u"refused.png"_s);
    const Run result = run({u"--endpoint"_s, url, u"--screenshot"_s, path}, environment);
    emulator.terminate();
    emulator.waitForFinished();
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(u"SignatureDoesNotMatch"), qPrintable(result.err));
    QVERIFY(!QImage(path).isNull()); // the window, with its error banner, is still saved
}

void TestOpsConsole::endpointNeedsCredentials()
{
    const Run result = run({u"--endpoint"_s, u"https://sae.cn-hangzhou.aliyuncs.com"_s}, offscreen());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"));
}

void TestOpsConsole::withoutADisplayItSaysWhatToDo()
{
    QProcessEnvironment environment = offscreen();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    const Run result = run({}, environment);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(u"xvfb-run -a ./run.sh"));
    QVERIFY(result.err.contains(u"--screenshot"));
}

QTEST_GUILESS_MAIN(TestOpsConsole)
#include "tst_opsconsole.moc"
