#include "platform/applicationjsonreader.h"
#include "support/recordedanswer.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using RecordedAnswer::answer;
using RecordedAnswer::fixture;

ApiResult<ApplicationConfig> config(const QByteArray &data)
{
    return answer(R"({"Code":"200","RequestId":"R-1","Success":true,"Data":)" + data + "}",
                  &ApplicationJsonReader::config);
}

void verifyParseError(const ApiError &error, const QString &mentions)
{
    QCOMPARE(error.kind, ApiError::Kind::Parse);
    QCOMPARE(error.requestId, u"R-1"_s);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

} // namespace

class TestApplicationJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void referenceConfig();
    void referenceStatus();
    void referenceVersions();
    void numericCodeAndWrappedVersions();
    void configWithMissingOptionalFields();
    void configToleratesArraysForJsonStrings();
    void configSkipsEchoedSecrets();
    void unreadableUpdateStrategyIsKeptAsText();
    void brokenConfigs_data();
    void brokenConfigs();
    void statusInBothSpellings();
    void brokenStatusAndVersions_data();
    void brokenStatusAndVersions();
};

void TestApplicationJsonReader::referenceConfig()
{
    const ApiResult<ApplicationConfig> result =
        answer(fixture(u"describeapplicationconfig.json"_s), &ApplicationJsonReader::config);
    QVERIFY(result.isOk());
    const ApplicationConfig &config = result.value();
    QCOMPARE(config.appId, u"7171a6ca-d1cd-4928-8642-7d5cfe69****"_s);
    QCOMPARE(config.appName, u"demo-app"_s);
    QCOMPARE(config.description, u"Sample application"_s);
    QCOMPARE(config.namespaceId, u"cn-beijing:test"_s);
    QCOMPARE(config.regionId, u"cn-beijing"_s);
    QCOMPARE(config.appSource, u"micro_service"_s);
    QCOMPARE(config.packageType, u"War"_s);
    QCOMPARE(config.packageVersion, u"1.0"_s);
    QCOMPARE(config.imageUrl, u"docker.io/library/nginx:1.14.2"_s);
    QCOMPARE(config.jdk, u"Open JDK 8"_s);
    QCOMPARE(config.webContainer, u"apache-tomcat-7.0.91"_s);
    QCOMPARE(config.cpuMillicores, 1000);
    QCOMPARE(config.memoryMb, 2048);
    QCOMPARE(config.replicas, 2);
    QCOMPARE(config.command, u"echo"_s);
    QCOMPARE(config.commandArgs, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(config.jarStartOptions, u"-Dtest=true"_s);
    QCOMPARE(config.envs.size(), 1);
    QCOMPARE(config.envs.first(), (EnvironmentVariable{u"TEST_ENV_KEY"_s, u"TEST_ENV_VAR"_s, {}, 0, {}}));
    QCOMPARE(config.liveness.type, HealthProbe::Type::Exec);
    QCOMPARE(config.liveness.command, QStringList{u"curl http://localhost:8080"_s});
    QCOMPARE(config.liveness.initialDelaySeconds, 20);
    QCOMPARE(config.liveness.timeoutSeconds, 3);
    QCOMPARE(config.readiness.timeoutSeconds, 5);
    // The example's StartupProbe is escaped twice: kept as text, not a failure.
    QCOMPARE(config.startupProbe.type, HealthProbe::Type::Unrecognised);
    QVERIFY(config.startupProbe.json.startsWith(u"{\\\"exec"_s));
    QCOMPARE(config.preStopJson, uR"({"exec":{"command":["cat","/etc/group"]}})"_s);
    QCOMPARE(config.terminationGracePeriodSeconds, 10);
    QVERIFY(config.updateStrategy.has_value());
    QCOMPARE(config.updateStrategy->type, UpdateStrategy::Type::GrayBatchUpdate);
    QCOMPARE(config.updateStrategy->batches, 2);
    QCOMPARE(config.updateStrategy->grayInstances, 1);
    QCOMPARE(config.minReadyInstances, 1);
    QCOMPARE(config.minReadyInstanceRatio, -1);
    QCOMPARE(config.batchWaitTime, 10);
    QCOMPARE(config.vpcId, u"vpc-2ze0i263cnn311nvj****"_s);
    QCOMPARE(config.vSwitchId, u"vsw-2ze559r1z1bpwqxwp****"_s);
    QCOMPARE(config.securityGroupId, u"sg-wz969ngg2e49q5i4****"_s);
    QCOMPARE(config.associateEip, true);
    QCOMPARE(config.tags, (QList<std::pair<QString, QString>>{{u"k1"_s, u"v1"_s}}));
    QCOMPARE(config.timezone, u"Asia/Shanghai"_s);
    QVERIFY(config.tomcatConfigJson.contains(u"\"maxThreads\":400"_s));
}

void TestApplicationJsonReader::referenceStatus()
{
    const ApiResult<ApplicationStatus> result =
        answer(fixture(u"describeapplicationstatus.json"_s), &ApplicationJsonReader::status);
    QVERIFY(result.isOk());
    const ApplicationStatus &status = result.value();
    QCOMPARE(status.appId, u"0099b7be-5f5b-4512-a7fc-56049ef1****"_s);
    QCOMPARE(status.currentStatus, ApplicationStatus::State::Running);
    QCOMPARE(status.currentStatusText, u"RUNNING"_s);
    QCOMPARE(status.runningInstances, 1);
    QCOMPARE(status.createdAt, QDateTime::fromMSecsSinceEpoch(1563373372746, Qt::UTC));
    QCOMPARE(status.lastChangeOrderId, u"1ccc2339-fc19-49aa-bda0-1e7b8497****"_s);
    QCOMPARE(status.lastChangeOrderRunning, false);
    QCOMPARE(status.lastChangeOrderStatus, std::optional(ChangeOrderStatus::Succeeded));
    QCOMPARE(status.subStatus, ApplicationStatus::ReleaseHealth::Normal);
    QCOMPARE(status.armsAdvancedEnabled, false);
    QCOMPARE(status.enableAgent, false);
    QCOMPARE(status.fileSizeLimitKb, 10240);
}

void TestApplicationJsonReader::referenceVersions()
{
    const ApiResult<QList<AppVersion>> result =
        answer(fixture(u"listappversions.json"_s), &ApplicationJsonReader::versions);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), 1);
    const AppVersion &version = result.value().first();
    QCOMPARE(version.versionId, u"a0ce266c-d354-423a-9bd6-4083405a****"_s);
    QCOMPARE(version.type, AppVersion::Type::Image);
    QCOMPARE(version.createdAt, QDateTime::fromMSecsSinceEpoch(1590124643553, Qt::UTC));
    QVERIFY(version.buildPackageUrl.isEmpty());
}

