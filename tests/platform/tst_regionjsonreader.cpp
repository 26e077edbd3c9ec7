#include "platform/regionjsonreader.h"
#include "support/recordedanswer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using RecordedAnswer::answer;
using RecordedAnswer::fixture;

} // namespace

class TestRegionJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void referenceRegions();
    void plainRegions();
    void brokenRegions_data();
    void brokenRegions();
    void referenceNamespaceList();
    void brokenNamespaceList_data();
    void brokenNamespaceList();
};

void TestRegionJsonReader::referenceRegions()
{
    // The current shape: an integer Code, no Data, arrays wrapped in one-key objects.
    const ApiResult<QList<Region>> result =
        answer(fixture(u"describeregions.json"_s), &RegionJsonReader::regions);
    QVERIFY(result.isOk());
    QCOMPARE(result.value(), (QList<Region>{{u"cn-hongkong"_s,
                                             u"China (Hong Kong)"_s,
                                             u"sae.cn-hongkong.aliyuncs.com"_s,
                                             {u"cn-hongkong-b"_s, u"cn-hongkong-d"_s, u"cn-hongkong-c"_s}}}));
}

void TestRegionJsonReader::plainRegions()
{
    // The 2021 shape (reference appendix B 3): plain arrays, a string Code.
    const ApiResult<QList<Region>> result = answer(R"json({"Code":"200","RequestId":"R-1","Regions":[
                   {"RegionId":"cn-hongkong","LocalName":"China (Hong Kong)","RecommendZones":["cn-hongkong-b"]},
                   {"RegionId":"cn-beijing"}]})json",
                                                   &RegionJsonReader::regions);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), 2);
    QCOMPARE(result.value()[0].recommendZones, QStringList{u"cn-hongkong-b"_s});
    QCOMPARE(result.value()[1].regionId, u"cn-beijing"_s);
    QVERIFY(result.value()[1].recommendZones.isEmpty());
    QVERIFY(result.value()[1].endpoint.isEmpty());
}

void TestRegionJsonReader::brokenRegions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no Regions") << QByteArray(R"({"Code":200,"RequestId":"R-1"})") << u"Regions"_s;
    QTest::newRow("Regions is a string")
        << QByteArray(R"({"RequestId":"R-1","Regions":"cn-hongkong"})") << u"Regions"_s;
    QTest::newRow("a region without RegionId")
        << QByteArray(R"({"RequestId":"R-1","Regions":{"Region":[{"LocalName":"x"}]}})")
        << u"Regions[0].RegionId"_s;
    QTest::newRow("a region that is a string")
        << QByteArray(R"({"RequestId":"R-1","Regions":{"Region":["cn-hongkong"]}})") << u"Regions[0]"_s;
    QTest::newRow("zones are a number")
        << QByteArray(R"({"RequestId":"R-1","Regions":[{"RegionId":"a","RecommendZones":3}]})")
        << u"Regions[0].RecommendZones"_s;
}

void TestRegionJsonReader::brokenRegions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const ApiResult<QList<Region>> result = answer(json, &RegionJsonReader::regions);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Parse);
    QCOMPARE(result.error().requestId, u"R-1"_s);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void TestRegionJsonReader::referenceNamespaceList()
{
    const ApiResult<QList<Namespace>> result =
        answer(fixture(u"describenamespacelist.json"_s), &RegionJsonReader::namespaceList);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), 1);
    const Namespace &ns = result.value().first();
    QCOMPARE(ns.id, u"cn-beijing:test"_s);
    QCOMPARE(ns.name, u"test"_s);
    QCOMPARE(ns.shortId, u"test"_s);
    QCOMPARE(ns.regionId, u"cn-beijing"_s);
}

void TestRegionJsonReader::brokenNamespaceList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no Data") << QByteArray(R"({"RequestId":"R-1"})") << u"Data"_s;
    QTest::newRow("Data is an object")
        << QByteArray(R"({"RequestId":"R-1","Data":{"NamespaceId":"a"}})") << u"Data"_s;
    QTest::newRow("no NamespaceId") << QByteArray(R"({"RequestId":"R-1","Data":[{"NamespaceName":"x"}]})")
                                    << u"Data[0].NamespaceId"_s;
}

void TestRegionJsonReader::brokenNamespaceList()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const ApiResult<QList<Namespace>> result = answer(json, &RegionJsonReader::namespaceList);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Parse);
    QCOMPARE(result.error().requestId, u"R-1"_s);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestRegionJsonReader)
#include "tst_regionjsonreader.moc"
