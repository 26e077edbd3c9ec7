#include "emulator/emulator.h"
#include "support/gatewaycall.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Query = QList<std::pair<QString, QString>>;

struct Operation
{
    QString path;
    QString action;
};

const Operation s_availability{u"/pop/v1/sam/getAvailabilityMetric"_s, u"GetAvailabilityMetric"_s};
const Operation s_scale{u"/pop/v1/sam/getScaleAppMetric"_s, u"GetScaleAppMetric"_s};
const Operation s_warnings{u"/pop/v1/sam/getWarningEventMetric"_s, u"GetWarningEventMetric"_s};
const Operation s_changeOrders{u"/pop/v1/sam/getChangeOrderMetric"_s, u"GetChangeOrderMetric"_s};

QStringList keysOf(const QJsonValue &entry)
{
    QStringList keys = entry.toObject().keys();
    keys.sort();
    return keys;
}

QStringList namesOf(const QJsonArray &data)
{
    QStringList names;
    for (const QJsonValue &entry : data)
        names.append(entry.toObject().value(u"Name").toString());
    return names;
}

QString ms(const QDateTime &at)
{
    return QString::number(at.toMSecsSinceEpoch());
}

} // namespace

Q_DECLARE_METATYPE(Operation)

/**
 * The region overviews over the retail fleet: its crash-looping order-service, readiness-failing
 * inventory-service and pending mini-program instance; its scaling rules; the Warning events of
 * twenty minutes; and change orders made for the test. Every parameter refusal, and the same
 * answer twice at the same time.
 */
class TestRegionMetricOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void availabilityListsTheAbnormalApplications();
    void availabilityLimitAndFilters();
    void scaleAppsAreThoseWithAnEnabledRule();
    void warningEventsInAWindow();
    void changeOrdersFailedAndSlow();
    void changeOrderFilters();
    void refusals_data();
    void refusals();
    void sameTimeSameAnswer();

private:
    GatewayAnswer call(const Operation &operation, const Query &query);
    QJsonArray data(const Operation &operation, const Query &query);
    const EmulatedApplication &app(const QString &namespaceName, const QString &appName) const;
    /// Starts a change order through the gateway and lets the clock carry it to its end.
    void runChangeOrder(const QByteArray &method, const QString &path, const QString &action,
                        const Query &query);

    std::unique_ptr<Emulator> m_emulator;
    QDateTime m_start;
};

void TestRegionMetricOperations::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC); // 10:00 in Shenzhen
    options.callsPerMinute = 0;
    m_start = options.manualStart;
    m_emulator = std::make_unique<Emulator>(options);
    m_emulator->clock().advance(20 * 60 * 1000); // twenty minutes of trouble
    m_emulator->advance();
}

GatewayAnswer TestRegionMetricOperations::call(const Operation &operation, const Query &query)
{
    return callGateway(*m_emulator, "GET", operation.path, operation.action, query);
}

QJsonArray TestRegionMetricOperations::data(const Operation &operation, const Query &query)
{
    const GatewayAnswer answer = call(operation, query);
    if (answer.status != 200)
        qWarning() << answer.body;
    return answer.body.value(u"Data").toArray();
}

const EmulatedApplication &TestRegionMetricOperations::app(const QString &namespaceName,
                                                           const QString &appName) const
{
    for (const EmulatedApplication &application : m_emulator->fleet().applications) {
        if (application.application.namespaceName == namespaceName
            && application.application.appName == appName)
            return application;
    }
    qFatal("no such application");
}

void TestRegionMetricOperations::runChangeOrder(const QByteArray &method, const QString &path,
                                                const QString &action, const Query &query)
{
    const GatewayAnswer started = callGateway(*m_emulator, method, path, action, query);
    QCOMPARE(started.status, 200);
    const QString id = started.data().value(u"ChangeOrderId").toString();
    for (int waited = 0; waited < 1800; waited += 5) {
        const EmulatedChangeOrder *changeOrder = m_emulator->fleet().findChangeOrder(id);
        QVERIFY(changeOrder);
        if (!changeOrder->order.isRunning())
            return;
        m_emulator->clock().advance(5000);
        m_emulator->advance();
    }
    QFAIL("the change order did not end");
}

