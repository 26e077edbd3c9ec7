#include "emulator/changeorderhistory.h"
#include "emulator/changeorderjson.h"
#include "emulator/emulator.h"
#include "support/gatewaycall.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Query = QList<std::pair<QString, QString>>;

const QDateTime s_builtAt(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC);

/// CoTypeCode and Status of each entry: "CoDeploy 2".
QStringList typesAndStatuses(const QJsonArray &entries)
{
    QStringList shapes;
    for (const QJsonValue &entry : entries)
        shapes.append(u"%1 %2"_s.arg(entry[u"CoTypeCode"].toString()).arg(entry[u"Status"].toInt()));
    return shapes;
}

} // namespace

/**
 * The change orders the fleet had before the emulator started (ChangeOrderHistory), through the
 * gateway: listed, described, counted, and in agreement with the running instances.
 */
class TestChangeOrderHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listedNewestFirst();
    void pagedAndFiltered();
    void describedWithBatches();
    void orderServiceDeployedBeforeItsCrashLoop();
    void agreesWithTheFleet();
    void countedInTheRegionOverview();
    void scalingLeftEvents();
    void sameSeedSameHistory();
    void largeFleetHasOneCheaply();

private:
    GatewayAnswer call(const QString &path, const QString &action, const Query &query);
    QJsonObject list(const QString &appId, Query extra = {});
    QString appIdOf(const QString &namespaceName, const QString &appName) const;

    std::unique_ptr<Emulator> m_emulator;
};

void TestChangeOrderHistory::init()
{
    EmulatorOptions options;
    options.manualStart = s_builtAt;
    m_emulator = std::make_unique<Emulator>(options);
}

GatewayAnswer TestChangeOrderHistory::call(const QString &path, const QString &action, const Query &query)
{
    return callGateway(*m_emulator, "GET", path, action, query);
}

QJsonObject TestChangeOrderHistory::list(const QString &appId, Query extra)
{
    Query query{{u"AppId"_s, appId}};
    query.append(extra);
    const GatewayAnswer answer =
        call(u"/pop/v1/sam/changeorder/ListChangeOrders"_s, u"ListChangeOrders"_s, query);
    if (answer.status != 200)
        qWarning() << "ListChangeOrders answered" << answer.status << answer.code();
    return answer.data();
}

QString TestChangeOrderHistory::appIdOf(const QString &namespaceName, const QString &appName) const
{
    const EmulatedApplication *application = m_emulator->fleet().findApplicationNamed(namespaceName, appName);
    return application ? application->application.appId : QString();
}

void TestChangeOrderHistory::listedNewestFirst()
{
    // payment-service: 3.1.5 failed in its last batch, then back to 3.1.4, which it runs.
    const QJsonObject payment = list(appIdOf(u"prod"_s, u"payment-service"_s), {{u"PageSize"_s, u"50"_s}});
    const QJsonArray orders = payment[u"ChangeOrderList"].toArray();
    QCOMPARE(typesAndStatuses(orders), (QStringList{u"CoRollback 2"_s, u"CoDeploy 3"_s}));
    QCOMPARE(payment[u"TotalSize"].toInt(), 2);
    QCOMPARE(orders.at(0)[u"Description"].toString(), u"Roll back to version 3.1.4"_s);
    QVERIFY2(orders.at(1)[u"Description"].toString().startsWith(u"Release 3.1.5: "_s),
             qPrintable(orders.at(1)[u"Description"].toString()));
    QCOMPARE(orders.at(1)[u"CoType"].toString(), u"Deploy Application"_s);
    QCOMPARE(orders.at(1)[u"BatchType"].toString(), u"manual"_s);               // a gray batch first
    QCOMPARE(orders.at(0)[u"CreateTime"].toString(), u"2026-11-23 07:19:58"_s); // GMT+8
    QVERIFY(orders.at(1)[u"FinishTime"].toString() < orders.at(0)[u"CreateTime"].toString());

    // order-service: a deploy every day or two; the newest put 5.2.7 out.
    const QJsonArray order =
        list(appIdOf(u"prod"_s, u"order-service"_s), {{u"PageSize"_s, u"50"_s}})[u"ChangeOrderList"]
            .toArray();
    QCOMPARE(typesAndStatuses(order), (QStringList{u"CoDeploy 2"_s, u"CoDeploy 2"_s, u"CoDeploy 2"_s}));
    QVERIFY(order.at(0)[u"Description"].toString().startsWith(u"Release 5.2.7: "_s));
    QVERIFY(order.at(1)[u"Description"].toString().startsWith(u"Release 5.2.6: "_s));
    QVERIFY(order.at(2)[u"Description"].toString().startsWith(u"Release 5.2.5: "_s));

    // staging order-service: 5.3.1 stopped at its confirmation, aborted and rolled back.
    const QJsonArray staging =
        list(appIdOf(u"staging"_s, u"order-service"_s), {{u"PageSize"_s, u"50"_s}})[u"ChangeOrderList"]
            .toArray();
    QVERIFY(staging.size() >= 2);
    QCOMPARE(typesAndStatuses(staging).mid(0, 2), (QStringList{u"CoRollback 2"_s, u"CoDeploy 6"_s}));
    QCOMPARE(staging.at(0)[u"Description"].toString(),
             u"Roll back change order %1"_s.arg(staging.at(1)[u"ChangeOrderId"].toString()));

    // An application that changed nothing for a week has nothing to show.
    QCOMPARE(list(appIdOf(u"prod"_s, u"member-service"_s))[u"TotalSize"].toInt(), 0);
}

