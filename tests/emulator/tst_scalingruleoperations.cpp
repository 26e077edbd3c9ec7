#include "emulator/applicationmetricsource.h"
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

const QString s_rulePath = u"/pop/v1/sam/scale/applicationScalingRule"_s;
const QString s_timer =
    uR"({"beginDate":null,"endDate":null,"period":"* * *","schedules":[{"atTime":"08:00","targetReplicas":10},{"atTime":"20:00","targetReplicas":3}]})"_s;
const QString s_metric =
    uR"({"maxReplicas":8,"minReplicas":2,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":50}],"scaleUpRules":{"step":"2","disabled":false,"stabilizationWindowSeconds":0},"scaleDownRules":{"step":"1","disabled":false,"stabilizationWindowSeconds":300}})"_s;

/// CPU per instance from a fixed total demand.
class FixedLoad final : public ApplicationMetricSource
{
public:
    double totalCpu = 0;

    std::optional<double> averageValue(const EmulatedApplication &application, ScalingMetricType metric,
                                       const QDateTime &) const override
    {
        if (metric != ScalingMetricType::Cpu || application.application.targetInstances <= 0)
            return std::nullopt;
        return totalCpu / application.application.targetInstances;
    }
};

} // namespace

class TestScalingRuleOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void seededRulesAreDescribed();
    void createAndDescribeATimingRule();
    void createAMetricRuleTerraformStyle();
    void metricsStatusIsLive();
    void createRefuses_data();
    void createRefuses();
    void unknownApplication();
    void duplicateName();
    void atMostFiveRules();
    void conflictWithAnotherRule();
    void updateChangesTheRule();
    void updateRefuses();
    void deleteRemovesTheRule();
    void enableAndDisable();
    void notAddedOrEnabledWhileChanging();
    void unknownRuleName_data();
    void unknownRuleName();
    void methodsShareThePath();

private:
    GatewayAnswer call(const QByteArray &method, const QString &path, const QString &action, Query query);
    GatewayAnswer create(const QString &name, const QString &type, Query extra = {});
    QString appIdOf(const QString &namespaceName, const QString &appName) const;
    void advance(int seconds);

    std::unique_ptr<Emulator> m_emulator;
    std::shared_ptr<FixedLoad> m_load;
    QString m_appId;
};

void TestScalingRuleOperations::init()
{
    m_emulator = std::make_unique<Emulator>();
    // A fixed start, so that the 15-second evaluations fall at the same moments every run.
    m_emulator->clock().setManual(QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC));
    m_load = std::make_shared<FixedLoad>();
    m_emulator->setMetricSource(m_load);
    m_appId = appIdOf(u"prod"_s, u"payment-service"_s); // no seeded rules, 4 instances
}

void TestScalingRuleOperations::advance(int seconds)
{
    m_emulator->clock().advance(qint64(seconds) * 1000);
}

GatewayAnswer TestScalingRuleOperations::call(const QByteArray &method, const QString &path,
                                              const QString &action, Query query)
{
    return callGateway(*m_emulator, method, path, action, std::move(query));
}

GatewayAnswer TestScalingRuleOperations::create(const QString &name, const QString &type, Query extra)
{
    Query query{{u"AppId"_s, m_appId}, {u"ScalingRuleName"_s, name}, {u"ScalingRuleType"_s, type}};
    if (!std::any_of(extra.cbegin(), extra.cend(), [](const auto &p) {
            return p.first.startsWith(u"ScalingRule"_s) && p.first != u"ScalingRuleEnable";
        }))
        query.append(type == u"timing" ? std::pair{u"ScalingRuleTimer"_s, s_timer}
                                       : std::pair{u"ScalingRuleMetric"_s, s_metric});
    query.append(extra);
    return call("POST", s_rulePath, u"CreateApplicationScalingRule"_s, query);
}

QString TestScalingRuleOperations::appIdOf(const QString &namespaceName, const QString &appName) const
{
    const EmulatedApplication *application = m_emulator->fleet().findApplicationNamed(namespaceName, appName);
    return application ? application->application.appId : QString();
}