void TestApplicationJsonReader::numericCodeAndWrappedVersions()
{
    // The 2021 docs show a numeric Code; some lists come wrapped in a one-key object.
    const ApiResult<QList<AppVersion>> result = answer(R"({"Code":200,"RequestId":"R-1","Data":{"AppVersion":[
                   {"Id":"v2","Type":"url","CreateTime":1590124643553,"BuildPackageUrl":"oss://b/app.war",
                    "WarUrl":"oss://b/app.war"},
                   {"Id":"v1","Type":"image","CreateTime":"1590000000000"}]}})",
                                                       &ApplicationJsonReader::versions);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), 2);
    QCOMPARE(result.value()[0].type, AppVersion::Type::Package);
    QCOMPARE(result.value()[0].warUrl, u"oss://b/app.war"_s);
    QCOMPARE(result.value()[0].createdAt, QDateTime::fromMSecsSinceEpoch(1590124643553, Qt::UTC));
    QCOMPARE(result.value()[1].createdAt, QDateTime::fromMSecsSinceEpoch(1590000000000, Qt::UTC));
}

void TestApplicationJsonReader::configWithMissingOptionalFields()
{
    const ApiResult<ApplicationConfig> result = config(R"({"AppId":"a-1","Cpu":"500","Replicas":2})");
    QVERIFY(result.isOk());
    const ApplicationConfig &read = result.value();
    QCOMPARE(read.cpuMillicores, 500);
    QCOMPARE(read.replicas, 2);
    QVERIFY(read.envs.isEmpty());
    QVERIFY(read.commandArgs.isEmpty());
    QVERIFY(!read.liveness.isConfigured());
    QVERIFY(read.tags.isEmpty());
    // No UpdateStrategy is a single batch (reference: "" when the minimum ready is 1).
    QCOMPARE(read.updateStrategy, std::optional(UpdateStrategy()));
    QCOMPARE(read.minReadyInstances, 1);
    QCOMPARE(read.minReadyInstanceRatio, -1);
}

