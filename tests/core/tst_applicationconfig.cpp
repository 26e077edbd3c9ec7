#include "core/applicationconfig.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ApplicationConfig running()
{
    ApplicationConfig config;
    config.appId = u"7171a6ca"_s;
    config.appName = u"order-service"_s;
    config.packageType = u"Image"_s;
    config.imageUrl = u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:2.4.1"_s;
    config.cpuMillicores = 2000;
    config.memoryMb = 4096;
    config.replicas = 6;
    config.envs = {{u"SPRING_PROFILES_ACTIVE"_s, u"prod"_s, EnvironmentVariable::Source::Value, 0, {}},
                   {u"DB_PASSWORD"_s, {}, EnvironmentVariable::Source::Secret, 520, u"password"_s}};
    config.liveness = HealthProbe::parse(uR"({"tcpSocket":{"port":8080}})"_s);
    config.readiness = HealthProbe::parse(uR"({"httpGet":{"path":"/ready","port":8080}})"_s);
    config.updateStrategyJson =
        uR"({"type":"BatchUpdate","batchUpdate":{"batch":2,"releaseType":"manual"}})"_s;
    config.updateStrategy = std::get<UpdateStrategy>(UpdateStrategy::parse(config.updateStrategyJson));
    config.minReadyInstances = 2;
    config.tags = {{u"team"_s, u"orders"_s}};
    return config;
}

} // namespace

class TestApplicationConfig : public QObject
{
    Q_OBJECT

private slots:
    void equalConfigsCompareEqual();
    void eachChangeIsSeen();
    void probesCompareByMeaningNotLayout();
    void environmentReferences();
    void minimumReadyDuringRelease_data();
    void minimumReadyDuringRelease();
};

void TestApplicationConfig::equalConfigsCompareEqual()
{
    QCOMPARE(running(), running());
    QCOMPARE(ApplicationConfig(), ApplicationConfig());
}

void TestApplicationConfig::eachChangeIsSeen()
{
    const ApplicationConfig before = running();
    ApplicationConfig image = before;
    image.imageUrl.replace(u"2.4.1"_s, u"2.5.0"_s);
    QVERIFY(image != before);

    ApplicationConfig env = before;
    env.envs[0].value = u"staging"_s;
    QVERIFY(env != before);
    QVERIFY(env.envs[1] == before.envs[1]); // field by field: only the first variable changed

    ApplicationConfig strategy = before;
    strategy.updateStrategy->release = UpdateStrategy::Release::Auto;
    QVERIFY(strategy != before);

    ApplicationConfig tags = before;
    tags.tags.append({u"cost-centre"_s, u"42"_s});
    QVERIFY(tags != before);

    ApplicationConfig probe = before;
    probe.readiness = HealthProbe();
    QVERIFY(probe != before);
    QVERIFY(probe.liveness == before.liveness);
}

void TestApplicationConfig::probesCompareByMeaningNotLayout()
{
    ApplicationConfig reformatted = running();
    reformatted.readiness =
        HealthProbe::parse(u"{\n  \"httpGet\": {\"port\": 8080, \"path\": \"/ready\"}\n}"_s);
    QVERIFY(reformatted.readiness.json != running().readiness.json);
    QCOMPARE(reformatted, running());
}

void TestApplicationConfig::environmentReferences()
{
    const ApplicationConfig config = running();
    QVERIFY(!config.envs[0].isReference());
    QVERIFY(config.envs[1].isReference());
    QCOMPARE(config.envs[1].referenceId, 520);
}

void TestApplicationConfig::minimumReadyDuringRelease_data()
{
    QTest::addColumn<int>("minReady");
    QTest::addColumn<int>("ratio");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<int>("expected");
    // Reference 6.5: the ratio wins unless -1; -1 instances means 25 % rounded up.
    QTest::newRow("instances") << 2 << -1 << 6 << 2;
    QTest::newRow("ratio wins") << 5 << 50 << 5 << 3;
    QTest::newRow("system default") << -1 << -1 << 5 << 2;
}

void TestApplicationConfig::minimumReadyDuringRelease()
{
    ApplicationConfig config;
    QFETCH(int, minReady);
    QFETCH(int, ratio);
    QFETCH(int, replicas);
    config.minReadyInstances = minReady;
    config.minReadyInstanceRatio = ratio;
    config.replicas = replicas;
    QTEST(config.minimumReadyDuringRelease(), "expected");
}

QTEST_GUILESS_MAIN(TestApplicationConfig)
#include "tst_applicationconfig.moc"
