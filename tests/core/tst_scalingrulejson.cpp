#include "core/scalingrulejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestScalingRuleJson : public QObject
{
    Q_OBJECT

private slots:
    void readsTheReferenceTimer();
    void readsTerraformsMixTimer();
    void readsTheReferenceMetric();
    void defaultsStepRules();
    void refusesWrongTypes_data();
    void refusesWrongTypes();
    void writesRequestsInCamelCase();
    void writesResponsesInPascalCase();
    void writesMetricsStatus();
    void responseRoundTrip();
    void readsResponsesTolerantly();
};

void TestScalingRuleJson::readsTheReferenceTimer()
{
    ScalingTimer timer;
    const auto error = ScalingRuleJson::readTimerRequest(
        parse(
            R"({"beginDate":null,"endDate":null,"period":"* * *","schedules":[{"atTime":"08:00","targetReplicas":10},{"atTime":"20:00","targetReplicas":3}]})"),
        &timer);
    QVERIFY(!error);
    QVERIFY(timer.isLongTerm());
    QCOMPARE(timer.period, u"* * *"_s);
    QCOMPARE(timer.schedules.size(), 2);
    QCOMPARE(timer.schedules.at(0).atTime, u"08:00"_s);
    QCOMPARE(timer.schedules.at(0).targetReplicas, 10);
    QCOMPARE(timer.schedules.at(0).time(), QTime(8, 0));
    QCOMPARE(timer.schedules.at(1).targetReplicas, 3);
    QVERIFY(!timer.schedules.at(1).minReplicas);
    QCOMPARE(timer.effectiveTimeZone(), u"Asia/Shanghai"_s);
}

void TestScalingRuleJson::readsTerraformsMixTimer()
{
    ScalingTimer timer;
    const auto error = ScalingRuleJson::readTimerRequest(
        parse(
            R"({"beginDate":"","endDate":"","period":"* * *","schedules":[{"atTime":"08:00","maxReplicas":10,"minReplicas":5},{"atTime":"20:00","maxReplicas":"3","minReplicas":"1"}]})"),
        &timer);
    QVERIFY(!error);
    QVERIFY(timer.isLongTerm());
    QCOMPARE(timer.schedules.at(0).minReplicas, 5);
    QCOMPARE(timer.schedules.at(0).maxReplicas, 10);
    QCOMPARE(timer.schedules.at(1).maxReplicas, 3);
    QVERIFY(!timer.schedules.at(1).targetReplicas);
}

void TestScalingRuleJson::readsTheReferenceMetric()
{
    // The reference's Create example, with the SLB entries' capital-M key and the string steps.
    ScalingMetricPolicy metric;
    const auto error = ScalingRuleJson::readMetricRequest(
        parse(
            R"({"maxReplicas":3,"minReplicas":1,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":20},{"metricType":"MEMORY","metricTargetAverageUtilization":30},{"metricType":"tcpActiveConn","metricTargetAverageUtilization":20},{"metricType":"SLB_QPS","MetricTargetAverageUtilization":25,"slbId":"lb-xxx","slbProject":"aliyun-fc-cn-hangzhou-d95881d9","slbLogstore":"function-log","vport":"80"}],"scaleUpRules":{"step":"100","disabled":false,"stabilizationWindowSeconds":0},"scaleDownRules":{"step":"100","disabled":false,"stabilizationWindowSeconds":300}})"),
        &metric);
    QVERIFY(!error);
    QCOMPARE(metric.minReplicas, 1);
    QCOMPARE(metric.maxReplicas, 3);
    QCOMPARE(metric.metrics.size(), 4);
    QCOMPARE(metric.metrics.at(0).type(), ScalingMetricType::Cpu);
    QCOMPARE(metric.metrics.at(2).type(), ScalingMetricType::TcpActiveConnections);
    QCOMPARE(metric.metrics.at(3).type(), ScalingMetricType::SlbQps);
    QCOMPARE(metric.metrics.at(3).targetAverageUtilization, 25);
    QCOMPARE(metric.metrics.at(3).slbId, u"lb-xxx"_s);
    QCOMPARE(metric.metrics.at(3).vport, u"80"_s);
    QCOMPARE(metric.scaleUp.step, 100);
    QCOMPARE(metric.scaleDown.stabilizationWindowSeconds, 300);
    QVERIFY(!metric.scaleDown.disabled);
}