void TestApplicationJsonReader::configToleratesArraysForJsonStrings()
{
    const ApiResult<ApplicationConfig> result = config(R"({"AppId":"a-1",
        "Envs":[{"name":"PORT","value":8080},{"name":"DB","valueFrom":"configMapRef","configMapId":"3","key":"url"}],
        "CommandArgs":["-c","run"],
        "Liveness":{"tcpSocket":{"port":8080}},
        "Tags":"[{\"key\":\"team\",\"value\":\"orders\"}]",
        "Memory":"4096", "AssociateEip":"true"})");
    QVERIFY(result.isOk());
    const ApplicationConfig &read = result.value();
    QCOMPARE(read.envs.size(), 2);
    QCOMPARE(read.envs[0].value, u"8080"_s);
    QCOMPARE(read.envs[1],
             (EnvironmentVariable{u"DB"_s, {}, EnvironmentVariable::Source::ConfigMap, 3, u"url"_s}));
    QCOMPARE(read.commandArgs, (QStringList{u"-c"_s, u"run"_s}));
    QCOMPARE(read.liveness.type, HealthProbe::Type::TcpSocket);
    QCOMPARE(read.liveness.port, 8080);
    QCOMPARE(read.tags, (QList<std::pair<QString, QString>>{{u"team"_s, u"orders"_s}}));
    QCOMPARE(read.memoryMb, 4096);
    QCOMPARE(read.associateEip, true);
}

void TestApplicationJsonReader::configSkipsEchoedSecrets()
{
    // DescribeApplicationConfig echoes OssAkSecret; nothing of it may reach the value.
    const ApiResult<ApplicationConfig> result =
        answer(fixture(u"describeapplicationconfig.json"_s), &ApplicationJsonReader::config);
    QVERIFY(result.isOk());
    const ApplicationConfig &read = result.value();
    for (const QString &field : {read.slsConfigsJson, read.nasConfigsJson, read.tomcatConfigJson,
                                 read.customHostAliasJson, read.preStopJson, read.postStartJson})
        QVERIFY(!field.contains(u"OssAkSecret"_s));
}

void TestApplicationJsonReader::unreadableUpdateStrategyIsKeptAsText()
{
    const ApiResult<ApplicationConfig> result =
        config(R"({"AppId":"a-1","UpdateStrategy":"{\"type\":\"CanaryByHeader\"}"})");
    QVERIFY(result.isOk());
    QVERIFY(!result.value().updateStrategy.has_value());
    QCOMPARE(result.value().updateStrategyJson, uR"({"type":"CanaryByHeader"})"_s);
}

void TestApplicationJsonReader::brokenConfigs_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("Data is a string") << QByteArray(R"("oops")") << u"Data"_s;
    QTest::newRow("Data is null") << QByteArray("null") << u"Data"_s;
    QTest::newRow("no AppId") << QByteArray(R"({"AppName":"x"})") << u"Data.AppId"_s;
    QTest::newRow("Envs is not JSON") << QByteArray(R"({"AppId":"a","Envs":"[{name:"})") << u"Data.Envs"_s;
    QTest::newRow("Envs is an object")
        << QByteArray(R"({"AppId":"a","Envs":"{\"name\":\"A\"}"})") << u"Data.Envs"_s;
    QTest::newRow("an env without a name")
        << QByteArray(R"({"AppId":"a","Envs":"[{\"name\":\"A\"},{\"value\":\"1\"}]"})")
        << u"Data.Envs[1].name"_s;
    QTest::newRow("an env that is a string")
        << QByteArray(R"({"AppId":"a","Envs":["A=1"]})") << u"Data.Envs[0]"_s;
    QTest::newRow("CommandArgs is a number")
        << QByteArray(R"({"AppId":"a","CommandArgs":5})") << u"Data.CommandArgs"_s;
    QTest::newRow("Tags is a number") << QByteArray(R"({"AppId":"a","Tags":5})") << u"Data.Tags"_s;
}

void TestApplicationJsonReader::brokenConfigs()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mentions);
    const ApiResult<ApplicationConfig> result = config(data);
    QVERIFY(!result.isOk());
    verifyParseError(result.error(), mentions);
}