void TestChangeOrderHistory::pagedAndFiltered()
{
    const QString appId = appIdOf(u"prod"_s, u"marketing-campaign"_s);
    const QJsonArray all = list(appId, {{u"PageSize"_s, u"50"_s}})[u"ChangeOrderList"].toArray();
    QVERIFY(all.size() >= 2);
    const QJsonObject first = list(appId, {{u"PageSize"_s, u"1"_s}, {u"CurrentPage"_s, u"1"_s}});
    const QJsonObject second = list(appId, {{u"PageSize"_s, u"1"_s}, {u"CurrentPage"_s, u"2"_s}});
    QCOMPARE(first[u"TotalSize"].toInt(), all.size());
    QCOMPARE(first[u"ChangeOrderList"].toArray(), QJsonArray{all.at(0)});
    QCOMPARE(second[u"ChangeOrderList"].toArray(), QJsonArray{all.at(1)});
    QCOMPARE(second[u"CurrentPage"].toInt(), 2);

    const QString payment = appIdOf(u"prod"_s, u"payment-service"_s);
    const QJsonArray failed = list(payment, {{u"CoStatus"_s, u"3"_s}})[u"ChangeOrderList"].toArray();
    QCOMPARE(typesAndStatuses(failed), QStringList{u"CoDeploy 3"_s});
    const QJsonArray rollbacks =
        list(payment, {{u"CoType"_s, u"CoRollback"_s}})[u"ChangeOrderList"].toArray();
    QCOMPARE(typesAndStatuses(rollbacks), QStringList{u"CoRollback 2"_s});
    QCOMPARE(list(payment, {{u"Key"_s, u"3.1.5"_s}})[u"TotalSize"].toInt(), 1);
}

