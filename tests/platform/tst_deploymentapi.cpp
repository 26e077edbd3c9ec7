#include "core/retrypolicy.h"
#include "platform/changeorderapi.h"
#include "platform/deploymentapi.h"
#include "support/apitestutils.h"
#include "support/localemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Pairs = QList<std::pair<QString, QString>>;

QString queryValue(const ApiRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.query) {
        if (key == name)
            return value;
    }
    return u"<absent>"_s;
}

QStringList names(const Pairs &pairs)
{
    QStringList list;
    for (const auto &pair : pairs)
        list.append(pair.first);
    return list;
}

} // namespace

/**
 * Deployment and lifecycle calls: the exact requests (methods, paths, query or form body, journal
 * summaries without secrets), and against the in-process emulator that each one starts a change
 * order the emulator holds, with SAE's refusals as Platform errors.
 */
class TestDeploymentApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void imageDeployRequest();
    void packageDeployRequest();
    void lifecycleRequests();
    void deployWithAFormBody();
    void eachLifecycleCallStartsAChangeOrder();
    void rollbackToAnEarlierVersion();
    void refusalsArePlatformErrors();

private:
    template <typename T>
    ApiResult<T> call(const ApiCall<T> &apiCall)
    {
        return waitForCall(m_local->client(), apiCall);
    }
    QString appIdOf(const QString &namespaceName, const QString &appName) const;
    /// Checks that the ticket names a change order of `appId` of type `coTypeCode` that the emulator
    /// holds, and lets the clock run until it ended.
    void expectChangeOrder(const ApiResult<ChangeOrderTicket> &ticket, const QString &appId,
                           const QString &coTypeCode);

    std::unique_ptr<LocalEmulator> m_local;
};

void TestDeploymentApi::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC);
    options.callsPerMinute = 0;
    m_local = std::make_unique<LocalEmulator>(options);
    QVERIFY(m_local->isListening());
    m_local->emulator().clock().advance(1000);
}

void TestDeploymentApi::cleanup()
{
    m_local.reset();
}

QString TestDeploymentApi::appIdOf(const QString &namespaceName, const QString &appName) const
{
    const EmulatedApplication *application =
        m_local->emulator().fleet().findApplicationNamed(namespaceName, appName);
    return application ? application->application.appId : QString();
}

void TestDeploymentApi::expectChangeOrder(const ApiResult<ChangeOrderTicket> &ticket, const QString &appId,
                                          const QString &coTypeCode)
{
    QVERIFY2(ticket.isOk(), qPrintable(ticket.isOk() ? QString() : ticket.error().detailedText()));
    QVERIFY(!ticket.value().requestId.isEmpty());
    const EmulatedChangeOrder *held =
        m_local->emulator().fleet().findChangeOrder(ticket.value().changeOrderId);
    QVERIFY(held);
    QCOMPARE(held->order.appId, appId);
    QCOMPARE(held->order.coTypeCode, coTypeCode);
    for (int waited = 0; waited < 900 && held->order.isRunning(); waited += 5) {
        m_local->emulator().clock().advance(5000);
        m_local->emulator().advance();
        held = m_local->emulator().fleet().findChangeOrder(ticket.value().changeOrderId);
    }
    QCOMPARE(held->order.status, ChangeOrderStatus::Succeeded);
}

