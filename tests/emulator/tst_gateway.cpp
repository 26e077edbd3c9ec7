#include "emulator/emulator.h"
#include "emulator/gateway.h"
#include "support/signedrequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(GatewayRequest)

namespace {

QJsonObject bodyOf(const GatewayResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QByteArray headerOf(const GatewayResponse &response, QByteArrayView name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SignedRequest namespacesRequest()
{
    SignedRequest request;
    request.path = u"/pop/v1/paas/namespaces"_s;
    request.action = u"DescribeNamespaces"_s;
    request.query = {{u"CurrentPage"_s, u"1"_s}, {u"PageSize"_s, u"10"_s}};
    return request;
}

} // namespace

class TestGateway : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void acceptsAValidRequest();
    void rejects_data();
    void rejects();
    void rejectsAReplayedNonce();
    void acceptsSkewWithinFifteenMinutes();
    void rejectsATamperedQuery();
    void decodesQueries();

private:
    std::unique_ptr<Emulator> m_emulator;
    QDateTime m_now;
};

void TestGateway::init()
{
    m_emulator = std::make_unique<Emulator>();
    m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    m_emulator->clock().setManual(m_now);
}

void TestGateway::cleanup()
{
    m_emulator.reset();
}

void TestGateway::acceptsAValidRequest()
{
    SignedRequest request = namespacesRequest();
    request.date = m_now;
    const GatewayResponse response = m_emulator->gateway().handle(request.toGatewayRequest());
    QCOMPARE(response.status, 200);
    const QJsonObject body = bodyOf(response);
    QCOMPARE(body.value(u"Code").toString(), u"200"_s);
    QCOMPARE(body.value(u"Success").toBool(), true);
    QCOMPARE(body.value(u"Message").toString(), u"success"_s);
    const QString requestId = body.value(u"RequestId").toString();
    QCOMPARE(requestId.size(), 36);
    QCOMPARE(headerOf(response, "x-acs-request-id"), requestId.toLatin1());
    QVERIFY(headerOf(response, "content-type").startsWith("application/json"));
}

void TestGateway::rejects_data()
{
    QTest::addColumn<GatewayRequest>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const auto signedWith = [this](const std::function<void(SignedRequest &)> &change) {
        SignedRequest request = namespacesRequest();
        request.date = m_now;
        change(request);
        return request.toGatewayRequest();
    };

    QTest::newRow("wrong secret") << signedWith([](SignedRequest &r) { r.accessKeySecret = "wrong"; }) << 400
                                  << u"SignatureDoesNotMatch"_s;
    QTest::newRow("unknown AccessKey")
        << signedWith([](SignedRequest &r) { r.accessKeyId = u"LTAI5tNobody"_s; }) << 404
        << u"InvalidAccessKeyId.NotFound"_s;
    QTest::newRow("clock 16 minutes behind")
        << signedWith([this](SignedRequest &r) { r.date = m_now.addSecs(-16 * 60); }) << 400
        << u"InvalidTimeStamp.Expired"_s;
    QTest::newRow("clock 16 minutes ahead")
        << signedWith([this](SignedRequest &r) { r.date = m_now.addSecs(16 * 60); }) << 400
        << u"InvalidTimeStamp.Expired"_s;
    QTest::newRow("action does not match the path")
        << signedWith([](SignedRequest &r) { r.action = u"ListApplications"_s; }) << 404
        << u"InvalidApi.NotFound"_s;
    QTest::newRow("wrong method") << signedWith([](SignedRequest &r) { r.method = "POST"; }) << 404
                                  << u"InvalidApi.NotFound"_s;
    QTest::newRow("unknown path") << signedWith([](SignedRequest &r) {
        r.path = u"/pop/v1/sam/app/nothing"_s;
    }) << 404 << u"InvalidApi.NotFound"_s;

    GatewayRequest unsignedRequest = signedWith([](SignedRequest &) {});
    unsignedRequest.headers.removeIf([](const auto &header) { return header.first == "authorization"; });
    QTest::newRow("no Authorization") << unsignedRequest << 400 << u"IncompleteSignature"_s;

    GatewayRequest malformed = signedWith([](SignedRequest &) {});
    for (auto &header : malformed.headers) {
        if (header.first == "authorization")
            header.second = "ACS3-HMAC-SHA256 Credential=LTAI5tOpsConsoleDemoKey";
    }
    QTest::newRow("malformed Authorization") << malformed << 400 << u"IncompleteSignature"_s;

    GatewayRequest extraHeader = signedWith([](SignedRequest &) {});
    extraHeader.headers.append({QByteArrayLiteral("x-acs-sneaked-in"), QByteArrayLiteral("1")});
    QTest::newRow("an x-acs header that was not signed") << extraHeader << 400 << u"IncompleteSignature"_s;

    GatewayRequest badDate = signedWith([](SignedRequest &) {});
    for (auto &header : badDate.headers) {
        if (header.first == "x-acs-date")
            header.second = "Mon, 26 Aug 2019 08:55:56 GMT";
    }
    QTest::newRow("date not ISO 8601") << badDate << 400 << u"InvalidTimeStamp.Format"_s;

    GatewayRequest bodyChanged = signedWith([](SignedRequest &) {});
    bodyChanged.body = "surprise";
    QTest::newRow("body does not match x-acs-content-sha256")
        << bodyChanged << 400 << u"SignatureDoesNotMatch"_s;
}

void TestGateway::rejects()
{
    QFETCH(GatewayRequest, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    const GatewayResponse response = m_emulator->gateway().handle(request);
    QCOMPARE(response.status, status);
    const QJsonObject body = bodyOf(response);
    QCOMPARE(body.value(u"Code").toString(), code);
    // The gateway's error shape (reference 4.2).
    QVERIFY(!body.value(u"Message").toString().isEmpty());
    QCOMPARE(body.value(u"HostId").toString(), u"sae.cn-shenzhen.aliyuncs.com"_s);
    QVERIFY(body.value(u"Recommend").toString().contains(code));
    QCOMPARE(body.value(u"RequestId").toString().size(), 36);
}

void TestGateway::rejectsAReplayedNonce()
{
    SignedRequest request = namespacesRequest();
    request.date = m_now;
    request.nonce = "c0ffee00c0ffee00c0ffee00c0ffee00";
    QCOMPARE(m_emulator->gateway().handle(request.toGatewayRequest()).status, 200);
    const GatewayResponse replay = m_emulator->gateway().handle(request.toGatewayRequest());
    QCOMPARE(replay.status, 400);
    QCOMPARE(bodyOf(replay).value(u"Code").toString(), u"SignatureNonceUsed"_s);

    // A forged request with a fresh nonce does not burn it: the signature is checked first.
    SignedRequest forged = namespacesRequest();
    forged.date = m_now;
    forged.nonce = "feedfacefeedfacefeedfacefeedface";
    forged.accessKeySecret = "wrong";
    QCOMPARE(bodyOf(m_emulator->gateway().handle(forged.toGatewayRequest())).value(u"Code").toString(),
             u"SignatureDoesNotMatch"_s);
    SignedRequest honest = namespacesRequest();
    honest.date = m_now;
    honest.nonce = forged.nonce;
    QCOMPARE(m_emulator->gateway().handle(honest.toGatewayRequest()).status, 200);
}

void TestGateway::acceptsSkewWithinFifteenMinutes()
{
    for (const int minutes : {-14, 14}) {
        SignedRequest request = namespacesRequest();
        request.date = m_now.addSecs(minutes * 60);
        QCOMPARE(m_emulator->gateway().handle(request.toGatewayRequest()).status, 200);
    }
}

void TestGateway::rejectsATamperedQuery()
{
    SignedRequest request = namespacesRequest();
    request.date = m_now;
    GatewayRequest tampered = request.toGatewayRequest();
    tampered.query[1].second = u"10000"_s; // PageSize changed after signing
    const QJsonObject body = bodyOf(m_emulator->gateway().handle(tampered));
    QCOMPARE(body.value(u"Code").toString(), u"SignatureDoesNotMatch"_s);
    // The server's string to sign helps whoever debugs a signer.
    QVERIFY(body.value(u"Message").toString().contains(u"server string to sign is:ACS3-HMAC-SHA256\n"));
}

void TestGateway::decodesQueries()
{
    const auto pairs = GatewayRequest::decodeQuery("a=b+c&d=%2B&e&f=&g=%E6%B1%89");
    const QList<std::pair<QString, QString>> expected{
        {u"a"_s, u"b c"_s}, {u"d"_s, u"+"_s}, {u"e"_s, QString()}, {u"f"_s, QString()}, {u"g"_s, u"汉"_s}};
    QCOMPARE(pairs, expected);
    QVERIFY(GatewayRequest::decodeQuery("").isEmpty());
}

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
