#include "emulator/emulator.h"
#include "emulator/gateway.h"
#include "support/signedrequests.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QTestEventLoop>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Query = QList<std::pair<QString, QString>>;

/** One reply as the client saw it. */
struct HttpAnswer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    qint64 contentLength = -1; ///< the header's value; -1 without one
    QByteArray requestIdHeader;
    QByteArray rateLimitHeader;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

HttpAnswer read(QNetworkReply *reply)
{
    HttpAnswer answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->rawHeader("Content-Type");
    const QByteArray length = reply->rawHeader("Content-Length");
    answer.contentLength = length.isEmpty() ? -1 : length.toLongLong();
    answer.requestIdHeader = reply->rawHeader("x-acs-request-id");
    answer.rateLimitHeader = reply->rawHeader("x-ratelimit-user");
    return answer;
}

FaultPlan plan(const QString &spec)
{
    const std::variant<FaultPlan, QString> parsed = FaultPlan::parse(spec);
    if (const QString *error = std::get_if<QString>(&parsed))
        qFatal("bad fault spec in a test: %s", qPrintable(*error));
    return std::get<FaultPlan>(parsed);
}

} // namespace

/**
 * Injected faults as a client meets them: the emulator listens on 127.0.0.1 and is called with
 * V3-signed requests through QNetworkAccessManager, like the console does. Fleet time is manual,
 * so a change order completes when the test advances the clock.
 */
class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void latencyDelaysTheReplyNotOtherClients();
    void repliesOnAConnectionKeepTheirOrder();
    void serverErrorsDoNotRunTheOperation();
    void malformedRepliesAreUnparseable200s();
    void truncatedRepliesFailAfterTheOperationRan();
    void droppedRepliesLoseOnlyTheReply();
    void qtsResendMeetsTheNonceCheck();
    void throttlingStormRefusesEveryCall();
    void halfTheCallsFailTheSameWayTwice();

private:
    SignedRequest signedRequest(const QByteArray &method, const QString &path, const QString &action,
                                Query query) const;
    QNetworkReply *start(const SignedRequest &request);
    HttpAnswer call(const QByteArray &method, const QString &path, const QString &action, Query query = {});
    HttpAnswer rescale(int replicas);
    /// With faults off: lets a minute of fleet time pass, then reads the application's replicas.
    int replicasOnceSettled();
    int changeOrderCount() const;

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_appId;
    int m_replicas = 0;
};

void TestEmulatorFaults::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC);
    m_emulator = std::make_unique<Emulator>(options);
    QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0));
    m_network = std::make_unique<QNetworkAccessManager>();
    for (const EmulatedApplication &application : m_emulator->fleet().applications) {
        if (application.application.namespaceName == u"prod"
            && application.application.appName == u"member-service")
            m_appId = application.application.appId;
    }
    QVERIFY(!m_appId.isEmpty());
    m_emulator->clock().advance(1000); // let the fleet settle into the manual clock
    m_replicas = replicasOnceSettled();
    QCOMPARE(m_replicas, 4);
}

void TestEmulatorFaults::cleanup()
{
    m_network.reset();
    m_emulator.reset();
}

SignedRequest TestEmulatorFaults::signedRequest(const QByteArray &method, const QString &path,
                                                const QString &action, Query query) const
{
    SignedRequest request;
    request.method = method;
    request.path = path;
    request.action = action;
    request.query = std::move(query);
    request.date = m_emulator->clock().now();
    return request;
}

QNetworkReply *TestEmulatorFaults::start(const SignedRequest &request)
{
    return m_network->sendCustomRequest(request.toNetworkRequest(m_emulator->url()), request.method,
                                        request.body);
}

HttpAnswer TestEmulatorFaults::call(const QByteArray &method, const QString &path, const QString &action,
                                    Query query)
{
    std::unique_ptr<QNetworkReply> reply(start(signedRequest(method, path, action, std::move(query))));
    // An event loop until the reply finishes: the emulator in this thread serves it meanwhile,
    // without qWaitFor's sleeps between polls.
    QTestEventLoop loop;
    connect(reply.get(), &QNetworkReply::finished, &loop, &QTestEventLoop::exitLoop);
    if (!reply->isFinished())
        loop.enterLoopMSecs(10000);
    if (!reply->isFinished()) {
        HttpAnswer gaveUp;
        gaveUp.error = QNetworkReply::TimeoutError;
        return gaveUp;
    }
    return read(reply.get());
}

