#include "platform/cloudmonitorapi.h"
#include "platform/cloudmonitorjsonreader.h"
#include "platform/responseinterpreter.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"7171a6ca-d1cd-4928-8642-7d5cfe69****"_s;

MetricQuery cpuOf(const QString &application)
{
    MetricQuery query;
    query.metricName = u"cpu"_s;
    query.appId = application;
    return query;
}

ApiResult<MetricPage> answer(const QByteArray &body, const MetricQuery &query = cpuOf(appId))
{
    ResponseInterpreter::RawResponse raw;
    raw.httpStatus = 200;
    raw.body = body;
    return ResponseInterpreter::interpret(raw).andThen(
        [&query](const QJsonObject &envelope) { return CloudMonitorJsonReader::page(envelope, query); });
}

} // namespace

class TestCloudMonitorJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void groupsDatapointsByInstance();
    void datapointsAsAnArray();
    void emptyAnswers_data();
    void emptyAnswers();
    void fillsWhatPointsLeaveOut();
    void brokenAnswers_data();
    void brokenAnswers();
    void cloudMonitorErrorsAreErrors();
    void requestIsCloudMonitors();
};

void TestCloudMonitorJsonReader::groupsDatapointsByInstance()
{
    QFile file(QStringLiteral(OPSCONSOLE_TEST_FIXTURES "/describemetriclist.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ApiResult<MetricPage> result = answer(file.readAll());
    QVERIFY(result.isOk());
    const MetricPage &page = result.value();
    QCOMPARE(page.nextToken, u"xxxxxx"_s);
    QCOMPARE(page.periodSeconds, 60); // "60", a string
    QCOMPARE(page.series.size(), 2);
    const MetricSeries &first = page.series[0];
    QCOMPARE(first.metricName, u"cpu"_s);
    QCOMPARE(first.appId, appId);
    QCOMPARE(first.instanceId, u"demo-7171a6ca-d1cd-4928-8642-7d5cfe69-5595cbddd6-2****"_s);
    QCOMPARE(first.periodSeconds, 60);
    // Out of order on the wire, in time order here.
    QCOMPARE(first.points,
             (QList<MetricPoint>{{1548777600000, 9.9, 11, 9.1}, {1548777660000, 10.5, 12.1, 9.92}}));
    QCOMPARE(page.series[1].instanceId, u"demo-7171a6ca-d1cd-4928-8642-7d5cfe69-5595cbddd6-x****"_s);
    QCOMPARE(page.series[1].points, (QList<MetricPoint>{{1548777600000, 25.25, 31, 20}}));
}

void TestCloudMonitorJsonReader::datapointsAsAnArray()
{
    const ApiResult<MetricPage> result = answer(R"({"Code":200,"RequestId":"R-1","Period":300,"Datapoints":[
        {"timestamp":"1548777600000","instanceId":"i-1","Average":"1.5","Maximum":2,"Minimum":1}]})");
    QVERIFY(result.isOk());
    QCOMPARE(result.value().periodSeconds, 300);
    QVERIFY(!result.value().hasMore());
    QCOMPARE(result.value().series.size(), 1);
    QCOMPARE(result.value().series.first().points, (QList<MetricPoint>{{1548777600000, 1.5, 2, 1}}));
}

void TestCloudMonitorJsonReader::emptyAnswers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty list") << QByteArray(R"({"Code":"200","RequestId":"R-1","Datapoints":"[]"})");
    QTest::newRow("empty string") << QByteArray(R"({"Code":"200","RequestId":"R-1","Datapoints":""})");
    QTest::newRow("no Datapoints") << QByteArray(R"({"Code":"200","RequestId":"R-1","Period":"60"})");
    QTest::newRow("null") << QByteArray(R"({"Code":"200","RequestId":"R-1","Datapoints":null})");
}

void TestCloudMonitorJsonReader::emptyAnswers()
{
    QFETCH(QByteArray, json);
    const ApiResult<MetricPage> result = answer(json);
    QVERIFY(result.isOk());
    QVERIFY(result.value().series.isEmpty());
    QCOMPARE(result.value().periodSeconds, 60);
}

