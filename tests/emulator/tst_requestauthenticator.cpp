#include "emulator/emulatorclock.h"
#include "emulator/requestauthenticator.h"

#include <QTest>

using namespace Qt::StringLiterals;

/**
 * The emulator's gateway check against the reference's SAE-shaped V3 examples (sae-openapi.md
 * §3.2 C and D), byte for byte as a client would send them: if the emulator accepts these, it
 * accepts what Alibaba's SDKs compute, independent of our own signer.
 */
class TestRequestAuthenticator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void acceptsReferenceExampleC();
    void acceptsReferenceExampleDWithFormBody();
    void rejections_data();
    void rejections();
    void nonceIsSingleUse();
    void requestsOutsideTheSkewWindowExpire();
    void acceptsLegacyRoaExampleA();
    void legacyRoaRejections_data();
    void legacyRoaRejections();

private:
    static GatewayRequest exampleC();
    static GatewayRequest roaExampleA();
    EmulatorClock m_clock;
    std::unique_ptr<RequestAuthenticator> m_authenticator;
};

namespace {

constexpr char emptyBodyHash[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

} // namespace

void TestRequestAuthenticator::init()
{
    m_clock.setManual(QDateTime::fromString(u"2019-08-26T08:55:56Z"_s, Qt::ISODate));
    m_authenticator = std::make_unique<RequestAuthenticator>(&m_clock);
    m_authenticator->addCredential(u"testid"_s, "testsecret");
}

GatewayRequest TestRequestAuthenticator::exampleC()
{
    GatewayRequest request;
    request.method = "GET";
    request.path = u"/pop/v1/sam/app/describeApplicationStatus"_s;
    request.query = GatewayRequest::decodeQuery("AppId=0099b7be-5f5b-4512-a7fc-56049ef1abcd");
    request.headers = {
        {"host", "sae.cn-hangzhou.aliyuncs.com"},
        {"x-acs-action", "DescribeApplicationStatus"},
        {"x-acs-content-sha256", emptyBodyHash},
        {"x-acs-date", "2019-08-26T08:55:56Z"},
        {"x-acs-signature-nonce", "f63659d4-10ac-483b-99da-ea8fde61eae3"},
        {"x-acs-version", "2019-05-06"},
        {"accept", "application/json"},
        {"authorization",
         "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
         "x-acs-date;x-acs-signature-nonce;x-acs-version,"
         "Signature=e2bf0ec6dac0ee63acc882fb14a68f6a2e174a6b274f40a14a1626b90630a3e9"},
    };
    return request;
}

void TestRequestAuthenticator::acceptsReferenceExampleC()
{
    QString signer;
    const std::optional<GatewayFailure> failure = m_authenticator->verify(exampleC(), &signer);
    QVERIFY2(!failure, failure ? qPrintable(failure->code + u": "_s + failure->message) : "");
    QCOMPARE(signer, u"testid"_s);
}

void TestRequestAuthenticator::acceptsReferenceExampleDWithFormBody()
{
    GatewayRequest request;
    request.method = "POST";
    request.path = u"/pop/v1/sam/app/deployApplication"_s;
    // The wire form of the query; the canonical form in the reference is re-encoded from it.
    request.query = GatewayRequest::decodeQuery(
        "AppId=0099b7be-5f5b-4512-a7fc-56049ef1abcd&PackageType=Image"
        "&ImageUrl=registry.cn-hangzhou.aliyuncs.com%2Fdemo%2Fapp%3A1.0&MinReadyInstances=1"
        "&UpdateStrategy=%7B%22type%22%3A%22BatchUpdate%22%2C%22batchUpdate%22%3A%7B%22batch%22%3A2"
        "%2C%22releaseType%22%3A%22auto%22%2C%22batchWaitTime%22%3A1%7D%7D");
    request.body = "AssociateEip=false";
    request.formParameters = GatewayRequest::decodeQuery(request.body);
    request.headers = {
        {"content-type", "application/x-www-form-urlencoded"},
        {"host", "sae.cn-hangzhou.aliyuncs.com"},
        {"x-acs-action", "DeployApplication"},
        {"x-acs-content-sha256", "b10bd21d5ad74e64d15d002801a8fef1d86b9fafa0ae195499bd129d01a0f793"},
        {"x-acs-date", "2019-08-26T08:55:56Z"},
        {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
        {"x-acs-version", "2019-05-06"},
        {"authorization", "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=content-type;host;x-acs-action;"
                          "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                          "Signature=9786025b33a4e40a0ac792cfd4308b254cada0b355fabb60d2fb6f881366dc8f"},
    };
    const std::optional<GatewayFailure> failure = m_authenticator->verify(request);
    QVERIFY2(!failure, failure ? qPrintable(failure->code + u": "_s + failure->message) : "");
}

void TestRequestAuthenticator::rejections_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("another AppId") << QByteArray() << QByteArray("AppId=other") << u"SignatureDoesNotMatch"_s;
    QTest::newRow("unknown key")
        << QByteArray("authorization")
        << QByteArray(
               "ACS3-HMAC-SHA256 Credential=nobody,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
               "x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=00")
        << u"InvalidAccessKeyId.NotFound"_s;
    QTest::newRow("tampered action") << QByteArray("x-acs-action") << QByteArray("DeleteApplication")
                                     << u"SignatureDoesNotMatch"_s;
    QTest::newRow("body hash mismatch")
        << QByteArray("x-acs-content-sha256") << QByteArray(64, 'a') << u"SignatureDoesNotMatch"_s;
}

void TestRequestAuthenticator::rejections()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, code);
    GatewayRequest request = exampleC();
    if (header.isEmpty()) {
        request.query = GatewayRequest::decodeQuery(value);
    } else {
        for (auto &[name, headerValue] : request.headers) {
            if (name == header)
                headerValue = value;
        }
    }
    const std::optional<GatewayFailure> failure = m_authenticator->verify(request);
    QVERIFY(failure);
    QCOMPARE(failure->code, code);
}