void TestScalingRuleJson::defaultsStepRules()
{
    ScalingMetricPolicy metric;
    QVERIFY(!ScalingRuleJson::readMetricRequest(
        parse(
            R"({"minReplicas":1,"maxReplicas":2,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":50,"vport":80}],"scaleDownRules":{"disabled":"true"}})"),
        &metric));
    QCOMPARE(metric.scaleUp.step, ScalingMetricPolicy::StepRule::defaultStep);
    QCOMPARE(metric.scaleUp.stabilizationWindowSeconds, 0);
    QVERIFY(metric.scaleDown.disabled);
    QCOMPARE(metric.metrics.at(0).vport, u"80"_s);
}

void TestScalingRuleJson::refusesWrongTypes_data()
{
    QTest::addColumn<bool>("timer");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("schedules not an array")
        << true << QByteArray(R"({"schedules":{}})") << u"ScalingRuleTimer.schedules"_s;
    QTest::newRow("schedule not an object")
        << true << QByteArray(R"({"schedules":[3]})") << u"ScalingRuleTimer.schedules[0]"_s;
    QTest::newRow("targetReplicas text")
        << true << QByteArray(R"({"schedules":[{"atTime":"08:00","targetReplicas":"ten"}]})")
        << u"ScalingRuleTimer.schedules[0].targetReplicas"_s;
    QTest::newRow("targetReplicas fraction")
        << true << QByteArray(R"({"schedules":[{"atTime":"08:00","targetReplicas":2.5}]})")
        << u"ScalingRuleTimer.schedules[0].targetReplicas"_s;
    QTest::newRow("atTime a number") << true << QByteArray(R"({"schedules":[{"atTime":true}]})")
                                     << u"ScalingRuleTimer.schedules[0].atTime"_s;
    QTest::newRow("metrics not an array")
        << false << QByteArray(R"({"metrics":"CPU"})") << u"ScalingRuleMetric.metrics"_s;
    QTest::newRow("step text") << false << QByteArray(R"({"scaleUpRules":{"step":"many"}})")
                               << u"ScalingRuleMetric.scaleUpRules.step"_s;
    QTest::newRow("disabled text") << false << QByteArray(R"({"scaleDownRules":{"disabled":"maybe"}})")
                                   << u"ScalingRuleMetric.scaleDownRules.disabled"_s;
    QTest::newRow("rules not an object")
        << false << QByteArray(R"({"scaleDownRules":[]})") << u"ScalingRuleMetric.scaleDownRules"_s;
}

void TestScalingRuleJson::refusesWrongTypes()
{
    QFETCH(bool, timer);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    ScalingTimer readTimer;
    ScalingMetricPolicy readMetric;
    const std::optional<ScalingRuleError> error =
        timer ? ScalingRuleJson::readTimerRequest(object, &readTimer)
              : ScalingRuleJson::readMetricRequest(object, &readMetric);
    QVERIFY(error);
    QCOMPARE(error->code, u"InvalidParameter.WithMessage"_s);
    QCOMPARE(error->field, field);
    QVERIFY2(error->message.startsWith(u"The parameter is invalid {"_s), qPrintable(error->message));
}

void TestScalingRuleJson::writesRequestsInCamelCase()
{
    ScalingTimer timer;
    timer.schedules = {{u"08:00"_s, 10, std::nullopt, std::nullopt}};
    const QJsonObject timerJson = ScalingRuleJson::timerRequest(timer);
    QVERIFY(timerJson.value(u"beginDate").isNull());
    QVERIFY(timerJson.value(u"endDate").isNull());
    QCOMPARE(timerJson.value(u"period").toString(), u"* * *"_s);
    const QJsonObject schedule = timerJson.value(u"schedules").toArray().at(0).toObject();
    QCOMPARE(schedule.value(u"atTime").toString(), u"08:00"_s);
    QCOMPARE(schedule.value(u"targetReplicas").toInt(), 10);
    QVERIFY(!schedule.contains(u"minReplicas"));

    ScalingMetricPolicy metric;
    metric.minReplicas = 2;
    metric.maxReplicas = 8;
    metric.metrics = {{u"CPU"_s, 60, {}, {}, {}, {}}};
    const QJsonObject metricJson = ScalingRuleJson::metricRequest(metric);
    QCOMPARE(metricJson.value(u"minReplicas").toInt(), 2);
    QCOMPARE(metricJson.value(u"metrics")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"metricTargetAverageUtilization")
                 .toInt(),
             60);
    QVERIFY(metricJson.value(u"scaleUpRules").toObject().value(u"step").isDouble());

    // What is written reads back the same.
    ScalingTimer timerBack;
    ScalingMetricPolicy metricBack;
    QVERIFY(!ScalingRuleJson::readTimerRequest(timerJson, &timerBack));
    QVERIFY(!ScalingRuleJson::readMetricRequest(metricJson, &metricBack));
    QCOMPARE(timerBack, timer);
    QCOMPARE(metricBack, metric);
}