void TestChangeOrderHistory::describedWithBatches()
{
    const QJsonArray orders = list(appIdOf(u"prod"_s, u"payment-service"_s))[u"ChangeOrderList"].toArray();
    const QString failedId = orders.at(1)[u"ChangeOrderId"].toString();
    const GatewayAnswer described = call(u"/pop/v1/sam/changeorder/DescribeChangeOrder"_s,
                                         u"DescribeChangeOrder"_s, {{u"ChangeOrderId"_s, failedId}});
    QCOMPARE(described.status, 200);
    const QJsonObject failed = described.data();
    QCOMPARE(failed[u"Status"].toInt(), 3);
    QCOMPARE(failed[u"SubStatus"].toInt(), 1);
    QCOMPARE(failed[u"CoTypeCode"].toString(), u"CoDeploy"_s);
    QCOMPARE(failed[u"SupportRollback"].toBool(), true);
    QVERIFY2(failed[u"ErrorMessage"].toString().endsWith(u" The batch was rolled back."_s),
             qPrintable(failed[u"ErrorMessage"].toString()));
    const QJsonArray pipelines = failed[u"Pipelines"].toArray();
    QCOMPARE(failed[u"BatchCount"].toInt(), 3);
    QCOMPARE(pipelines.size(), 3);
    QCOMPARE(pipelines.at(0)[u"BatchType"].toInt(), 1); // gray
    QCOMPARE(pipelines.at(0)[u"Status"].toInt(), 2);
    QCOMPARE(pipelines.at(1)[u"Status"].toInt(), 2);
    QCOMPARE(pipelines.at(2)[u"Status"].toInt(), 3);
    QCOMPARE(failed[u"CurrentPipelineId"].toString(), pipelines.at(2)[u"PipelineId"].toString());
    for (qsizetype i = 1; i < pipelines.size(); ++i)
        QVERIFY(pipelines.at(i)[u"StartTime"].toInteger() > pipelines.at(i - 1)[u"UpdateTime"].toInteger());

    const GatewayAnswer batch = call(u"/pop/v1/sam/changeorder/DescribePipeline"_s, u"DescribePipeline"_s,
                                     {{u"PipelineId"_s, pipelines.at(2)[u"PipelineId"].toString()}});
    QCOMPARE(batch.status, 200);
    QCOMPARE(batch.data()[u"PipelineStatus"].toInt(), 3);
    QCOMPARE(batch.data()[u"CoStatus"].toString(), u"Execution failed"_s);
    const QJsonObject task =
        batch.data()[u"StageList"].toArray().at(0)[u"TaskList"].toArray().at(0).toObject();
    QCOMPARE(task[u"ErrorCode"].toString(), u"BatchFailed"_s);

    // The application's status names the newest one.
    const GatewayAnswer status =
        call(u"/pop/v1/sam/app/describeApplicationStatus"_s, u"DescribeApplicationStatus"_s,
             {{u"AppId"_s, appIdOf(u"prod"_s, u"payment-service"_s)}});
    QCOMPARE(status.data()[u"LastChangeOrderId"].toString(), orders.at(0)[u"ChangeOrderId"].toString());
    QCOMPARE(status.data()[u"LastChangeOrderRunning"].toBool(), false);
}

void TestChangeOrderHistory::orderServiceDeployedBeforeItsCrashLoop()
{
    const EmulatedApplication &app = *m_emulator->fleet().findApplicationNamed(u"prod", u"order-service");
    const EmulatedChangeOrder *last = m_emulator->fleet().lastChangeOrder(app.application.appId);
    QVERIFY(last);
    QCOMPARE(last->order.coTypeCode, u"CoDeploy"_s);
    QCOMPARE(last->order.status, ChangeOrderStatus::Succeeded);
    QCOMPARE(last->targetVersion, app.group.packageVersion);
    QCOMPARE(last->targetImageUrl, app.application.imageUrl);
    const auto sick = std::find_if(app.instances.cbegin(), app.instances.cend(), [&app](const Instance &i) {
        return app.fateOf(i.instanceId) == InstanceFate::CrashLoop;
    });
    QVERIFY(sick != app.instances.cend());
    QVERIFY(sick->restarts > 0);
    // Finished, then within half an hour the crash loop began: "what changed just before?"
    QVERIFY(last->order.finishedAt < sick->createdAt);
    QVERIFY(last->order.finishedAt.secsTo(sick->createdAt) < 30 * 60);
    QVERIFY(s_builtAt.addSecs(-4 * 3600) < last->order.createdAt);

    // Its batches created the healthy instances; the sick one came later.
    QStringList created;
    for (const Pipeline &pipeline : last->order.pipelines)
        created.append(pipeline.createdInstances);
    QCOMPARE(created.size(), app.instances.size() - 1);
    QVERIFY(!created.contains(sick->instanceId));
    const GatewayAnswer batch =
        callGateway(*m_emulator, "GET", u"/pop/v1/sam/app/describeApplicationInstances"_s,
                    u"DescribeApplicationInstances"_s,
                    {{u"AppId"_s, app.application.appId},
                     {u"GroupId"_s, app.group.groupId},
                     {u"PipelineId"_s, last->order.pipelines.first().pipelineId}});
    QCOMPARE(batch.status, 200);
    QCOMPARE(batch.data()[u"Instances"].toArray().size(),
             last->order.pipelines.first().createdInstances.size());
}