void TestRequestAuthenticator::nonceIsSingleUse()
{
    QVERIFY(!m_authenticator->verify(exampleC()));
    const std::optional<GatewayFailure> replay = m_authenticator->verify(exampleC());
    QVERIFY(replay);
    QCOMPARE(replay->code, u"SignatureNonceUsed"_s);
}

void TestRequestAuthenticator::requestsOutsideTheSkewWindowExpire()
{
    m_clock.advance(16 * 60 * 1000); // the signed date is now sixteen minutes old
    const std::optional<GatewayFailure> failure = m_authenticator->verify(exampleC());
    QVERIFY(failure);
    QCOMPARE(failure->code, u"InvalidTimeStamp.Expired"_s);
}

GatewayRequest TestRequestAuthenticator::roaExampleA()
{
    // Reference 3.1, example A, as the Tea SDK sends it (lower-case names, a user-agent too).
    GatewayRequest request;
    request.method = "GET";
    request.path = u"/pop/v1/sam/app/describeApplicationStatus"_s;
    request.query = GatewayRequest::decodeQuery("AppId=0099b7be-5f5b-4512-a7fc-56049ef1abcd");
    request.headers = {
        {"accept", "application/json"},
        {"date", "Mon, 26 Aug 2019 08:55:56 GMT"},
        {"host", "sae.cn-hangzhou.aliyuncs.com"},
        {"x-acs-signature-nonce", "f63659d4-10ac-483b-99da-ea8fde61eae3"},
        {"x-acs-signature-method", "HMAC-SHA1"},
        {"x-acs-signature-version", "1.0"},
        {"x-acs-version", "2019-05-06"},
        {"x-acs-action", "DescribeApplicationStatus"},
        {"user-agent", "AlibabaCloud (linux; x64) Node.js/v20.20.2 Core/1.0.1 TeaDSL/1"},
        {"authorization", "acs testid:J3yR7Oc5XeRASnGd8U4TRigqzB4="},
    };
    return request;
}

void TestRequestAuthenticator::acceptsLegacyRoaExampleA()
{
    QString signer;
    const std::optional<GatewayFailure> failure = m_authenticator->verify(roaExampleA(), &signer);
    QVERIFY2(!failure, failure ? qPrintable(failure->code + u": "_s + failure->message) : "");
    QCOMPARE(signer, u"testid"_s);
    const std::optional<GatewayFailure> replay = m_authenticator->verify(roaExampleA());
    QVERIFY(replay);
    QCOMPARE(replay->code, u"SignatureNonceUsed"_s);
}

void TestRequestAuthenticator::legacyRoaRejections_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong signature") << QByteArray("authorization")
                                     << QByteArray("acs testid:AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                                     << u"SignatureDoesNotMatch"_s;
    QTest::newRow("unknown key") << QByteArray("authorization")
                                 << QByteArray("acs nobody:J3yR7Oc5XeRASnGd8U4TRigqzB4=")
                                 << u"InvalidAccessKeyId.NotFound"_s;
    QTest::newRow("malformed") << QByteArray("authorization") << QByteArray("acs testid")
                               << u"IncompleteSignature"_s;
    QTest::newRow("tampered action") << QByteArray("x-acs-action") << QByteArray("DeleteApplication")
                                     << u"SignatureDoesNotMatch"_s;
    QTest::newRow("another method") << QByteArray("x-acs-signature-method") << QByteArray("HMAC-SHA256")
                                    << u"InvalidSignatureMethod"_s;
    QTest::newRow("date not RFC 1123")
        << QByteArray("date") << QByteArray("2019-08-26T08:55:56Z") << u"InvalidTimeStamp.Format"_s;
    QTest::newRow("date too old") << QByteArray("date") << QByteArray("Mon, 26 Aug 2019 08:30:00 GMT")
                                  << u"InvalidTimeStamp.Expired"_s;
    QTest::newRow("body changed under Content-MD5")
        << QByteArray("content-md5") << QByteArray("1B2M2Y8AsgTpgAmY7PhCfg==") << u"SignatureDoesNotMatch"_s;
}

void TestRequestAuthenticator::legacyRoaRejections()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, code);
    GatewayRequest request = roaExampleA();
    bool replaced = false;
    for (auto &[name, headerValue] : request.headers) {
        if (name == header) {
            headerValue = value;
            replaced = true;
        }
    }
    if (!replaced) {
        request.headers.append({header, value});
        request.body = "changed";
    }
    const std::optional<GatewayFailure> failure = m_authenticator->verify(request);
    QVERIFY(failure);
    QCOMPARE(failure->code, code);
}

QTEST_GUILESS_MAIN(TestRequestAuthenticator)
#include "tst_requestauthenticator.moc"
