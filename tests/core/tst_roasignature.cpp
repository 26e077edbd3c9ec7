#include "core/roasignature.h"

#include <QTest>

using namespace Qt::StringLiterals;

/** The legacy ROA signature against the vectors and SAE-shaped examples of reference 3.1. */
class TestRoaSignature : public QObject
{
    Q_OBJECT

private slots:
    void publishedSignatureVectors_data();
    void publishedSignatureVectors();
    void pythonStringToSignVector();
    void javaStringToSignVector();
    void saeExampleA();
    void saeExampleB();
    void authorizationHeader();
};

namespace {

RoaSignature::HeaderItems commonHeaders(const QByteArray &action, const QByteArray &nonce)
{
    return {
        {"accept", "application/json"},
        {"date", "Mon, 26 Aug 2019 08:55:56 GMT"},
        {"x-acs-signature-nonce", nonce},
        {"x-acs-signature-method", "HMAC-SHA1"},
        {"x-acs-signature-version", "1.0"},
        {"x-acs-version", "2019-05-06"},
        {"x-acs-action", action},
        {"user-agent", "AlibabaCloud (linux; x64) Node.js/v20 Core/1.0.1 TeaDSL/1"}, // not signed
    };
}

} // namespace

void TestRoaSignature::publishedSignatureVectors_data()
{
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("java getROASignatureTest")
        << QByteArray("GET\n\n\n\n\nnull") << QByteArray("sk") << QByteArray("gyDNeagg5mpqgcAIZEfocyrreho=");
    QTest::newRow("python test_get_roa_signature")
        << QByteArray("GET\n\n\n\n\n") << QByteArray("secret") << QByteArray("XGXDWA78AEvx/wmfxKoVCq/afWw=");
}

void TestRoaSignature::publishedSignatureVectors()
{
    QFETCH(QByteArray, stringToSign);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, expected);
    QCOMPARE(RoaSignature::signature(secret, stringToSign), expected);
}

void TestRoaSignature::pythonStringToSignVector()
{
    const RoaSignature::Request request{
        "GET",
        u"Pathname"_s,
        {{u"ccp"_s, u"ok"_s}, {u"test"_s, u"tests"_s}, {u"test1"_s, QString()}},
        {{"x-acs-meta", "user"},
         {"accept", "application/json"},
         {"content-md5", "md5"},
         {"content-type", "application/json"},
         {"date", "date"}},
    };
    QCOMPARE(RoaSignature::stringToSign(request),
             QByteArray("GET\napplication/json\nmd5\napplication/json\ndate\nx-acs-meta:user\n"
                        "Pathname?ccp=ok&test=tests&test1"));
}

void TestRoaSignature::javaStringToSignVector()
{
    // The same map as headers and query: raw values, not encoded, not trimmed; an empty value
    // signs as the bare name.
    const QList<std::pair<QString, QString>> entries{
        {u"x-acs-security-token"_s, u"test"_s},
        {u"x-acs-security-test"_s, u"test"_s},
        {u"accept"_s, u"accept"_s},
        {u"content-md5"_s, u"content-md5"_s},
        {u"content-type"_s, u"content-type"_s},
        {u"date"_s, u"date"_s},
        {u"chineseTest"_s, u"汉语"_s},
        {u"emptyTest"_s, QString()},
        {u"spaceTest"_s, u"   "_s},
    };
    RoaSignature::Request request{"GET", u"/test"_s, entries, {}};
    for (const auto &[name, value] : entries)
        request.headers.append({name.toUtf8(), value.toUtf8()});
    QCOMPARE(
        RoaSignature::stringToSign(request),
        u"GET\naccept\ncontent-md5\ncontent-type\ndate\nx-acs-security-test:test\nx-acs-security-token:test\n"
        u"/test?accept=accept&chineseTest=汉语&content-md5=content-md5&content-type=content-type&date=date"
        u"&emptyTest&spaceTest=   &x-acs-security-test=test&x-acs-security-token=test"_s.toUtf8());
}

void TestRoaSignature::saeExampleA()
{
    const RoaSignature::Request request{
        "GET",
        u"/pop/v1/sam/app/describeApplicationStatus"_s,
        {{u"AppId"_s, u"0099b7be-5f5b-4512-a7fc-56049ef1abcd"_s}},
        commonHeaders("DescribeApplicationStatus", "f63659d4-10ac-483b-99da-ea8fde61eae3"),
    };
    QCOMPARE(
        RoaSignature::stringToSign(request),
        QByteArray("GET\napplication/json\n\n\nMon, 26 Aug 2019 08:55:56 GMT\n"
                   "x-acs-action:DescribeApplicationStatus\nx-acs-signature-method:HMAC-SHA1\n"
                   "x-acs-signature-nonce:f63659d4-10ac-483b-99da-ea8fde61eae3\n"
                   "x-acs-signature-version:1.0\nx-acs-version:2019-05-06\n"
                   "/pop/v1/sam/app/describeApplicationStatus?AppId=0099b7be-5f5b-4512-a7fc-56049ef1abcd"));
    QCOMPARE(RoaSignature::signature("testsecret", RoaSignature::stringToSign(request)),
             QByteArray("J3yR7Oc5XeRASnGd8U4TRigqzB4="));
    QCOMPARE(RoaSignature::authorization(request, u"testid"_s, "testsecret"),
             QByteArray("acs testid:J3yR7Oc5XeRASnGd8U4TRigqzB4="));
}

void TestRoaSignature::saeExampleB()
{
    const RoaSignature::Request request{
        "PUT",
        u"/pop/v1/sam/app/rescaleApplication"_s,
        {{u"AppId"_s, u"0099b7be-5f5b-4512-a7fc-56049ef1abcd"_s},
         {u"Replicas"_s, u"3"_s},
         {u"MinReadyInstances"_s, u"1"_s},
         {u"MinReadyInstanceRatio"_s, u"-1"_s}},
        commonHeaders("RescaleApplication", "550e8400-e29b-41d4-a716-446655440000"),
    };
    QCOMPARE(RoaSignature::signature("testsecret", RoaSignature::stringToSign(request)),
             QByteArray("kVNXNassRHAX+m0d61qQ+D8MB9Q="));
}

void TestRoaSignature::authorizationHeader()
{
    const std::optional<RoaSignature::Authorization> parsed =
        RoaSignature::parseAuthorization("acs testid:J3yR7Oc5XeRASnGd8U4TRigqzB4=");
    QVERIFY(parsed);
    QCOMPARE(parsed->accessKeyId, u"testid"_s);
    QCOMPARE(parsed->signature, QByteArray("J3yR7Oc5XeRASnGd8U4TRigqzB4="));
    QVERIFY(!RoaSignature::parseAuthorization("acs testid"));
    QVERIFY(!RoaSignature::parseAuthorization("acs :sig"));
    QVERIFY(!RoaSignature::parseAuthorization("acs testid:"));
    QVERIFY(!RoaSignature::parseAuthorization("ACS3-HMAC-SHA256 Credential=testid"));
}

QTEST_GUILESS_MAIN(TestRoaSignature)
#include "tst_roasignature.moc"