HttpAnswer TestEmulatorFaults::rescale(int replicas)
{
    return call("PUT", u"/pop/v1/sam/app/rescaleApplication"_s, u"RescaleApplication"_s,
                {{u"AppId"_s, m_appId}, {u"Replicas"_s, QString::number(replicas)}});
}

int TestEmulatorFaults::replicasOnceSettled()
{
    m_emulator->setFaultPlan({});
    m_emulator->clock().advance(60 * 1000);
    const HttpAnswer config = call("GET", u"/pop/v1/sam/app/describeApplicationConfig"_s,
                                   u"DescribeApplicationConfig"_s, {{u"AppId"_s, m_appId}});
    if (config.status != 200)
        return -1;
    return config.json().value(u"Data").toObject().value(u"Replicas").toInt(-1);
}

int TestEmulatorFaults::changeOrderCount() const
{
    int count = 0;
    for (const EmulatedChangeOrder &changeOrder : m_emulator->fleet().changeOrders)
        count += changeOrder.order.appId == m_appId ? 1 : 0;
    return count;
}

void TestEmulatorFaults::latencyDelaysTheReplyNotOtherClients()
{
    m_emulator->setFaultPlan(plan(u"latency=300ms"_s));
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);

    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<QNetworkReply> slow(start(signedRequest(
        "GET", u"/pop/v1/sam/namespace/describeNamespaceList"_s, u"DescribeNamespaceList"_s, {})));
    QStringList finished;
    int ticksWhenSlowFinished = -1;
    connect(slow.get(), &QNetworkReply::finished, this, [&] {
        finished.append(u"slow"_s);
        ticksWhenSlowFinished = ticks;
    });
    // Once the slow request has reached the emulator, the next one goes without latency.
    QVERIFY(QTest::qWaitFor([this] { return m_emulator->gateway().faults().requestCount() == 1; }, 5000));
    QVERIFY(!slow->isFinished());
    m_emulator->setFaultPlan({});
    std::unique_ptr<QNetworkReply> fast(start(signedRequest(
        "GET", u"/pop/v1/sam/namespace/describeNamespaceList"_s, u"DescribeNamespaceList"_s, {})));
    connect(fast.get(), &QNetworkReply::finished, this, [&finished] { finished.append(u"fast"_s); });

    QVERIFY(QTest::qWaitFor([&] { return slow->isFinished() && fast->isFinished(); }, 10000));
    QCOMPARE(finished, (QStringList{u"fast"_s, u"slow"_s})); // the other client was served meanwhile
    QVERIFY2(elapsed.elapsed() >= 300, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(ticksWhenSlowFinished > 0); // the event loop ran while the reply waited
    const HttpAnswer slowAnswer = read(slow.get());
    QCOMPARE(slowAnswer.error, QNetworkReply::NoError);
    QCOMPARE(slowAnswer.status, 200);
    QVERIFY(slowAnswer.json().value(u"Success").toBool());
    QCOMPARE(read(fast.get()).status, 200);
}

void TestEmulatorFaults::repliesOnAConnectionKeepTheirOrder()
{
    // Two requests on one keep-alive connection: the first reply is late, the second is not due
    // to wait, yet it must not overtake the first. Unsigned requests will do: the emulator answers
    // an unknown path with 404 and a known one without a signature with 400.
    m_emulator->setFaultPlan(plan(u"latency=300ms"_s));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_emulator->url().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /no/such/api HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(QTest::qWaitFor([this] { return m_emulator->gateway().faults().requestCount() == 1; }, 5000));
    m_emulator->setFaultPlan({});
    socket.write("GET /pop/v1/sam/app/listApplications HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return received.count("HTTP/1.1 ") == 2 && received.endsWith('}');
        },
        5000));
    QVERIFY2(received.startsWith("HTTP/1.1 404 Not Found\r\n"), received.constData());
    QVERIFY2(received.indexOf("HTTP/1.1 400 Bad Request\r\n") > received.indexOf("InvalidApi.NotFound"),
             received.constData());
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // kept alive
}