void TestScalingRuleOperations::seededRulesAreDescribed()
{
    const QString gateway = appIdOf(u"prod"_s, u"api-gateway"_s);
    const GatewayAnswer answer = call("GET", u"/pop/v1/sam/scale/applicationScalingRules"_s,
                                      u"DescribeApplicationScalingRules"_s, {{u"AppId"_s, gateway}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.code(), u"200"_s);
    QVERIFY(answer.body.contains(u"TraceId"));
    const QJsonObject data = answer.data();
    QCOMPARE(data.value(u"CurrentPage").toInt(), 1);
    QCOMPARE(data.value(u"TotalSize").toInt(), 1);
    const QJsonObject rule = data.value(u"ApplicationScalingRules").toArray().at(0).toObject();
    QCOMPARE(rule.value(u"AppId").toString(), gateway);
    QCOMPARE(rule.value(u"ScaleRuleType").toString(), u"metric"_s);
    QVERIFY(rule.value(u"ScaleRuleEnabled").toBool());
    QVERIFY(rule.value(u"Metric").toObject().contains(u"MetricsStatus"));

    const GatewayAnswer miniapp =
        call("GET", u"/pop/v1/sam/scale/applicationScalingRules"_s, u"DescribeApplicationScalingRules"_s,
             {{u"AppId"_s, appIdOf(u"prod"_s, u"guide-miniapp-backend"_s)}});
    const QJsonObject timer = miniapp.data()
                                  .value(u"ApplicationScalingRules")
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"Timer")
                                  .toObject();
    QCOMPARE(timer.value(u"Schedules").toArray().size(), 2);
    QCOMPARE(timer.value(u"Period").toString(), u"* * *"_s);
}

void TestScalingRuleOperations::createAndDescribeATimingRule()
{
    const QDateTime now = m_emulator->clock().now();
    const GatewayAnswer created = create(u"timer-0800-2100"_s, u"timing"_s);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.body.value(u"Success").toBool(), true);
    const QJsonObject data = created.data();
    QCOMPARE(data.value(u"ScaleRuleName").toString(), u"timer-0800-2100"_s);
    QCOMPARE(data.value(u"ScaleRuleType").toString(), u"timing"_s);
    QCOMPARE(data.value(u"ScaleRuleEnabled").toBool(), true);
    QCOMPARE(data.value(u"CreateTime").toInteger(), now.toMSecsSinceEpoch());
    QVERIFY(!data.contains(u"Metric"));
    const QJsonArray schedules = data.value(u"Timer").toObject().value(u"Schedules").toArray();
    QCOMPARE(schedules.size(), 2);
    QCOMPARE(schedules.at(0).toObject().value(u"TargetReplicas").toInt(), 10);

    advance(30);
    const GatewayAnswer described =
        call("GET", s_rulePath, u"DescribeApplicationScalingRule"_s,
             {{u"AppId"_s, m_appId}, {u"ScalingRuleName"_s, u"timer-0800-2100"_s}});
    QCOMPARE(described.status, 200);
    QCOMPARE(described.data().value(u"Timer").toObject(), data.value(u"Timer").toObject());
    QCOMPARE(described.data().value(u"UpdateTime").toInteger(), now.toMSecsSinceEpoch());

    const GatewayAnswer listed = call("GET", u"/pop/v1/sam/scale/applicationScalingRules"_s,
                                      u"DescribeApplicationScalingRules"_s, {{u"AppId"_s, m_appId}});
    QCOMPARE(listed.data().value(u"TotalSize").toInt(), 1);
}

void TestScalingRuleOperations::createAMetricRuleTerraformStyle()
{
    // Terraform sends both JSON parameters, `{}` for the unused one, and steps as strings.
    const GatewayAnswer created = create(u"cpu"_s, u"metric"_s,
                                         {{u"ScalingRuleMetric"_s, s_metric},
                                          {u"ScalingRuleTimer"_s, u"{}"_s},
                                          {u"ScalingRuleEnable"_s, u"false"_s},
                                          {u"MinReadyInstances"_s, u"2"_s},
                                          {u"MinReadyInstanceRatio"_s, u"50"_s}});
    QCOMPARE(created.status, 200);
    const QJsonObject data = created.data();
    QVERIFY(!data.contains(u"Timer"));
    QCOMPARE(data.value(u"ScaleRuleEnabled").toBool(), false);
    QCOMPARE(data.value(u"MinReadyInstances").toInt(), 2);
    QCOMPARE(data.value(u"MinReadyInstanceRatio").toInt(), 50);
    const QJsonObject metric = data.value(u"Metric").toObject();
    QCOMPARE(metric.value(u"MinReplicas").toInt(), 2);
    QCOMPARE(metric.value(u"MaxReplicas").toInt(), 8);
    QCOMPARE(metric.value(u"ScaleUpRules").toObject().value(u"Step").toInt(), 2);
    QVERIFY(metric.value(u"ScaleUpRules").toObject().value(u"Step").isDouble());
    QCOMPARE(metric.value(u"ScaleDownRules").toObject().value(u"StabilizationWindowSeconds").toInt(), 300);
    QVERIFY(!metric.contains(u"MetricsStatus")); // only Describe reports the live status
}

