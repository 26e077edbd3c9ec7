// Requests per second the SAE emulator serves: the real `sae-emulator` process (rate limit off)
// answers signed calls from ApiClient over loopback, with a fixed number in flight. The client
// signs every request (V3), so the numbers are end to end. It prints numbers and asserts nothing
// about them.

#include "platform/apiclient.h"
#include "platform/saeapi.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace {

using namespace Qt::StringLiterals;

/** Keeps `inFlight` calls going until `total` have answered; then reports. */
class LoadRun
{
public:
    LoadRun(ApiClient *client, std::function<ApiReply *(LoadRun *)> send, int total, int inFlight)
        : m_client(client)
        , m_send(std::move(send))
        , m_total(total)
        , m_inFlight(inFlight)
    {}

    void start(std::function<void()> done)
    {
        m_done = std::move(done);
        m_timer.start();
        for (int i = 0; i < m_inFlight; ++i)
            sendNext();
    }

    void answered(bool ok)
    {
        ++m_answered;
        m_failed += ok ? 0 : 1;
        if (m_answered == m_total) {
            m_elapsedMs = m_timer.elapsed();
            m_done();
            return;
        }
        sendNext();
    }

    double perSecond() const { return m_elapsedMs > 0 ? 1000.0 * m_answered / double(m_elapsedMs) : 0; }
    int failed() const { return m_failed; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    ApiClient *client() const { return m_client; }

private:
    void sendNext()
    {
        if (m_sent < m_total) {
            ++m_sent;
            m_send(this);
        }
    }

    ApiClient *m_client;
    std::function<ApiReply *(LoadRun *)> m_send;
    int m_total;
    int m_inFlight;
    int m_sent = 0;
    int m_answered = 0;
    int m_failed = 0;
    qint64 m_elapsedMs = 0;
    QElapsedTimer m_timer;
    std::function<void()> m_done;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QTextStream out(stdout);

    QProcess emulator;
    emulator.start(QStringLiteral(SAE_EMULATOR_PATH),
                   {u"--listen"_s, u"127.0.0.1:0"_s, u"--rate-limit"_s, u"0"_s});
    if (!emulator.waitForReadyRead(10000)) {
        out << "sae-emulator did not start" << Qt::endl;
        return 1;
    }
    static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(emulator.readLine()));
    if (!match.hasMatch())
        return 1;

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setEndpoint(QUrl(match.captured(1)));
    client.setCredential({u"LTAI5tOpsConsoleDemoKey"_s, "OpsConsoleDemoSecretNotForProduction"});

    // One instance group for DescribeApplicationInstances, found once.
    QString appId;
    QString groupId;
    bool prepared = false;
    client.call(SaeApi::listApplications({}), &app, [&](const ApiResult<Page<Application>> &apps) {
        if (!apps.isOk() || apps.value().items.isEmpty())
            return QCoreApplication::exit(1);
        appId = apps.value().items.first().appId;
        client.call(SaeApi::describeApplicationGroups(appId), &app,
                    [&](const ApiResult<QList<ApplicationGroup>> &groups) {
                        if (!groups.isOk() || groups.value().isEmpty())
                            return QCoreApplication::exit(1);
                        groupId = groups.value().first().groupId;
                        prepared = true;
                        QCoreApplication::exit(0);
                    });
    });
    if (app.exec() != 0 || !prepared)
        return 1;

    const auto measure = [&](const QString &name, int inFlight, std::function<ApiReply *(LoadRun *)> send) {
        LoadRun run(&client, std::move(send), total, inFlight);
        run.start([] { QCoreApplication::exit(0); });
        app.exec();
        out << name << ", " << inFlight << " in flight: " << total << " requests in " << run.elapsedMs()
            << " ms = " << qRound(run.perSecond()) << " requests/s (" << run.failed() << " failed)"
            << Qt::endl;
    };
    for (const int inFlight : {1, 6}) {
        measure(u"ListApplications (20 per page)"_s, inFlight, [&](LoadRun *run) {
            ApplicationQuery query;
            query.pageSize = 20;
            return run->client()->call(
                SaeApi::listApplications(query), &app,
                [run](const ApiResult<Page<Application>> &result) { run->answered(result.isOk()); });
        });
        measure(u"DescribeApplicationInstances"_s, inFlight, [&](LoadRun *run) {
            InstanceQuery query{appId, groupId, 1, 100};
            return run->client()->call(
                SaeApi::describeApplicationInstances(query), &app,
                [run](const ApiResult<Page<Instance>> &result) { run->answered(result.isOk()); });
        });
    }
    emulator.terminate();
    emulator.waitForFinished(5000);
    return 0;
}
