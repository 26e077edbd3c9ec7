#include "emulator/changeorderengine.h"
#include "emulator/emulator.h"
#include "emulator/gateway.h"
#include "support/gatewaycall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Query = QList<std::pair<QString, QString>>;

const QString s_manualTwoBatches =
    uR"({"type":"BatchUpdate","batchUpdate":{"batch":2,"releaseType":"manual"}})"_s;

} // namespace

/**
 * Deploys and change orders through the real gateway, with a manual clock: the state machine of
 * reference 6.1/6.2 (0 -> 1 -> batches -> 8 or 9 -> 2; aborts 6; failures 3 with roll-back).
 */
class TestChangeOrderOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void singleBatchDeploySucceeds();
    void manualBatchesWaitForConfirmation();
    void confirmAcceptsTheWaitingOrTheNextBatch();
    void automaticBatchesWaitBetween();
    void grayBatchWaitsForConfirmation();
    void oneChangeOrderAtATime();
    void missingImageFailsAndRollsBack();
    void abortStopsWhereItIs();
    void abortAndRollbackRestoresTheVersion();
    void stopStartRescaleRestart();
    void rollbackToAnEarlierVersion();
    void configReflectsTheLastDeploy();
    void listOrderedByInstances();
    void restartTheSickInstance();
    void deleteInstancesRecreatesThem();
    void deployRefuses_data();
    void deployRefuses();
    void unknownChangeOrder();

private:
    GatewayAnswer call(const QByteArray &method, const QString &path, const QString &action, Query query);
    GatewayAnswer deploy(const QString &tag, const QString &strategy, Query extra = {});
    QJsonObject changeOrder(const QString &id);
    /// Advances the clock in 5-second steps until the change order reaches `status` (or gives up).
    QJsonObject advanceUntil(const QString &id, int status, int maximumSeconds = 900);
    const EmulatedApplication &app() { return *m_emulator->fleet().findApplication(m_appId); }
    QString appIdOf(const QString &namespaceName, const QString &appName) const;
    QStringList versions();

    std::unique_ptr<Emulator> m_emulator;
    QString m_appId;
    QString m_image;
};

void TestChangeOrderOperations::init()
{
    m_emulator = std::make_unique<Emulator>();
    m_emulator->clock().setManual(QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC));
    m_appId = appIdOf(u"prod"_s, u"member-service"_s); // 4 healthy instances
    QVERIFY(!m_appId.isEmpty());
    m_image = app().application.imageUrl.section(u':', 0, -2);
    if (m_image.isEmpty())
        m_image = app().instances.first().imageUrl.section(u':', 0, -2);
    m_emulator->clock().advance(1000); // let the fleet settle into the manual clock
}

GatewayAnswer TestChangeOrderOperations::call(const QByteArray &method, const QString &path,
                                              const QString &action, Query query)
{
    return callGateway(*m_emulator, method, path, action, std::move(query));
}

GatewayAnswer TestChangeOrderOperations::deploy(const QString &tag, const QString &strategy, Query extra)
{
    Query query{{u"AppId"_s, m_appId}, {u"PackageType"_s, u"Image"_s}, {u"ImageUrl"_s, m_image + u':' + tag}};
    if (!strategy.isNull())
        query.append({u"UpdateStrategy"_s, strategy});
    query.append(extra);
    return call("POST", u"/pop/v1/sam/app/deployApplication"_s, u"DeployApplication"_s, query);
}

QJsonObject TestChangeOrderOperations::changeOrder(const QString &id)
{
    const GatewayAnswer answer = call("GET", u"/pop/v1/sam/changeorder/DescribeChangeOrder"_s,
                                      u"DescribeChangeOrder"_s, {{u"ChangeOrderId"_s, id}});
    return answer.data();
}

QJsonObject TestChangeOrderOperations::advanceUntil(const QString &id, int status, int maximumSeconds)
{
    for (int waited = 0; waited <= maximumSeconds; waited += 5) {
        const QJsonObject order = changeOrder(id);
        if (order.value(u"Status").toInt() == status)
            return order;
        m_emulator->clock().advance(5000);
    }
    return changeOrder(id);
}

QString TestChangeOrderOperations::appIdOf(const QString &namespaceName, const QString &appName) const
{
    const EmulatedApplication *application = m_emulator->fleet().findApplicationNamed(namespaceName, appName);
    return application ? application->application.appId : QString();
}

