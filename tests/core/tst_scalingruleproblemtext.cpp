#include "core/scalingruleerrorfield.h"
#include "core/scalingruleproblemtext.h"
#include "core/scalingrulevalidator.h"

#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

ScalingRule timingRule()
{
    ScalingRule rule;
    rule.appId = u"app"_s;
    rule.name = u"timer"_s;
    ScalingTimer timer;
    timer.schedules = {{u"08:00"_s, 10, std::nullopt, std::nullopt}};
    rule.timer = timer;
    return rule;
}

ScalingRule metricRule()
{
    ScalingRule rule;
    rule.appId = u"app"_s;
    rule.name = u"cpu"_s;
    rule.type = ScalingRuleType::Metric;
    ScalingMetricPolicy metric;
    metric.minReplicas = 2;
    metric.maxReplicas = 10;
    metric.metrics = {{u"CPU"_s, 60, {}, {}, {}, {}}};
    rule.metric = metric;
    return rule;
}

/// The one problem the validator finds in `rule`.
ScalingRuleError onlyProblem(const ScalingRule &rule, const QList<ScalingRule> &others = {})
{
    QList<ScalingRuleError> problems = ScalingRuleValidator::problemsOf(rule, others);
    problems.append(ScalingRuleValidator::creationProblems(rule, others));
    if (problems.size() != 1)
        qWarning() << "expected one problem, got" << problems.size();
    return problems.value(0);
}

} // namespace

class TestScalingRuleProblemText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textOfEachReason();
    void requiredSaysWhat();
    void unclassifiedShowsMessageAndCode();
    void platformError();
    void count();
    void fieldOfPlatformError_data();
    void fieldOfPlatformError();
    void fieldOfEveryValidatorMessage();
};

void TestScalingRuleProblemText::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestScalingRuleProblemText::textOfEachReason()
{
    ScalingRule rule = timingRule();
    rule.name = u"Timer"_s;
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)),
             u"Start with a lower-case letter and use only a–z, 0–9 and hyphens, at most 32 characters."_s);

    rule = timingRule();
    rule.timer->schedules[0].atTime = u"8:00"_s;
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)), u"Enter a time as HH:mm, from 00:00 to 23:59."_s);

    rule = timingRule();
    rule.timer->beginDate = u"2026-1-1"_s;
    rule.timer->endDate = u"2026-02-01"_s;
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)),
             u"Enter a date as yyyy-MM-dd, both dates or neither."_s);

    rule.timer->beginDate = u"2026-03-01"_s;
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)), u"The begin date is after the end date."_s);

    rule = timingRule();
    rule.timer->period = u"* * Someday"_s;
    QCOMPARE(
        ScalingRuleProblemText::of(onlyProblem(rule)),
        u"Choose every day, at least one day of the week, or days of the month from 1 to 31 separated by "
        "commas."_s);

    rule = timingRule();
    rule.timer->schedules.append(rule.timer->schedules.first());
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)),
             u"This time is already used, by this rule or by another rule on the same days."_s);

    rule = timingRule();
    rule.timer->schedules.clear();
    for (int i = 0; i < 21; ++i)
        rule.timer->schedules.append({QTime(i, 0).toString(u"HH:mm"_s), 2, std::nullopt, std::nullopt});
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)), u"A rule can have at most 20 times a day."_s);

    rule = timingRule();
    rule.timer->schedules[0].targetReplicas = 0;
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)), u"Must be from 1 to 50."_s);
    rule.timer->schedules[0].targetReplicas = 51;
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)),
             u"More than 50 instances need a raised quota: submit a ticket to SAE."_s);

    rule = metricRule();
    rule.metric->minReplicas = 20;
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)),
             u"The minimum must not be greater than the maximum."_s);

    rule = metricRule();
    rule.metric->metrics.append(rule.metric->metrics.first());
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)), u"This metric is already in the rule."_s);

    rule = metricRule();
    rule.metric->metrics[0].metricType = u"GPU"_s;
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)), u"Choose one of the metric types SAE knows."_s);

    rule = metricRule();
    rule.metric->metrics[0].metricType = u"QPS"_s;
    rule.metric->metrics[0].targetAverageUtilization = 0;
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)), u"Must be at least 1."_s);

    rule = metricRule();
    rule.metric->scaleDown.stabilizationWindowSeconds = 4000;
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule)), u"Must be from 0 to 3600."_s);

    rule = metricRule();
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(rule, {metricRule()})),
             u"The application already has a rule of this name."_s);

    QList<ScalingRule> five;
    for (int i = 0; i < 5; ++i) {
        five.append(timingRule());
        five.last().name = u"rule-%1"_s.arg(i);
        five.last().timer->schedules[0].atTime = u"0%1:30"_s.arg(i);
    }
    QCOMPARE(ScalingRuleProblemText::of(onlyProblem(timingRule(), five)),
             u"The application already has 5 scaling rules, the most SAE allows."_s);
}