void TestScalingRuleOperations::metricsStatusIsLive()
{
    m_load->totalCpu = 320; // 80 % on 4 instances, target 50 %
    QCOMPARE(create(u"cpu"_s, u"metric"_s).status, 200);
    advance(16); // at least one evaluation
    const GatewayAnswer first = call("GET", s_rulePath, u"DescribeApplicationScalingRule"_s,
                                     {{u"AppId"_s, m_appId}, {u"ScalingRuleName"_s, u"cpu"_s}});
    const QJsonObject status = first.data().value(u"Metric").toObject().value(u"MetricsStatus").toObject();
    QCOMPARE(status.value(u"DesiredReplicas").toInt(), 6);
    QCOMPARE(status.value(u"MinReplicas").toInt(), 2);
    QCOMPARE(status.value(u"MaxReplicas").toInt(), 8);
    QVERIFY(QDateTime::fromString(status.value(u"LastScaleTime").toString(), Qt::ISODate).isValid());
    QVERIFY(status.value(u"LastScaleTime").toString().endsWith(u'Z'));
    const int period = status.value(u"NextScaleTimePeriod").toInt();
    QVERIFY(period >= 1 && period <= 15);
    const QJsonObject cpu = status.value(u"CurrentMetrics").toArray().at(0).toObject();
    QCOMPARE(cpu.value(u"Name").toString(), u"cpu"_s);
    QCOMPARE(cpu.value(u"Type").toString(), u"Resource"_s);
    QCOMPARE(cpu.value(u"CurrentValue").toInt(), 80);

    // The application itself reflects it, and the next evaluations move on.
    QCOMPARE(m_emulator->fleet().findApplication(m_appId)->application.targetInstances, 6);
    advance(15);
    const GatewayAnswer second = call("GET", u"/pop/v1/sam/scale/applicationScalingRules"_s,
                                      u"DescribeApplicationScalingRules"_s, {{u"AppId"_s, m_appId}});
    const QJsonObject later = second.data()
                                  .value(u"ApplicationScalingRules")
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"Metric")
                                  .toObject()
                                  .value(u"MetricsStatus")
                                  .toObject();
    QCOMPARE(later.value(u"CurrentMetrics").toArray().at(0).toObject().value(u"CurrentValue").toInt(), 53);
    QCOMPARE(later.value(u"DesiredReplicas").toInt(), 7);
}