QStringList TestChangeOrderOperations::versions()
{
    QStringList tags;
    for (const Instance &instance : app().instances)
        tags.append(instance.imageUrl.section(u':', -1));
    tags.sort();
    return tags;
}

void TestChangeOrderOperations::singleBatchDeploySucceeds()
{
    const GatewayAnswer deployed = deploy(u"9.9.9"_s, QString());
    QCOMPARE(deployed.status, 200);
    const QString id = deployed.data().value(u"ChangeOrderId").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(deployed.data().value(u"AppId").toString(), m_appId);
    QCOMPARE(changeOrder(id).value(u"Status").toInt(), 0); // preparing
    QCOMPARE(changeOrder(id).value(u"CoTypeCode").toString(), u"CoDeploy"_s);

    const QJsonObject done = advanceUntil(id, 2);
    QCOMPARE(done.value(u"Status").toInt(), 2);
    QCOMPARE(done.value(u"BatchCount").toInt(), 1);
    QCOMPARE(versions(), QStringList(4, u"9.9.9"_s));
    QCOMPARE(app().application.imageUrl, m_image + u":9.9.9"_s);
    QCOMPARE(app().application.runningInstances, 4);
    QVERIFY(QDateTime::fromString(done.value(u"CreateTime").toString(), u"yyyy-MM-dd HH:mm:ss"_s).isValid());

    const GatewayAnswer status = call("GET", u"/pop/v1/sam/app/describeApplicationStatus"_s,
                                      u"DescribeApplicationStatus"_s, {{u"AppId"_s, m_appId}});
    QCOMPARE(status.data().value(u"LastChangeOrderId").toString(), id);
    QCOMPARE(status.data().value(u"LastChangeOrderStatus").toString(), u"SUCCESS"_s);
    QCOMPARE(status.data().value(u"LastChangeOrderRunning").toBool(), false);
    QCOMPARE(status.data().value(u"CurrentStatus").toString(), u"RUNNING"_s);
}

void TestChangeOrderOperations::manualBatchesWaitForConfirmation()
{
    const QString id = deploy(u"9.9.9"_s, s_manualTwoBatches).data().value(u"ChangeOrderId").toString();
    const QJsonObject waiting = advanceUntil(id, 8);
    QCOMPARE(waiting.value(u"Status").toInt(), 8);
    QCOMPARE(waiting.value(u"BatchType").toString(), u"manual"_s);
    const QJsonArray pipelines = waiting.value(u"Pipelines").toArray();
    QCOMPARE(pipelines.size(), 2);
    QCOMPARE(pipelines.at(0).toObject().value(u"Status").toInt(), 2);
    QCOMPARE(pipelines.at(1).toObject().value(u"Status").toInt(), 8);
    QCOMPARE(versions().count(u"9.9.9"_s), 2); // half the instances, and it stays so while it waits
    const GatewayAnswer firstBatch =
        call("GET", u"/pop/v1/sam/app/describeApplicationInstances"_s, u"DescribeApplicationInstances"_s,
             {{u"AppId"_s, m_appId},
              {u"GroupId"_s, app().group.groupId},
              {u"PipelineId"_s, pipelines.at(0).toObject().value(u"PipelineId").toString()}});
    const QJsonArray started = firstBatch.data().value(u"Instances").toArray();
    QCOMPARE(started.size(), 2); // only what the first batch started
    for (const QJsonValue &instance : started)
        QVERIFY(instance.toObject().value(u"ImageUrl").toString().endsWith(u":9.9.9"_s));
    m_emulator->clock().advance(3600 * 1000);
    QCOMPARE(changeOrder(id).value(u"Status").toInt(), 8);
    QCOMPARE(versions().count(u"9.9.9"_s), 2);

    const QString next = pipelines.at(1).toObject().value(u"PipelineId").toString();
    const GatewayAnswer pipeline = call("GET", u"/pop/v1/sam/changeorder/DescribePipeline"_s,
                                        u"DescribePipeline"_s, {{u"PipelineId"_s, next}});
    QCOMPARE(pipeline.data().value(u"ShowBatch").toBool(), true);
    QCOMPARE(pipeline.data().value(u"PipelineName").toString(), u"Batch 2 Change"_s);

    const GatewayAnswer confirmed =
        call("GET", u"/pop/v1/sam/changeorder/ConfirmPipelineBatch"_s, u"ConfirmPipelineBatch"_s,
             {{u"PipelineId"_s, next}, {u"Confirm"_s, u"true"_s}});
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(confirmed.data().value(u"PipelineId").toString(), next);
    QCOMPARE(advanceUntil(id, 2).value(u"Status").toInt(), 2);
    QCOMPARE(versions(), QStringList(4, u"9.9.9"_s));
}

