#include "platform/saejsonreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(OPSCONSOLE_TEST_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestSaeJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void referenceListApplications();
    void referenceInstances();
    void referenceGroups();
    void referenceNamespaces();
    void tolerantValues();
    void hugeAndFractionalNumbers();
    void wrappedArrays();
    void applicationsWithWrongTypes();
    void brokenAnswers_data();
    void brokenAnswers();
    void numbersAndTimestamps();
    void tagsInEitherCase();
    void listsPlainWrappedOrInAString();
    void jsonSettingsAsText();
};

void TestSaeJsonReader::referenceListApplications()
{
    const ApiResult<Page<Application>> result =
        SaeJsonReader::applications(fixture(u"listapplications.json"_s));
    QVERIFY(result.isOk());
    const Page<Application> &page = result.value();
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.currentPage, 1);
    QCOMPARE(page.pageSize, 20);
    QCOMPARE(page.totalSize, 2);
    const Application &app = page.items.first();
    QCOMPARE(app.appId, u"f7730764-d88f-4b9a-8d8e-cd8efbfe****"_s);
    QCOMPARE(app.appName, u"demo-app"_s);
    QCOMPARE(app.namespaceId, u"cn-beijing:demo"_s);
    QCOMPARE(app.namespaceName, u"demo"_s);
    QCOMPARE(app.cpuMillicores, 1000);
    QCOMPARE(app.memoryMb, 1024);
    QCOMPARE(app.targetInstances, 2);
    QCOMPARE(app.runningInstances, 2);
    QCOMPARE(app.version(), u"microservice-java-provider-v1.0"_s);
    QCOMPARE(app.tags, (QList<std::pair<QString, QString>>{{u"key"_s, u"value"_s}}));
}

void TestSaeJsonReader::referenceInstances()
{
    const ApiResult<Page<Instance>> result =
        SaeJsonReader::instances(fixture(u"describeapplicationinstances.json"_s));
    QVERIFY(result.isOk());
    QCOMPARE(result.value().totalSize, 10);
    const Instance &instance = result.value().items.first();
    QCOMPARE(instance.status, InstanceStatus::Running);
    QCOMPARE(instance.health, InstanceHealth::WithoutHealthCheckConfig);
    QCOMPARE(instance.ip, u"192.168.X.X"_s);
    QCOMPARE(instance.packageVersion, u"1609939496200"_s);
    QCOMPARE(instance.createdAt, QDateTime::fromMSecsSinceEpoch(1558442609000, Qt::UTC));
    QCOMPARE(instance.readyAt, QDateTime::fromMSecsSinceEpoch(1642757283000, Qt::UTC));
}

void TestSaeJsonReader::referenceGroups()
{
    const ApiResult<QList<ApplicationGroup>> result =
        SaeJsonReader::applicationGroups(fixture(u"describeapplicationgroups.json"_s));
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), 1);
    QCOMPARE(result.value().first().groupName, u"_DEFAULT_GROUP"_s);
    QCOMPARE(result.value().first().replicas, 10);
}

void TestSaeJsonReader::referenceNamespaces()
{
    const ApiResult<Page<Namespace>> result =
        SaeJsonReader::namespaces(fixture(u"describenamespaces.json"_s));
    QVERIFY(result.isOk());
    QCOMPARE(result.value().items.first().id, u"cn-beijing:test"_s);
    QCOMPARE(result.value().items.first().name, u"name"_s);
    QCOMPARE(result.value().totalSize, 100);
}

void TestSaeJsonReader::tolerantValues()
{
    QCOMPARE(SaeJsonReader::text(QJsonValue(200)), u"200"_s);
    QCOMPARE(SaeJsonReader::text(QJsonValue(u"200"_s)), u"200"_s);
    QCOMPARE(SaeJsonReader::text(QJsonValue(true)), u"true"_s);
    QCOMPARE(SaeJsonReader::text(QJsonValue()), QString());
    QCOMPARE(SaeJsonReader::integer(QJsonValue(u" 42 "_s)), 42);
    QCOMPARE(SaeJsonReader::integer(QJsonValue(u"x"_s), -1), -1);
    QCOMPARE(SaeJsonReader::integer(QJsonValue(QJsonValue::Null), 7), 7);
    QCOMPARE(SaeJsonReader::integer(QJsonValue(1558442609000.0)), 1558442609000);
    QCOMPARE(SaeJsonReader::boolean(QJsonValue(u"TRUE"_s)), true);
    QCOMPARE(SaeJsonReader::boolean(QJsonValue(u"false"_s), true), false);
    QCOMPARE(SaeJsonReader::boolean(QJsonValue(u"maybe"_s), true), true);
    QVERIFY(!SaeJsonReader::epochMilliseconds(QJsonValue(0)).isValid());
    QCOMPARE(SaeJsonReader::epochMilliseconds(QJsonValue(u"1590124643553"_s)),
             QDateTime::fromMSecsSinceEpoch(1590124643553, Qt::UTC));
}

