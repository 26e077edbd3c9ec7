#include "core/acs3signature.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

} // namespace

class TestAcs3Signature : public QObject
{
    Q_OBJECT

private slots:
    void officialVector();
    void saeGetExample();
    void saeFormBodyExample();
    void duplicateHeadersJoinSorted_data();
    void duplicateHeadersJoinSorted();
    void percentEncode_data();
    void percentEncode();
    void canonicalUri_data();
    void canonicalUri();
    void canonicalQueryStringSortsAndEncodes();
    void signableHeaderNames();
    void hashPayload();
    void parseAuthorization();
    void parseAuthorizationRejects_data();
    void parseAuthorizationRejects();
};

// Alibaba's published worked example (reference 3.2, D3): RunInstances on ECS.
void TestAcs3Signature::officialVector()
{
    const Acs3Signature::Request request{
        "POST",
        u"/"_s,
        {{u"ImageId"_s, u"win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"_s},
         {u"RegionId"_s, u"cn-shanghai"_s}},
        {{"host", "ecs.cn-shanghai.aliyuncs.com"},
         {"x-acs-action", "RunInstances"},
         {"x-acs-version", "2014-05-26"},
         {"x-acs-date", "2023-10-26T10:22:32Z"},
         {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
         {"x-acs-content-sha256", emptyPayloadHash}},
        emptyPayloadHash,
    };
    const QList<QByteArray> names = Acs3Signature::signableHeaderNames(request.headers);
    const QByteArray canonical = Acs3Signature::canonicalRequest(request, names);
    QCOMPARE(canonical,
             QByteArray(
                 "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                 "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n"
                 "x-acs-content-sha256:"
                 + emptyPayloadHash
                 + "\nx-acs-date:2023-10-26T10:22:32Z\n"
                   "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2014-05-26\n\n"
                   "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                 + emptyPayloadHash));
    const QByteArray stringToSign = Acs3Signature::stringToSign(canonical);
    QCOMPARE(
        stringToSign,
        QByteArray("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    QCOMPARE(Acs3Signature::signature("YourAccessKeySecret", stringToSign),
             QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    QCOMPARE(Acs3Signature::authorization(request, u"YourAccessKeyId"_s, "YourAccessKeySecret"),
             QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                        "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

// Reference 3.2, example C: DescribeApplicationStatus.
void TestAcs3Signature::saeGetExample()
{
    const Acs3Signature::Request request{
        "GET",
        u"/pop/v1/sam/app/describeApplicationStatus"_s,
        {{u"AppId"_s, u"0099b7be-5f5b-4512-a7fc-56049ef1abcd"_s}},
        {{"host", "sae.cn-hangzhou.aliyuncs.com"},
         {"x-acs-action", "DescribeApplicationStatus"},
         {"x-acs-content-sha256", emptyPayloadHash},
         {"x-acs-date", "2019-08-26T08:55:56Z"},
         {"x-acs-signature-nonce", "f63659d4-10ac-483b-99da-ea8fde61eae3"},
         {"x-acs-version", "2019-05-06"}},
        emptyPayloadHash,
    };
    const QByteArray canonical =
        Acs3Signature::canonicalRequest(request, Acs3Signature::signableHeaderNames(request.headers));
    QCOMPARE(
        Acs3Signature::stringToSign(canonical),
        QByteArray("ACS3-HMAC-SHA256\n14a3ee260d0a194983853bd63e1b2d41bc20bf001485d93f070d44f0c7089629"));
    QCOMPARE(
        Acs3Signature::authorization(request, u"testid"_s, "testsecret"),
        QByteArray("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
                   "x-acs-date;x-acs-signature-nonce;x-acs-version,"
                   "Signature=e2bf0ec6dac0ee63acc882fb14a68f6a2e174a6b274f40a14a1626b90630a3e9"));
}

// Reference 3.2, example D: DeployApplication with JSON in the query and a form body.
void TestAcs3Signature::saeFormBodyExample()
{
    const QByteArray body = "AssociateEip=false";
    const QByteArray bodyHash = Acs3Signature::hashPayload(body);
    QCOMPARE(bodyHash, QByteArray("b10bd21d5ad74e64d15d002801a8fef1d86b9fafa0ae195499bd129d01a0f793"));
    const Acs3Signature::Request request{
        "POST",
        u"/pop/v1/sam/app/deployApplication"_s,
        {{u"AppId"_s, u"0099b7be-5f5b-4512-a7fc-56049ef1abcd"_s},
         {u"PackageType"_s, u"Image"_s},
         {u"ImageUrl"_s, u"registry.cn-hangzhou.aliyuncs.com/demo/app:1.0"_s},
         {u"MinReadyInstances"_s, u"1"_s},
         {u"UpdateStrategy"_s,
          u"{\"type\":\"BatchUpdate\",\"batchUpdate\":{\"batch\":2,\"releaseType\":\"auto\",\"batchWaitTime\":1}}"_s}},
        {{"content-type", "application/x-www-form-urlencoded"},
         {"host", "sae.cn-hangzhou.aliyuncs.com"},
         {"x-acs-action", "DeployApplication"},
         {"x-acs-content-sha256", bodyHash},
         {"x-acs-date", "2019-08-26T08:55:56Z"},
         {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
         {"x-acs-version", "2019-05-06"}},
        bodyHash,
    };
    const QByteArray canonical =
        Acs3Signature::canonicalRequest(request, Acs3Signature::signableHeaderNames(request.headers));
    QVERIFY(canonical.contains(
        "\nAppId=0099b7be-5f5b-4512-a7fc-56049ef1abcd&ImageUrl=registry.cn-hangzhou.aliyuncs.com%2Fdemo%"
        "2Fapp%3A1.0&"
        "MinReadyInstances=1&PackageType=Image&UpdateStrategy=%7B%22type%22%3A%22BatchUpdate%22%2C%"
        "22batchUpdate%22%"
        "3A%7B%22batch%22%3A2%2C%22releaseType%22%3A%22auto%22%2C%22batchWaitTime%22%3A1%7D%7D\n"));
    QCOMPARE(
        Acs3Signature::stringToSign(canonical),
        QByteArray("ACS3-HMAC-SHA256\n133c4a6fce4f693a6c5d75a5aad2003dbde7e96492a519bc42ec87f69db5ba0b"));
    QVERIFY(Acs3Signature::authorization(request, u"testid"_s, "testsecret")
                .endsWith("Signature=9786025b33a4e40a0ac792cfd4308b254cada0b355fabb60d2fb6f881366dc8f"));
}

// The S5 unit tests of darabonba-openapi-util (reference 3.2, vector 2): Go sends an empty method,
// Python GET; both join the values of a repeated header, sorted, with a comma.
void TestAcs3Signature::duplicateHeadersJoinSorted_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("expectedSignature");
    QTest::newRow("go") << QByteArray()
                        << QByteArray("4ab59fffe3c5738ff8a2729f90cc04fe18b02a4b15b2102cbaf92f9ff3df2ea3");
    QTest::newRow("python") << QByteArray("GET")
                            << QByteArray("d16b30a7699ae9e43875b13195b2f81bcc3ed10c14a9b5eb780e51619aa50be1");
}

void TestAcs3Signature::duplicateHeadersJoinSorted()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, expectedSignature);
    const Acs3Signature::Request request{
        method,
        QString(),
        {{u"test"_s, u"ok"_s}, {u"empty"_s, QString()}},
        {{"x-acs-test", "http"}, {"x-acs-TEST", "https"}},
        "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23",
    };
    const QList<QByteArray> names = Acs3Signature::signableHeaderNames(request.headers);
    QCOMPARE(names, QList<QByteArray>{"x-acs-test"});
    const QByteArray canonical = Acs3Signature::canonicalRequest(request, names);
    QCOMPARE(canonical, method
                            + "\n/\nempty=&test=ok\nx-acs-test:http,https\n\nx-acs-test\n"
                              "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23");
    QCOMPARE(Acs3Signature::authorization(request, u"acesskey"_s, "secret"),
             "ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature=" + expectedSignature);
}

void TestAcs3Signature::percentEncode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved") << u"AZaz09-_.~"_s << QByteArray("AZaz09-_.~");
    QTest::newRow("space is %20") << u"a b"_s << QByteArray("a%20b");
    QTest::newRow("star") << u"*"_s << QByteArray("%2A");
    QTest::newRow("plus") << u"+"_s << QByteArray("%2B");
    QTest::newRow("slash and colon") << u"/:"_s << QByteArray("%2F%3A");
    QTest::newRow("utf-8, upper-case hex") << u"汉语"_s << QByteArray("%E6%B1%89%E8%AF%AD");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestAcs3Signature::percentEncode()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(Acs3Signature::percentEncode(text), encoded);
}

void TestAcs3Signature::canonicalUri_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("uri");
    QTest::newRow("empty") << QString() << QByteArray("/");
    QTest::newRow("root") << u"/"_s << QByteArray("/");
    QTest::newRow("sae") << u"/pop/v1/sam/app/listApplications"_s
                         << QByteArray("/pop/v1/sam/app/listApplications");
    QTest::newRow("segment with space") << u"/pop/a b"_s << QByteArray("/pop/a%20b");
}

void TestAcs3Signature::canonicalUri()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, uri);
    QCOMPARE(Acs3Signature::canonicalUri(path), uri);
}

void TestAcs3Signature::canonicalQueryStringSortsAndEncodes()
{
    QCOMPARE(Acs3Signature::canonicalQueryString({{u"b"_s, u"2 3"_s}, {u"a"_s, u"*"_s}, {u"c"_s, QString()}}),
             QByteArray("a=%2A&b=2%203&c="));
    QCOMPARE(Acs3Signature::canonicalQueryString({}), QByteArray());
}

void TestAcs3Signature::signableHeaderNames()
{
    const Acs3Signature::HeaderItems headers{{"Host", "h"},
                                             {"Accept", "application/json"},
                                             {"Content-Type", "x"},
                                             {"X-Acs-B", "1"},
                                             {"x-acs-a", "2"},
                                             {"User-Agent", "u"},
                                             {"authorization", "not signed"}};
    QCOMPARE(Acs3Signature::signableHeaderNames(headers),
             (QList<QByteArray>{"content-type", "host", "x-acs-a", "x-acs-b"}));
}

void TestAcs3Signature::hashPayload()
{
    QCOMPARE(Acs3Signature::hashPayload({}), emptyPayloadHash);
    QCOMPARE(Acs3Signature::hashPayload("test"),
             QByteArray("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
}

void TestAcs3Signature::parseAuthorization()
{
    const auto parsed = Acs3Signature::parseAuthorization(
        "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action,Signature=abc123");
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->accessKeyId, u"testid"_s);
    QCOMPARE(parsed->signedHeaders, (QList<QByteArray>{"host", "x-acs-action"}));
    QCOMPARE(parsed->signature, QByteArray("abc123"));
}

void TestAcs3Signature::parseAuthorizationRejects_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("legacy scheme") << QByteArray("acs testid:J3yR7Oc5XeRASnGd8U4TRigqzB4=");
    QTest::newRow("no space") << QByteArray("ACS3-HMAC-SHA256Credential=a,SignedHeaders=host,Signature=b");
    QTest::newRow("no credential") << QByteArray("ACS3-HMAC-SHA256 SignedHeaders=host,Signature=b");
    QTest::newRow("no signed headers") << QByteArray("ACS3-HMAC-SHA256 Credential=a,Signature=b");
    QTest::newRow("no signature") << QByteArray("ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host");
    QTest::newRow("garbage field") << QByteArray(
        "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=b,x");
}

void TestAcs3Signature::parseAuthorizationRejects()
{
    QFETCH(QByteArray, header);
    QVERIFY(!Acs3Signature::parseAuthorization(header).has_value());
}

QTEST_GUILESS_MAIN(TestAcs3Signature)
#include "tst_acs3signature.moc"