void TestDeploymentApi::imageDeployRequest()
{
    DeploymentPlan plan;
    plan.appId = u"app-1"_s;
    plan.imageUrl = u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:2.5.0"_s;
    plan.acrInstanceId = u"cri-xxxxxx"_s;
    plan.replicas = 6;
    plan.cpuMillicores = 2000;
    plan.memoryMb = 4096;
    EnvironmentVariable password;
    password.name = u"DB_PASSWORD"_s;
    password.value = u"hunter2"_s;
    EnvironmentVariable region;
    region.name = u"REGION"_s;
    region.value = u"cn-shenzhen"_s;
    plan.envs = QList<EnvironmentVariable>{password, region};
    UpdateStrategy gray;
    gray.type = UpdateStrategy::Type::GrayBatchUpdate;
    gray.batches = 2;
    gray.release = UpdateStrategy::Release::Manual;
    gray.grayInstances = 1;
    plan.release.updateStrategy = gray;
    plan.release.minReadyInstances = 2;
    plan.release.batchWaitTime = 30;
    plan.release.autoEnableScalingRules = true;
    plan.changeOrderDescription = u"Release 2.5.0"_s;

    const ApiRequest request = DeploymentApi::deployApplication(plan).request;
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, u"/pop/v1/sam/app/deployApplication"_s);
    QCOMPARE(request.action, u"DeployApplication"_s);
    QVERIFY(request.mutating);
    QCOMPARE(names(request.query),
             (QStringList{u"AppId"_s, u"PackageType"_s, u"ImageUrl"_s, u"Replicas"_s, u"Cpu"_s, u"Memory"_s,
                          u"Envs"_s, u"UpdateStrategy"_s, u"BatchWaitTime"_s, u"MinReadyInstances"_s,
                          u"AutoEnableApplicationScalingRule"_s, u"ChangeOrderDesc"_s}));
    QCOMPARE(queryValue(request, u"PackageType"_s), u"Image"_s);
    QCOMPARE(queryValue(request, u"Replicas"_s), u"6"_s);
    QCOMPARE(queryValue(request, u"Cpu"_s), u"2000"_s);
    QCOMPARE(queryValue(request, u"Memory"_s), u"4096"_s);
    QCOMPARE(queryValue(request, u"Envs"_s),
             uR"([{"name":"DB_PASSWORD","value":"hunter2"},{"name":"REGION","value":"cn-shenzhen"}])"_s);
    QCOMPARE(
        QJsonDocument::fromJson(queryValue(request, u"UpdateStrategy"_s).toUtf8()).object(),
        QJsonDocument::fromJson(
            R"({"type":"GrayBatchUpdate","batchUpdate":{"batch":2,"releaseType":"manual"},"grayUpdate":{"gray":1}})")
            .object());
    QCOMPARE(queryValue(request, u"AutoEnableApplicationScalingRule"_s), u"true"_s);
    // Reference 1.2: AcrInstanceId is one of DeployApplication's form-body parameters.
    QCOMPARE(request.form, (Pairs{{u"AcrInstanceId"_s, u"cri-xxxxxx"_s}}));

    // The journal's summary: what was asked, and no secret (variables by name only).
    const QJsonObject summary = request.summary;
    QCOMPARE(summary.value(u"AppId"_s).toString(), u"app-1"_s);
    QCOMPARE(summary.value(u"ImageUrl"_s).toString(), plan.imageUrl);
    QCOMPARE(summary.value(u"Replicas"_s).toInt(), 6);
    QCOMPARE(summary.value(u"Envs"_s).toArray(), (QJsonArray{u"DB_PASSWORD"_s, u"REGION"_s}));
    QCOMPARE(summary.value(u"UpdateStrategy"_s).toObject().value(u"type"_s).toString(), u"GrayBatchUpdate"_s);
    QCOMPARE(summary.value(u"MinReadyInstances"_s).toInt(), 2);
    QCOMPARE(summary.value(u"ChangeOrderDesc"_s).toString(), u"Release 2.5.0"_s);
    QVERIFY(!QJsonDocument(summary).toJson().contains("hunter2"));

    // A single batch is said explicitly; what is not set is not sent.
    DeploymentPlan minimal;
    minimal.appId = u"app-1"_s;
    minimal.imageUrl = plan.imageUrl;
    minimal.release.updateStrategy = UpdateStrategy();
    const ApiRequest single = DeploymentApi::deployApplication(minimal).request;
    QCOMPARE(names(single.query),
             (QStringList{u"AppId"_s, u"PackageType"_s, u"ImageUrl"_s, u"UpdateStrategy"_s}));
    QCOMPARE(queryValue(single, u"UpdateStrategy"_s), QString());
    QCOMPARE(single.summary.value(u"UpdateStrategy"_s), QJsonValue(QString()));
    QVERIFY(single.form.isEmpty());
}