void TestChangeOrderOperations::confirmAcceptsTheWaitingOrTheNextBatch()
{
    const QString id = deploy(u"9.9.9"_s, s_manualTwoBatches).data().value(u"ChangeOrderId").toString();
    const QJsonObject waiting = advanceUntil(id, 8);
    const QString finished =
        waiting.value(u"Pipelines").toArray().at(0).toObject().value(u"PipelineId").toString();
    // Confirm=false before: not waiting yet is refused; an unknown pipeline too.
    QCOMPARE(call("GET", u"/pop/v1/sam/changeorder/ConfirmPipelineBatch"_s, u"ConfirmPipelineBatch"_s,
                  {{u"PipelineId"_s, u"no-such-pipeline"_s}, {u"Confirm"_s, u"true"_s}})
                 .status,
             400);
    const GatewayAnswer confirmed =
        call("GET", u"/pop/v1/sam/changeorder/ConfirmPipelineBatch"_s, u"ConfirmPipelineBatch"_s,
             {{u"PipelineId"_s, finished}, {u"Confirm"_s, u"true"_s}});
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(changeOrder(id).value(u"Status").toInt(), 1);
    // Confirming again while the batch runs is refused.
    const GatewayAnswer again =
        call("GET", u"/pop/v1/sam/changeorder/ConfirmPipelineBatch"_s, u"ConfirmPipelineBatch"_s,
             {{u"PipelineId"_s, finished}, {u"Confirm"_s, u"true"_s}});
    QCOMPARE(again.status, 400);
    QCOMPARE(advanceUntil(id, 2).value(u"Status").toInt(), 2);
}

void TestChangeOrderOperations::automaticBatchesWaitBetween()
{
    const QString id =
        deploy(
            u"9.9.9"_s,
            uR"({"type":"BatchUpdate","batchUpdate":{"batch":2,"releaseType":"auto","batchWaitTime":2}})"_s)
            .data()
            .value(u"ChangeOrderId")
            .toString();
    const QJsonObject between = advanceUntil(id, 9);
    QCOMPARE(between.value(u"Status").toInt(), 9);
    QCOMPARE(between.value(u"BatchWaitTime").toInt(), 2);
    m_emulator->clock().advance(60 * 1000); // one minute of the two
    QCOMPARE(changeOrder(id).value(u"Status").toInt(), 9);
    QCOMPARE(advanceUntil(id, 2).value(u"Status").toInt(), 2);
}

void TestChangeOrderOperations::grayBatchWaitsForConfirmation()
{
    const QString id =
        deploy(
            u"9.9.9"_s,
            uR"({"type":"GrayBatchUpdate","batchUpdate":{"batch":1,"releaseType":"auto"},"grayUpdate":{"gray":1}})"_s)
            .data()
            .value(u"ChangeOrderId")
            .toString();
    const QJsonObject waiting = advanceUntil(id, 8);
    QCOMPARE(waiting.value(u"Status").toInt(), 8);
    QCOMPARE(versions().count(u"9.9.9"_s), 1); // the canary
    const QString next =
        waiting.value(u"Pipelines").toArray().at(1).toObject().value(u"PipelineId").toString();
    QCOMPARE(call("GET", u"/pop/v1/sam/changeorder/ConfirmPipelineBatch"_s, u"ConfirmPipelineBatch"_s,
                  {{u"PipelineId"_s, next}, {u"Confirm"_s, u"true"_s}})
                 .status,
             200);
    QCOMPARE(advanceUntil(id, 2).value(u"Status").toInt(), 2);
    QCOMPARE(versions(), QStringList(4, u"9.9.9"_s));
}