void TestScalingRuleOperations::createRefuses_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<Query>("extra");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const auto timer = [](const QString &json) { return Query{{u"ScalingRuleTimer"_s, json}}; };
    const auto metric = [](const QString &json) { return Query{{u"ScalingRuleMetric"_s, json}}; };
    const QString timeFormat = u"The specified time is invalid."_s;

    QTest::newRow("no type") << QString() << Query{} << 400 << u"MissingScalingRuleType"_s
                             << u"ScalingRuleType is mandatory for this action."_s;
    QTest::newRow("unknown type")
        << u"cron"_s << timer(s_timer) << 400 << u"InvalidParameter.WithMessage"_s
        << u"The parameter is invalid {ScalingRuleType}: must be timing, metric or mix"_s;
    QTest::newRow("timing without a timer")
        << u"timing"_s << metric(s_metric) << 400 << u"InvalidParameter.NotEmpty"_s
        << u"You must specify the parameter ScalingRuleTimer."_s;
    QTest::newRow("metric without a metric")
        << u"metric"_s << timer(s_timer) << 400 << u"InvalidParameter.NotEmpty"_s
        << u"You must specify the parameter ScalingRuleMetric."_s;
    QTest::newRow("timer not JSON") << u"timing"_s << timer(u"{\"schedules\":"_s) << 400
                                    << u"InvalidParameter.WithMessage"_s << QString();
    QTest::newRow("timer an array")
        << u"timing"_s << timer(u"[]"_s) << 400 << u"InvalidParameter.WithMessage"_s
        << u"The parameter is invalid {ScalingRuleTimer}: must be a JSON object"_s;
    QTest::newRow("targetReplicas text")
        << u"timing"_s << timer(uR"({"schedules":[{"atTime":"08:00","targetReplicas":"x"}]})"_s) << 400
        << u"InvalidParameter.WithMessage"_s
        << u"The parameter is invalid {ScalingRuleTimer}: schedules[0].targetReplicas must be an integer"_s;
    QTest::newRow("atTime 8:00") << u"timing"_s
                                 << timer(uR"({"schedules":[{"atTime":"8:00","targetReplicas":2}]})"_s) << 400
                                 << u"InvalidScalingRuleTime.Format"_s << timeFormat;
    QTest::newRow("atTime 24:00") << u"timing"_s
                                  << timer(uR"({"schedules":[{"atTime":"24:00","targetReplicas":2}]})"_s)
                                  << 400 << u"InvalidScalingRuleTime.Format"_s << timeFormat;
    QTest::newRow("the same time twice")
        << u"timing"_s
        << timer(
               uR"({"schedules":[{"atTime":"08:00","targetReplicas":2},{"atTime":"08:00","targetReplicas":3}]})"_s)
        << 400 << u"InvalidScalingRuleTime.Conflict"_s
        << u"The specified scaling rule time is invalid. Another schedule has been set for the specified "
           u"time range. "
           "Please set a different time."_s;
    QString many;
    for (int i = 0; i < 21; ++i)
        many += u"%1{\"atTime\":\"%2:15\",\"targetReplicas\":2}"_s.arg(i ? u","_s : QString())
                    .arg(i, 2, 10, QLatin1Char('0'));
    QTest::newRow("21 schedule points")
        << u"timing"_s << timer(u"{\"schedules\":["_s + many + u"]}"_s) << 400
        << u"QuotaExceeded.ScalingRuleTime"_s
        << u"The maximum number of scaling policy trigger time is exceeded."_s;
    QTest::newRow("no schedules") << u"timing"_s << timer(uR"({"period":"* * *","schedules":[]})"_s) << 400
                                  << u"InvalidParameter.NotEmpty"_s
                                  << u"You must specify the parameter schedules."_s;
    QTest::newRow("0 replicas")
        << u"timing"_s << timer(uR"({"schedules":[{"atTime":"08:00","targetReplicas":0}]})"_s) << 400
        << u"InvalidParameter.WithMessage"_s
        << u"The parameter is invalid {ScalingRuleTimer}: schedules[0].targetReplicas must be from 1 to 50"_s;
    QTest::newRow("51 replicas")
        << u"timing"_s << timer(uR"({"schedules":[{"atTime":"08:00","targetReplicas":51}]})"_s) << 400
        << u"NoComputeResourceQuota.App.Exceed"_s
        << u"You can create 50 instances for each application. Please submit a ticket to raise the quota."_s;
    QTest::newRow("date format")
        << u"timing"_s
        << timer(
               uR"({"beginDate":"2021/03/25","endDate":"2021-04-25","schedules":[{"atTime":"08:00","targetReplicas":2}]})"_s)
        << 400 << u"InvalidScalingRuleDate.Format"_s << u"The specified date is invalid."_s;
    QTest::newRow("begin after end")
        << u"timing"_s
        << timer(
               uR"({"beginDate":"2021-05-25","endDate":"2021-04-25","schedules":[{"atTime":"08:00","targetReplicas":2}]})"_s)
        << 400 << u"InvalidScalingRuleDate.BeginAfterEnd"_s
        << u"The specified beginning time is later than the ending time."_s;
    QTest::newRow("period")
        << u"timing"_s
        << timer(uR"({"period":"weekdays","schedules":[{"atTime":"08:00","targetReplicas":2}]})"_s) << 400
        << u"InvalidParameter.WithMessage"_s << QString();
    QTest::newRow("min > max")
        << u"metric"_s
        << metric(
               uR"({"minReplicas":5,"maxReplicas":3,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":50}]})"_s)
        << 400 << u"InvalidParameter.WithMessage"_s
        << u"The parameter is invalid {ScalingRuleMetric}: minReplicas must not be greater than maxReplicas"_s;
    QTest::newRow("max 51")
        << u"metric"_s
        << metric(
               uR"({"minReplicas":5,"maxReplicas":51,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":50}]})"_s)
        << 400 << u"NoComputeResourceQuota.App.Exceed"_s << QString();
    QTest::newRow("no metrics") << u"metric"_s
                                << metric(uR"({"minReplicas":1,"maxReplicas":3,"metrics":[]})"_s) << 400
                                << u"InvalidParameter.NotEmpty"_s
                                << u"You must specify the parameter metrics."_s;
    QTest::newRow("unknown metric")
        << u"metric"_s
        << metric(
               uR"({"minReplicas":1,"maxReplicas":3,"metrics":[{"metricType":"GPU","metricTargetAverageUtilization":50}]})"_s)
        << 400 << u"InvalidParameter.WithMessage"_s << QString();
    QTest::newRow("CPU 150 %")
        << u"metric"_s
        << metric(
               uR"({"minReplicas":1,"maxReplicas":3,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":150}]})"_s)
        << 400 << u"InvalidParameter.WithMessage"_s << QString();
    QTest::newRow("SLB without slbId")
        << u"metric"_s
        << metric(
               uR"({"minReplicas":1,"maxReplicas":3,"metrics":[{"metricType":"SLB_QPS","metricTargetAverageUtilization":50,"slbProject":"p","slbLogstore":"l","vport":"80"}]})"_s)
        << 400 << u"InvalidParameter.NotEmpty"_s << u"You must specify the parameter slbId."_s;
    QTest::newRow("window 3601")
        << u"metric"_s
        << metric(
               uR"({"minReplicas":1,"maxReplicas":3,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":50}],"scaleDownRules":{"stabilizationWindowSeconds":3601}})"_s)
        << 400 << u"InvalidParameter.WithMessage"_s << QString();
    QTest::newRow("step 0")
        << u"metric"_s
        << metric(
               uR"({"minReplicas":1,"maxReplicas":3,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":50}],"scaleUpRules":{"step":0}})"_s)
        << 400 << u"InvalidParameter.WithMessage"_s << QString();
    QTest::newRow("MinReadyInstanceRatio 101")
        << u"timing"_s << Query{{u"ScalingRuleTimer"_s, s_timer}, {u"MinReadyInstanceRatio"_s, u"101"_s}}
        << 400 << u"InvalidParameter.WithMessage"_s << QString();
    QTest::newRow("ScalingRuleEnable yes")
        << u"timing"_s << Query{{u"ScalingRuleTimer"_s, s_timer}, {u"ScalingRuleEnable"_s, u"yes"_s}} << 400
        << u"InvalidParameter.WithMessage"_s << QString();
}