void TestRegionMetricOperations::availabilityListsTheAbnormalApplications()
{
    const GatewayAnswer answer = call(s_availability, {{u"Limit"_s, u"100"_s}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.code(), u"200"_s);
    QCOMPARE(answer.body.value(u"Message").toString(), u"success"_s);
    QCOMPARE(answer.body.value(u"Success").toBool(), true);
    QVERIFY(!answer.body.contains(u"TraceId")); // as the reference's example
    QVERIFY(answer.body.value(u"Data").isArray());
    const QJsonArray entries = answer.body.value(u"Data").toArray();

    // The fleet's sick instances, one each: a crash loop, a failing readiness probe, an instance
    // that cannot be scheduled, an image that cannot be pulled.
    QCOMPARE(entries.size(), 4);
    QStringList names;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(keysOf(entry), (QStringList{u"AppId"_s, u"EnableAutoscale"_s, u"ErrorInstances"_s,
                                             u"Instances"_s, u"Name"_s, u"RegionId"_s, u"Runnings"_s}));
        const EmulatedApplication *application =
            m_emulator->fleet().findApplication(entry.value(u"AppId").toString());
        QVERIFY(application);
        QCOMPARE(entry.value(u"Name").toString(), application->application.appName);
        QCOMPARE(entry.value(u"RegionId").toString(), application->application.namespaceId); // the namespace
        QCOMPARE(entry.value(u"ErrorInstances").toInt(), 1);
        QVERIFY(entry.value(u"ErrorInstances").isDouble());
        QCOMPARE(entry.value(u"Instances").toInt(), application->application.targetInstances);
        QCOMPARE(entry.value(u"Runnings").toInt(), application->application.runningInstances);
        names.append(application->application.namespaceName + u'/' + application->application.appName);
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"prod/guide-miniapp-backend"_s, u"prod/inventory-service"_s,
                                 u"prod/order-service"_s, u"staging/mall-web"_s}));
    const auto autoscale = [&entries](const QString &appId) {
        for (const QJsonValue &value : entries) {
            if (value.toObject().value(u"AppId").toString() == appId)
                return value.toObject().value(u"EnableAutoscale").toInt();
        }
        return -1;
    };
    QCOMPARE(autoscale(app(u"prod"_s, u"order-service"_s).application.appId), 1);
    QCOMPARE(autoscale(app(u"prod"_s, u"guide-miniapp-backend"_s).application.appId), 1); // a timer rule
    QCOMPARE(autoscale(app(u"prod"_s, u"inventory-service"_s).application.appId), 0);
    QCOMPARE(autoscale(app(u"staging"_s, u"mall-web"_s).application.appId), 0); // its rule is disabled

    // A second sick instance puts its application on top.
    EmulatedApplication &inventory =
        *m_emulator->fleet().findApplication(app(u"prod"_s, u"inventory-service"_s).application.appId);
    inventory.instances[0].status = InstanceStatus::Error;
    inventory.instances[0].statusText = u"Error"_s;
    const QJsonArray ranked = data(s_availability, {{u"Limit"_s, u"100"_s}});
    QCOMPARE(ranked.at(0).toObject().value(u"Name").toString(), u"inventory-service"_s);
    QCOMPARE(ranked.at(0).toObject().value(u"ErrorInstances").toInt(), 2);
}

void TestRegionMetricOperations::availabilityLimitAndFilters()
{
    const QJsonArray all = data(s_availability, {{u"Limit"_s, u"100"_s}});
    QCOMPARE(all.size(), 4);
    const QJsonArray two = data(s_availability, {{u"Limit"_s, u"2"_s}});
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0), all.at(0));
    QCOMPARE(two.at(1), all.at(1));
    QCOMPARE(data(s_availability, {{u"Limit"_s, u"0"_s}}).size(), 0);
    QCOMPARE(data(s_availability, {{u"Limit"_s, u"100"_s}, {u"RegionId"_s, u"cn-shenzhen"_s}}), all);
    QCOMPARE(data(s_availability, {{u"Limit"_s, u"100"_s}, {u"AppSource"_s, u"micro_service"_s}}), all);
    QCOMPARE(data(s_availability, {{u"Limit"_s, u"100"_s}, {u"CpuStrategy"_s, u"always"_s}}), all);
    // The fleet has no Web applications, jobs or request-based CPU.
    QCOMPARE(data(s_availability, {{u"Limit"_s, u"100"_s}, {u"AppSource"_s, u"web"_s}}).size(), 0);
    QCOMPARE(data(s_availability, {{u"Limit"_s, u"100"_s}, {u"AppSource"_s, u"job"_s}}).size(), 0);
    QCOMPARE(data(s_availability, {{u"Limit"_s, u"100"_s}, {u"CpuStrategy"_s, u"request"_s}}).size(), 0);
}

