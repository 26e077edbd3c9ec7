#include "core/deploymentplan.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int s_currentReplicas = 4;

DeploymentPlan imagePlan()
{
    DeploymentPlan plan;
    plan.appId = u"7171a6ca-d1cd-4928-8642-7d5cfe69****"_s;
    plan.imageUrl = u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:2.5.0"_s;
    return plan;
}

EnvironmentVariable literal(const QString &name, const QString &value)
{
    EnvironmentVariable variable;
    variable.name = name;
    variable.value = value;
    return variable;
}

/// The plan of one row: a valid image deployment with one thing changed.
DeploymentPlan planFor(const QByteArray &row)
{
    DeploymentPlan plan = imagePlan();
    if (row == "valid package") {
        plan.packageType = u"FatJar"_s;
        plan.imageUrl.clear();
        plan.packageUrl = u"https://myoss.oss-cn-hangzhou.aliyuncs.com/my-buc/2019-06-30/order.jar"_s;
        plan.packageVersion = u"1.0.1"_s;
    } else if (row == "no application") {
        plan.appId = u" "_s;
    } else if (row == "no package type") {
        plan.packageType.clear();
    } else if (row == "image without address") {
        plan.imageUrl.clear();
    } else if (row == "image address with a space") {
        plan.imageUrl = u"registry.cn-shenzhen.aliyuncs.com/retail/order service:2.5.0"_s;
    } else if (row == "PHP image without address") {
        plan.packageType = u"IMAGE_PHP_7_3"_s;
        plan.imageUrl.clear();
    } else if (row == "package without address and version") {
        plan.packageType = u"War"_s;
    } else if (row == "package over ftp") {
        plan.packageType = u"War"_s;
        plan.packageUrl = u"ftp://files.example.com/order.war"_s;
        plan.packageVersion = u"1.0.1"_s;
    } else if (row == "no instances") {
        plan.replicas = 0;
    } else if (row == "51 instances") {
        plan.replicas = 51;
    } else if (row == "50 instances") {
        plan.replicas = 50;
    } else if (row == "3000 millicores") {
        plan.cpuMillicores = 3000;
    } else if (row == "3000 MB") {
        plan.memoryMb = 3000;
    } else if (row == "500 millicores with 4 GB") {
        plan.cpuMillicores = 500;
        plan.memoryMb = 4096;
    } else if (row == "1000 millicores with 2 GB") {
        plan.cpuMillicores = 1000;
        plan.memoryMb = 2048;
    } else if (row == "variable without name") {
        plan.envs = QList<EnvironmentVariable>{literal(QString(), u"x"_s)};
    } else if (row == "variable twice") {
        plan.envs = QList<EnvironmentVariable>{literal(u"REGION"_s, u"a"_s), literal(u"REGION"_s, u"b"_s)};
    } else if (row == "variable name with =") {
        plan.envs = QList<EnvironmentVariable>{literal(u"A=B"_s, u"x"_s)};
    } else if (row == "ConfigMap without its ID") {
        EnvironmentVariable fromConfigMap = literal(u"SPRING_PROFILE"_s, QString());
        fromConfigMap.source = EnvironmentVariable::Source::ConfigMap;
        plan.envs = QList<EnvironmentVariable>{fromConfigMap};
    } else if (row == "clearing every variable") {
        plan.envs = QList<EnvironmentVariable>{};
    } else if (row == "all instances stay ready") {
        plan.release.minReadyInstances = s_currentReplicas;
    } else if (row == "all of the new count stay ready") {
        plan.replicas = 2;
        plan.release.minReadyInstances = 2;
    } else if (row == "ratio 100") {
        plan.release.minReadyInstanceRatio = 100;
    } else if (row == "ratio 101") {
        plan.release.minReadyInstanceRatio = 101;
    } else if (row == "ready minimum -2") {
        plan.release.minReadyInstances = -2;
    } else if (row == "ready minimum -1 (25 %)") {
        plan.release.minReadyInstances = -1;
    } else if (row == "negative batch wait") {
        plan.release.batchWaitTime = -10;
    } else if (row == "51 batches") {
        UpdateStrategy strategy;
        strategy.type = UpdateStrategy::Type::BatchUpdate;
        strategy.batches = 51;
        plan.release.updateStrategy = strategy;
    } else if (row == "gray release without gray instances") {
        UpdateStrategy strategy;
        strategy.type = UpdateStrategy::Type::GrayBatchUpdate;
        strategy.batches = 2;
        plan.release.updateStrategy = strategy;
    } else if (row == "manual two batches") {
        UpdateStrategy strategy;
        strategy.type = UpdateStrategy::Type::BatchUpdate;
        strategy.batches = 2;
        strategy.release = UpdateStrategy::Release::Manual;
        plan.release.updateStrategy = strategy;
        plan.release.minReadyInstances = 2;
    } else if (row == "several problems at once") {
        plan.imageUrl.clear();
        plan.replicas = 60;
        plan.release.minReadyInstanceRatio = -5;
    }
    return plan;
}

} // namespace