void TestScalingRuleOperations::createRefuses()
{
    QFETCH(QString, type);
    QFETCH(Query, extra);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    Query query{{u"AppId"_s, m_appId}, {u"ScalingRuleName"_s, u"rule"_s}};
    if (!type.isEmpty())
        query.append({u"ScalingRuleType"_s, type});
    query.append(extra);
    const GatewayAnswer answer = call("POST", s_rulePath, u"CreateApplicationScalingRule"_s, query);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    if (!message.isEmpty())
        QCOMPARE(answer.body.value(u"Message").toString(), message);
    if (!code.startsWith(u"Missing"_s)) {
        QCOMPARE(answer.body.value(u"ErrorCode").toString(), code);
        QCOMPARE(answer.body.value(u"Success").toBool(true), false);
    }
    QVERIFY(m_emulator->fleet().findApplication(m_appId)->scalingRules.isEmpty());
}

void TestScalingRuleOperations::unknownApplication()
{
    const GatewayAnswer answer = call("POST", s_rulePath, u"CreateApplicationScalingRule"_s,
                                      {{u"AppId"_s, u"00000000-0000-4000-8000-000000000000"_s},
                                       {u"ScalingRuleName"_s, u"rule"_s},
                                       {u"ScalingRuleType"_s, u"timing"_s},
                                       {u"ScalingRuleTimer"_s, s_timer}});
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.code(), u"InvalidAppId.NotFound"_s);
    const GatewayAnswer missing =
        call("GET", u"/pop/v1/sam/scale/applicationScalingRules"_s, u"DescribeApplicationScalingRules"_s, {});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.code(), u"MissingAppId"_s);
    const GatewayAnswer badName = create(u"Rule_1"_s, u"timing"_s);
    QCOMPARE(badName.code(), u"InvalidParameter.WithMessage"_s);
    QVERIFY(badName.body.value(u"Message")
                .toString()
                .startsWith(u"The parameter is invalid {ScalingRuleName}: "_s));
}