void TestDeploymentApi::packageDeployRequest()
{
    DeploymentPlan plan;
    plan.appId = u"app-1"_s;
    plan.packageType = u"War"_s;
    plan.packageUrl = u"https://retail-artifacts.oss-cn-shenzhen.aliyuncs.com/member/member-2.15.0.war"
                      u"?OSSAccessKeyId=LTAI5tExample&Expires=1700000000&Signature=abc%2Bdef"_s;
    plan.packageVersion = u"2.15.0"_s;
    plan.jdk = u"Open JDK 8"_s;
    plan.webContainer = u"apache-tomcat-8.5.42"_s;
    plan.imageUrl = u"ignored:1"_s;        // not an image deployment
    plan.acrInstanceId = u"cri-ignored"_s; // nor this
    const ApiRequest request = DeploymentApi::deployApplication(plan).request;
    QCOMPARE(names(request.query), (QStringList{u"AppId"_s, u"PackageType"_s, u"PackageUrl"_s,
                                                u"PackageVersion"_s, u"Jdk"_s, u"WebContainer"_s}));
    QCOMPARE(queryValue(request, u"PackageUrl"_s), plan.packageUrl); // sent as given, signature and all
    QVERIFY(request.form.isEmpty());
    // The journal keeps the package's address without the signed query.
    QCOMPARE(request.summary.value(u"PackageUrl"_s).toString(),
             u"https://retail-artifacts.oss-cn-shenzhen.aliyuncs.com/member/member-2.15.0.war"_s);
    QVERIFY(!QJsonDocument(request.summary).toJson().contains("Signature"));
    QCOMPARE(request.summary.value(u"PackageVersion"_s).toString(), u"2.15.0"_s);
}

void TestDeploymentApi::lifecycleRequests()
{
    ReleaseOptions release;
    UpdateStrategy batches;
    batches.type = UpdateStrategy::Type::BatchUpdate;
    batches.batches = 3;
    batches.batchWaitMinutes = 1;
    release.updateStrategy = batches;
    release.batchWaitTime = 60;
    release.minReadyInstances = 1;
    release.minReadyInstanceRatio = 50;
    release.autoEnableScalingRules = false;

    const ApiRequest rollback = DeploymentApi::rollbackApplication(u"app-1"_s, u"v-1"_s, release).request;
    QCOMPARE(rollback.method, QByteArray("PUT"));
    QCOMPARE(rollback.path, u"/pop/v1/sam/app/rollbackApplication"_s);
    QCOMPARE(rollback.action, u"RollbackApplication"_s);
    QVERIFY(rollback.mutating);
    QCOMPARE(
        rollback.query,
        (Pairs{
            {u"AppId"_s, u"app-1"_s},
            {u"VersionId"_s, u"v-1"_s},
            {u"UpdateStrategy"_s,
             uR"({"batchUpdate":{"batch":3,"batchWaitTime":1,"releaseType":"auto"},"type":"BatchUpdate"})"_s},
            {u"BatchWaitTime"_s, u"60"_s},
            {u"MinReadyInstances"_s, u"1"_s},
            {u"MinReadyInstanceRatio"_s, u"50"_s},
            {u"AutoEnableApplicationScalingRule"_s, u"false"_s}}));
    QCOMPARE(rollback.summary.value(u"VersionId"_s).toString(), u"v-1"_s);

    // Rescale and Restart take only the ready minimum of the release options.
    const ApiRequest rescale = DeploymentApi::rescaleApplication(u"app-1"_s, 5, release).request;
    QCOMPARE(rescale.method, QByteArray("PUT"));
    QCOMPARE(rescale.path, u"/pop/v1/sam/app/rescaleApplication"_s);
    QCOMPARE(rescale.query, (Pairs{{u"AppId"_s, u"app-1"_s},
                                   {u"Replicas"_s, u"5"_s},
                                   {u"MinReadyInstances"_s, u"1"_s},
                                   {u"MinReadyInstanceRatio"_s, u"50"_s},
                                   {u"AutoEnableApplicationScalingRule"_s, u"false"_s}}));
    QCOMPARE(rescale.summary, (QJsonObject{{u"AppId"_s, u"app-1"_s},
                                           {u"Replicas"_s, 5},
                                           {u"MinReadyInstances"_s, 1},
                                           {u"MinReadyInstanceRatio"_s, 50},
                                           {u"AutoEnableApplicationScalingRule"_s, false}}));
    const ApiRequest restart = DeploymentApi::restartApplication(u"app-1"_s).request;
    QCOMPARE(restart.path, u"/pop/v1/sam/app/restartApplication"_s);
    QCOMPARE(restart.query, (Pairs{{u"AppId"_s, u"app-1"_s}}));

    for (const auto &[call, path, action] :
         {std::tuple{DeploymentApi::stopApplication(u"app-1"_s), u"stopApplication"_s, u"StopApplication"_s},
          std::tuple{DeploymentApi::startApplication(u"app-1"_s), u"startApplication"_s,
                     u"StartApplication"_s}}) {
        QCOMPARE(call.request.method, QByteArray("PUT"));
        QCOMPARE(call.request.path, u"/pop/v1/sam/app/"_s + path);
        QCOMPARE(call.request.action, action);
        QVERIFY(call.request.mutating);
        QCOMPARE(call.request.query, (Pairs{{u"AppId"_s, u"app-1"_s}}));
        QCOMPARE(call.request.summary, (QJsonObject{{u"AppId"_s, u"app-1"_s}}));
    }

    const ApiRequest restartInstances =
        DeploymentApi::restartInstances(u"app-1"_s, {u"i-1"_s, u" i-2 "_s, u"i-1"_s, QString()}).request;
    QCOMPARE(restartInstances.method, QByteArray("PUT"));
    QCOMPARE(restartInstances.path, u"/pop/v1/sam/app/restartInstances"_s);
    QCOMPARE(restartInstances.query, (Pairs{{u"AppId"_s, u"app-1"_s}, {u"InstanceIds"_s, u"i-1,i-2"_s}}));
    QCOMPARE(restartInstances.summary.value(u"InstanceIds"_s).toArray(), (QJsonArray{u"i-1"_s, u"i-2"_s}));
    const ApiRequest deleteInstances = DeploymentApi::deleteInstances(u"app-1"_s, {u"i-3"_s}).request;
    QCOMPARE(deleteInstances.path, u"/pop/v1/sam/app/deleteInstances"_s);
    QCOMPARE(deleteInstances.action, u"DeleteInstances"_s);
    QVERIFY(deleteInstances.mutating);
}