/** DeploymentPlan: a deployment as reviewed, and what SAE would refuse in it (reference 6.5, 8). */
class TestDeploymentPlan : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void messagesNameTheNumbers();
    void unknownReplicasSkipTheComparison();
    void imageOrPackage();
    void offeredSizes_data();
    void offeredSizes();
};

void TestDeploymentPlan::problems_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("codes");
    const QString notEmpty = u"InvalidParameter.NotEmpty"_s;
    const QString invalid = u"InvalidParameter.WithMessage"_s;
    const QString unsupported = u"InvalidInstanceSpecification.Unsupported"_s;
    const QString tooManyReady = u"MinReadyInstances.Not.Smaller.Replicas"_s;
    QTest::newRow("valid image") << QStringList() << QStringList();
    QTest::newRow("valid package") << QStringList() << QStringList();
    QTest::newRow("no application") << QStringList{u"AppId"_s} << QStringList{notEmpty};
    QTest::newRow("no package type") << QStringList{u"PackageType"_s}
                                     << QStringList{u"InvalidPackageType.NotFound"_s};
    QTest::newRow("image without address") << QStringList{u"ImageUrl"_s} << QStringList{notEmpty};
    QTest::newRow("image address with a space") << QStringList{u"ImageUrl"_s} << QStringList{invalid};
    QTest::newRow("PHP image without address") << QStringList{u"ImageUrl"_s} << QStringList{notEmpty};
    QTest::newRow("package without address and version")
        << QStringList{u"PackageUrl"_s, u"PackageVersion"_s} << QStringList{notEmpty, notEmpty};
    QTest::newRow("package over ftp") << QStringList{u"PackageUrl"_s} << QStringList{invalid};
    QTest::newRow("no instances") << QStringList{u"Replicas"_s} << QStringList{invalid};
    QTest::newRow("51 instances") << QStringList{u"Replicas"_s}
                                  << QStringList{u"NoComputeResourceQuota.App.Exceed"_s};
    QTest::newRow("50 instances") << QStringList() << QStringList();
    QTest::newRow("3000 millicores") << QStringList{u"Cpu"_s} << QStringList{unsupported};
    QTest::newRow("3000 MB") << QStringList{u"Memory"_s} << QStringList{unsupported};
    QTest::newRow("500 millicores with 4 GB") << QStringList{u"Memory"_s} << QStringList{unsupported};
    QTest::newRow("1000 millicores with 2 GB") << QStringList() << QStringList();
    QTest::newRow("variable without name") << QStringList{u"Envs[0].name"_s} << QStringList{notEmpty};
    QTest::newRow("variable twice") << QStringList{u"Envs[1].name"_s} << QStringList{invalid};
    QTest::newRow("variable name with =") << QStringList{u"Envs[0].name"_s} << QStringList{invalid};
    QTest::newRow("ConfigMap without its ID") << QStringList{u"Envs[0].valueFrom"_s} << QStringList{invalid};
    QTest::newRow("clearing every variable") << QStringList() << QStringList();
    QTest::newRow("all instances stay ready")
        << QStringList{u"MinReadyInstances"_s} << QStringList{tooManyReady};
    QTest::newRow("all of the new count stay ready")
        << QStringList{u"MinReadyInstances"_s} << QStringList{tooManyReady};
    QTest::newRow("ratio 100") << QStringList{u"MinReadyInstanceRatio"_s} << QStringList{tooManyReady};
    QTest::newRow("ratio 101") << QStringList{u"MinReadyInstanceRatio"_s} << QStringList{invalid};
    QTest::newRow("ready minimum -2") << QStringList{u"MinReadyInstances"_s} << QStringList{invalid};
    QTest::newRow("ready minimum -1 (25 %)") << QStringList() << QStringList();
    QTest::newRow("negative batch wait")
        << QStringList{u"BatchWaitTime"_s} << QStringList{u"BatchWaitTime.Not.Smaller.Zero"_s};
    QTest::newRow("51 batches") << QStringList{u"UpdateStrategy"_s} << QStringList{invalid};
    QTest::newRow("gray release without gray instances")
        << QStringList{u"UpdateStrategy"_s} << QStringList{invalid};
    QTest::newRow("manual two batches") << QStringList() << QStringList();
    QTest::newRow("several problems at once")
        << QStringList{u"ImageUrl"_s, u"Replicas"_s, u"MinReadyInstanceRatio"_s}
        << QStringList{notEmpty, u"NoComputeResourceQuota.App.Exceed"_s, invalid};
}

