#include "emulator/emulator.h"
#include "emulator/faultinjector.h"
#include "emulator/gateway.h"
#include "support/signedrequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using Fault = FaultInjector::Fault;

FaultPlan plan(const QString &spec)
{
    const std::variant<FaultPlan, QString> parsed = FaultPlan::parse(spec);
    if (const QString *error = std::get_if<QString>(&parsed))
        qFatal("bad fault spec in a test: %s", qPrintable(*error));
    return std::get<FaultPlan>(parsed);
}

QList<Fault> faults(FaultInjector &injector, int requests)
{
    QList<Fault> sequence;
    for (int i = 0; i < requests; ++i)
        sequence.append(injector.next().fault);
    return sequence;
}

QByteArray header(const GatewayResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

/**
 * Which fault hits which request (a function of the seed and the request's ordinal), what each
 * fault makes of a reply, and where the gateway applies them; over HTTP see tst_emulatorfaults.
 */
class TestFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void noPlanNoFaults();
    void sameSeedSameFaults();
    void eachRateIsItsShare();
    void latencyStaysInItsRange();
    void deliveryShapesTheReply();
    void serverErrorsComeInsteadOfTheOperation();
    void lostRepliesComeAfterTheOperation();
    void lostRepliesHitRefusalsToo();
    void stormThrottlesAuthenticatedCalls();

private:
    GatewayResponse call(Emulator &emulator, const QByteArray &method, const QString &path,
                         const QString &action, QList<std::pair<QString, QString>> query = {},
                         const QByteArray &secret = QByteArray(EmulatorOptions::demoAccessKeySecret));
};

GatewayResponse TestFaultInjector::call(Emulator &emulator, const QByteArray &method, const QString &path,
                                        const QString &action, QList<std::pair<QString, QString>> query,
                                        const QByteArray &secret)
{
    SignedRequest request;
    request.method = method;
    request.path = path;
    request.action = action;
    request.query = std::move(query);
    request.accessKeySecret = secret;
    request.date = emulator.clock().now();
    return emulator.gateway().handle(request.toGatewayRequest());
}

void TestFaultInjector::noPlanNoFaults()
{
    FaultInjector injector;
    QVERIFY(!injector.plan().isActive());
    for (int i = 0; i < 1000; ++i) {
        const FaultInjector::Decision decision = injector.next();
        QCOMPARE(decision.fault, Fault::None);
        QCOMPARE(decision.latency.count(), 0);
    }
    QCOMPARE(injector.requestCount(), 1000u);
}

void TestFaultInjector::sameSeedSameFaults()
{
    FaultInjector injector;
    injector.setPlan(plan(u"drop-rate=0.5,seed=7"_s));
    const QList<Fault> first = faults(injector, 200);
    const qsizetype dropped = first.count(Fault::Dropped);
    QCOMPARE(dropped + first.count(Fault::None), 200);
    QVERIFY2(dropped >= 80 && dropped <= 120, qPrintable(QString::number(dropped))); // about half

    injector.setPlan(plan(u"drop-rate=0.5,seed=7"_s)); // setting a plan starts the sequence again
    QCOMPARE(injector.requestCount(), 0u);
    QCOMPARE(faults(injector, 200), first);

    FaultInjector another;
    another.setPlan(plan(u"drop-rate=0.5,seed=7"_s));
    QCOMPARE(faults(another, 200), first);
    another.setPlan(plan(u"drop-rate=0.5,seed=8"_s));
    QVERIFY(faults(another, 200) != first);
}

void TestFaultInjector::eachRateIsItsShare()
{
    FaultInjector injector;
    injector.setPlan(plan(u"error-rate=0.1,malformed-rate=0.2,truncate-rate=0.3,drop-rate=0.3"_s));
    const QList<Fault> sequence = faults(injector, 10000);
    const auto near = [&sequence](Fault fault, double share) {
        return qAbs(double(sequence.count(fault)) / 10000.0 - share) < 0.02;
    };
    QVERIFY(near(Fault::ServerError, 0.1));
    QVERIFY(near(Fault::Malformed, 0.2));
    QVERIFY(near(Fault::Truncated, 0.3));
    QVERIFY(near(Fault::Dropped, 0.3));
    QVERIFY(near(Fault::None, 0.1));

    injector.setPlan(plan(u"error-rate=1"_s));
    QCOMPARE(faults(injector, 1000).count(Fault::ServerError), 1000);
}

