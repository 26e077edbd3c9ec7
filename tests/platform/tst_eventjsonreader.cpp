#include "platform/eventjsonreader.h"
#include "support/recordedanswer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using RecordedAnswer::answer;
using RecordedAnswer::fixture;

} // namespace

class TestEventJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void referenceEvents();
    void eventsWithMissingOptionalFields();
    void eventsInOtherShapes();
    void brokenEvents_data();
    void brokenEvents();
    void referenceAvailability();
    void referenceScaling();
    void referenceWarningEvents();
    void referenceChangeOrders();
    void changeOrdersWithStringNumbers();
    void brokenRankings_data();
    void brokenRankings();
};

void TestEventJsonReader::referenceEvents()
{
    const ApiResult<Page<AppEvent>> result =
        answer(fixture(u"listappevents.json"_s), &EventJsonReader::events);
    QVERIFY(result.isOk());
    const Page<AppEvent> &page = result.value();
    QCOMPARE(page.currentPage, 1);
    QCOMPARE(page.pageSize, 10);
    QCOMPARE(page.totalSize, 20);
    QCOMPARE(page.items.size(), 1);
    const AppEvent &event = page.items.first();
    QCOMPARE(event.type, AppEvent::Type::Normal);
    QCOMPARE(event.reason, u"Created"_s);
    QCOMPARE(event.message, u"Created container"_s);
    QCOMPARE(event.objectKind, u"Pod"_s);
    QCOMPARE(event.objectName, u"errew-b86bf540-b4dc-47d8-a42f-b4997c14bd8f-5595cbddd6-2****"_s);
    QCOMPARE(event.firstSeen, QDateTime(QDate(2020, 2, 19), QTime(5, 1, 28), Qt::UTC));
    QCOMPARE(event.lastSeen, QDateTime(QDate(2020, 2, 19), QTime(5, 1, 28), Qt::UTC));
    QCOMPARE(event.count, 0); // ListAppEvents documents no Count
}

void TestEventJsonReader::eventsWithMissingOptionalFields()
{
    const ApiResult<Page<AppEvent>> result = answer(
        R"({"Code":200,"RequestId":"R-1","Data":{"AppEventEntity":[{"EventType":"Warning","Reason":"BackOff"}]}})",
        &EventJsonReader::events);
    QVERIFY(result.isOk());
    const AppEvent &event = result.value().items.first();
    QCOMPARE(event.type, AppEvent::Type::Warning);
    QVERIFY(event.message.isEmpty());
    QVERIFY(!event.firstSeen.isValid());
    QCOMPARE(result.value().totalSize, 1); // counted when the platform does not say
}

void TestEventJsonReader::eventsInOtherShapes()
{
    // Times with an offset or in epoch milliseconds, counts as strings, a wrapped list, a new type.
    const ApiResult<Page<AppEvent>> result = answer(R"({"Code":"200","RequestId":"R-1","Data":{
        "AppEventEntity":{"Item":[
            {"EventType":"Warning","FirstTimestamp":"2020-02-19T13:01:28+08:00","LastTimestamp":1582088488000,
             "Count":"4"},
            {"EventType":"Critical","FirstTimestamp":"yesterday","LastTimestamp":"2020-02-19 05:01:28"}]},
        "TotalSize":"42","CurrentPage":"2","PageSize":2}})",
                                                    &EventJsonReader::events);
    QVERIFY(result.isOk());
    const QList<AppEvent> &events = result.value().items;
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].firstSeen, QDateTime(QDate(2020, 2, 19), QTime(5, 1, 28), Qt::UTC));
    QCOMPARE(events[0].lastSeen, QDateTime::fromMSecsSinceEpoch(1582088488000, Qt::UTC));
    QCOMPARE(events[0].count, 4);
    QCOMPARE(events[1].type, AppEvent::Type::Unrecognised);
    QCOMPARE(events[1].typeText, u"Critical"_s);
    QVERIFY(!events[1].firstSeen.isValid());
    QVERIFY(!events[1].lastSeen.isValid()); // a time without a zone is not guessed
    QCOMPARE(result.value().totalSize, 42);
    QCOMPARE(result.value().currentPage, 2);
    QVERIFY(result.value().hasMore());
}

void TestEventJsonReader::brokenEvents_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no Data") << QByteArray(R"({"RequestId":"R-1"})") << u"Data"_s;
    QTest::newRow("Data is a list") << QByteArray(R"({"RequestId":"R-1","Data":[]})") << u"Data"_s;
    QTest::newRow("AppEventEntity is a string")
        << QByteArray(R"({"RequestId":"R-1","Data":{"AppEventEntity":"none"}})") << u"Data.AppEventEntity"_s;
    QTest::newRow("an event that is a number")
        << QByteArray(R"({"RequestId":"R-1","Data":{"AppEventEntity":[{},7]}})")
        << u"Data.AppEventEntity[1]"_s;
}

