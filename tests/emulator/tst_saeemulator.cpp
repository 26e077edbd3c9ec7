#include "emulator/emulatoroptions.h"
#include "platform/saeapi.h"
#include "support/apitestutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestSaeEmulator : public QObject
{
    Q_OBJECT

private slots:
    void printsItsAddressAndServesSignedRequests();
    void takesCredentialsFromTheEnvironment();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void refusesABadFaultSpec_data();
    void refusesABadFaultSpec();
    void injectsFaultsFromTheCommandLine();
    void reportsAPortInUse();
    void keepsItsStateInAFile();
    void refusesABrokenStateFile();

private:
    /// Starts sae-emulator and returns the URL from its first line (empty on failure).
    QUrl start(QProcess &process, const QStringList &arguments);
};

QUrl TestSaeEmulator::start(QProcess &process, const QStringList &arguments)
{
    process.setProgram(QStringLiteral(SAE_EMULATOR_PATH));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(5000))
        return {};
    if (!QTest::qWaitFor([&process] { return process.canReadLine(); }, 10000))
        return {};
    const QString line = QString::fromUtf8(process.readLine());
    static const QRegularExpression format(u"^sae-emulator listening on (http://127\\.0\\.0\\.1:\\d+)\n$"_s);
    const QRegularExpressionMatch match = format.match(line);
    if (!match.hasMatch()) {
        qWarning() << "unexpected first line" << line;
        return {};
    }
    return QUrl(match.captured(1));
}

void TestSaeEmulator::printsItsAddressAndServesSignedRequests()
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const QUrl url = start(process, {u"--listen"_s, u"127.0.0.1:0"_s});
    QVERIFY(url.isValid());
    QVERIFY(url.port() > 0);

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setEndpoint(url);
    client.setCredential({QString::fromLatin1(EmulatorOptions::demoAccessKeyId),
                          QByteArray(EmulatorOptions::demoAccessKeySecret)});
    const auto fleet = waitForCall(client, SaeApi::listApplications({}));
    QVERIFY2(fleet.isOk(), qPrintable(fleet.isOk() ? QString() : fleet.error().detailedText()));
    QVERIFY(fleet.value().totalSize >= 20);

    client.setCredential({QString::fromLatin1(EmulatorOptions::demoAccessKeyId), "wrong"});
    const auto refused = waitForCall(client, SaeApi::listApplications({}));
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code, u"SignatureDoesNotMatch"_s);

    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSaeEmulator::takesCredentialsFromTheEnvironment()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tFromTheEnvironment"_s);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"environment-secret"_s);
    process.setProcessEnvironment(environment);
    const QUrl url = start(process, {u"--listen"_s, u"127.0.0.1:0"_s, u"--seed"_s, u"7"_s});
    QVERIFY(url.isValid());

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setEndpoint(url);
    client.setCredential({u"LTAI5tFromTheEnvironment"_s, "environment-secret"});
    QVERIFY(waitForCall(client, SaeApi::describeNamespaces()).isOk());
    client.setCredential({QString::fromLatin1(EmulatorOptions::demoAccessKeyId),
                          QByteArray(EmulatorOptions::demoAccessKeySecret)});
    const auto demo = waitForCall(client, SaeApi::describeNamespaces());
    QVERIFY(!demo.isOk());
    QCOMPARE(demo.error().code, u"InvalidAccessKeyId.NotFound"_s);

    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSaeEmulator::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("listen without port") << QStringList{u"--listen"_s, u"127.0.0.1"_s};
    QTest::newRow("listen on a name") << QStringList{u"--listen"_s, u"localhost:0"_s};
    QTest::newRow("port out of range") << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s};
    QTest::newRow("seed not a number")
        << QStringList{u"--seed"_s, u"many"_s, u"--listen"_s, u"127.0.0.1:0"_s};
    QTest::newRow("unknown fleet") << QStringList{u"--fleet"_s, u"huge"_s, u"--listen"_s, u"127.0.0.1:0"_s};
    QTest::newRow("large fleet too large")
        << QStringList{u"--fleet"_s, u"large:10001"_s, u"--listen"_s, u"127.0.0.1:0"_s};
    QTest::newRow("negative rate limit")
        << QStringList{u"--rate-limit"_s, u"-1"_s, u"--listen"_s, u"127.0.0.1:0"_s};
    QTest::newRow("time scale zero") << QStringList{u"--time-scale"_s, u"0"_s, u"--listen"_s,
                                                    u"127.0.0.1:0"_s};
    QTest::newRow("time scale not a number")
        << QStringList{u"--time-scale"_s, u"fast"_s, u"--listen"_s, u"127.0.0.1:0"_s};
}

