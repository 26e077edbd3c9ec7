#include "core/apierror.h"
#include "core/apiresult.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void classification_data();
    void classification();
    void texts();
    void resultChains();
};

void TestApiError::classification_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("throttling user") << 400 << u"Throttling.User"_s << ApiError::Kind::Throttled << true;
    QTest::newRow("throttling api") << 400 << u"Throttling.Api"_s << ApiError::Kind::Throttled << true;
    QTest::newRow("signature") << 400 << u"SignatureDoesNotMatch"_s << ApiError::Kind::Authentication
                               << false;
    QTest::newRow("unknown key") << 404 << u"InvalidAccessKeyId.NotFound"_s << ApiError::Kind::Authentication
                                 << false;
    QTest::newRow("clock skew") << 400 << u"InvalidTimeStamp.Expired"_s << ApiError::Kind::Authentication
                                << false;
    QTest::newRow("business") << 400 << u"Application.ChangerOrderRunning"_s << ApiError::Kind::Platform
                              << false;
    QTest::newRow("not found") << 404 << u"InvalidAppId.NotFound"_s << ApiError::Kind::Platform << false;
    QTest::newRow("server") << 500 << u"InternalError"_s << ApiError::Kind::Platform << true;
    QTest::newRow("unavailable") << 503 << u"ServiceUnavailable"_s << ApiError::Kind::Platform << true;
    QTest::newRow("bare 502") << 502 << QString() << ApiError::Kind::Http << true;
    QTest::newRow("bare 404") << 404 << QString() << ApiError::Kind::Http << false;
}

void TestApiError::classification()
{
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, retryable);
    const ApiError error = ApiError::fromPlatform(httpStatus, code, u"message"_s, u"REQ-1"_s);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.retryable, retryable);
    QCOMPARE(error.httpStatus, httpStatus);
    QCOMPARE(error.requestId, u"REQ-1"_s);
}

void TestApiError::texts()
{
    const ApiError platform = ApiError::fromPlatform(
        400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s, u"9736ED45"_s);
    QCOMPARE(platform.summary(), u"Throttling.User: Request was denied due to user flow control."_s);
    QCOMPARE(platform.detailedText(),
             u"Throttling.User: Request was denied due to user flow control. (RequestId: 9736ED45)"_s);
    const ApiError network = ApiError::network(u"Connection refused"_s);
    QCOMPARE(network.detailedText(), u"Connection refused"_s);
    QVERIFY(network.retryable);
    QCOMPARE(ApiError::fromPlatform(502, QString(), u"Bad gateway"_s, QString()).summary(),
             u"HTTP 502: Bad gateway"_s);
}

void TestApiError::resultChains()
{
    const ApiResult<int> ok = 21;
    QVERIFY(ok.isOk());
    QCOMPARE(ok.map([](int value) { return value * 2; }).value(), 42);
    const ApiResult<QString> chained = ok.andThen([](int value) -> ApiResult<QString> {
        if (value > 10)
            return ApiError::parse(u"too big"_s);
        return QString::number(value);
    });
    QVERIFY(!chained.isOk());
    QCOMPARE(chained.error().kind, ApiError::Kind::Parse);

    const ApiResult<int> failed = ApiError::timeout(u"slow"_s);
    bool called = false;
    const ApiResult<int> notCalled = failed.map([&called](int value) {
        called = true;
        return value;
    });
    QVERIFY(!called);
    QCOMPARE(notCalled.error().kind, ApiError::Kind::Timeout);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