void TestFaultInjector::latencyStaysInItsRange()
{
    FaultInjector injector;
    injector.setPlan(plan(u"latency=100ms..800ms"_s));
    qint64 shortest = 1000000;
    qint64 longest = 0;
    for (int i = 0; i < 1000; ++i) {
        const FaultInjector::Decision decision = injector.next();
        QCOMPARE(decision.fault, Fault::None);
        shortest = qMin(shortest, qint64(decision.latency.count()));
        longest = qMax(longest, qint64(decision.latency.count()));
    }
    QVERIFY(shortest >= 100 && shortest < 110);
    QVERIFY(longest <= 800 && longest > 790);

    injector.setPlan(plan(u"latency=300ms"_s));
    for (int i = 0; i < 100; ++i)
        QCOMPARE(injector.next().latency.count(), 300);
}

void TestFaultInjector::deliveryShapesTheReply()
{
    const GatewayResponse original =
        GatewayResponse::json(200, QJsonObject{{u"RequestId"_s, u"R1"_s}, {u"Data"_s, QJsonObject{}}});

    FaultInjector::Decision decision;
    decision.latency = 250ms;
    GatewayResponse delivered = FaultInjector::deliver(original, decision);
    QCOMPARE(delivered.body, original.body);
    QCOMPARE(delivered.delivery, GatewayResponse::Delivery::Complete);
    QCOMPARE(delivered.delay.count(), 250);

    decision.fault = Fault::Malformed;
    decision.variant = 0;
    delivered = FaultInjector::deliver(original, decision);
    QCOMPARE(delivered.status, 200);
    QCOMPARE(delivered.body, original.body.left(original.body.size() / 2));
    QCOMPARE(header(delivered, "Content-Type"), QByteArray("application/json;charset=utf-8"));
    decision.variant = 1;
    delivered =
        FaultInjector::deliver(GatewayResponse::json(400, QJsonObject{{u"Code"_s, u"X"_s}}), decision);
    QCOMPARE(delivered.status, 200);
    QCOMPARE(header(delivered, "Content-Type"), QByteArray("text/html"));
    QVERIFY(delivered.body.startsWith("<html>"));

    decision.fault = Fault::Truncated;
    delivered = FaultInjector::deliver(original, decision);
    QCOMPARE(delivered.delivery, GatewayResponse::Delivery::Truncated);
    QCOMPARE(delivered.body, original.body); // the HTTP server sends half of it
    decision.fault = Fault::Dropped;
    QCOMPARE(FaultInjector::deliver(original, decision).delivery, GatewayResponse::Delivery::Dropped);

    decision.fault = Fault::ServerError;
    QCOMPARE(FaultInjector::deliver(original, decision).delivery, GatewayResponse::Delivery::Complete);
    decision.variant = 0;
    QCOMPARE(FaultInjector::serverError(decision)->httpStatus, 500);
    QCOMPARE(FaultInjector::serverError(decision)->code, u"InternalError"_s);
    decision.variant = 1;
    QCOMPARE(FaultInjector::serverError(decision)->httpStatus, 503);
    QCOMPARE(FaultInjector::serverError(decision)->code, u"ServiceUnavailable"_s);
    decision.fault = Fault::Dropped;
    QVERIFY(!FaultInjector::serverError(decision));
}

void TestFaultInjector::serverErrorsComeInsteadOfTheOperation()
{
    Emulator emulator;
    emulator.clock().setManual(QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC));
    const QString appId = emulator.fleet().applications.at(3).application.appId;
    emulator.setFaultPlan(plan(u"error-rate=1"_s));
    const GatewayResponse refused = call(emulator, "PUT", u"/pop/v1/sam/app/restartApplication"_s,
                                         u"RestartApplication"_s, {{u"AppId"_s, appId}});
    QVERIFY(refused.status == 500 || refused.status == 503);
    QCOMPARE(refused.delivery, GatewayResponse::Delivery::Complete);
    const QJsonObject body = QJsonDocument::fromJson(refused.body).object();
    QCOMPARE(body.value(u"Code").toString(),
             refused.status == 500 ? u"InternalError"_s : u"ServiceUnavailable"_s);
    QCOMPARE(body.value(u"RequestId").toString().toLatin1(), header(refused, "x-acs-request-id"));
    QVERIFY(!emulator.fleet().runningChangeOrder(appId)); // the restart never happened

    // A request the gateway refuses keeps its own error: it is not the back end's to fail.
    const GatewayResponse forged = call(emulator, "GET", u"/pop/v1/sam/app/listApplications"_s,
                                        u"ListApplications"_s, {}, "wrong secret");
    QCOMPARE(forged.status, 400);
    QCOMPARE(QJsonDocument::fromJson(forged.body).object().value(u"Code").toString(),
             u"SignatureDoesNotMatch"_s);
}