void TestRegionMetricOperations::scaleAppsAreThoseWithAnEnabledRule()
{
    const GatewayAnswer answer = call(s_scale, {{u"Limit"_s, u"10"_s}});
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.body.contains(u"TraceId"));
    const QJsonArray entries = answer.body.value(u"Data").toArray();
    // api-gateway (CPU rule, up to 20), order-service (CPU and memory, up to 16) and the
    // mini-program back end (evening timer, 8 at the peak); mall-web's weekend rule is disabled.
    QCOMPARE(entries.size(), 3);
    QHash<QString, int> ceilings;
    double lastShare = 2;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(keysOf(entry),
                 (QStringList{u"AppId"_s, u"MaxReplicas"_s, u"Name"_s, u"RegionId"_s, u"Runnings"_s}));
        const EmulatedApplication *application =
            m_emulator->fleet().findApplication(entry.value(u"AppId").toString());
        QVERIFY(application);
        QCOMPARE(entry.value(u"RegionId").toString(), u"cn-shenzhen:prod"_s);
        QCOMPARE(entry.value(u"Runnings").toInt(), application->application.runningInstances);
        ceilings.insert(entry.value(u"Name").toString(), entry.value(u"MaxReplicas").toInt());
        // Nearest to its ceiling first.
        const double share = entry.value(u"Runnings").toDouble() / entry.value(u"MaxReplicas").toDouble();
        QVERIFY(share <= lastShare);
        lastShare = share;
    }
    QCOMPARE(ceilings.value(u"api-gateway"_s), 20);
    QCOMPARE(ceilings.value(u"order-service"_s), 16);
    QCOMPARE(ceilings.value(u"guide-miniapp-backend"_s), 8);

    // Disabling a rule takes its application off the list.
    const QString gateway = app(u"prod"_s, u"api-gateway"_s).application.appId;
    const GatewayAnswer disabled =
        callGateway(*m_emulator, "PUT", u"/pop/v1/sam/scale/disableApplicationScalingRule"_s,
                    u"DisableApplicationScalingRule"_s,
                    {{u"AppId"_s, gateway}, {u"ScalingRuleName"_s, u"gateway-cpu"_s}});
    QCOMPARE(disabled.status, 200);
    const QJsonArray after = data(s_scale, {{u"Limit"_s, u"10"_s}});
    QCOMPARE(after.size(), 2);
    QVERIFY(!namesOf(after).contains(u"api-gateway"_s));
    QCOMPARE(data(s_scale, {{u"Limit"_s, u"1"_s}}), QJsonArray{after.at(0)});
    QCOMPARE(data(s_scale, {{u"Limit"_s, u"10"_s}, {u"AppSource"_s, u"web"_s}}).size(), 0);
}