void TestCloudMonitorJsonReader::fillsWhatPointsLeaveOut()
{
    // A point without appId belongs to the application asked about; Value stands in for Average
    // (other acs_* namespaces), and Maximum and Minimum default to it.
    const ApiResult<MetricPage> result = answer(
        R"({"RequestId":"R-1","Datapoints":"[{\"timestamp\":60000,\"instanceId\":\"i-1\",\"Value\":7}]"})");
    QVERIFY(result.isOk());
    const MetricSeries &series = result.value().series.first();
    QCOMPARE(series.appId, appId);
    QCOMPARE(series.points.first(), (MetricPoint{60000, 7, 7, 7}));
}

void TestCloudMonitorJsonReader::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("Datapoints is not JSON")
        << QByteArray(R"({"RequestId":"R-1","Datapoints":"[{\"timesta"})") << u"Datapoints"_s;
    QTest::newRow("Datapoints is an object in a string")
        << QByteArray(R"({"RequestId":"R-1","Datapoints":"{\"timestamp\":1}"})") << u"Datapoints"_s;
    QTest::newRow("Datapoints is a number")
        << QByteArray(R"({"RequestId":"R-1","Datapoints":5})") << u"Datapoints"_s;
    QTest::newRow("a point that is a number")
        << QByteArray(R"({"RequestId":"R-1","Datapoints":"[{},5]"})") << u"Datapoints[0].timestamp"_s;
    QTest::newRow("a point without timestamp")
        << QByteArray(R"({"RequestId":"R-1","Datapoints":"[{\"Average\":1}]"})")
        << u"Datapoints[0].timestamp"_s;
    QTest::newRow("a point without a value")
        << QByteArray(R"({"RequestId":"R-1","Datapoints":"[{\"timestamp\":60000,\"Average\":\"n/a\"}]"})")
        << u"Datapoints[0].Average"_s;
    QTest::newRow("a string point") << QByteArray(R"({"RequestId":"R-1","Datapoints":["1.5"]})")
                                    << u"Datapoints[0]"_s;
}

void TestCloudMonitorJsonReader::brokenAnswers()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const ApiResult<MetricPage> result = answer(json);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Parse);
    QCOMPARE(result.error().requestId, u"R-1"_s);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void TestCloudMonitorJsonReader::cloudMonitorErrorsAreErrors()
{
    // CloudMonitor answers errors with HTTP 200 and Success false.
    const ApiResult<MetricPage> result =
        answer(R"({"Code":"400","Message":"The metric does not exist.","Success":false,"RequestId":"R-1"})");
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Platform);
    QCOMPARE(result.error().code, u"400"_s);
    QCOMPARE(result.error().requestId, u"R-1"_s);
}

void TestCloudMonitorJsonReader::requestIsCloudMonitors()
{
    MetricQuery query = cpuOf(appId);
    query.instanceId = u"i-1"_s;
    query.start = QDateTime::fromMSecsSinceEpoch(1548777600000, Qt::UTC);
    query.end = query.start.addSecs(3600);
    query.periodSeconds = 300;
    query.length = 100;
    query.nextToken = u"abc"_s;
    const ApiRequest request = CloudMonitorApi::describeMetricList(query).request;
    QCOMPARE(request.path, u"/"_s);
    QCOMPARE(request.action, u"DescribeMetricList"_s);
    QCOMPARE(request.version, u"2019-01-01"_s);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.mutating, false);
    const QList<std::pair<QString, QString>> expected{
        {u"Namespace"_s, u"acs_serverless"_s},
        {u"MetricName"_s, u"cpu"_s},
        {u"Dimensions"_s, uR"({"appId":"7171a6ca-d1cd-4928-8642-7d5cfe69****","instanceId":"i-1"})"_s},
        {u"Period"_s, u"300"_s},
        {u"Length"_s, u"100"_s},
        {u"StartTime"_s, u"1548777600000"_s},
        {u"EndTime"_s, u"1548781200000"_s},
        {u"NextToken"_s, u"abc"_s},
    };
    QCOMPARE(request.query, expected);
    QCOMPARE(query.next(MetricPage{{}, u"def"_s, 300}).nextToken, u"def"_s);
}

QTEST_GUILESS_MAIN(TestCloudMonitorJsonReader)
#include "tst_cloudmonitorjsonreader.moc"