void TestEmulatorFaults::serverErrorsDoNotRunTheOperation()
{
    m_emulator->setFaultPlan(plan(u"error-rate=1,seed=3"_s));
    const int changeOrdersBefore = changeOrderCount();
    const HttpAnswer refused = rescale(6);
    QCOMPARE(refused.error, refused.status == 500 ? QNetworkReply::InternalServerError
                                                  : QNetworkReply::ServiceUnavailableError);
    const QJsonObject body = refused.json();
    const QString code = refused.status == 500 ? u"InternalError"_s : u"ServiceUnavailable"_s;
    QCOMPARE(body.value(u"Code").toString(), code);
    QCOMPARE(body.value(u"Message").toString(),
             refused.status == 500
                 ? u"The request processing has failed due to some unknown error, exception or failure."_s
                 : u"The request has failed due to a temporary failure of the server."_s);
    QCOMPARE(body.value(u"HostId").toString(), u"sae.cn-shenzhen.aliyuncs.com"_s);
    QCOMPARE(body.value(u"Recommend").toString(),
             u"https://next.api.aliyun.com/troubleshoot?q=%1&product=sae"_s.arg(code));
    QCOMPARE(body.value(u"RequestId").toString().toLatin1(), refused.requestIdHeader);
    QCOMPARE(body.size(), 5);
    QVERIFY(refused.contentType.startsWith("application/json"));

    // Both of the gateway's server errors occur.
    QSet<int> statuses{refused.status};
    for (int i = 0; i < 12; ++i)
        statuses.insert(call("GET", u"/pop/v1/paas/regionConfig"_s, u"DescribeRegions"_s).status);
    QCOMPARE(statuses, (QSet<int>{500, 503}));

    QCOMPARE(changeOrderCount(), changeOrdersBefore);
    QCOMPARE(replicasOnceSettled(), m_replicas); // the rescale never happened
}

void TestEmulatorFaults::malformedRepliesAreUnparseable200s()
{
    m_emulator->setFaultPlan(plan(u"malformed-rate=1,seed=5"_s));
    bool sawCutJson = false;
    bool sawProxyPage = false;
    for (int i = 0; i < 12; ++i) {
        const HttpAnswer answer = call("GET", u"/pop/v1/paas/regionConfig"_s, u"DescribeRegions"_s);
        QCOMPARE(answer.error, QNetworkReply::NoError);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.contentLength, answer.body.size()); // complete, yet not JSON
        QJsonParseError error;
        QJsonDocument::fromJson(answer.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        if (answer.contentType == "text/html") {
            QVERIFY(answer.body.contains("<title>502 Bad Gateway</title>"));
            sawProxyPage = true;
        } else {
            QVERIFY(answer.contentType.startsWith("application/json"));
            QVERIFY(answer.body.startsWith("{\""));
            sawCutJson = true;
        }
    }
    QVERIFY(sawCutJson);
    QVERIFY(sawProxyPage);

    // The mangling happened on the way back: the rescale itself went through.
    QCOMPARE(rescale(6).status, 200);
    QCOMPARE(replicasOnceSettled(), 6);
}