void TestScalingRuleJson::writesResponsesInPascalCase()
{
    ScalingRule rule;
    rule.appId = u"7171a6ca-d1cd-4928-8642-7d5cfe690000"_s;
    rule.name = u"timer-0800-2100"_s;
    rule.type = ScalingRuleType::Timing;
    rule.createdAt = QDateTime::fromMSecsSinceEpoch(1616642248938, Qt::UTC);
    rule.updatedAt = rule.createdAt;
    ScalingTimer timer;
    timer.beginDate = u"2021-03-25"_s;
    timer.endDate = u"2021-04-25"_s;
    timer.schedules = {{u"08:00"_s, 3, std::nullopt, std::nullopt}};
    rule.timer = timer;
    const QJsonObject json = ScalingRuleJson::ruleResponse(rule, true);
    QCOMPARE(json.value(u"AppId").toString(), rule.appId);
    QCOMPARE(json.value(u"ScaleRuleName").toString(), u"timer-0800-2100"_s);
    QCOMPARE(json.value(u"ScaleRuleType").toString(), u"timing"_s);
    QCOMPARE(json.value(u"ScaleRuleEnabled").toBool(), true);
    QCOMPARE(json.value(u"CreateTime").toInteger(), 1616642248938);
    QVERIFY(json.value(u"CreateTime").isDouble());
    QVERIFY(!json.contains(u"LastDisableTime"));
    QCOMPARE(json.value(u"MinReadyInstances").toInt(), 1);
    QCOMPARE(json.value(u"MinReadyInstanceRatio").toInt(), -1);
    QVERIFY(!json.contains(u"Metric"));
    const QJsonObject timerJson = json.value(u"Timer").toObject();
    QCOMPARE(timerJson.value(u"BeginDate").toString(), u"2021-03-25"_s);
    QCOMPARE(timerJson.value(u"Period").toString(), u"* * *"_s);
    QCOMPARE(timerJson.value(u"TimeZone").toString(), u"Asia/Shanghai"_s);
    const QJsonObject schedule = timerJson.value(u"Schedules").toArray().at(0).toObject();
    QCOMPARE(schedule.value(u"AtTime").toString(), u"08:00"_s);
    QCOMPARE(schedule.value(u"TargetReplicas").toInt(), 3);
    QVERIFY(!json.contains(u"ScalingRuleName"));
}

void TestScalingRuleJson::writesMetricsStatus()
{
    ScalingRule rule;
    rule.type = ScalingRuleType::Metric;
    ScalingMetricPolicy metric;
    metric.minReplicas = 1;
    metric.maxReplicas = 3;
    metric.metrics = {{u"cpu"_s, 20, {}, {}, {}, {}}};
    rule.metric = metric;
    ScalingMetricsStatus status;
    status.currentReplicas = 2;
    status.desiredReplicas = 2;
    status.minReplicas = 1;
    status.maxReplicas = 3;
    status.lastScaleTime = QDateTime(QDate(2022, 1, 11), QTime(8, 14, 32), Qt::UTC);
    status.nextScaleTimePeriod = 3;
    status.currentMetrics = {{u"cpu"_s, u"Resource"_s, 0}};
    status.nextScaleMetrics = {{u"cpu"_s, 21, 10}};
    rule.metricsStatus = status;

    const QJsonObject withStatus = ScalingRuleJson::ruleResponse(rule, true).value(u"Metric").toObject();
    // The metric type is written in SAE's spelling, whatever the request's letter case.
    QCOMPARE(withStatus.value(u"Metrics").toArray().at(0).toObject().value(u"MetricType").toString(),
             u"CPU"_s);
    QCOMPARE(withStatus.value(u"ScaleUpRules").toObject().value(u"Step").toInt(), 100);
    const QJsonObject statusJson = withStatus.value(u"MetricsStatus").toObject();
    QCOMPARE(statusJson.value(u"LastScaleTime").toString(), u"2022-01-11T08:14:32Z"_s);
    QCOMPARE(statusJson.value(u"CurrentReplicas").toInt(), 2);
    QCOMPARE(statusJson.value(u"NextScaleTimePeriod").toInt(), 3);
    const QJsonObject current = statusJson.value(u"CurrentMetrics").toArray().at(0).toObject();
    QCOMPARE(current.value(u"Name").toString(), u"cpu"_s);
    QCOMPARE(current.value(u"Type").toString(), u"Resource"_s);
    const QJsonObject next = statusJson.value(u"NextScaleMetrics").toArray().at(0).toObject();
    QCOMPARE(next.value(u"NextScaleOutAverageUtilization").toInt(), 21);
    QCOMPARE(next.value(u"NextScaleInAverageUtilization").toInt(), 10);

    // Create and Update answer without the live status.
    QVERIFY(
        !ScalingRuleJson::ruleResponse(rule, false).value(u"Metric").toObject().contains(u"MetricsStatus"));
}