void TestChangeOrderOperations::oneChangeOrderAtATime()
{
    QCOMPARE(deploy(u"9.9.9"_s, s_manualTwoBatches).status, 200);
    const GatewayAnswer second = deploy(u"9.9.10"_s, QString());
    QCOMPARE(second.status, 400);
    QCOMPARE(second.code(), u"Application.ChangerOrderRunning"_s);
    const GatewayAnswer restart = call("PUT", u"/pop/v1/sam/app/restartApplication"_s,
                                       u"RestartApplication"_s, {{u"AppId"_s, m_appId}});
    QCOMPARE(restart.code(), u"Application.ChangerOrderRunning"_s);
}

void TestChangeOrderOperations::missingImageFailsAndRollsBack()
{
    const QStringList before = versions();
    const QString id = deploy(u"9.9.9-missing"_s, QString()).data().value(u"ChangeOrderId").toString();
    const QJsonObject failed = advanceUntil(id, 3, 1200);
    QCOMPARE(failed.value(u"Status").toInt(), 3);
    QCOMPARE(failed.value(u"SubStatus").toInt(), 1);
    QVERIFY(failed.value(u"ErrorMessage").toString().contains(u"rolled back"_s));
    QCOMPARE(versions(), before); // the old instances kept serving
    QCOMPARE(app().application.runningInstances, 4);
    bool sawPullFailure = false;
    for (const FleetEvent &event : m_emulator->fleet().events)
        sawPullFailure =
            sawPullFailure || (event.reason == u"Failed" && event.message.contains(u"9.9.9-missing"_s));
    QVERIFY(sawPullFailure);
    QCOMPARE(deploy(u"9.9.9"_s, QString()).status, 200); // the application can be deployed again
}

void TestChangeOrderOperations::abortStopsWhereItIs()
{
    const QString id = deploy(u"9.9.9"_s, s_manualTwoBatches).data().value(u"ChangeOrderId").toString();
    advanceUntil(id, 8);
    const GatewayAnswer aborted = call("PUT", u"/pop/v1/sam/changeorder/AbortChangeOrder"_s,
                                       u"AbortChangeOrder"_s, {{u"ChangeOrderId"_s, id}});
    QCOMPARE(aborted.status, 200);
    QCOMPARE(aborted.data().value(u"ChangeOrderId").toString(), id);
    QCOMPARE(changeOrder(id).value(u"Status").toInt(), 6);
    QCOMPARE(versions().count(u"9.9.9"_s), 2); // half released, as it was
    const GatewayAnswer again = call("PUT", u"/pop/v1/sam/changeorder/AbortChangeOrder"_s,
                                     u"AbortChangeOrder"_s, {{u"ChangeOrderId"_s, id}});
    QCOMPARE(again.status, 400);
}

void TestChangeOrderOperations::abortAndRollbackRestoresTheVersion()
{
    const QStringList before = versions();
    const QString id = deploy(u"9.9.9"_s, s_manualTwoBatches).data().value(u"ChangeOrderId").toString();
    advanceUntil(id, 8);
    const GatewayAnswer answer = call("PUT", u"/pop/v1/sam/changeorder/AbortAndRollbackChangeOrder"_s,
                                      u"AbortAndRollbackChangeOrder"_s, {{u"ChangeOrderId"_s, id}});
    QCOMPARE(answer.status, 200);
    const QString rollback = answer.data().value(u"ChangeOrderId").toString();
    QVERIFY(rollback != id);
    QCOMPARE(changeOrder(id).value(u"Status").toInt(), 6);
    QCOMPARE(changeOrder(rollback).value(u"CoTypeCode").toString(), u"CoRollback"_s);
    QCOMPARE(advanceUntil(rollback, 2).value(u"Status").toInt(), 2);
    QCOMPARE(versions(), before);

    const GatewayAnswer listed = call("GET", u"/pop/v1/sam/changeorder/ListChangeOrders"_s,
                                      u"ListChangeOrders"_s, {{u"AppId"_s, m_appId}});
    const QJsonArray orders = listed.data().value(u"ChangeOrderList").toArray();
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders.at(0).toObject().value(u"ChangeOrderId").toString(), rollback); // newest first
    QCOMPARE(listed.data().value(u"TotalSize").toInt(), 2);
}