void TestScalingRuleOperations::duplicateName()
{
    QCOMPARE(create(u"rule"_s, u"timing"_s).status, 200);
    const GatewayAnswer again = create(u"rule"_s, u"metric"_s);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.code(), u"InstanceExist.ScalingRuleName"_s);
    QCOMPARE(again.body.value(u"Message").toString(), u"The specified ScalingRuleName already exists."_s);
}

void TestScalingRuleOperations::atMostFiveRules()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(create(u"rule-%1"_s.arg(i), u"metric"_s).status, 200);
    const GatewayAnswer sixth = create(u"rule-5"_s, u"metric"_s);
    QCOMPARE(sixth.status, 400);
    QCOMPARE(sixth.code(), u"QuotaExceeded.ScalingRule"_s);
    QCOMPARE(sixth.body.value(u"Message").toString(),
             u"The maximum number of application scaling rules is exceeded."_s);
}

void TestScalingRuleOperations::conflictWithAnotherRule()
{
    QCOMPARE(create(u"morning"_s, u"timing"_s).status, 200);
    const GatewayAnswer clash =
        create(u"weekend"_s, u"timing"_s,
               {{u"ScalingRuleTimer"_s,
                 uR"({"period":"* * Sat,Sun","schedules":[{"atTime":"20:00","targetReplicas":6}]})"_s}});
    QCOMPARE(clash.code(), u"InvalidScalingRuleTime.Conflict"_s);
    const GatewayAnswer apart =
        create(u"weekend"_s, u"timing"_s,
               {{u"ScalingRuleTimer"_s,
                 uR"({"period":"* * Sat,Sun","schedules":[{"atTime":"20:30","targetReplicas":6}]})"_s}});
    QCOMPARE(apart.status, 200);
}

void TestScalingRuleOperations::updateChangesTheRule()
{
    QCOMPARE(create(u"rule"_s, u"timing"_s).status, 200);
    advance(60);
    const QDateTime now = m_emulator->clock().now();
    const GatewayAnswer updated =
        call("PUT", s_rulePath, u"UpdateApplicationScalingRule"_s,
             {{u"AppId"_s, m_appId},
              {u"ScalingRuleName"_s, u"rule"_s},
              {u"ScalingRuleTimer"_s,
               uR"({"period":"* * Mon","schedules":[{"atTime":"09:30","targetReplicas":7}]})"_s},
              {u"ScalingRuleMetric"_s, u"{}"_s},
              {u"MinReadyInstances"_s, u"3"_s}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.data().value(u"UpdateTime").toInteger(), now.toMSecsSinceEpoch());
    QVERIFY(updated.data().value(u"CreateTime").toInteger() < now.toMSecsSinceEpoch());
    QCOMPARE(updated.data().value(u"MinReadyInstances").toInt(), 3);
    const QJsonObject timer = updated.data().value(u"Timer").toObject();
    QCOMPARE(timer.value(u"Period").toString(), u"* * Mon"_s);
    QCOMPARE(timer.value(u"Schedules").toArray().at(0).toObject().value(u"TargetReplicas").toInt(), 7);

    // Update may change the type (Go SDK 4.12.2); the rule then needs the new type's part.
    const GatewayAnswer toMetric =
        call("PUT", s_rulePath, u"UpdateApplicationScalingRule"_s,
             {{u"AppId"_s, m_appId}, {u"ScalingRuleName"_s, u"rule"_s}, {u"ScalingRuleType"_s, u"metric"_s}});
    QCOMPARE(toMetric.code(), u"InvalidParameter.NotEmpty"_s);
    const GatewayAnswer converted = call("PUT", s_rulePath, u"UpdateApplicationScalingRule"_s,
                                         {{u"AppId"_s, m_appId},
                                          {u"ScalingRuleName"_s, u"rule"_s},
                                          {u"ScalingRuleType"_s, u"metric"_s},
                                          {u"ScalingRuleMetric"_s, s_metric}});
    QCOMPARE(converted.status, 200);
    QCOMPARE(converted.data().value(u"ScaleRuleType").toString(), u"metric"_s);
    QVERIFY(!converted.data().contains(u"Timer"));
}

void TestScalingRuleOperations::updateRefuses()
{
    QCOMPARE(create(u"rule"_s, u"timing"_s).status, 200);
    const GatewayAnswer bad =
        call("PUT", s_rulePath, u"UpdateApplicationScalingRule"_s,
             {{u"AppId"_s, m_appId},
              {u"ScalingRuleName"_s, u"rule"_s},
              {u"ScalingRuleTimer"_s, uR"({"schedules":[{"atTime":"25:00","targetReplicas":7}]})"_s}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.code(), u"InvalidScalingRuleTime.Format"_s);
    // Nothing changed.
    const GatewayAnswer described = call("GET", s_rulePath, u"DescribeApplicationScalingRule"_s,
                                         {{u"AppId"_s, m_appId}, {u"ScalingRuleName"_s, u"rule"_s}});
    QCOMPARE(described.data()
                 .value(u"Timer")
                 .toObject()
                 .value(u"Schedules")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"AtTime")
                 .toString(),
             u"08:00"_s);
}

void TestScalingRuleOperations::deleteRemovesTheRule()
{
    QCOMPARE(create(u"rule"_s, u"timing"_s).status, 200);
    const Query query{{u"AppId"_s, m_appId}, {u"ScalingRuleName"_s, u"rule"_s}};
    const GatewayAnswer deleted = call("DELETE", s_rulePath, u"DeleteApplicationScalingRule"_s, query);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.body.value(u"Success").toBool(), true);
    QCOMPARE(deleted.body.value(u"Message").toString(), u"success"_s);
    QVERIFY(!deleted.body.contains(u"Data"));
    QVERIFY(m_emulator->fleet().findApplication(m_appId)->scalingRules.isEmpty());
    const GatewayAnswer again = call("DELETE", s_rulePath, u"DeleteApplicationScalingRule"_s, query);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.code(), u"InvalidScalingRuleName.NotFound"_s);
}