void TestDeploymentPlan::problems()
{
    QFETCH(QStringList, fields);
    QFETCH(QStringList, codes);
    const DeploymentPlan plan = planFor(QTest::currentDataTag());
    const QList<ValidationProblem> found = plan.problems(s_currentReplicas);
    QStringList foundFields;
    QStringList foundCodes;
    for (const ValidationProblem &problem : found) {
        foundFields.append(problem.field);
        foundCodes.append(problem.code);
        QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.field));
    }
    QCOMPARE(foundFields, fields);
    QCOMPARE(foundCodes, codes);
    QCOMPARE(plan.isValid(s_currentReplicas), fields.isEmpty());
}

void TestDeploymentPlan::messagesNameTheNumbers()
{
    DeploymentPlan plan = imagePlan();
    plan.release.minReadyInstances = 4;
    const QList<ValidationProblem> found = plan.problems(4);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().message.contains(u"4 of 4"_s), qPrintable(found.first().message));

    plan = imagePlan();
    plan.cpuMillicores = 500;
    plan.memoryMb = 8192;
    QVERIFY(plan.problems(4).first().message.contains(u"500"_s));
    QVERIFY(plan.problems(4).first().message.contains(u"8192"_s));
}

void TestDeploymentPlan::unknownReplicasSkipTheComparison()
{
    DeploymentPlan plan = imagePlan();
    plan.release.minReadyInstances = 3;
    QVERIFY(plan.isValid(0)); // the application's count is not known yet
    QVERIFY(!plan.isValid(3));
    QVERIFY(plan.isValid(4));
    // A single instance cannot roll with one ready; SAE then replaces it in place.
    QVERIFY(imagePlan().isValid(1));
}

void TestDeploymentPlan::imageOrPackage()
{
    DeploymentPlan plan;
    QVERIFY(plan.deploysImage()); // the default
    for (const QString &type : {u"FatJar"_s, u"War"_s, u"PythonZip"_s, u"PhpZip"_s, u"DotnetZip"_s}) {
        plan.packageType = type;
        QVERIFY2(!plan.deploysImage(), qPrintable(type));
    }
    plan.packageType = u"IMAGE_PHP_7_3_ALPINE"_s;
    QVERIFY(plan.deploysImage());
}

void TestDeploymentPlan::offeredSizes_data()
{
    QTest::addColumn<int>("cpu");
    QTest::addColumn<int>("memory");
    QTest::addColumn<bool>("offered");
    QTest::newRow("500/1024") << 500 << 1024 << true;
    QTest::newRow("2000/1024") << 2000 << 1024 << false;
    QTest::newRow("12000/12288") << 12000 << 12288 << true;
    QTest::newRow("12000/16384") << 12000 << 16384 << false;
    QTest::newRow("32000/131072") << 32000 << 131072 << true;
    QTest::newRow("0/1024") << 0 << 1024 << false;
    QTest::newRow("1000/0") << 1000 << 0 << false;
}

void TestDeploymentPlan::offeredSizes()
{
    QFETCH(int, cpu);
    QFETCH(int, memory);
    QFETCH(bool, offered);
    QCOMPARE(DeploymentPlan::isOfferedSize(cpu, memory), offered);
}

QTEST_GUILESS_MAIN(TestDeploymentPlan)
#include "tst_deploymentplan.moc"