void TestFaultInjector::lostRepliesComeAfterTheOperation()
{
    Emulator emulator;
    emulator.clock().setManual(QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC));
    const QString appId = emulator.fleet().applications.at(3).application.appId;
    emulator.setFaultPlan(plan(u"drop-rate=1,latency=50ms"_s));
    const GatewayResponse lost = call(emulator, "PUT", u"/pop/v1/sam/app/restartApplication"_s,
                                      u"RestartApplication"_s, {{u"AppId"_s, appId}});
    QCOMPARE(lost.delivery, GatewayResponse::Delivery::Dropped);
    QCOMPARE(lost.delay.count(), 50);
    QCOMPARE(lost.status, 200); // what the client would have read
    QVERIFY(emulator.fleet().runningChangeOrder(appId));

    emulator.setFaultPlan(plan(u"truncate-rate=1"_s));
    const GatewayResponse cut =
        call(emulator, "GET", u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s);
    QCOMPARE(cut.delivery, GatewayResponse::Delivery::Truncated);
    QCOMPARE(cut.status, 200);
}

void TestFaultInjector::lostRepliesHitRefusalsToo()
{
    Emulator emulator;
    emulator.setFaultPlan(plan(u"drop-rate=1"_s));
    const GatewayResponse refused = call(emulator, "GET", u"/pop/v1/sam/app/listApplications"_s,
                                         u"ListApplications"_s, {}, "wrong secret");
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.delivery, GatewayResponse::Delivery::Dropped);
    QCOMPARE(call(emulator, "GET", u"/no/such/api"_s, u"Nothing"_s).delivery,
             GatewayResponse::Delivery::Dropped);
    QCOMPARE(emulator.gateway().faults().requestCount(), 2u);
}

void TestFaultInjector::stormThrottlesAuthenticatedCalls()
{
    Emulator emulator;
    emulator.clock().setManual(QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC));
    const QString appId = emulator.fleet().applications.at(3).application.appId;
    FaultPlan storm;
    storm.throttlingStorm = true;
    emulator.setFaultPlan(storm);
    QVERIFY(emulator.faultPlan() == storm);

    const GatewayResponse throttled = call(emulator, "PUT", u"/pop/v1/sam/app/restartApplication"_s,
                                           u"RestartApplication"_s, {{u"AppId"_s, appId}});
    QCOMPARE(throttled.status, 400);
    const QJsonObject body = QJsonDocument::fromJson(throttled.body).object();
    QCOMPARE(body.value(u"Code").toString(), u"Throttling.User"_s);
    QCOMPARE(body.value(u"Message").toString(), u"Request was denied due to user flow control."_s);
    QCOMPARE(header(throttled, "x-ratelimit-user"), QByteArray("Limit:60,Remain:0,TimeLeft:1000"));
    QVERIFY(!emulator.fleet().runningChangeOrder(appId));

    // The same reply as the rate limiter's: only its TimeLeft differs.
    emulator.setFaultPlan({});
    emulator.gateway().rateLimiter().setCallsPerMinute(1);
    QCOMPARE(call(emulator, "GET", u"/pop/v1/paas/regionConfig"_s, u"DescribeRegions"_s).status, 200);
    emulator.clock().advance(20000);
    const GatewayResponse limited =
        call(emulator, "GET", u"/pop/v1/paas/regionConfig"_s, u"DescribeRegions"_s);
    QCOMPARE(limited.status, 400);
    QJsonObject limitedBody = QJsonDocument::fromJson(limited.body).object();
    QJsonObject stormBody = body;
    limitedBody.remove(u"RequestId"_s);
    stormBody.remove(u"RequestId"_s);
    QCOMPARE(limitedBody, stormBody);
    QCOMPARE(header(limited, "x-ratelimit-user"), QByteArray("Limit:1,Remain:0,TimeLeft:40000"));

    // A storm does not hide a bad signature.
    emulator.setFaultPlan(storm);
    const GatewayResponse forged =
        call(emulator, "GET", u"/pop/v1/paas/regionConfig"_s, u"DescribeRegions"_s, {}, "wrong secret");
    QCOMPARE(QJsonDocument::fromJson(forged.body).object().value(u"Code").toString(),
             u"SignatureDoesNotMatch"_s);
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
