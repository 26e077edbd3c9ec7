#include "emulator/emulator.h"
#include "emulator/gateway.h"
#include "emulator/ratelimiter.h"
#include "support/signedrequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

/** SAE's flow control: 60 calls per rolling minute per AccessKey, then Throttling.User. */
class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void rollingMinutePerKey();
    void zeroMeansNoLimit();
    void gatewayThrottlesBeforeTheOperation();
};

void TestRateLimiter::rollingMinutePerKey()
{
    RateLimiter limiter(3);
    const QDateTime start(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);
    QVERIFY(limiter.allow(u"a"_s, start));
    QVERIFY(limiter.allow(u"a"_s, start.addSecs(10)));
    QVERIFY(limiter.allow(u"a"_s, start.addSecs(20)));
    QVERIFY(!limiter.allow(u"a"_s, start.addSecs(30)));
    QCOMPARE(limiter.timeLeftMs(u"a"_s, start.addSecs(30)), 30000); // until the first call is a minute old
    QVERIFY(limiter.allow(u"b"_s, start.addSecs(30)));              // another key has its own minute
    QVERIFY(!limiter.allow(u"a"_s, start.addSecs(59)));             // refused calls do not count ...
    QVERIFY(limiter.allow(u"a"_s, start.addSecs(60)));              // ... so the first one expiring frees one
    QVERIFY(!limiter.allow(u"a"_s, start.addSecs(61)));
}

void TestRateLimiter::zeroMeansNoLimit()
{
    RateLimiter limiter(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 1000; ++i)
        QVERIFY(limiter.allow(u"a"_s, now));
    QCOMPARE(limiter.timeLeftMs(u"a"_s, now), 0);
}

void TestRateLimiter::gatewayThrottlesBeforeTheOperation()
{
    Emulator emulator; // SAE's default: 60 per minute
    const QDateTime start(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC);
    emulator.clock().setManual(start);
    const QString appId = emulator.fleet().applications.at(3).application.appId;
    const auto call = [&emulator](const QByteArray &method, const QString &path, const QString &action,
                                  QList<std::pair<QString, QString>> query) {
        SignedRequest request;
        request.method = method;
        request.path = path;
        request.action = action;
        request.query = std::move(query);
        request.date = emulator.clock().now();
        return emulator.gateway().handle(request.toGatewayRequest());
    };
    for (int i = 0; i < 60; ++i) {
        QCOMPARE(call("GET", u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s, {}).status, 200);
        emulator.clock().advance(500);
    }
    const GatewayResponse throttled =
        call("PUT", u"/pop/v1/sam/app/restartApplication"_s, u"RestartApplication"_s, {{u"AppId"_s, appId}});
    QCOMPARE(throttled.status, 400);
    const QJsonObject body = QJsonDocument::fromJson(throttled.body).object();
    QCOMPARE(body.value(u"Code").toString(), u"Throttling.User"_s);
    QCOMPARE(body.value(u"Message").toString(), u"Request was denied due to user flow control."_s);
    QVERIFY(!body.value(u"RequestId").toString().isEmpty());
    QVERIFY(!emulator.fleet().runningChangeOrder(appId)); // the restart never happened
    bool sawHeader = false;
    for (const auto &[name, value] : throttled.headers)
        sawHeader =
            sawHeader || (name == "x-ratelimit-user" && value.startsWith("Limit:60,Remain:0,TimeLeft:"));
    QVERIFY(sawHeader);

    emulator.clock().setManual(start.addSecs(61)); // the first calls are now a minute old
    QCOMPARE(
        call("PUT", u"/pop/v1/sam/app/restartApplication"_s, u"RestartApplication"_s, {{u"AppId"_s, appId}})
            .status,
        200);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