void TestApplicationJsonReader::statusInBothSpellings()
{
    const ApiResult<ApplicationStatus> terraform = answer(
        R"({"Code":200,"RequestId":"R-1","Data":{"AppId":"a","CurrentStatus":"running","RunningInstances":"3",
            "LastChangeOrderRunning":"true","LastChangeOrderStatus":"RUNNING","SubStatus":"runningButHasError",
            "ArmsAdvancedEnabled":true,"EnableAgent":"true","CreateTime":1563373372746}})",
        &ApplicationJsonReader::status);
    QVERIFY(terraform.isOk());
    QCOMPARE(terraform.value().currentStatus, ApplicationStatus::State::Running);
    QCOMPARE(terraform.value().runningInstances, 3);
    QCOMPARE(terraform.value().lastChangeOrderRunning, true);
    QCOMPARE(terraform.value().lastChangeOrderStatus, std::optional(ChangeOrderStatus::Executing));
    QCOMPARE(terraform.value().subStatus, ApplicationStatus::ReleaseHealth::RunningButHasError);
    QCOMPARE(terraform.value().subStatusText, u"runningButHasError"_s);
    QCOMPARE(terraform.value().armsAdvancedEnabled, true);
    QCOMPARE(terraform.value().enableAgent, true);

    const ApiResult<ApplicationStatus> docs =
        answer(R"({"Code":"200","RequestId":"R-1","Data":{"AppId":"a","CurrentStatus":"STOPPED",
                   "LastChangeOrderStatus":"WAIT_APPROVAL","SubStatus":"RUNNING_BUT_HAS_ERROR"}})",
               &ApplicationJsonReader::status);
    QVERIFY(docs.isOk());
    QCOMPARE(docs.value().currentStatus, ApplicationStatus::State::Stopped);
    QCOMPARE(docs.value().subStatus, ApplicationStatus::ReleaseHealth::RunningButHasError);
    QCOMPARE(docs.value().lastChangeOrderStatus, std::nullopt);
    QCOMPARE(docs.value().lastChangeOrderStatusText, u"WAIT_APPROVAL"_s);
    QVERIFY(docs.value().lastChangeOrderId.isEmpty());
    QVERIFY(!docs.value().createdAt.isValid());
}

void TestApplicationJsonReader::brokenStatusAndVersions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("versions");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("status without Data") << QByteArray(R"({"RequestId":"R-1"})") << false << u"Data"_s;
    QTest::newRow("status Data is a list")
        << QByteArray(R"({"RequestId":"R-1","Data":[]})") << false << u"Data"_s;
    QTest::newRow("status without CurrentStatus")
        << QByteArray(R"({"RequestId":"R-1","Data":{"AppId":"a"}})") << false << u"Data.CurrentStatus"_s;
    QTest::newRow("versions without Data") << QByteArray(R"({"RequestId":"R-1"})") << true << u"Data"_s;
    QTest::newRow("versions Data is a string")
        << QByteArray(R"({"RequestId":"R-1","Data":"v1"})") << true << u"Data"_s;
    QTest::newRow("a version without Id")
        << QByteArray(R"({"RequestId":"R-1","Data":[{"Id":"v1"},{"Type":"image"}]})") << true
        << u"Data[1].Id"_s;
}

void TestApplicationJsonReader::brokenStatusAndVersions()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, versions);
    QFETCH(QString, mentions);
    if (versions) {
        const ApiResult<QList<AppVersion>> result = answer(json, &ApplicationJsonReader::versions);
        QVERIFY(!result.isOk());
        verifyParseError(result.error(), mentions);
    } else {
        const ApiResult<ApplicationStatus> result = answer(json, &ApplicationJsonReader::status);
        QVERIFY(!result.isOk());
        verifyParseError(result.error(), mentions);
    }
}

QTEST_GUILESS_MAIN(TestApplicationJsonReader)
#include "tst_applicationjsonreader.moc"