void TestRegionMetricOperations::warningEventsInAWindow()
{
    const QDateTime now = m_emulator->clock().now();
    const GatewayAnswer answer = call(s_warnings, {{u"RegionId"_s, u"cn-shenzhen"_s},
                                                   {u"StartTime"_s, ms(m_start)},
                                                   {u"EndTime"_s, ms(now)},
                                                   {u"Limit"_s, u"10"_s}});
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.body.contains(u"TraceId"));
    const QJsonArray entries = answer.body.value(u"Data").toArray();
    // In twenty minutes: order-service's crash loop is killed three times (Unhealthy and BackOff
    // each time), the mini-program's pending instance fails scheduling every five minutes from the
    // start (five), inventory-service's readiness probe is reported every five minutes (four).
    // mall-web's image pull backs off with Normal events only.
    QCOMPARE(namesOf(entries),
             (QStringList{u"order-service"_s, u"guide-miniapp-backend"_s, u"inventory-service"_s}));
    QCOMPARE(entries.at(0).toObject().value(u"WarningCount").toInt(), 6);
    QCOMPARE(entries.at(1).toObject().value(u"WarningCount").toInt(), 5);
    QCOMPARE(entries.at(2).toObject().value(u"WarningCount").toInt(), 4);
    for (const QJsonValue &value : entries) {
        QCOMPARE(keysOf(value), (QStringList{u"AppId"_s, u"Name"_s, u"RegionId"_s, u"WarningCount"_s}));
        QCOMPARE(value.toObject().value(u"RegionId").toString(), u"cn-shenzhen:prod"_s);
        QVERIFY(m_emulator->fleet().findApplication(value.toObject().value(u"AppId").toString()));
    }

    // The last ten minutes only: the repeats are counted where they fell (10, 15, 20 minutes).
    const QJsonArray lastTen = data(s_warnings, {{u"RegionId"_s, u"cn-shenzhen"_s},
                                                 {u"StartTime"_s, ms(now.addSecs(-600))},
                                                 {u"EndTime"_s, ms(now)},
                                                 {u"Limit"_s, u"10"_s}});
    QCOMPARE(namesOf(lastTen),
             (QStringList{u"order-service"_s, u"guide-miniapp-backend"_s, u"inventory-service"_s}));
    QCOMPARE(lastTen.at(0).toObject().value(u"WarningCount").toInt(), 4);
    QCOMPARE(lastTen.at(1).toObject().value(u"WarningCount").toInt(), 3);
    QCOMPARE(lastTen.at(2).toObject().value(u"WarningCount").toInt(), 3);

    // Before the fleet's trouble began, and a window of one instant.
    QCOMPARE(data(s_warnings, {{u"RegionId"_s, u"cn-shenzhen"_s},
                               {u"StartTime"_s, ms(m_start.addSecs(-7200))},
                               {u"EndTime"_s, ms(m_start.addSecs(-3600))},
                               {u"Limit"_s, u"10"_s}})
                 .size(),
             0);
    QCOMPARE(
        data(s_warnings, {{u"RegionId"_s, u"cn-shenzhen"_s},
                          {u"StartTime"_s, ms(m_start)},
                          {u"EndTime"_s, ms(m_start)},
                          {u"Limit"_s, u"10"_s}}),
        (QJsonArray{QJsonObject{{u"AppId"_s, app(u"prod"_s, u"guide-miniapp-backend"_s).application.appId},
                                {u"Name"_s, u"guide-miniapp-backend"_s},
                                {u"RegionId"_s, u"cn-shenzhen:prod"_s},
                                {u"WarningCount"_s, 1}}}));
    QCOMPARE(data(s_warnings, {{u"RegionId"_s, u"cn-shenzhen"_s},
                               {u"StartTime"_s, ms(m_start)},
                               {u"EndTime"_s, ms(now)},
                               {u"Limit"_s, u"1"_s}})
                 .size(),
             1);
}