void TestChangeOrderOperations::stopStartRescaleRestart()
{
    const auto run = [this](const QString &path, const QString &action, Query query) {
        query.prepend({u"AppId"_s, m_appId});
        const GatewayAnswer answer = call("PUT", path, action, query);
        if (answer.status != 200)
            return -1;
        return advanceUntil(answer.data().value(u"ChangeOrderId").toString(), 2).value(u"Status").toInt();
    };
    QCOMPARE(run(u"/pop/v1/sam/app/rescaleApplication"_s, u"RescaleApplication"_s, {{u"Replicas"_s, u"6"_s}}),
             2);
    QCOMPARE(app().application.targetInstances, 6);
    QCOMPARE(app().application.runningInstances, 6);
    QCOMPARE(run(u"/pop/v1/sam/app/stopApplication"_s, u"StopApplication"_s, {}), 2);
    QCOMPARE(app().application.runningInstances, 0);
    const GatewayAnswer status = call("GET", u"/pop/v1/sam/app/describeApplicationStatus"_s,
                                      u"DescribeApplicationStatus"_s, {{u"AppId"_s, m_appId}});
    QCOMPARE(status.data().value(u"CurrentStatus").toString(), u"STOPPED"_s);
    QCOMPARE(run(u"/pop/v1/sam/app/startApplication"_s, u"StartApplication"_s, {}), 2);
    QCOMPARE(app().application.runningInstances, 6);
    const QStringList before = [this] {
        QStringList ids;
        for (const Instance &instance : app().instances)
            ids.append(instance.instanceId);
        return ids;
    }();
    QCOMPARE(run(u"/pop/v1/sam/app/restartApplication"_s, u"RestartApplication"_s,
                 {{u"MinReadyInstances"_s, u"4"_s}}),
             2);
    for (const Instance &instance : app().instances)
        QVERIFY(!before.contains(instance.instanceId)); // every instance is new
    QCOMPARE(app().application.runningInstances, 6);
}

void TestChangeOrderOperations::rollbackToAnEarlierVersion()
{
    const QString deployed = deploy(u"9.9.9"_s, QString()).data().value(u"ChangeOrderId").toString();
    QCOMPARE(advanceUntil(deployed, 2).value(u"Status").toInt(), 2);
    const GatewayAnswer listed =
        call("GET", u"/pop/v1/sam/app/listAppVersions"_s, u"ListAppVersions"_s, {{u"AppId"_s, m_appId}});
    QCOMPARE(listed.status, 200);
    const QJsonArray history = listed.body.value(u"Data").toArray();
    QCOMPARE(history.size(), 2); // the seeded version and the deploy, newest first
    QCOMPARE(history.at(0).toObject().value(u"Type").toString(), u"image"_s);
    QVERIFY(history.at(0).toObject().value(u"CreateTime").toString().toLongLong()
            > history.at(1).toObject().value(u"CreateTime").toString().toLongLong());
    const QString previous = history.at(1).toObject().value(u"Id").toString();

    const GatewayAnswer rolledBack =
        call("PUT", u"/pop/v1/sam/app/rollbackApplication"_s, u"RollbackApplication"_s,
             {{u"AppId"_s, m_appId}, {u"VersionId"_s, previous}});
    QCOMPARE(rolledBack.status, 200);
    const QString id = rolledBack.data().value(u"ChangeOrderId").toString();
    QCOMPARE(changeOrder(id).value(u"CoTypeCode").toString(), u"CoRollback"_s);
    QCOMPARE(advanceUntil(id, 2).value(u"Status").toInt(), 2);
    QStringList versionsNow;
    for (const Instance &instance : app().instances)
        versionsNow.append(instance.packageVersion);
    QCOMPARE(versionsNow, QStringList(4, app().versions.first().version));

    const GatewayAnswer unknown =
        call("PUT", u"/pop/v1/sam/app/rollbackApplication"_s, u"RollbackApplication"_s,
             {{u"AppId"_s, m_appId}, {u"VersionId"_s, u"no-such-version"_s}});
    QCOMPARE(unknown.code(), u"InvalidParameter.Obviously"_s);
}