void TestSaeEmulator::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(SAE_EMULATOR_PATH), arguments);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().startsWith("sae-emulator: "));
}

void TestSaeEmulator::refusesABadFaultSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("rate out of range")
        << u"latency=300ms,error-rate=2"_s
        << QByteArray("sae-emulator: --faults: error-rate must be from 0 to 1, not 2\n");
    QTest::newRow("unknown fault") << u"jitter=5ms"_s
                                   << QByteArray(
                                          "sae-emulator: --faults: unknown fault \"jitter\"; the known ones "
                                          "are latency, error-rate, malformed-rate, truncate-rate, "
                                          "drop-rate, throttling-storm, seed\n");
    QTest::newRow("latency without a unit")
        << u"latency=300"_s
        << QByteArray("sae-emulator: --faults: latency wants a duration in ms or s, like 300ms, 1.5s or "
                      "100ms..800ms, not \"300\"\n");
}

void TestSaeEmulator::refusesABadFaultSpec()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, message);
    QProcess process;
    process.start(QStringLiteral(SAE_EMULATOR_PATH), {u"--listen"_s, u"127.0.0.1:0"_s, u"--faults"_s, spec});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardError(), message);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // it never listened
}

void TestSaeEmulator::injectsFaultsFromTheCommandLine()
{
    QProcess help;
    help.start(QStringLiteral(SAE_EMULATOR_PATH), {u"--help"_s});
    QVERIFY(help.waitForFinished(5000));
    const QByteArray usage = help.readAllStandardOutput();
    QVERIFY(usage.contains("--faults <spec>"));
    QVERIFY(usage.contains("--throttling-storm"));

    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s,
                       u"opsconsole.emulator.gateway.info=true"_s); // whatever ours are
    process.setProcessEnvironment(environment);
    const QUrl url = start(process, {u"--listen"_s, u"127.0.0.1:0"_s, u"--faults"_s, u"latency=20ms,seed=4"_s,
                                     u"--throttling-storm"_s});
    QVERIFY(url.isValid());
    QByteArray log;
    QVERIFY(QTest::qWaitFor(
        [&] {
            log += process.readAllStandardError();
            return log.contains('\n');
        },
        5000));
    QVERIFY2(log.contains("injecting faults: latency=20ms,throttling-storm,seed=4\n"), log.constData());

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setEndpoint(url);
    client.setCredential({QString::fromLatin1(EmulatorOptions::demoAccessKeyId),
                          QByteArray(EmulatorOptions::demoAccessKeySecret)});
    const auto throttled = waitForCall(client, SaeApi::describeNamespaces());
    QVERIFY(!throttled.isOk());
    QCOMPARE(throttled.error().code, u"Throttling.User"_s);
    QCOMPARE(throttled.error().kind, ApiError::Kind::Throttled);
    QCOMPARE(throttled.error().httpStatus, 400);

    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSaeEmulator::reportsAPortInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(QStringLiteral(SAE_EMULATOR_PATH),
                  {u"--listen"_s, u"127.0.0.1:%1"_s.arg(occupant.serverPort())});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("cannot listen on"));
}

void TestSaeEmulator::keepsItsStateInAFile()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"fleet.json"_s);
    QProcess process;
    QVERIFY(
        start(process, {u"--listen"_s, u"127.0.0.1:0"_s, u"--state"_s, path, u"--seed"_s, u"5"_s}).isValid());
    QVERIFY(QFile::exists(path)); // written at start, so a bad path shows at once
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(state.value(u"format"_s).toString(), u"opsconsole-sae-emulator-state"_s);
    QVERIFY(state.value(u"applications"_s).toArray().size() >= 20);

    // A second run carries on from the file.
    QProcess again;
    QVERIFY(start(again, {u"--listen"_s, u"127.0.0.1:0"_s, u"--state"_s, path}).isValid());
    ::kill(pid_t(again.processId()), SIGTERM);
    QVERIFY(again.waitForFinished(5000));
    QCOMPARE(again.exitCode(), 0);
}

void TestSaeEmulator::refusesABrokenStateFile()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"broken.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"opsconsole-sae-emulator-state\", \"version\": 1, \"regionId\": ");
    }
    QProcess process;
    process.start(QStringLiteral(SAE_EMULATOR_PATH), {u"--listen"_s, u"127.0.0.1:0"_s, u"--state"_s, path});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray error = process.readAllStandardError();
    QVERIFY2(error.contains("not valid JSON") && error.contains("left as it is"), error.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().endsWith("\"regionId\": ")); // untouched
}

QTEST_GUILESS_MAIN(TestSaeEmulator)
#include "tst_saeemulator.moc"
