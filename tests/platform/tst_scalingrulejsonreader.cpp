#include "platform/scalingrulejsonreader.h"
#include "support/recordedanswer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using RecordedAnswer::answer;
using RecordedAnswer::fixture;

} // namespace

/**
 * Scaling rules from SAE's answers (reference 7.5, 9.2): the reference's examples, wrapped lists,
 * numbers as strings, and broken shapes that must become a Parse error naming the field.
 */
class TestScalingRuleJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void referenceRuleList();
    void referenceSingleRule();
    void referenceCreatedRule();
    void wrappedListsAndStrings();
    void emptyAndBareLists();
    void hugeNumbersDoNotHurt();
    void brokenAnswers_data();
    void brokenAnswers();
};

void TestScalingRuleJsonReader::referenceRuleList()
{
    const ApiResult<QList<ScalingRule>> result =
        answer(fixture(u"describeapplicationscalingrules.json"_s), &ScalingRuleJsonReader::rules);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), 1);
    const ScalingRule &rule = result.value().first();
    QCOMPARE(rule.appId, u"7171a6ca-d1cd-4928-8642-7d5cfe69****"_s);
    QCOMPARE(rule.name, u"test"_s);
    QCOMPARE(rule.type, ScalingRuleType::Timing);
    QCOMPARE(rule.enabled, true);
    QCOMPARE(rule.createdAt.toMSecsSinceEpoch(), 1616642248938);
    QCOMPARE(rule.lastDisabledAt.toMSecsSinceEpoch(), 1641882854484);
    QCOMPARE(rule.minReadyInstances, 1);
    QCOMPARE(rule.minReadyInstanceRatio, -1);
    QVERIFY(rule.timer.has_value());
    QCOMPARE(rule.timer->beginDate, u"2021-03-25"_s);
    QCOMPARE(rule.timer->period, u"* * *"_s);
    QCOMPARE(rule.timer->schedules.size(), 1);
    QCOMPARE(rule.timer->schedules.first().atTime, u"08:00"_s);
    QCOMPARE(rule.timer->schedules.first().targetReplicas, std::optional(3));
    QVERIFY(rule.metric.has_value());
    QCOMPARE(rule.metric->metrics.size(), 1);
    QCOMPARE(rule.metric->metrics.first().metricType, u"CPU"_s);
    QCOMPARE(rule.metric->scaleDown.stabilizationWindowSeconds, 300);
    QVERIFY(rule.metricsStatus.has_value());
    QCOMPARE(rule.metricsStatus->currentReplicas, qint64(2));
    QCOMPARE(rule.metricsStatus->nextScaleMetrics.size(), 1);
    QCOMPARE(rule.metricsStatus->lastScaleTime, QDateTime(QDate(2022, 1, 11), QTime(8, 14, 32), Qt::UTC));
}

void TestScalingRuleJsonReader::referenceSingleRule()
{
    const ApiResult<ScalingRule> result =
        answer(fixture(u"describeapplicationscalingrule.json"_s), &ScalingRuleJsonReader::rule);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().name, u"test"_s);
    QCOMPARE(result.value().updatedAt.toMSecsSinceEpoch(), 1624330075827);
    QCOMPARE(result.value().timer->schedules.first().targetReplicas, std::optional(2));
}

void TestScalingRuleJsonReader::referenceCreatedRule()
{
    const ApiResult<ScalingRule> result =
        answer(fixture(u"createapplicationscalingrule.json"_s), &ScalingRuleJsonReader::rule);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().timer->schedules.first().minReplicas, std::optional(5));
    QCOMPARE(result.value().metric->maxReplicas, std::optional(3));
    QVERIFY(!result.value().metricsStatus.has_value()); // Create does not report it
}

void TestScalingRuleJsonReader::wrappedListsAndStrings()
{
    const ApiResult<QList<ScalingRule>> result = answer(R"({"Code": 200, "Data": {"ApplicationScalingRules":
            {"ApplicationScalingRule": [{"ScaleRuleName": "peak", "ScaleRuleType": "mix", "ScaleRuleEnabled": "false",
              "CreateTime": "1616642248938",
              "Timer": {"Period": "* * Fri,Mon", "Schedules": {"Schedule": [{"AtTime": "08:00", "MinReplicas": "5", "MaxReplicas": 10}]}},
              "Metric": {"MinReplicas": 2, "MaxReplicas": "10",
                         "Metrics": {"Metric": [{"MetricType": "CPU", "MetricTargetAverageUtilization": "60"}]},
                         "ScaleUpRules": {"Step": "100", "StabilizationWindowSeconds": 0},
                         "MetricsStatus": {"CurrentReplicas": 4, "CurrentMetrics": {"CurrentMetric": [{"Name": "cpu", "Type": "Resource", "CurrentValue": 55}]}}},
              "SomethingNew": true}]}}})",
                                                        &ScalingRuleJsonReader::rules);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), 1);
    const ScalingRule &rule = result.value().first();
    QCOMPARE(rule.type, ScalingRuleType::Mix);
    QCOMPARE(rule.enabled, false);
    QCOMPARE(rule.createdAt.toMSecsSinceEpoch(), 1616642248938);
    QCOMPARE(rule.timer->period, u"* * Fri,Mon"_s);
    QCOMPARE(rule.timer->schedules.size(), 1);
    QCOMPARE(rule.timer->schedules.first().minReplicas, std::optional(5));
    QCOMPARE(rule.metric->maxReplicas, std::optional(10));
    QCOMPARE(rule.metric->metrics.size(), 1);
    QCOMPARE(rule.metric->metrics.first().targetAverageUtilization, 60);
    QCOMPARE(rule.metric->scaleUp.step, 100);
    QCOMPARE(rule.metricsStatus->currentMetrics.size(), 1);
    QCOMPARE(rule.metricsStatus->currentMetrics.first().currentValue, qint64(55));
}

