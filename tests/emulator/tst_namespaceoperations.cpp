#include "support/gatewaycall.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

/** DescribeNamespaceList and DescribeRegions with the reference's shapes. */
class TestNamespaceOperations : public QObject
{
    Q_OBJECT

private slots:
    void namespaceListMatchesTheFleet();
    void regionsInTheWrappedShape();
    void anotherRegionIsListedToo();
};

void TestNamespaceOperations::namespaceListMatchesTheFleet()
{
    Emulator emulator;
    const GatewayAnswer answer = callGateway(
        emulator, "GET", u"/pop/v1/sam/namespace/describeNamespaceList"_s, u"DescribeNamespaceList"_s);
    QCOMPARE(answer.status, 200);
    const QJsonArray namespaces = answer.body.value(u"Data").toArray();
    QCOMPARE(namespaces.size(), emulator.fleet().namespaces.size());
    for (qsizetype i = 0; i < namespaces.size(); ++i) {
        const QJsonObject entry = namespaces.at(i).toObject();
        QCOMPARE(entry.value(u"NamespaceId").toString(), emulator.fleet().namespaces.at(i).id);
        QCOMPARE(entry.value(u"RegionId").toString(), u"cn-shenzhen"_s);
        QVERIFY(entry.value(u"VpcId").toString().startsWith(u"vpc-"_s));
        QVERIFY(entry.value(u"Custom").isBool());
    }
}

void TestNamespaceOperations::regionsInTheWrappedShape()
{
    Emulator emulator;
    const GatewayAnswer answer =
        callGateway(emulator, "GET", u"/pop/v1/paas/regionConfig"_s, u"DescribeRegions"_s);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.value(u"Code").isDouble()); // an integer here, unlike other operations
    QCOMPARE(answer.body.value(u"Code").toInt(), 200);
    const QJsonArray regions = answer.body.value(u"Regions").toObject().value(u"Region").toArray();
    QVERIFY(regions.size() >= 5);
    bool sawShenzhen = false;
    for (const QJsonValue &value : regions) {
        const QJsonObject region = value.toObject();
        QCOMPARE(region.value(u"RegionEndpoint").toString(),
                 u"sae.%1.aliyuncs.com"_s.arg(region.value(u"RegionId").toString()));
        QVERIFY(!region.value(u"RecommendZones").toObject().value(u"RecommendZone").toArray().isEmpty());
        sawShenzhen = sawShenzhen || region.value(u"RegionId").toString() == u"cn-shenzhen";
    }
    QVERIFY(sawShenzhen);
}

void TestNamespaceOperations::anotherRegionIsListedToo()
{
    EmulatorOptions options;
    options.regionId = u"eu-central-1"_s;
    Emulator emulator(options);
    const GatewayAnswer answer =
        callGateway(emulator, "GET", u"/pop/v1/paas/regionConfig"_s, u"DescribeRegions"_s);
    const QJsonArray regions = answer.body.value(u"Regions").toObject().value(u"Region").toArray();
    QVERIFY(std::any_of(regions.begin(), regions.end(), [](const QJsonValue &value) {
        return value.toObject().value(u"RegionId").toString() == u"eu-central-1";
    }));
}

QTEST_GUILESS_MAIN(TestNamespaceOperations)
#include "tst_namespaceoperations.moc"