void TestRegionMetricOperations::changeOrdersFailedAndSlow()
{
    const QDateTime before = m_emulator->clock().now();
    // search-service: a good deploy, then one whose image cannot be pulled (its batch times out).
    const EmulatedApplication &search = app(u"prod"_s, u"search-service"_s);
    const QString searchId = search.application.appId;
    const QString image = search.application.imageUrl.section(u':', 0, -2);
    runChangeOrder(
        "POST", u"/pop/v1/sam/app/deployApplication"_s, u"DeployApplication"_s,
        {{u"AppId"_s, searchId}, {u"PackageType"_s, u"Image"_s}, {u"ImageUrl"_s, image + u":2.0.4"_s}});
    runChangeOrder("POST", u"/pop/v1/sam/app/deployApplication"_s, u"DeployApplication"_s,
                   {{u"AppId"_s, searchId},
                    {u"PackageType"_s, u"Image"_s},
                    {u"ImageUrl"_s, image + u":2.0.5-missing"_s}});
    // payment-service: three quick rescales.
    const QString paymentId = app(u"prod"_s, u"payment-service"_s).application.appId;
    for (const QString &replicas : {u"5"_s, u"4"_s, u"5"_s})
        runChangeOrder("PUT", u"/pop/v1/sam/app/rescaleApplication"_s, u"RescaleApplication"_s,
                       {{u"AppId"_s, paymentId}, {u"Replicas"_s, replicas}});

    const GatewayAnswer answer =
        call(s_changeOrders,
             {{u"CreateTime"_s, ms(before)}, {u"OrderBy"_s, u"errorPercent"_s}, {u"Limit"_s, u"10"_s}});
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.body.contains(u"TraceId"));
    const QJsonArray entries = answer.body.value(u"Data").toArray();
    QCOMPARE(namesOf(entries), (QStringList{u"search-service"_s, u"payment-service"_s}));
    const QJsonObject failing = entries.at(0).toObject();
    QCOMPARE(keysOf(failing), (QStringList{u"AppId"_s, u"AvgTimeCostMs"_s, u"Error"_s, u"ErrorPercent"_s,
                                           u"MaxTimeCostMs"_s, u"Name"_s, u"OptimizeSuggestions"_s,
                                           u"RegionId"_s, u"TaskTimeCostMsAvg"_s, u"Total"_s}));
    QCOMPARE(failing.value(u"AppId").toString(), searchId);
    QCOMPARE(failing.value(u"RegionId").toString(), u"cn-shenzhen:prod"_s);
    QCOMPARE(failing.value(u"Total").toInt(), 2);
    QCOMPARE(failing.value(u"Error").toInt(), 1);
    QCOMPARE(failing.value(u"ErrorPercent").toDouble(), 0.5);
    QVERIFY(failing.value(u"TaskTimeCostMsAvg").isString());
    QVERIFY(failing.value(u"TaskTimeCostMsAvg").toString().toLongLong() > 0);
    const QString advice = failing.value(u"OptimizeSuggestions").toString();
    QVERIFY2(advice.startsWith(u"1 of 2 change orders failed. The latest: New instances failed to start."_s),
             qPrintable(advice));

    // Time costs are creation to end, in milliseconds, as the change orders say.
    qint64 longest = 0;
    qint64 sum = 0;
    for (const EmulatedChangeOrder &changeOrder : m_emulator->fleet().changeOrders) {
        if (changeOrder.order.appId != searchId || changeOrder.order.createdAt < before)
            continue; // the fleet's history is older than the window
        const qint64 cost = changeOrder.order.createdAt.msecsTo(changeOrder.order.finishedAt);
        longest = qMax(longest, cost);
        sum += cost;
    }
    QCOMPARE(failing.value(u"MaxTimeCostMs").toDouble(), double(longest));
    QCOMPARE(failing.value(u"AvgTimeCostMs").toDouble(), double(sum / 2));
    QVERIFY(longest >= 300 * 1000); // the failed batch waited for its instances five minutes

    const QJsonObject healthy = entries.at(1).toObject();
    QCOMPARE(healthy.value(u"Total").toInt(), 3);
    QCOMPARE(healthy.value(u"Error").toInt(), 0);
    QCOMPARE(healthy.value(u"ErrorPercent").toDouble(), 0.0);
    QCOMPARE(healthy.value(u"OptimizeSuggestions").toString(), QString());

    // Another measure, another order; either spelling of the field.
    QCOMPARE(
        namesOf(data(s_changeOrders,
                     {{u"CreateTime"_s, ms(before)}, {u"OrderBy"_s, u"total"_s}, {u"Limit"_s, u"10"_s}})),
        (QStringList{u"payment-service"_s, u"search-service"_s}));
    QCOMPARE(namesOf(data(
                 s_changeOrders,
                 {{u"CreateTime"_s, ms(before)}, {u"OrderBy"_s, u"MaxTimeCostMs"_s}, {u"Limit"_s, u"10"_s}})),
             (QStringList{u"search-service"_s, u"payment-service"_s}));
    QCOMPARE(data(s_changeOrders,
                  {{u"CreateTime"_s, ms(before)}, {u"OrderBy"_s, u"total"_s}, {u"Limit"_s, u"1"_s}})
                 .size(),
             1);
}