void TestSaeJsonReader::hugeAndFractionalNumbers()
{
    // Casting 1e300 to an integer is undefined behaviour; the reader treats it as absent.
    QCOMPARE(SaeJsonReader::integer(QJsonValue(1e300), -1), -1);
    QCOMPARE(SaeJsonReader::integer(QJsonValue(-1e300), -1), -1);
    QCOMPARE(SaeJsonReader::int32(QJsonValue(4294967296.0), 7), 7);
    QCOMPARE(SaeJsonReader::int32(QJsonValue(u"99999999999"_s), 7), 7);
    QCOMPARE(SaeJsonReader::int32(QJsonValue(-5)), -5);
    QCOMPARE(SaeJsonReader::integer(QJsonValue(2.9)), 2);
    QCOMPARE(SaeJsonReader::text(QJsonValue(1e300)), u"1e+300"_s);
    QCOMPARE(SaeJsonReader::text(QJsonValue(2.5)), u"2.5"_s);

    const ApiResult<Page<Application>> result = SaeJsonReader::applications(parse(R"({
        "RequestId": "R", "Data": {"TotalSize": 1e300, "PageSize": -1e30, "CurrentPage": 1e19,
        "Applications": [{"AppId": 1e300, "Cpu": 1e300, "Instances": 3e9}]}})"));
    QVERIFY(result.isOk());
    QCOMPARE(result.value().totalSize, 1); // fell back to the number of items received
    QCOMPARE(result.value().currentPage, 1);
    QCOMPARE(result.value().items.first().cpuMillicores, 0);
    QCOMPARE(result.value().items.first().targetInstances, 0);
    QVERIFY(!result.value().hasMore());
}

void TestSaeJsonReader::wrappedArrays()
{
    // DescribeRegions' current shape wraps arrays ({"Region": [...]}); the 2021 shape does not.
    const QJsonObject wrapped = parse(R"({"Regions":{"Region":[{"RegionId":"cn-hongkong"}]}})");
    const QJsonObject plain = parse(R"({"Regions":[{"RegionId":"cn-hongkong"}]})");
    QCOMPARE(SaeJsonReader::array(wrapped.value(u"Regions"))->size(), 1);
    QCOMPARE(SaeJsonReader::array(plain.value(u"Regions"))->size(), 1);
    QVERIFY(!SaeJsonReader::array(QJsonValue(u"x"_s)).has_value());
    QVERIFY(!SaeJsonReader::array(parse(R"({"a":[],"b":[]})")).has_value());
}

void TestSaeJsonReader::applicationsWithWrongTypes()
{
    const ApiResult<Page<Application>> result = SaeJsonReader::applications(parse(R"({
        "RequestId": "R", "Data": {"TotalSize": "1", "Applications": [
            {"AppId": 12345, "AppName": "legacy", "Cpu": "2000", "Memory": 4096, "Instances": "3",
             "RunningInstances": null, "AppDeletingStatus": "false", "Tags": "not-a-list", "Extra": {"x": 1}}]}})"));
    QVERIFY(result.isOk());
    const Application &app = result.value().items.first();
    QCOMPARE(app.appId, u"12345"_s);
    QCOMPARE(app.cpuMillicores, 2000);
    QCOMPARE(app.memoryMb, 4096); // DescribeApplicationConfig's spelling is accepted too
    QCOMPARE(app.targetInstances, 3);
    QCOMPARE(app.runningInstances, 0);
    QCOMPARE(app.deleting, false);
    QVERIFY(app.tags.isEmpty());
    QCOMPARE(result.value().totalSize, 1);
}

void TestSaeJsonReader::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no Data") << QByteArray(R"({"RequestId":"R-1","Code":"200"})") << u"Data"_s;
    QTest::newRow("Data is a string") << QByteArray(R"({"RequestId":"R-1","Data":"oops"})") << u"Data"_s;
    QTest::newRow("Applications is a number")
        << QByteArray(R"({"RequestId":"R-1","Data":{"Applications":5}})") << u"Data.Applications"_s;
    QTest::newRow("an application without AppId")
        << QByteArray(R"({"RequestId":"R-1","Data":{"Applications":[{"AppId":"a"},{"AppName":"x"}]}})")
        << u"Data.Applications[1].AppId"_s;
    QTest::newRow("an entry that is not an object")
        << QByteArray(R"({"RequestId":"R-1","Data":{"Applications":["x"]}})")
        << u"Data.Applications[0].AppId"_s;
}