void TestChangeOrderOperations::configReflectsTheLastDeploy()
{
    const QString seededVersion = app().versions.constFirst().versionId;
    const QString id = deploy(u"9.9.9"_s, s_manualTwoBatches).data().value(u"ChangeOrderId").toString();
    advanceUntil(id, 8);
    const QString next =
        changeOrder(id).value(u"Pipelines").toArray().at(1).toObject().value(u"PipelineId").toString();
    call("GET", u"/pop/v1/sam/changeorder/ConfirmPipelineBatch"_s, u"ConfirmPipelineBatch"_s,
         {{u"PipelineId"_s, next}, {u"Confirm"_s, u"true"_s}});
    QCOMPARE(advanceUntil(id, 2).value(u"Status").toInt(), 2);

    const GatewayAnswer config = call("GET", u"/pop/v1/sam/app/describeApplicationConfig"_s,
                                      u"DescribeApplicationConfig"_s, {{u"AppId"_s, m_appId}});
    QCOMPARE(config.status, 200);
    QCOMPARE(config.data().value(u"ImageUrl").toString(), m_image + u":9.9.9"_s);
    QCOMPARE(config.data().value(u"Replicas").toInt(), 4);
    QCOMPARE(config.data().value(u"AppName").toString(), u"member-service"_s);
    // UpdateStrategy comes back as the JSON string it was sent as (reference 8.2).
    const QJsonObject strategy =
        QJsonDocument::fromJson(config.data().value(u"UpdateStrategy").toString().toUtf8()).object();
    QCOMPARE(strategy.value(u"type").toString(), u"BatchUpdate"_s);
    QCOMPARE(strategy.value(u"batchUpdate").toObject().value(u"releaseType").toString(), u"manual"_s);

    const GatewayAnswer before =
        call("GET", u"/pop/v1/sam/app/describeApplicationConfig"_s, u"DescribeApplicationConfig"_s,
             {{u"AppId"_s, m_appId}, {u"VersionId"_s, seededVersion}});
    QCOMPARE(before.data().value(u"PackageVersion").toString(), app().versions.constFirst().version);
    const GatewayAnswer unknown =
        call("GET", u"/pop/v1/sam/app/describeApplicationConfig"_s, u"DescribeApplicationConfig"_s,
             {{u"AppId"_s, m_appId}, {u"VersionId"_s, u"no-such-version"_s}});
    QCOMPARE(unknown.code(), u"InvalidParameter.Obviously"_s);
}

void TestChangeOrderOperations::listOrderedByInstances()
{
    const auto targets = [this](const QString &reverse) {
        const GatewayAnswer answer =
            call("GET", u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s,
                 {{u"OrderBy"_s, u"instances"_s}, {u"Reverse"_s, reverse}, {u"PageSize"_s, u"100"_s}});
        QList<int> counts;
        for (const QJsonValue &app : answer.data().value(u"Applications").toArray())
            counts.append(app.toObject().value(u"Instances").toInt());
        return counts;
    };
    const QList<int> descending = targets(u"false"_s);
    const QList<int> ascending = targets(u"true"_s);
    QCOMPARE(descending.size(), 48);
    QVERIFY(std::is_sorted(descending.crbegin(), descending.crend()));
    QVERIFY(std::is_sorted(ascending.cbegin(), ascending.cend()));
    QCOMPARE(descending.first(), ascending.last());
    const GatewayAnswer bad = call("GET", u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s,
                                   {{u"OrderBy"_s, u"name"_s}});
    QCOMPARE(bad.code(), u"InvalidParameter.WithMessage"_s);
}

void TestChangeOrderOperations::restartTheSickInstance()
{
    // On call: order-service in prod has a crash-looping instance; restart just that one.
    m_appId = appIdOf(u"prod"_s, u"order-service"_s);
    QString sick;
    for (const Instance &instance : app().instances) {
        if (app().fateOf(instance.instanceId) == InstanceFate::CrashLoop)
            sick = instance.instanceId;
    }
    QVERIFY(!sick.isEmpty());
    const QStringList others = [this, &sick] {
        QStringList ids;
        for (const Instance &instance : app().instances) {
            if (instance.instanceId != sick)
                ids.append(instance.instanceId);
        }
        return ids;
    }();
    const GatewayAnswer answer = call("PUT", u"/pop/v1/sam/app/restartInstances"_s, u"RestartInstances"_s,
                                      {{u"AppId"_s, m_appId}, {u"InstanceIds"_s, sick}});
    QCOMPARE(answer.status, 200);
    const QString id = answer.data().value(u"ChangeOrderId").toString();
    QCOMPARE(changeOrder(id).value(u"CoTypeCode").toString(), u"CoRestartInstances"_s);
    QCOMPARE(advanceUntil(id, 2).value(u"Status").toInt(), 2);
    QStringList now;
    for (const Instance &instance : app().instances) {
        now.append(instance.instanceId);
        QCOMPARE(instance.status, InstanceStatus::Running);
    }
    QVERIFY(!now.contains(sick));
    for (const QString &other : others)
        QVERIFY(now.contains(other)); // the healthy ones were left alone
    QCOMPARE(app().application.runningInstances, app().application.targetInstances);
}