void TestScalingRuleProblemText::requiredSaysWhat()
{
    QCOMPARE(ScalingRuleProblemText::of(ScalingRuleValidator::notEmpty(u"ScalingRuleName"_s)),
             u"Enter a name."_s);
    QCOMPARE(ScalingRuleProblemText::of(ScalingRuleValidator::notEmpty(u"ScalingRuleTimer.schedules"_s)),
             u"Add at least one time."_s);
    QCOMPARE(ScalingRuleProblemText::of(ScalingRuleValidator::notEmpty(u"ScalingRuleMetric.metrics"_s)),
             u"Add at least one metric."_s);
    QCOMPARE(
        ScalingRuleProblemText::of(ScalingRuleValidator::notEmpty(u"ScalingRuleMetric.metrics[2].vport"_s)),
        u"Enter the listener port."_s);
    QCOMPARE(ScalingRuleProblemText::of(
                 ScalingRuleValidator::notEmpty(u"ScalingRuleTimer.schedules[0].targetReplicas"_s)),
             u"Required."_s);
}

void TestScalingRuleProblemText::unclassifiedShowsMessageAndCode()
{
    const ScalingRuleError malformed{u"InvalidParameter.WithMessage"_s,
                                     u"The parameter is invalid {X}: bad"_s, u"X"_s};
    QCOMPARE(ScalingRuleProblemText::of(malformed),
             u"The parameter is invalid {X}: bad (InvalidParameter.WithMessage)"_s);
}

void TestScalingRuleProblemText::platformError()
{
    QCOMPARE(ScalingRuleProblemText::ofPlatformError(
                 u"QuotaExceeded.ScalingRule"_s,
                 u"The maximum number of application scaling rules is exceeded."_s, u"6E2A-11"_s),
             u"Refused by SAE: The maximum number of application scaling rules is exceeded. "
             "(QuotaExceeded.ScalingRule, RequestId 6E2A-11)"_s);
    QCOMPARE(ScalingRuleProblemText::ofPlatformError(u"X.Y"_s, u"Nope."_s, QString()),
             u"Refused by SAE: Nope. (X.Y)"_s);
}

void TestScalingRuleProblemText::count()
{
    QCOMPARE(ScalingRuleProblemText::count(1), u"1 problem"_s);
    QCOMPARE(ScalingRuleProblemText::count(3), u"3 problems"_s);
}