void TestChangeOrderHistory::agreesWithTheFleet()
{
    const Fleet &fleet = m_emulator->fleet();
    int failed = 0;
    int aborted = 0;
    int scaled = 0;
    int applicationsWithHistory = 0;
    for (const EmulatedApplication &app : fleet.applications) {
        QList<const EmulatedChangeOrder *> orders; // newest first
        for (auto it = fleet.changeOrders.crbegin(); it != fleet.changeOrders.crend(); ++it) {
            if (it->order.appId == app.application.appId)
                orders.append(&*it);
        }
        const QString name = app.application.namespaceName + u'/' + app.application.appName;
        QVERIFY2(orders.size() <= 6, qPrintable(name));
        applicationsWithHistory += orders.isEmpty() ? 0 : 1;
        bool replacedLater = false;
        QString newerVersion;
        for (qsizetype i = 0; i < orders.size(); ++i) {
            const ChangeOrder &order = orders.at(i)->order;
            QVERIFY2(order.createdAt >= s_builtAt.addDays(-ChangeOrderHistory::days), qPrintable(name));
            QVERIFY2(order.finishedAt <= s_builtAt && order.createdAt < order.finishedAt, qPrintable(name));
            if (i > 0)
                QVERIFY2(order.createdAt <= orders.at(i - 1)->order.createdAt, qPrintable(name));
            QVERIFY2(!order.isRunning(), qPrintable(name));
            failed += order.status == ChangeOrderStatus::Failed ? 1 : 0;
            aborted += order.status == ChangeOrderStatus::Aborted ? 1 : 0;
            scaled += order.coTypeCode == u"CoScaleOut" ? 1 : 0;
            if (order.status == ChangeOrderStatus::Failed)
                QVERIFY2(!order.errorMessage.isEmpty(), qPrintable(name));
            const bool replaces = order.status == ChangeOrderStatus::Succeeded
                                  && (order.coTypeCode == u"CoDeploy" || order.coTypeCode == u"CoRollback"
                                      || order.coTypeCode == u"CoRestartApplication");
            if (!replaces)
                continue;
            if (!replacedLater) {
                // The newest that replaced instances made the running ones, on the running version.
                if (order.coTypeCode != u"CoRestartApplication")
                    QVERIFY2(orders.at(i)->targetVersion == app.group.packageVersion, qPrintable(name));
                for (const Instance &instance : app.instances)
                    QVERIFY2(instance.createdAt >= order.createdAt, qPrintable(name));
                replacedLater = true;
            }
            if (order.coTypeCode == u"CoDeploy") {
                // Going back in time, each successful deploy released an older version.
                if (!newerVersion.isEmpty())
                    QVERIFY2(orders.at(i)->targetVersion != newerVersion, qPrintable(name));
                newerVersion = orders.at(i)->targetVersion;
            }
        }
    }
    QVERIFY(applicationsWithHistory >= fleet.applications.size() / 2);
    QVERIFY(failed >= 3);
    QVERIFY(failed * 5 < fleet.changeOrders.size()); // mostly successes
    QCOMPARE(aborted, 1);
    QVERIFY(scaled >= 1);
}

void TestChangeOrderHistory::countedInTheRegionOverview()
{
    const GatewayAnswer answer =
        call(u"/pop/v1/sam/getChangeOrderMetric"_s, u"GetChangeOrderMetric"_s,
             {{u"RegionId"_s, u"cn-shenzhen"_s},
              {u"CreateTime"_s, QString::number(s_builtAt.addDays(-7).toMSecsSinceEpoch())},
              {u"OrderBy"_s, u"error"_s},
              {u"Limit"_s, u"100"_s}});
    QCOMPARE(answer.status, 200);
    const QJsonArray entries = answer.body[u"Data"].toArray();
    QVERIFY(!entries.isEmpty());
    const QString payment = appIdOf(u"prod"_s, u"payment-service"_s);
    const auto found = std::find_if(entries.cbegin(), entries.cend(), [&payment](const QJsonValue &entry) {
        return entry[u"AppId"] == payment;
    });
    QVERIFY(found != entries.cend());
    QCOMPARE((*found)[u"Total"].toInt(), 2);
    QCOMPARE((*found)[u"Error"].toInt(), 1);
    QCOMPARE((*found)[u"ErrorPercent"].toDouble(), 0.5);
    // A window that starts now holds none of them.
    const GatewayAnswer fresh = call(u"/pop/v1/sam/getChangeOrderMetric"_s, u"GetChangeOrderMetric"_s,
                                     {{u"RegionId"_s, u"cn-shenzhen"_s},
                                      {u"CreateTime"_s, QString::number(s_builtAt.toMSecsSinceEpoch())},
                                      {u"OrderBy"_s, u"error"_s},
                                      {u"Limit"_s, u"100"_s}});
    QCOMPARE(fresh.body[u"Data"].toArray().size(), 0);
}