void TestDeploymentApi::deployWithAFormBody()
{
    // The body is signed with the rest (x-acs-content-sha256); the emulator verifies it.
    const QString appId = appIdOf(u"staging"_s, u"order-service"_s);
    QVERIFY(!appId.isEmpty());
    DeploymentPlan plan;
    plan.appId = appId;
    plan.imageUrl = u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:9.9.9"_s;
    plan.acrInstanceId = u"cri-retail"_s;
    plan.changeOrderDescription = u"Canary of 9.9.9"_s;
    const ApiResult<ChangeOrderTicket> ticket = call(DeploymentApi::deployApplication(plan));
    QVERIFY2(ticket.isOk(), qPrintable(ticket.isOk() ? QString() : ticket.error().detailedText()));
    QCOMPARE(ticket.value().appId, appId);
    QCOMPARE(ticket.value().needsApproval, std::optional(false));
    const EmulatedChangeOrder *held =
        m_local->emulator().fleet().findChangeOrder(ticket.value().changeOrderId);
    QVERIFY(held);
    QCOMPARE(held->order.description, u"Canary of 9.9.9"_s);
    QCOMPARE(held->targetVersion, u"9.9.9"_s);
}

void TestDeploymentApi::eachLifecycleCallStartsAChangeOrder()
{
    const QString appId = appIdOf(u"prod"_s, u"member-service"_s);
    const EmulatedApplication &app = *m_local->emulator().fleet().findApplication(appId);
    expectChangeOrder(call(DeploymentApi::rescaleApplication(appId, 5)), appId, u"CoScaleOut"_s);
    QCOMPARE(app.application.targetInstances, 5);
    expectChangeOrder(call(DeploymentApi::rescaleApplication(appId, 4)), appId, u"CoScaleIn"_s);
    ReleaseOptions oneAtATime;
    oneAtATime.minReadyInstances = 3;
    expectChangeOrder(call(DeploymentApi::restartApplication(appId, oneAtATime)), appId,
                      u"CoRestartApplication"_s);
    const QString first = app.instances.first().instanceId;
    expectChangeOrder(call(DeploymentApi::restartInstances(appId, {first})), appId, u"CoRestartInstances"_s);
    const QString second = app.instances.last().instanceId;
    expectChangeOrder(call(DeploymentApi::deleteInstances(appId, {second})), appId, u"CoDeleteInstances"_s);
    QCOMPARE(app.application.targetInstances, 4); // deleted instances are replaced
    expectChangeOrder(call(DeploymentApi::stopApplication(appId)), appId, u"CoStopApplication"_s);
    QCOMPARE(app.application.targetInstances, 0);
    expectChangeOrder(call(DeploymentApi::startApplication(appId)), appId, u"CoStartApplication"_s);
    QCOMPARE(app.application.targetInstances, 4);
}