void TestScalingRuleOperations::enableAndDisable()
{
    m_load->totalCpu = 400;
    QCOMPARE(create(u"cpu"_s, u"metric"_s,
                    {{u"ScalingRuleMetric"_s, s_metric}, {u"ScalingRuleEnable"_s, u"false"_s}})
                 .status,
             200);
    const Query query{{u"AppId"_s, m_appId}, {u"ScalingRuleName"_s, u"cpu"_s}};
    advance(60);
    QCOMPARE(m_emulator->fleet().findApplication(m_appId)->application.targetInstances,
             4); // disabled: no effect

    const GatewayAnswer enabled = call("PUT", u"/pop/v1/sam/scale/enableApplicationScalingRule"_s,
                                       u"EnableApplicationScalingRule"_s, query);
    QCOMPARE(enabled.status, 200);
    QVERIFY(!enabled.body.contains(u"Data"));
    QCOMPARE(call("PUT", u"/pop/v1/sam/scale/enableApplicationScalingRule"_s,
                  u"EnableApplicationScalingRule"_s, query)
                 .status,
             200); // again: nothing to do, not an error
    advance(15);
    const GatewayAnswer described = call("GET", s_rulePath, u"DescribeApplicationScalingRule"_s, query);
    QVERIFY(described.data().value(u"ScaleRuleEnabled").toBool());
    QCOMPARE(m_emulator->fleet().findApplication(m_appId)->application.targetInstances, 6);

    const QDateTime disabledAt = m_emulator->clock().now();
    QCOMPARE(call("PUT", u"/pop/v1/sam/scale/disableApplicationScalingRule"_s,
                  u"DisableApplicationScalingRule"_s, query)
                 .status,
             200);
    advance(60);
    QCOMPARE(m_emulator->fleet().findApplication(m_appId)->application.targetInstances, 6);
    const GatewayAnswer after = call("GET", s_rulePath, u"DescribeApplicationScalingRule"_s, query);
    QCOMPARE(after.data().value(u"ScaleRuleEnabled").toBool(), false);
    QCOMPARE(after.data().value(u"LastDisableTime").toInteger(), disabledAt.toMSecsSinceEpoch());
}