void TestEmulatorFaults::truncatedRepliesFailAfterTheOperationRan()
{
    m_emulator->setFaultPlan(plan(u"truncate-rate=1"_s));
    const HttpAnswer regions = call("GET", u"/pop/v1/paas/regionConfig"_s, u"DescribeRegions"_s);
    QCOMPARE(regions.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(regions.status, 200);
    QVERIFY(regions.contentLength > 0);
    QVERIFY(regions.body.size() < regions.contentLength);

    const int changeOrdersBefore = changeOrderCount();
    QCOMPARE(rescale(6).error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(changeOrderCount(), changeOrdersBefore + 1);
    QCOMPARE(replicasOnceSettled(), 6);
}

void TestEmulatorFaults::droppedRepliesLoseOnlyTheReply()
{
    m_emulator->setFaultPlan(plan(u"drop-rate=1"_s));
    const int changeOrdersBefore = changeOrderCount();
    const HttpAnswer dropped = rescale(6);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.body.isEmpty());
    // Qt resent the request when its connection closed unanswered; the gateway refused the
    // replayed nonce (see the next test), so the rescale ran exactly once.
    QVERIFY(m_emulator->gateway().faults().requestCount() >= 2);
    QCOMPARE(changeOrderCount(), changeOrdersBefore + 1);
    QCOMPARE(replicasOnceSettled(), 6); // re-read with faults off: the mutation was applied
}

void TestEmulatorFaults::qtsResendMeetsTheNonceCheck()
{
    // A seed whose first request is dropped and whose second is not.
    FaultPlan halfDropped = plan(u"drop-rate=0.5"_s);
    for (halfDropped.seed = 1; halfDropped.seed < 100; ++halfDropped.seed) {
        FaultInjector injector;
        injector.setPlan(halfDropped);
        if (injector.next().fault == FaultInjector::Fault::Dropped
            && injector.next().fault == FaultInjector::Fault::None)
            break;
    }
    m_emulator->setFaultPlan(halfDropped);
    const int changeOrdersBefore = changeOrderCount();
    const HttpAnswer answer = rescale(6);
    // The client sees neither success nor a lost connection: its own resend, refused. The
    // rescale did run, once; a client that takes this for "not done" and submits again rescales
    // twice.
    QCOMPARE(m_emulator->gateway().faults().requestCount(), 2u);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(u"Code").toString(), u"SignatureNonceUsed"_s);
    QCOMPARE(changeOrderCount(), changeOrdersBefore + 1);
    QCOMPARE(replicasOnceSettled(), 6);
}

void TestEmulatorFaults::throttlingStormRefusesEveryCall()
{
    FaultPlan storm;
    storm.throttlingStorm = true;
    m_emulator->setFaultPlan(storm);
    const int changeOrdersBefore = changeOrderCount();
    for (int i = 0; i < 3; ++i) {
        const HttpAnswer throttled =
            i == 0 ? rescale(6) : call("GET", u"/pop/v1/paas/regionConfig"_s, u"DescribeRegions"_s);
        QCOMPARE(throttled.status, 400);
        const QJsonObject body = throttled.json();
        QCOMPARE(body.value(u"Code").toString(), u"Throttling.User"_s);
        QCOMPARE(body.value(u"Message").toString(), u"Request was denied due to user flow control."_s);
        QCOMPARE(body.value(u"HostId").toString(), u"sae.cn-shenzhen.aliyuncs.com"_s);
        QCOMPARE(body.value(u"Recommend").toString(),
                 u"https://next.api.aliyun.com/troubleshoot?q=Throttling.User&product=sae"_s);
        QCOMPARE(body.value(u"RequestId").toString().toLatin1(), throttled.requestIdHeader);
        QCOMPARE(throttled.rateLimitHeader, QByteArray("Limit:60,Remain:0,TimeLeft:1000"));
    }
    QCOMPARE(changeOrderCount(), changeOrdersBefore);
    QCOMPARE(replicasOnceSettled(), m_replicas);
}

void TestEmulatorFaults::halfTheCallsFailTheSameWayTwice()
{
    m_emulator->gateway().rateLimiter().setCallsPerMinute(0);
    const auto run = [this] {
        m_emulator->setFaultPlan(plan(u"error-rate=0.5,seed=11"_s));
        QList<int> statuses;
        for (int i = 0; i < 200; ++i) // one after the other: they reach the emulator in this order
            statuses.append(call("GET", u"/pop/v1/paas/regionConfig"_s, u"DescribeRegions"_s).status);
        return statuses;
    };
    const QList<int> first = run();
    const QList<int> second = run();
    QCOMPARE(second, first);
    const qsizetype failed = first.count(500) + first.count(503);
    QCOMPARE(failed + first.count(200), 200);
    QVERIFY2(failed >= 80 && failed <= 120, qPrintable(QString::number(failed)));
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