void TestRegionMetricOperations::changeOrderFilters()
{
    const QDateTime before = m_emulator->clock().now();
    const QString searchId = app(u"prod"_s, u"search-service"_s).application.appId;
    const QString image = app(u"prod"_s, u"search-service"_s).application.imageUrl.section(u':', 0, -2);
    runChangeOrder(
        "POST", u"/pop/v1/sam/app/deployApplication"_s, u"DeployApplication"_s,
        {{u"AppId"_s, searchId}, {u"PackageType"_s, u"Image"_s}, {u"ImageUrl"_s, image + u":2.0.4"_s}});
    const QDateTime between = m_emulator->clock().now();
    const QString paymentId = app(u"prod"_s, u"payment-service"_s).application.appId;
    runChangeOrder("PUT", u"/pop/v1/sam/app/rescaleApplication"_s, u"RescaleApplication"_s,
                   {{u"AppId"_s, paymentId}, {u"Replicas"_s, u"5"_s}});

    const auto names = [this](const Query &extra) {
        Query query{{u"OrderBy"_s, u"errorPercent"_s}, {u"Limit"_s, u"10"_s}};
        query.append(extra);
        return namesOf(data(s_changeOrders, query));
    };
    QCOMPARE(names({{u"CreateTime"_s, ms(before)}}).size(), 2);
    QCOMPARE(names({{u"CreateTime"_s, ms(between)}}), QStringList{u"payment-service"_s});
    QCOMPARE(names({{u"CreateTime"_s, ms(m_emulator->clock().now().addSecs(1))}}), QStringList());
    QCOMPARE(names({{u"CreateTime"_s, ms(before)}, {u"AppId"_s, searchId}}),
             QStringList{u"search-service"_s});
    QCOMPARE(names({{u"CreateTime"_s, ms(before)}, {u"CoType"_s, u"CoDeploy"_s}}),
             QStringList{u"search-service"_s});
    QCOMPARE(names({{u"CreateTime"_s, ms(before)}, {u"CoType"_s, u"CoScaleOut"_s}}),
             QStringList{u"payment-service"_s});
    QCOMPARE(names({{u"CreateTime"_s, ms(before)}, {u"CoType"_s, u"CoRollback"_s}}), QStringList());
    QCOMPARE(names({{u"CreateTime"_s, ms(before)}, {u"AppSource"_s, u"job"_s}}), QStringList());
    QCOMPARE(names({{u"CreateTime"_s, ms(before)}, {u"RegionId"_s, u"cn-shenzhen"_s}}).size(), 2);
}