void TestSaeJsonReader::brokenAnswers()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const ApiResult<Page<Application>> result =
        SaeJsonReader::applications(QJsonDocument::fromJson(json).object());
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Parse);
    QCOMPARE(result.error().requestId, u"R-1"_s);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void TestSaeJsonReader::numbersAndTimestamps()
{
    QCOMPARE(SaeJsonReader::number(QJsonValue(0.25)), 0.25);
    QCOMPARE(SaeJsonReader::number(QJsonValue(u" 91234.5 "_s)), 91234.5);
    QCOMPARE(SaeJsonReader::number(QJsonValue(u""_s), -1), -1.0);
    QCOMPARE(SaeJsonReader::number(QJsonValue(u"nan"_s), -1), -1.0);
    QCOMPARE(SaeJsonReader::number(QJsonValue(u"inf"_s), -1), -1.0);
    QCOMPARE(SaeJsonReader::number(QJsonValue(true), -1), -1.0);

    const QDateTime utc(QDate(2020, 2, 19), QTime(5, 1, 28), Qt::UTC);
    QCOMPARE(SaeJsonReader::timestamp(QJsonValue(u"2020-02-19T05:01:28Z"_s)), utc);
    QCOMPARE(SaeJsonReader::timestamp(QJsonValue(u"2020-02-19T13:01:28+08:00"_s)), utc);
    QCOMPARE(SaeJsonReader::timestamp(QJsonValue(u"2020-02-19T05:01:28.500Z"_s)), utc.addMSecs(500));
    QCOMPARE(SaeJsonReader::timestamp(QJsonValue(double(utc.toMSecsSinceEpoch()))), utc);
    QCOMPARE(SaeJsonReader::timestamp(QJsonValue(QString::number(utc.toMSecsSinceEpoch()))), utc);
    QVERIFY(!SaeJsonReader::timestamp(QJsonValue(u"2020-02-19T05:01:28"_s)).isValid()); // zone unknown
    QVERIFY(!SaeJsonReader::timestamp(QJsonValue(u"soon"_s)).isValid());
    QVERIFY(!SaeJsonReader::timestamp(QJsonValue()).isValid());
}

void TestSaeJsonReader::tagsInEitherCase()
{
    const QJsonObject object =
        parse(R"({"Tags":[{"Key":"a","Value":"1"},{"key":"b","value":2},{"Value":"no key"}]})");
    QCOMPARE(SaeJsonReader::tags(object.value(u"Tags")),
             (QList<std::pair<QString, QString>>{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}));
    QVERIFY(SaeJsonReader::tags(QJsonValue(u"x"_s)).isEmpty());
}

void TestSaeJsonReader::listsPlainWrappedOrInAString()
{
    const QJsonObject envelope = parse(R"({"RequestId":"R-1",
        "Plain":[1,2], "Wrapped":{"Item":[1]}, "Text":"[1,2,3]", "Empty":"", "Object":{"a":1}, "Broken":"[1,"})");
    QCOMPARE(SaeJsonReader::list(envelope, envelope.value(u"Plain"), u"Plain"_s).value().size(), 2);
    QCOMPARE(SaeJsonReader::list(envelope, envelope.value(u"Wrapped"), u"Wrapped"_s).value().size(), 1);
    QCOMPARE(SaeJsonReader::list(envelope, envelope.value(u"Absent"), u"Absent"_s).value().size(), 0);
    QVERIFY(!SaeJsonReader::list(envelope, envelope.value(u"Text"), u"Text"_s).isOk());
    QCOMPARE(SaeJsonReader::embeddedList(envelope, envelope.value(u"Text"), u"Text"_s).value().size(), 3);
    QCOMPARE(SaeJsonReader::embeddedList(envelope, envelope.value(u"Plain"), u"Plain"_s).value().size(), 2);
    QCOMPARE(SaeJsonReader::embeddedList(envelope, envelope.value(u"Empty"), u"Empty"_s).value().size(), 0);
    const ApiResult<QJsonArray> broken =
        SaeJsonReader::embeddedList(envelope, envelope.value(u"Broken"), u"X.Broken"_s);
    QVERIFY(!broken.isOk());
    QCOMPARE(broken.error().kind, ApiError::Kind::Parse);
    QCOMPARE(broken.error().requestId, u"R-1"_s);
    QVERIFY(broken.error().message.contains(u"X.Broken"_s));
    QVERIFY(!SaeJsonReader::embeddedList(envelope, envelope.value(u"Object"), u"Object"_s).isOk());

    QVERIFY(SaeJsonReader::dataObject(parse(R"({"Data":{}})")).isOk());
    QVERIFY(SaeJsonReader::dataObject(parse(R"({"RequestId":"R-1","Data":7})"))
                .error()
                .message.contains(u"Data"_s));
    QVERIFY(!SaeJsonReader::dataObject(parse(R"({"Data":null})")).isOk());
}

void TestSaeJsonReader::jsonSettingsAsText()
{
    QCOMPARE(SaeJsonReader::jsonText(QJsonValue(u"{\"a\": 1}"_s)), u"{\"a\": 1}"_s); // as sent
    QCOMPARE(SaeJsonReader::jsonText(parse(R"({"v":{"b":2,"a":1}})").value(u"v")), uR"({"a":1,"b":2})"_s);
    QCOMPARE(SaeJsonReader::jsonText(parse(R"({"v":[1,"x"]})").value(u"v")), uR"([1,"x"])"_s);
    QCOMPARE(SaeJsonReader::jsonText(QJsonValue()), QString());
}

QTEST_GUILESS_MAIN(TestSaeJsonReader)
#include "tst_saejsonreader.moc"
