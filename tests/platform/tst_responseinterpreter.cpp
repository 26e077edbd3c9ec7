#include "platform/responseinterpreter.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using ResponseInterpreter::RawResponse;
Q_DECLARE_METATYPE(ResponseInterpreter::RawResponse)

class TestResponseInterpreter : public QObject
{
    Q_OBJECT

private slots:
    void successEnvelope_data();
    void successEnvelope();
    void errors_data();
    void errors();
};

void TestResponseInterpreter::successEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("code as string") << QByteArray(
        R"({"Code":"200","Success":true,"RequestId":"R","Data":{}})");
    QTest::newRow("code as number") << QByteArray(R"({"Code":200,"Success":true,"RequestId":"R","Data":{}})");
    QTest::newRow("success as string") << QByteArray(R"({"Code":"200","Success":"true","RequestId":"R"})");
    QTest::newRow("no code, no success (GetApplication)")
        << QByteArray(R"({"Application":{},"RequestId":"R"})");
    QTest::newRow("unknown fields") << QByteArray(
        R"({"Code":"200","Success":true,"NewField":[1,2],"RequestId":"R"})");
}

void TestResponseInterpreter::successEnvelope()
{
    QFETCH(QByteArray, body);
    const ApiResult<QJsonObject> result =
        ResponseInterpreter::interpret(RawResponse{200, body, {}, false, false, {}});
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().detailedText()));
    QCOMPARE(result.value().value(u"RequestId").toString(), u"R"_s);
}

void TestResponseInterpreter::errors_data()
{
    QFile throttling(QStringLiteral(OPSCONSOLE_TEST_FIXTURES "/throttling.json"));
    QVERIFY(throttling.open(QIODevice::ReadOnly));

    QTest::addColumn<RawResponse>("response");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("throttling (the SAE FAQ's body)")
        << RawResponse{400, throttling.readAll(), {}, false, false, {}} << ApiError::Kind::Throttled
        << u"Throttling.User"_s << u"9736ED45-A72D-5D19-8029-7B954391****"_s << true;
    QTest::newRow("business error with ErrorCode")
        << RawResponse{400,
                       R"({"Code":"Application.ChangerOrderRunning","ErrorCode":"Application.ChangerOrderRunning",
                           "Message":"An application change process is in progress.","Success":false,
                           "RequestId":"B1"})",
                       {},
                       false,
                       false,
                       {}}
        << ApiError::Kind::Platform << u"Application.ChangerOrderRunning"_s << u"B1"_s << false;
    QTest::newRow("200 but Success false")
        << RawResponse{200,
                       R"({"Code":"200","Success":false,"ErrorCode":"InvalidAppId.NotFound","Message":"no",
                                "RequestId":"B2"})",
                       {},
                       false,
                       false,
                       {}}
        << ApiError::Kind::Platform << u"InvalidAppId.NotFound"_s << u"B2"_s << false;
    QTest::newRow("200 but Success \"false\"")
        << RawResponse{200,
                       R"({"Success":"false","Code":"System.Upgrading","Message":"m","requestId":"B3"})",
                       {},
                       false,
                       false,
                       {}}
        << ApiError::Kind::Platform << u"System.Upgrading"_s << u"B3"_s << true;
    QTest::newRow("lower-case keys")
        << RawResponse{404,   R"({"code":"InvalidApi.NotFound","message":"m","requestid":"B4"})",
                       {},    false,
                       false, {}}
        << ApiError::Kind::Platform << u"InvalidApi.NotFound"_s << u"B4"_s << false;
    QTest::newRow("signature")
        << RawResponse{400,   R"({"Code":"SignatureDoesNotMatch","Message":"m","RequestId":"B5"})",
                       {},    false,
                       false, {}}
        << ApiError::Kind::Authentication << u"SignatureDoesNotMatch"_s << u"B5"_s << false;
    QTest::newRow("502 from a proxy, HTML body")
        << RawResponse{502, "<html>Bad Gateway</html>", "HDR-1", false, false, {}} << ApiError::Kind::Http
        << QString() << u"HDR-1"_s << true;
    QTest::newRow("malformed JSON on 200")
        << RawResponse{200, R"({"Code":"200","Data":{"Applications":[)", "HDR-2", false, false, {}}
        << ApiError::Kind::Parse << QString() << u"HDR-2"_s << false;
    QTest::newRow("JSON array instead of object") << RawResponse{200, "[1,2,3]", {}, false, false, {}}
                                                  << ApiError::Kind::Parse << QString() << QString() << false;
    QTest::newRow("empty body on 200") << RawResponse{200, {}, {}, false, false, {}} << ApiError::Kind::Parse
                                       << QString() << QString() << false;
    QTest::newRow("truncated: the connection closed mid-body")
        << RawResponse{200, R"({"Code":"200","Da)", "HDR-3", true, false, u"Connection closed"_s}
        << ApiError::Kind::Network << QString() << u"HDR-3"_s << true;
    QTest::newRow("connection refused") << RawResponse{0, {}, {}, true, false, u"Connection refused"_s}
                                        << ApiError::Kind::Network << QString() << QString() << true;
    QTest::newRow("timeout") << RawResponse{0, {}, {}, true, true, u"Operation canceled"_s}
                             << ApiError::Kind::Timeout << QString() << QString() << true;
}

void TestResponseInterpreter::errors()
{
    QFETCH(RawResponse, response);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, requestId);
    QFETCH(bool, retryable);
    const ApiResult<QJsonObject> result = ResponseInterpreter::interpret(response);
    QVERIFY(!result.isOk());
    const ApiError &error = result.error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code, code);
    QCOMPARE(error.requestId, requestId);
    QCOMPARE(error.retryable, retryable);
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestResponseInterpreter)
#include "tst_responseinterpreter.moc"