void TestRegionMetricOperations::refusals_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<Query>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString notEmpty = u"InvalidParameter.NotEmpty"_s;
    const QString withMessage = u"InvalidParameter.WithMessage"_s;
    const QString limitRange = u"The parameter is invalid {Limit}: must be an integer from 0 to 100"_s;
    const QString region = u"InvalidServerlessRegion.Unsupported"_s;
    for (const Operation &operation : {s_availability, s_scale}) {
        const QByteArray name = operation.action.toUtf8();
        QTest::newRow(QByteArray(name + " without Limit").constData())
            << operation << Query{} << 400 << notEmpty << u"You must specify the parameter Limit."_s;
        QTest::newRow(QByteArray(name + " Limit 101").constData())
            << operation << Query{{u"Limit"_s, u"101"_s}} << 400 << withMessage << limitRange;
        QTest::newRow(QByteArray(name + " Limit -1").constData())
            << operation << Query{{u"Limit"_s, u"-1"_s}} << 400 << withMessage << limitRange;
        QTest::newRow(QByteArray(name + " Limit ten").constData())
            << operation << Query{{u"Limit"_s, u"ten"_s}} << 400 << withMessage << limitRange;
        QTest::newRow(QByteArray(name + " AppSource").constData())
            << operation << Query{{u"Limit"_s, u"10"_s}, {u"AppSource"_s, u"batch"_s}} << 400 << withMessage
            << u"The parameter is invalid {AppSource}: must be micro_service, web or "
               u"job"_s;
        QTest::newRow(QByteArray(name + " CpuStrategy").constData())
            << operation << Query{{u"Limit"_s, u"10"_s}, {u"CpuStrategy"_s, u"sometimes"_s}} << 400
            << withMessage << u"The parameter is invalid {CpuStrategy}: must be request or always"_s;
        QTest::newRow(QByteArray(name + " RegionId").constData())
            << operation << Query{{u"Limit"_s, u"10"_s}, {u"RegionId"_s, u"cn-beijing"_s}} << 400 << region
            << u"The current region is not supported: cn-beijing"_s;
    }

    const Query window{{u"StartTime"_s, u"1795485601000"_s}, {u"EndTime"_s, u"1795486801000"_s}};
    const auto warnings = [&window](Query query) {
        Query full = window;
        full.append(query);
        return full;
    };
    QTest::newRow("warnings without RegionId") << s_warnings << warnings({{u"Limit"_s, u"10"_s}}) << 400
                                               << notEmpty << u"You must specify the parameter RegionId."_s;
    QTest::newRow("warnings other region")
        << s_warnings << warnings({{u"Limit"_s, u"10"_s}, {u"RegionId"_s, u"cn-hangzhou"_s}}) << 400 << region
        << u"The current region is not supported: cn-hangzhou"_s;
    QTest::newRow("warnings without Limit") << s_warnings << warnings({{u"RegionId"_s, u"cn-shenzhen"_s}})
                                            << 400 << notEmpty << u"You must specify the parameter Limit."_s;
    QTest::newRow("warnings Limit 500")
        << s_warnings << warnings({{u"RegionId"_s, u"cn-shenzhen"_s}, {u"Limit"_s, u"500"_s}}) << 400
        << withMessage << limitRange;
    QTest::newRow("warnings without StartTime")
        << s_warnings
        << Query{{u"RegionId"_s, u"cn-shenzhen"_s}, {u"Limit"_s, u"10"_s}, {u"EndTime"_s, u"1795486801000"_s}}
        << 400 << notEmpty << u"You must specify the parameter StartTime."_s;
    QTest::newRow("warnings without EndTime")
        << s_warnings
        << Query{{u"RegionId"_s, u"cn-shenzhen"_s},
                 {u"Limit"_s, u"10"_s},
                 {u"StartTime"_s, u"1795485601000"_s}}
        << 400 << notEmpty << u"You must specify the parameter EndTime."_s;
    QTest::newRow("warnings EndTime not a number")
        << s_warnings
        << Query{{u"RegionId"_s, u"cn-shenzhen"_s},
                 {u"Limit"_s, u"10"_s},
                 {u"StartTime"_s, u"1795485601000"_s},
                 {u"EndTime"_s, u"yesterday"_s}}
        << 400 << withMessage
        << u"The parameter is invalid {EndTime}: must be an integer from 0 to 9223372036854775807"_s;
    QTest::newRow("warnings StartTime after EndTime")
        << s_warnings
        << Query{{u"RegionId"_s, u"cn-shenzhen"_s},
                 {u"Limit"_s, u"10"_s},
                 {u"StartTime"_s, u"1795486801000"_s},
                 {u"EndTime"_s, u"1795485601000"_s}}
        << 400 << withMessage << u"The parameter is invalid {StartTime}: must not be later than EndTime"_s;

    const auto orders = [](Query query) {
        Query full{
            {u"CreateTime"_s, u"1795485601000"_s}, {u"OrderBy"_s, u"errorPercent"_s}, {u"Limit"_s, u"10"_s}};
        for (const auto &[name, value] : query) {
            full.removeIf([&name](const auto &pair) { return pair.first == name; });
            if (!value.isNull())
                full.append({name, value});
        }
        return full;
    };
    QTest::newRow("orders without CreateTime")
        << s_changeOrders << orders({{u"CreateTime"_s, QString()}}) << 400 << notEmpty
        << u"You must specify the parameter CreateTime."_s;
    QTest::newRow("orders CreateTime not a time")
        << s_changeOrders << orders({{u"CreateTime"_s, u"2026-11-24"_s}}) << 400 << withMessage
        << u"The parameter is invalid {CreateTime}: must be a time in epoch milliseconds"_s;
    QTest::newRow("orders without OrderBy") << s_changeOrders << orders({{u"OrderBy"_s, QString()}}) << 400
                                            << notEmpty << u"You must specify the parameter OrderBy."_s;
    QTest::newRow("orders OrderBy name")
        << s_changeOrders << orders({{u"OrderBy"_s, u"name"_s}}) << 400 << withMessage
        << u"The parameter is invalid {OrderBy}: must be errorPercent, error, total, avgTimeCostMs or "
           u"maxTimeCostMs"_s;
    QTest::newRow("orders without Limit") << s_changeOrders << orders({{u"Limit"_s, QString()}}) << 400
                                          << notEmpty << u"You must specify the parameter Limit."_s;
    QTest::newRow("orders Limit 101")
        << s_changeOrders << orders({{u"Limit"_s, u"101"_s}}) << 400 << withMessage << limitRange;
    QTest::newRow("orders unknown AppId")
        << s_changeOrders << orders({{u"AppId"_s, u"00000000-0000-4000-8000-000000000000"_s}}) << 404
        << u"InvalidAppId.NotFound"_s << u"The specified AppId does not exist."_s;
    QTest::newRow("orders unknown CoType")
        << s_changeOrders << orders({{u"CoType"_s, u"CoExplode"_s}}) << 400 << withMessage
        << u"The parameter is invalid {CoType}: not a change-order type: "
           u"CoExplode"_s;
    QTest::newRow("orders AppSource")
        << s_changeOrders << orders({{u"AppSource"_s, u"batch"_s}}) << 400 << withMessage
        << u"The parameter is invalid {AppSource}: must be micro_service, web or job"_s;
    QTest::newRow("orders CpuStrategy")
        << s_changeOrders << orders({{u"CpuStrategy"_s, u"never"_s}}) << 400 << withMessage
        << u"The parameter is invalid {CpuStrategy}: must be request or always"_s;
    QTest::newRow("orders RegionId") << s_changeOrders << orders({{u"RegionId"_s, u"cn-beijing"_s}}) << 400
                                     << region << u"The current region is not supported: cn-beijing"_s;
}