void TestChangeOrderOperations::deleteInstancesRecreatesThem()
{
    const QString victim = app().instances.first().instanceId;
    const GatewayAnswer answer = call("PUT", u"/pop/v1/sam/app/deleteInstances"_s, u"DeleteInstances"_s,
                                      {{u"AppId"_s, m_appId}, {u"InstanceIds"_s, victim}});
    QCOMPARE(answer.status, 200);
    const QString id = answer.data().value(u"ChangeOrderId").toString();
    m_emulator->clock().advance(5000); // the batch starts: the instance goes at once
    changeOrder(id);
    QCOMPARE(app().instances.size(), 4);
    QCOMPARE(app().application.runningInstances, 3);
    QCOMPARE(advanceUntil(id, 2).value(u"Status").toInt(), 2);
    QCOMPARE(app().application.runningInstances, 4);
    for (const Instance &instance : app().instances)
        QVERIFY(instance.instanceId != victim);

    const GatewayAnswer unknown = call("PUT", u"/pop/v1/sam/app/deleteInstances"_s, u"DeleteInstances"_s,
                                       {{u"AppId"_s, m_appId}, {u"InstanceIds"_s, u"no-such-instance"_s}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.code(), u"InvalidParameter.Obviously"_s);
}

void TestChangeOrderOperations::deployRefuses_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("minReady");
    QTest::addColumn<QString>("code");
    QTest::newRow("bad strategy") << u"1"_s << u"{oops"_s << QString() << u"InvalidParameter.WithMessage"_s;
    QTest::newRow("negative batch wait")
        << u"1"_s << uR"({"type":"BatchUpdate","batchUpdate":{"batch":2,"batchWaitTime":-5}})"_s << QString()
        << u"BatchWaitTime.Not.Smaller.Zero"_s;
    QTest::newRow("min ready not below replicas")
        << u"1"_s << QString() << u"4"_s << u"MinReadyInstances.Not.Smaller.Replicas"_s;
    QTest::newRow("no image") << QString() << QString() << QString() << u"InvalidParameter.NotEmpty"_s;
}

void TestChangeOrderOperations::deployRefuses()
{
    QFETCH(QString, tag);
    QFETCH(QString, strategy);
    QFETCH(QString, minReady);
    QFETCH(QString, code);
    Query query{{u"AppId"_s, m_appId}, {u"PackageType"_s, u"Image"_s}};
    if (!tag.isEmpty())
        query.append({u"ImageUrl"_s, m_image + u':' + tag});
    if (!strategy.isEmpty())
        query.append({u"UpdateStrategy"_s, strategy});
    if (!minReady.isEmpty())
        query.append({u"MinReadyInstances"_s, minReady});
    const GatewayAnswer answer =
        call("POST", u"/pop/v1/sam/app/deployApplication"_s, u"DeployApplication"_s, query);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), code);
    QVERIFY(!m_emulator->fleet().runningChangeOrder(m_appId)); // nothing was started
}

void TestChangeOrderOperations::unknownChangeOrder()
{
    const GatewayAnswer answer = call("GET", u"/pop/v1/sam/changeorder/DescribeChangeOrder"_s,
                                      u"DescribeChangeOrder"_s, {{u"ChangeOrderId"_s, u"no-such-order"_s}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), u"InvalidChangeOrder.NotFound"_s);
    const GatewayAnswer unknownApp =
        call("POST", u"/pop/v1/sam/app/deployApplication"_s, u"DeployApplication"_s,
             {{u"AppId"_s, u"no-such-app"_s}, {u"ImageUrl"_s, u"x:1"_s}});
    QCOMPARE(unknownApp.status, 404);
}

QTEST_GUILESS_MAIN(TestChangeOrderOperations)
#include "tst_changeorderoperations.moc"