void TestScalingRuleJson::responseRoundTrip()
{
    ScalingRule rule;
    rule.appId = u"a0d2e04c-159d-40a8-b240-d2f2c2630000"_s;
    rule.name = u"mix-rule"_s;
    rule.type = ScalingRuleType::Mix;
    rule.enabled = false;
    rule.createdAt = QDateTime::fromMSecsSinceEpoch(1624329843790, Qt::UTC);
    rule.updatedAt = QDateTime::fromMSecsSinceEpoch(1624330075827, Qt::UTC);
    rule.lastDisabledAt = QDateTime::fromMSecsSinceEpoch(1641882854484, Qt::UTC);
    rule.minReadyInstances = 2;
    ScalingTimer timer;
    timer.period = u"* * Mon,Fri"_s;
    timer.timeZone = u"Asia/Shanghai"_s;
    timer.schedules = {{u"08:00"_s, std::nullopt, 5, 10}};
    rule.timer = timer;
    ScalingMetricPolicy metric;
    metric.minReplicas = 1;
    metric.maxReplicas = 4;
    metric.metrics = {{u"SLB_RT"_s, 35, u"lb-1"_s, u"project"_s, u"logstore"_s, u"443"_s}};
    metric.scaleDown = {2, true, 600};
    rule.metric = metric;
    ScalingMetricsStatus status;
    status.currentReplicas = 3;
    status.desiredReplicas = 4;
    status.minReplicas = 1;
    status.maxReplicas = 4;
    status.lastScaleTime = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
    status.currentMetrics = {{u"slb_incall_rt"_s, u"External"_s, 52}};
    status.nextScaleMetrics = {{u"slb_incall_rt"_s, 36, 26}};
    rule.metricsStatus = status;

    QCOMPARE(ScalingRuleJson::ruleFromResponse(ScalingRuleJson::ruleResponse(rule, true)), rule);
}

void TestScalingRuleJson::readsResponsesTolerantly()
{
    // Numbers as strings, a Code-style mix of types, unknown fields, missing parts.
    const ScalingRule rule = ScalingRuleJson::ruleFromResponse(parse(
        R"({"AppId":"x","ScaleRuleName":"r","ScaleRuleType":"metric","ScaleRuleEnabled":"true","CreateTime":"1616642248938","Unknown":{"a":1},"Metric":{"MaxReplicas":"3","MinReplicas":1,"Metrics":[{"MetricType":"CPU","MetricTargetAverageUtilization":"20"}],"ScaleUpRules":{"Step":"5"},"MetricsStatus":{"CurrentReplicas":"2","CurrentMetrics":[{"Name":"cpu","CurrentValue":"17"}]}}})"));
    QCOMPARE(rule.name, u"r"_s);
    QCOMPARE(rule.type, ScalingRuleType::Metric);
    QVERIFY(rule.enabled);
    QCOMPARE(rule.createdAt.toMSecsSinceEpoch(), 1616642248938);
    QVERIFY(!rule.timer);
    QCOMPARE(rule.metric->maxReplicas, 3);
    QCOMPARE(rule.metric->metrics.at(0).targetAverageUtilization, 20);
    QCOMPARE(rule.metric->scaleUp.step, 5);
    QCOMPARE(rule.metricsStatus->currentReplicas, 2);
    QCOMPARE(rule.metricsStatus->currentMetrics.at(0).currentValue, 17);
    QVERIFY(!rule.metricsStatus->lastScaleTime.isValid());
}

QTEST_GUILESS_MAIN(TestScalingRuleJson)
#include "tst_scalingrulejson.moc"
