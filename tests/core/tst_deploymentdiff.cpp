#include "core/deploymentdiff.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

ApplicationConfig running()
{
    ApplicationConfig config;
    config.appId = u"app-1"_s;
    config.packageType = u"Image"_s;
    config.imageUrl = u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:5.2.6"_s;
    config.cpuMillicores = 1000;
    config.memoryMb = 2048;
    config.replicas = 6;
    config.envs = {{u"JAVA_OPTS"_s, u"-Xmx1g"_s, EnvironmentVariable::Source::Value, 0, {}},
                   {u"DB_PASSWORD"_s, {}, EnvironmentVariable::Source::Secret, 7, u"password"_s},
                   {u"REGION"_s, u"cn-shenzhen"_s, EnvironmentVariable::Source::Value, 0, {}}};
    config.minReadyInstances = 1;
    return config;
}

DeploymentPlan imageOnly(const QString &image)
{
    DeploymentPlan plan;
    plan.appId = u"app-1"_s;
    plan.imageUrl = image;
    return plan;
}

} // namespace

class TestDeploymentDiff final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameImageChangesNothing();
    void newTagAlone();
    void everythingThePlanSets();
    void strategies();
};

void TestDeploymentDiff::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestDeploymentDiff::sameImageChangesNothing()
{
    QCOMPARE(DeploymentDiff::between(running(), imageOnly(running().imageUrl)), QList<ConfirmationChange>());
}

void TestDeploymentDiff::newTagAlone()
{
    // What the plan leaves unset (instances, spec, environment, release) is not a change.
    QCOMPARE(DeploymentDiff::between(
                 running(), imageOnly(u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:5.2.7"_s)),
             (QList<ConfirmationChange>{
                 {u"Image"_s, u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:5.2.6"_s,
                  u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:5.2.7"_s}}));
}

void TestDeploymentDiff::everythingThePlanSets()
{
    DeploymentPlan plan = imageOnly(running().imageUrl);
    plan.replicas = 8;
    plan.cpuMillicores = 2000;
    plan.envs = QList<EnvironmentVariable>{
        {u"JAVA_OPTS"_s, u"-Xmx2g"_s, EnvironmentVariable::Source::Value, 0, {}},
        {u"REGION"_s, u"cn-shenzhen"_s, EnvironmentVariable::Source::Value, 0, {}},
        {u"FEATURES"_s, {}, EnvironmentVariable::Source::ConfigMap, 12, u"flags"_s}};
    UpdateStrategy strategy;
    strategy.type = UpdateStrategy::Type::GrayBatchUpdate;
    strategy.grayInstances = 1;
    strategy.batches = 2;
    strategy.release = UpdateStrategy::Release::Manual;
    plan.release.updateStrategy = strategy;
    plan.release.minReadyInstances = 4;
    QCOMPARE(
        DeploymentDiff::between(running(), plan),
        (QList<ConfirmationChange>{
            {u"Instances"_s, u"6"_s, u"8"_s},
            {u"Spec"_s, u"1 vCPU · 2 GiB"_s, u"2 vCPU · 2 GiB"_s},
            {u"Environment DB_PASSWORD"_s, u"Secret 7, key password"_s, QString()},
            {u"Environment JAVA_OPTS"_s, u"-Xmx1g"_s, u"-Xmx2g"_s},
            {u"Environment FEATURES"_s, QString(), u"ConfigMap 12, key flags"_s},
            {u"Release"_s, u"Single batch"_s, u"1 gray instance, then 2 batches, each confirmed by hand"_s},
            {u"Minimum ready instances"_s, u"1"_s, u"4"_s},
        }));
}

void TestDeploymentDiff::strategies()
{
    QCOMPARE(DeploymentDiff::strategyText(std::nullopt), u"Single batch"_s);
    UpdateStrategy automatic;
    automatic.type = UpdateStrategy::Type::BatchUpdate;
    automatic.batches = 3;
    automatic.batchWaitMinutes = 2;
    QCOMPARE(DeploymentDiff::strategyText(automatic), u"3 batches, automatic, 2 min apart"_s);
    automatic.batches = 1;
    QCOMPARE(DeploymentDiff::strategyText(automatic), u"1 batch, automatic, 2 min apart"_s);
}

QTEST_GUILESS_MAIN(TestDeploymentDiff)
#include "tst_deploymentdiff.moc"