void TestChangeOrderHistory::scalingLeftEvents()
{
    const Fleet &fleet = m_emulator->fleet();
    const auto scaleOut =
        std::find_if(fleet.changeOrders.cbegin(), fleet.changeOrders.cend(),
                     [](const EmulatedChangeOrder &c) { return c.order.coTypeCode == u"CoScaleOut"; });
    QVERIFY(scaleOut != fleet.changeOrders.cend());
    const EmulatedApplication &app = *fleet.findApplication(scaleOut->order.appId);
    const GatewayAnswer events = call(u"/pop/v1/sam/app/listAppEvents"_s, u"ListAppEvents"_s,
                                      {{u"AppId"_s, app.application.appId},
                                       {u"Namespace"_s, app.application.namespaceId},
                                       {u"Reason"_s, u"ScalingReplicaSet"_s},
                                       {u"PageSize"_s, u"100"_s}});
    QCOMPARE(events.status, 200);
    const QString expected =
        u"Scaled replica set %1 to %2"_s.arg(app.application.appName).arg(scaleOut->targetReplicas);
    const QJsonArray entries = events.data()[u"AppEventEntity"].toArray();
    const auto found = std::find_if(entries.cbegin(), entries.cend(), [&](const QJsonValue &entry) {
        return entry[u"Message"].toString() == expected;
    });
    QVERIFY2(found != entries.cend(), qPrintable(expected));
    QCOMPARE((*found)[u"ObjectKind"].toString(), u"Deployment"_s);
    QCOMPARE((*found)[u"EventType"].toString(), u"Normal"_s);
}

void TestChangeOrderHistory::sameSeedSameHistory()
{
    EmulatorOptions options;
    options.manualStart = s_builtAt;
    Emulator twin(options);
    QCOMPARE(twin.fleet().changeOrders.size(), m_emulator->fleet().changeOrders.size());
    for (qsizetype i = 0; i < twin.fleet().changeOrders.size(); ++i) {
        QCOMPARE(twin.fleet().changeOrders.at(i).order, m_emulator->fleet().changeOrders.at(i).order);
        QCOMPARE(twin.fleet().changeOrders.at(i).targetVersion,
                 m_emulator->fleet().changeOrders.at(i).targetVersion);
    }

    options.seed = 2;
    Emulator other(options);
    const auto shape = [](const Fleet &fleet) {
        QStringList shapes;
        for (const EmulatedChangeOrder &changeOrder : fleet.changeOrders)
            shapes.append(changeOrder.order.appName + u' ' + changeOrder.order.coTypeCode + u' '
                          + ChangeOrderJson::timeText(changeOrder.order.createdAt));
        return shapes;
    };
    QVERIFY(shape(other.fleet()) != shape(m_emulator->fleet()));
    QVERIFY(!other.fleet().changeOrders.isEmpty());
}

void TestChangeOrderHistory::largeFleetHasOneCheaply()
{
    EmulatorOptions options;
    options.manualStart = s_builtAt;
    options.largeFleetApplications = 2000;
    Emulator large(options);
    const Fleet &fleet = large.fleet();
    QVERIFY(fleet.changeOrders.size() > fleet.applications.size());
    QVERIFY(fleet.events.size() <= Fleet::maximumEvents + 1000);
    // Copies have histories of their own.
    const EmulatedApplication &copy = fleet.applications.at(1000);
    const GatewayAnswer answer = callGateway(large, "GET", u"/pop/v1/sam/changeorder/ListChangeOrders"_s,
                                             u"ListChangeOrders"_s, {{u"AppId"_s, copy.application.appId}});
    QCOMPARE(answer.status, 200);
    for (const QJsonValue &entry : answer.data()[u"ChangeOrderList"].toArray())
        QCOMPARE(entry[u"AppId"].toString(), copy.application.appId);
}

QTEST_GUILESS_MAIN(TestChangeOrderHistory)
#include "tst_changeorderhistory.moc"