void TestScalingRuleOperations::notAddedOrEnabledWhileChanging()
{
    QCOMPARE(create(u"cpu"_s, u"metric"_s,
                    {{u"ScalingRuleMetric"_s, s_metric}, {u"ScalingRuleEnable"_s, u"false"_s}})
                 .status,
             200);
    const GatewayAnswer restart = call("PUT", u"/pop/v1/sam/app/restartApplication"_s,
                                       u"RestartApplication"_s, {{u"AppId"_s, m_appId}});
    QCOMPARE(restart.status, 200);

    const Query query{{u"AppId"_s, m_appId}, {u"ScalingRuleName"_s, u"cpu"_s}};
    const GatewayAnswer enable = call("PUT", u"/pop/v1/sam/scale/enableApplicationScalingRule"_s,
                                      u"EnableApplicationScalingRule"_s, query);
    QCOMPARE(enable.status, 400);
    QCOMPARE(enable.code(), u"Application.ChangerOrderRunning"_s);
    const GatewayAnswer enabledAtCreation = create(
        u"cpu-two"_s, u"metric"_s, {{u"ScalingRuleMetric"_s, s_metric}, {u"ScalingRuleEnable"_s, u"true"_s}});
    QCOMPARE(enabledAtCreation.status, 400);
    QCOMPARE(enabledAtCreation.code(), u"Application.ChangerOrderRunning"_s);
    // A disabled rule may be added meanwhile; it does nothing yet.
    QCOMPARE(create(u"cpu-three"_s, u"metric"_s,
                    {{u"ScalingRuleMetric"_s, s_metric}, {u"ScalingRuleEnable"_s, u"false"_s}})
                 .status,
             200);

    const QString restartId = restart.data().value(u"ChangeOrderId").toString();
    for (int waited = 0; waited < 900 && m_emulator->fleet().runningChangeOrder(m_appId); waited += 5) {
        advance(5); // the restart ends (the engine moves on as the order is read)
        call("GET", u"/pop/v1/sam/changeorder/DescribeChangeOrder"_s, u"DescribeChangeOrder"_s,
             {{u"ChangeOrderId"_s, restartId}});
    }
    QVERIFY(!m_emulator->fleet().runningChangeOrder(m_appId));
    QCOMPARE(call("PUT", u"/pop/v1/sam/scale/enableApplicationScalingRule"_s,
                  u"EnableApplicationScalingRule"_s, query)
                 .status,
             200);
}

void TestScalingRuleOperations::unknownRuleName_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("action");
    QTest::newRow("describe") << QByteArray("GET") << s_rulePath << u"DescribeApplicationScalingRule"_s;
    QTest::newRow("update") << QByteArray("PUT") << s_rulePath << u"UpdateApplicationScalingRule"_s;
    QTest::newRow("delete") << QByteArray("DELETE") << s_rulePath << u"DeleteApplicationScalingRule"_s;
    QTest::newRow("enable") << QByteArray("PUT") << u"/pop/v1/sam/scale/enableApplicationScalingRule"_s
                            << u"EnableApplicationScalingRule"_s;
    QTest::newRow("disable") << QByteArray("PUT") << u"/pop/v1/sam/scale/disableApplicationScalingRule"_s
                             << u"DisableApplicationScalingRule"_s;
}

void TestScalingRuleOperations::unknownRuleName()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, action);
    const GatewayAnswer answer =
        call(method, path, action, {{u"AppId"_s, m_appId}, {u"ScalingRuleName"_s, u"nothing"_s}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), u"InvalidScalingRuleName.NotFound"_s);
    QCOMPARE(answer.body.value(u"Message").toString(), u"The specified ScalingRuleName does not exist."_s);
    const GatewayAnswer noName = call(method, path, action, {{u"AppId"_s, m_appId}});
    QCOMPARE(noName.code(), u"MissingScalingRuleName"_s);
}

void TestScalingRuleOperations::methodsShareThePath()
{
    // Four operations live on one path; the method picks the operation, and x-acs-action must agree.
    const GatewayAnswer wrongAction =
        call("GET", s_rulePath, u"CreateApplicationScalingRule"_s, {{u"AppId"_s, m_appId}});
    QCOMPARE(wrongAction.status, 404);
    QCOMPARE(wrongAction.code(), u"InvalidApi.NotFound"_s);
    const GatewayAnswer patch =
        call("PATCH", s_rulePath, u"UpdateApplicationScalingRule"_s, {{u"AppId"_s, m_appId}});
    QCOMPARE(patch.status, 404);
    const GatewayAnswer postToEnable = call("POST", u"/pop/v1/sam/scale/enableApplicationScalingRule"_s,
                                            u"EnableApplicationScalingRule"_s, {{u"AppId"_s, m_appId}});
    QCOMPARE(postToEnable.status, 404);
}

QTEST_GUILESS_MAIN(TestScalingRuleOperations)
#include "tst_scalingruleoperations.moc"