void TestScalingRuleJsonReader::emptyAndBareLists()
{
    const auto none =
        answer(R"({"Data": {"CurrentPage": 1, "TotalSize": 0}})", &ScalingRuleJsonReader::rules);
    QVERIFY(none.isOk());
    QVERIFY(none.value().isEmpty());
    const auto bare = answer(R"({"Data": [{"ScaleRuleName": "a"}, {"ScaleRuleName": "b", "Timer": null}]})",
                             &ScalingRuleJsonReader::rules);
    QVERIFY(bare.isOk());
    QCOMPARE(bare.value().size(), 2);
    QCOMPARE(bare.value().at(1).name, u"b"_s);
    QVERIFY(!bare.value().at(1).timer.has_value());
}

void TestScalingRuleJsonReader::hugeNumbersDoNotHurt()
{
    const auto rule =
        answer(R"({"Data": {"ScaleRuleName": "a", "CreateTime": 1e300, "MinReadyInstances": -1e300,
                                       "Metric": {"MaxReplicas": 1e300, "MetricsStatus": {"CurrentReplicas": 1e300}}}})",
               &ScalingRuleJsonReader::rule);
    QVERIFY(rule.isOk());
    QVERIFY(!rule.value().createdAt.isValid());
    QCOMPARE(rule.value().metricsStatus->currentReplicas, qint64(0));
}

void TestScalingRuleJsonReader::brokenAnswers_data()
{
    QTest::addColumn<bool>("list");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("field");
    QTest::newRow("no Data") << true << QByteArray("null") << u"Data is missing"_s;
    QTest::newRow("Data a number") << false << QByteArray("7") << u"Data is not an object"_s;
    QTest::newRow("rules a string") << true << QByteArray(R"({"ApplicationScalingRules": "none"})")
                                    << u"Data.ApplicationScalingRules is not a list"_s;
    QTest::newRow("rule a string") << true << QByteArray(R"({"ApplicationScalingRules": ["peak"]})")
                                   << u"Data.ApplicationScalingRules[0] is not an object"_s;
    QTest::newRow("rule without name")
        << true << QByteArray(R"({"ApplicationScalingRules": [{"ScaleRuleName": "a"}, {}]})")
        << u"Data.ApplicationScalingRules[1].ScaleRuleName is missing"_s;
    QTest::newRow("unknown type") << false << QByteArray(R"({"ScaleRuleName": "a", "ScaleRuleType": "cron"})")
                                  << u"Data.ScaleRuleType has the unknown value cron"_s;
    QTest::newRow("Timer a string") << false << QByteArray(R"({"ScaleRuleName": "a", "Timer": "* * *"})")
                                    << u"Data.Timer is not an object"_s;
    QTest::newRow("Schedules an object")
        << false << QByteArray(R"({"ScaleRuleName": "a", "Timer": {"Schedules": {"AtTime": "08:00"}}})")
        << u"Data.Timer.Schedules is not a list"_s;
    QTest::newRow("Schedule a number")
        << false << QByteArray(R"({"ScaleRuleName": "a", "Timer": {"Schedules": [{}, 8]}})")
        << u"Data.Timer.Schedules[1] is not an object"_s;
    QTest::newRow("Metric a list") << false << QByteArray(R"({"ScaleRuleName": "a", "Metric": []})")
                                   << u"Data.Metric is not an object"_s;
    QTest::newRow("Metrics a string")
        << false << QByteArray(R"({"ScaleRuleName": "a", "Metric": {"Metrics": "CPU"}})")
        << u"Data.Metric.Metrics is not a list"_s;
    QTest::newRow("ScaleUpRules a number")
        << false << QByteArray(R"({"ScaleRuleName": "a", "Metric": {"ScaleUpRules": 100}})")
        << u"Data.Metric.ScaleUpRules is not an object"_s;
    QTest::newRow("CurrentMetrics a bool")
        << true
        << QByteArray(
               R"({"ApplicationScalingRules": [{"ScaleRuleName": "a", "Metric": {"MetricsStatus": {"CurrentMetrics": true}}}]})")
        << u"Data.ApplicationScalingRules[0].Metric.MetricsStatus.CurrentMetrics is not a list"_s;
}

void TestScalingRuleJsonReader::brokenAnswers()
{
    QFETCH(bool, list);
    QFETCH(QByteArray, data);
    QFETCH(QString, field);
    const QByteArray body = R"({"Code": "200", "RequestId": "req-9", "Data": )" + data + '}';
    std::optional<ApiError> failure;
    if (list) {
        const auto result = answer(body, &ScalingRuleJsonReader::rules);
        QVERIFY(!result.isOk());
        failure = result.error();
    } else {
        const auto result = answer(body, &ScalingRuleJsonReader::rule);
        QVERIFY(!result.isOk());
        failure = result.error();
    }
    const ApiError &error = *failure;
    QCOMPARE(error.kind, ApiError::Kind::Parse);
    QCOMPARE(error.requestId, u"req-9"_s);
    QVERIFY2(error.message.endsWith(field), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestScalingRuleJsonReader)
#include "tst_scalingrulejsonreader.moc"