void TestDeploymentApi::rollbackToAnEarlierVersion()
{
    const QString appId = appIdOf(u"prod"_s, u"member-service"_s);
    const EmulatedApplication &app = *m_local->emulator().fleet().findApplication(appId);
    const EmulatedAppVersion seeded = app.versions.first();
    DeploymentPlan plan;
    plan.appId = appId;
    plan.imageUrl = app.instances.first().imageUrl.section(u':', 0, -2) + u":9.9.9"_s;
    expectChangeOrder(call(DeploymentApi::deployApplication(plan)), appId, u"CoDeploy"_s);
    QCOMPARE(app.versions.size(), 2);
    QCOMPARE(app.instances.first().packageVersion, u"9.9.9"_s);

    ReleaseOptions release;
    release.minReadyInstances = 2;
    release.autoEnableScalingRules = true; // a string in RollbackApplication; "true" either way
    expectChangeOrder(call(DeploymentApi::rollbackApplication(appId, seeded.versionId, release)), appId,
                      u"CoRollback"_s);
    QStringList versionsNow;
    for (const Instance &instance : app.instances)
        versionsNow.append(instance.packageVersion);
    QCOMPARE(versionsNow, QStringList(4, seeded.version));
}

void TestDeploymentApi::refusalsArePlatformErrors()
{
    const ApiResult<ChangeOrderTicket> unknown = call(DeploymentApi::restartApplication(u"no-such-app"_s));
    QVERIFY(!unknown.isOk());
    QCOMPARE(unknown.error().kind, ApiError::Kind::Platform);
    QCOMPARE(unknown.error().code, u"InvalidAppId.NotFound"_s);
    QCOMPARE(unknown.error().httpStatus, 404);
    QVERIFY(!unknown.error().requestId.isEmpty());

    const QString appId = appIdOf(u"prod"_s, u"member-service"_s);
    const ApiResult<ChangeOrderTicket> tooMany = call(DeploymentApi::rescaleApplication(appId, 51));
    QVERIFY(!tooMany.isOk());
    QCOMPARE(tooMany.error().httpStatus, 400);
    QVERIFY(!tooMany.error().code.isEmpty());

    QVERIFY(call(DeploymentApi::stopApplication(appId)).isOk());
    const ApiResult<ChangeOrderTicket> busy = call(DeploymentApi::rescaleApplication(appId, 3));
    QVERIFY(!busy.isOk());
    QCOMPARE(busy.error().kind, ApiError::Kind::Platform);
    QCOMPARE(busy.error().code, u"Application.ChangerOrderRunning"_s);
    QCOMPARE(busy.error().httpStatus, 400);
    QVERIFY(!busy.error().requestId.isEmpty());
    QVERIFY(!RetryPolicy::mayHaveBeenApplied(busy.error()));

    const ApiResult<ChangeOrderTicket> unknownInstance = call(
        DeploymentApi::restartInstances(appIdOf(u"prod"_s, u"order-service"_s), {u"no-such-instance"_s}));
    QVERIFY(!unknownInstance.isOk());
    QCOMPARE(unknownInstance.error().code, u"InvalidParameter.Obviously"_s);
}

QTEST_GUILESS_MAIN(TestDeploymentApi)
#include "tst_deploymentapi.moc"