void TestEventJsonReader::brokenEvents()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const ApiResult<Page<AppEvent>> result = answer(json, &EventJsonReader::events);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Parse);
    QCOMPARE(result.error().requestId, u"R-1"_s);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void TestEventJsonReader::referenceAvailability()
{
    const ApiResult<QList<AvailabilityMetric>> result =
        answer(fixture(u"getavailabilitymetric.json"_s), &EventJsonReader::availability);
    QVERIFY(result.isOk());
    QCOMPARE(result.value(), (QList<AvailabilityMetric>{{u"017f39b8-dfa4-4e16-a84b-1dcee4b1****"_s, u"test"_s,
                                                         u"cn-hangzhou"_s, 0, 0, 1, false}}));
}

void TestEventJsonReader::referenceScaling()
{
    const ApiResult<QList<ScaleAppMetric>> result =
        answer(fixture(u"getscaleappmetric.json"_s), &EventJsonReader::scaling);
    QVERIFY(result.isOk());
    QCOMPARE(result.value(), (QList<ScaleAppMetric>{{u"7171a6ca-d1cd-4928-8642-7d5cfe69****"_s, u"test"_s,
                                                     u"cn-hangzhou"_s, 10, 10}}));
}

void TestEventJsonReader::referenceWarningEvents()
{
    const ApiResult<QList<WarningEventMetric>> result =
        answer(fixture(u"getwarningeventmetric.json"_s), &EventJsonReader::warningEvents);
    QVERIFY(result.isOk());
    QCOMPARE(result.value(), (QList<WarningEventMetric>{{u"7171a6ca-d1cd-4928-8642-7d5cfe69****"_s, u"test"_s,
                                                         u"cn-hangzhou"_s, 10}}));
}

void TestEventJsonReader::referenceChangeOrders()
{
    const ApiResult<QList<ChangeOrderMetric>> result =
        answer(fixture(u"getchangeordermetric.json"_s), &EventJsonReader::changeOrders);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), 1);
    const ChangeOrderMetric &line = result.value().first();
    QCOMPARE(line.appId, u"7171a6ca-d1cd-4928-8642-7d5cfe69****"_s);
    QCOMPARE(line.total, 4);
    QCOMPARE(line.failed, 1);
    QCOMPARE(line.errorRatio, 0.25);
    QCOMPARE(line.averageTimeCostMs, 0.0);
    QCOMPARE(line.averageTaskTimeCostMs, std::nullopt); // "" in the example
}

void TestEventJsonReader::changeOrdersWithStringNumbers()
{
    const ApiResult<QList<ChangeOrderMetric>> result = answer(
        R"({"Code":200,"RequestId":"R-1","Data":[{"AppId":"a","Name":"order-service","RegionId":"cn-shenzhen:prod",
                   "Total":"8","Error":2,"ErrorPercent":"0.25","AvgTimeCostMs":91234.5,"MaxTimeCostMs":"180000",
                   "TaskTimeCostMsAvg":"45000","OptimizeSuggestions":"Check the readiness probe."}]})",
        &EventJsonReader::changeOrders);
    QVERIFY(result.isOk());
    const ChangeOrderMetric &line = result.value().first();
    QCOMPARE(line.namespaceId, u"cn-shenzhen:prod"_s);
    QCOMPARE(line.total, 8);
    QCOMPARE(line.errorRatio, 0.25);
    QCOMPARE(line.averageTimeCostMs, 91234.5);
    QCOMPARE(line.maximumTimeCostMs, 180000.0);
    QCOMPARE(line.averageTaskTimeCostMs, std::optional(45000.0));
    QCOMPARE(line.optimizeSuggestions, u"Check the readiness probe."_s);
}

void TestEventJsonReader::brokenRankings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no Data") << QByteArray(R"({"RequestId":"R-1","Code":"200"})") << u"Data"_s;
    QTest::newRow("Data is an object with two lists")
        << QByteArray(R"({"RequestId":"R-1","Data":{"a":[],"b":[]}})") << u"Data"_s;
    QTest::newRow("an entry without AppId")
        << QByteArray(R"({"RequestId":"R-1","Data":[{"AppId":"a"},{"Name":"x"}]})") << u"Data[1].AppId"_s;
    QTest::newRow("an entry that is a string")
        << QByteArray(R"({"RequestId":"R-1","Data":["a"]})") << u"Data[0]"_s;
}

void TestEventJsonReader::brokenRankings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const ApiResult<QList<AvailabilityMetric>> result = answer(json, &EventJsonReader::availability);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Parse);
    QCOMPARE(result.error().requestId, u"R-1"_s);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    // The four overviews share one reader of Data[]: each fails the same way.
    QVERIFY(!answer(json, &EventJsonReader::scaling).isOk());
    QVERIFY(!answer(json, &EventJsonReader::warningEvents).isOk());
    QVERIFY(!answer(json, &EventJsonReader::changeOrders).isOk());
}

QTEST_GUILESS_MAIN(TestEventJsonReader)
#include "tst_eventjsonreader.moc"