void TestScalingRuleProblemText::fieldOfPlatformError_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<ScalingRuleType>("type");
    QTest::addColumn<QString>("field");
    const auto metric = ScalingRuleType::Metric;
    const auto timing = ScalingRuleType::Timing;
    QTest::newRow("name taken") << u"InstanceExist.ScalingRuleName"_s << QString() << metric
                                << u"ScalingRuleName"_s;
    QTest::newRow("rule quota") << u"QuotaExceeded.ScalingRule"_s << QString() << metric << QString();
    QTest::newRow("time format") << u"InvalidScalingRuleTime.Format"_s << QString() << timing
                                 << u"ScalingRuleTimer.schedules"_s;
    QTest::newRow("time conflict") << u"InvalidScalingRuleTime.Conflict"_s << QString() << timing
                                   << u"ScalingRuleTimer.schedules"_s;
    QTest::newRow("time quota") << u"QuotaExceeded.ScalingRuleTime"_s << QString() << timing
                                << u"ScalingRuleTimer.schedules"_s;
    QTest::newRow("date format") << u"InvalidScalingRuleDate.Format"_s << QString() << timing
                                 << u"ScalingRuleTimer.beginDate"_s;
    QTest::newRow("begin after end") << u"InvalidScalingRuleDate.BeginAfterEnd"_s << QString() << timing
                                     << u"ScalingRuleTimer.beginDate"_s;
    QTest::newRow("instance quota, metric") << u"NoComputeResourceQuota.App.Exceed"_s << QString() << metric
                                            << u"ScalingRuleMetric.maxReplicas"_s;
    QTest::newRow("instance quota, mix") << u"NoComputeResourceQuota.App.Exceed"_s << QString()
                                         << ScalingRuleType::Mix << u"ScalingRuleMetric.maxReplicas"_s;
    QTest::newRow("instance quota, timing")
        << u"NoComputeResourceQuota.App.Exceed"_s << QString() << timing << u"ScalingRuleTimer.schedules"_s;
    QTest::newRow("metric type")
        << u"InvalidParameter.WithMessage"_s
        << u"The parameter is invalid {ScalingRuleMetric}: metrics[0].metricType must be "
           "one of CPU, MEMORY"_s
        << metric << u"ScalingRuleMetric.metrics[0].metricType"_s;
    QTest::newRow("step")
        << u"InvalidParameter.WithMessage"_s
        << u"The parameter is invalid {ScalingRuleMetric}: scaleUpRules.step must be at least 1"_s << metric
        << u"ScalingRuleMetric.scaleUpRules.step"_s;
    QTest::newRow("name, no path")
        << u"InvalidParameter.WithMessage"_s
        << u"The parameter is invalid {ScalingRuleName}: must start with a lower-case "
           "letter"_s
        << metric << u"ScalingRuleName"_s;
    QTest::newRow("parameter only") << u"InvalidParameter.WithMessage"_s
                                    << u"The parameter is invalid {ScalingRuleTimer}: not valid JSON"_s
                                    << timing << u"ScalingRuleTimer"_s;
    QTest::newRow("no braces") << u"InvalidParameter.WithMessage"_s << u"Something is wrong"_s << metric
                               << QString();
    QTest::newRow("other code") << u"Application.ChangerOrderRunning"_s << u"busy"_s << metric << QString();
}

void TestScalingRuleProblemText::fieldOfPlatformError()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(ScalingRuleType, type);
    QFETCH(QString, field);
    QCOMPARE(ScalingRuleErrorField::ofPlatformError(code, message, type), field);
}

void TestScalingRuleProblemText::fieldOfEveryValidatorMessage()
{
    // The emulator answers with the validator's first problem: its message must lead back to its field.
    ScalingRule rule = metricRule();
    rule.metric->metrics = {{u"CPU"_s, 0, {}, {}, {}, {}}, {u"GPU"_s, 1, {}, {}, {}, {}}};
    rule.metric->minReplicas = 0;
    rule.metric->scaleDown.stabilizationWindowSeconds = -1;
    const QList<ScalingRuleError> problems = ScalingRuleValidator::problemsOf(rule, {});
    QCOMPARE(problems.size(), 4);
    for (const ScalingRuleError &problem : problems) {
        QCOMPARE(problem.code, u"InvalidParameter.WithMessage"_s);
        QCOMPARE(ScalingRuleErrorField::ofPlatformError(problem.code, problem.message, rule.type),
                 problem.field);
    }
}

QTEST_GUILESS_MAIN(TestScalingRuleProblemText)
#include "tst_scalingruleproblemtext.moc"