void TestRegionMetricOperations::refusals()
{
    QFETCH(Operation, operation);
    QFETCH(Query, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const GatewayAnswer answer = call(operation, query);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.body.value(u"ErrorCode").toString(), code);
    QCOMPARE(answer.body.value(u"Message").toString(), message);
    QCOMPARE(answer.body.value(u"Success").toBool(true), false);
    QVERIFY(!answer.body.contains(u"Data"));
}

void TestRegionMetricOperations::sameTimeSameAnswer()
{
    const QString paymentId = app(u"prod"_s, u"payment-service"_s).application.appId;
    runChangeOrder("PUT", u"/pop/v1/sam/app/rescaleApplication"_s, u"RescaleApplication"_s,
                   {{u"AppId"_s, paymentId}, {u"Replicas"_s, u"5"_s}});
    const QList<std::pair<Operation, Query>> calls{
        {s_availability, {{u"Limit"_s, u"100"_s}}},
        {s_scale, {{u"Limit"_s, u"100"_s}}},
        {s_warnings,
         {{u"RegionId"_s, u"cn-shenzhen"_s},
          {u"StartTime"_s, ms(m_start)},
          {u"EndTime"_s, ms(m_emulator->clock().now())},
          {u"Limit"_s, u"100"_s}}},
        {s_changeOrders,
         {{u"CreateTime"_s, ms(m_start)}, {u"OrderBy"_s, u"errorPercent"_s}, {u"Limit"_s, u"100"_s}}},
    };
    for (const auto &[operation, query] : calls) {
        const QJsonArray first = data(operation, query);
        QVERIFY2(!first.isEmpty(), qPrintable(operation.action));
        QCOMPARE(data(operation, query), first);
    }
}

QTEST_GUILESS_MAIN(TestRegionMetricOperations)
#include "tst_regionmetricoperations.moc"
