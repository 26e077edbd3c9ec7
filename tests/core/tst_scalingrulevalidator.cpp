#include "core/scalingrulevalidator.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Change = std::function<void(ScalingRule &)>;

ScalingRule timingRule(const QString &name = u"timer-0800-2100"_s)
{
    ScalingRule rule;
    rule.appId = u"app"_s;
    rule.name = name;
    rule.type = ScalingRuleType::Timing;
    ScalingTimer timer;
    timer.schedules = {{u"08:00"_s, 10, std::nullopt, std::nullopt},
                       {u"21:00"_s, 3, std::nullopt, std::nullopt}};
    rule.timer = timer;
    return rule;
}

ScalingRule metricRule(const QString &name = u"cpu-rule"_s)
{
    ScalingRule rule;
    rule.appId = u"app"_s;
    rule.name = name;
    rule.type = ScalingRuleType::Metric;
    ScalingMetricPolicy metric;
    metric.minReplicas = 2;
    metric.maxReplicas = 10;
    metric.metrics = {{u"CPU"_s, 60, {}, {}, {}, {}}};
    rule.metric = metric;
    return rule;
}

ScalingRule mixRule()
{
    ScalingRule rule = metricRule(u"mix-rule"_s);
    rule.type = ScalingRuleType::Mix;
    ScalingTimer timer;
    timer.schedules = {{u"08:00"_s, std::nullopt, 5, 10}};
    rule.timer = timer;
    return rule;
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestScalingRuleValidator : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidRules();
    void names_data();
    void names();
    void rejects_data();
    void rejects();
    void reportsEveryProblem();
    void duplicateName();
    void atMostFiveRules();
    void conflictsWithAnotherRule_data();
    void conflictsWithAnotherRule();
    void updateSkipsTheRuleItself();
    void classifiesProblems_data();
    void classifiesProblems();
    void creationProblems();
};

void TestScalingRuleValidator::acceptsValidRules()
{
    QVERIFY(!ScalingRuleValidator::checkCreate(timingRule(), {}));
    QVERIFY(!ScalingRuleValidator::checkCreate(metricRule(), {}));
    QVERIFY(!ScalingRuleValidator::checkCreate(mixRule(), {}));
    ScalingRule shortTerm = timingRule();
    shortTerm.timer->beginDate = u"2021-03-25"_s;
    shortTerm.timer->endDate = u"2021-03-25"_s;
    shortTerm.timer->period = u"1,15,31 * *"_s;
    QVERIFY(!ScalingRuleValidator::checkCreate(shortTerm, {}));
    ScalingRule bounds = timingRule();
    bounds.timer->schedules = {{u"00:00"_s, 1, std::nullopt, std::nullopt},
                               {u"23:59"_s, 50, std::nullopt, std::nullopt}};
    QVERIFY(!ScalingRuleValidator::checkCreate(bounds, {}));
    ScalingRule twenty = timingRule();
    twenty.timer->schedules.clear();
    for (int i = 0; i < 20; ++i)
        twenty.timer->schedules.append({QTime(i, 30).toString(u"HH:mm"_s), 2, std::nullopt, std::nullopt});
    QVERIFY(!ScalingRuleValidator::checkCreate(twenty, {}));
}

void TestScalingRuleValidator::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("reference example") << u"timer-0800-2100"_s << QString();
    QTest::newRow("one letter") << u"a"_s << QString();
    QTest::newRow("32 characters") << QString(32, u'a') << QString();
    QTest::newRow("33 characters") << QString(33, u'a') << u"InvalidParameter.WithMessage"_s;
    QTest::newRow("upper case") << u"Timer"_s << u"InvalidParameter.WithMessage"_s;
    QTest::newRow("starts with a digit") << u"1timer"_s << u"InvalidParameter.WithMessage"_s;
    QTest::newRow("starts with a hyphen") << u"-timer"_s << u"InvalidParameter.WithMessage"_s;
    QTest::newRow("underscore") << u"timer_1"_s << u"InvalidParameter.WithMessage"_s;
    QTest::newRow("space") << u"timer 1"_s << u"InvalidParameter.WithMessage"_s;
    QTest::newRow("empty") << QString() << u"InvalidParameter.NotEmpty"_s;
}

void TestScalingRuleValidator::names()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    const std::optional<ScalingRuleError> error = ScalingRuleValidator::checkName(name);
    QCOMPARE(error ? error->code : QString(), code);
    if (error)
        QCOMPARE(error->field, u"ScalingRuleName"_s);
}

void TestScalingRuleValidator::rejects_data()
{
    QTest::addColumn<ScalingRule>("base");
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");

    const QString timeFormat = u"The specified time is invalid."_s;
    const QString dateFormat = u"The specified date is invalid."_s;
    const QString quota =
        u"You can create 50 instances for each application. Please submit a ticket to raise the quota."_s;
    const auto withMessage = u"InvalidParameter.WithMessage"_s;
    const auto notEmpty = u"InvalidParameter.NotEmpty"_s;

    QTest::newRow("timing without a timer")
        << timingRule() << Change([](ScalingRule &r) { r.timer.reset(); }) << notEmpty
        << u"You must specify the parameter ScalingRuleTimer."_s << u"ScalingRuleTimer"_s;
    QTest::newRow("metric without a metric part")
        << metricRule() << Change([](ScalingRule &r) { r.metric.reset(); }) << notEmpty
        << u"You must specify the parameter ScalingRuleMetric."_s << u"ScalingRuleMetric"_s;
    QTest::newRow("mix without a metric part")
        << mixRule() << Change([](ScalingRule &r) { r.metric.reset(); }) << notEmpty
        << u"You must specify the parameter ScalingRuleMetric."_s << u"ScalingRuleMetric"_s;
    QTest::newRow("begin date format") << timingRule() << Change([](ScalingRule &r) {
        r.timer->beginDate = u"2021/03/25"_s;
        r.timer->endDate = u"2021-04-25"_s;
    }) << u"InvalidScalingRuleDate.Format"_s
                                       << dateFormat << u"ScalingRuleTimer.beginDate"_s;
    QTest::newRow("end date not a date") << timingRule() << Change([](ScalingRule &r) {
        r.timer->beginDate = u"2021-03-25"_s;
        r.timer->endDate = u"2021-02-30"_s;
    }) << u"InvalidScalingRuleDate.Format"_s
                                         << dateFormat << u"ScalingRuleTimer.endDate"_s;
    QTest::newRow("begin date alone")
        << timingRule() << Change([](ScalingRule &r) { r.timer->beginDate = u"2021-03-25"_s; })
        << u"InvalidScalingRuleDate.Format"_s << dateFormat << u"ScalingRuleTimer.endDate"_s;
    QTest::newRow("begin after end") << timingRule() << Change([](ScalingRule &r) {
        r.timer->beginDate = u"2021-04-26"_s;
        r.timer->endDate = u"2021-04-25"_s;
    }) << u"InvalidScalingRuleDate.BeginAfterEnd"_s
                                     << u"The specified beginning time is later than the ending time."_s
                                     << u"ScalingRuleTimer.beginDate"_s;
    QTest::newRow("period") << timingRule() << Change([](ScalingRule &r) { r.timer->period = u"daily"_s; })
                            << withMessage << QString() << u"ScalingRuleTimer.period"_s;
    QTest::newRow("no schedules") << timingRule()
                                  << Change([](ScalingRule &r) { r.timer->schedules.clear(); }) << notEmpty
                                  << u"You must specify the parameter schedules."_s
                                  << u"ScalingRuleTimer.schedules"_s;
    QTest::newRow("21 schedules") << timingRule() << Change([](ScalingRule &r) {
        r.timer->schedules.clear();
        for (int i = 0; i < 21; ++i)
            r.timer->schedules.append({QTime(i, 0).toString(u"HH:mm"_s), 2, std::nullopt, std::nullopt});
    }) << u"QuotaExceeded.ScalingRuleTime"_s
                                  << u"The maximum number of scaling policy trigger time is exceeded."_s
                                  << u"ScalingRuleTimer.schedules"_s;
    const QStringList badTimes{u"8:00"_s,  u"08:0"_s, u"24:00"_s, u"12:60"_s,
                               u"08-00"_s, u"0800"_s, u""_s,      u"08:00:00"_s};
    for (const QString &time : badTimes) {
        QTest::addRow("atTime \"%s\"", qPrintable(time))
            << timingRule() << Change([time](ScalingRule &r) { r.timer->schedules[1].atTime = time; })
            << u"InvalidScalingRuleTime.Format"_s << timeFormat << u"ScalingRuleTimer.schedules[1].atTime"_s;
    }
    QTest::newRow("the same time twice")
        << timingRule() << Change([](ScalingRule &r) { r.timer->schedules[1].atTime = u"08:00"_s; })
        << u"InvalidScalingRuleTime.Conflict"_s
        << u"The specified scaling rule time is invalid. Another schedule has been set for "
           "the specified time range. Please set a different time."_s
        << u"ScalingRuleTimer.schedules[1].atTime"_s;
    QTest::newRow("no targetReplicas")
        << timingRule() << Change([](ScalingRule &r) { r.timer->schedules[0].targetReplicas.reset(); })
        << notEmpty << u"You must specify the parameter targetReplicas."_s
        << u"ScalingRuleTimer.schedules[0].targetReplicas"_s;
    QTest::newRow("targetReplicas 0")
        << timingRule() << Change([](ScalingRule &r) { r.timer->schedules[0].targetReplicas = 0; })
        << withMessage
        << u"The parameter is invalid {ScalingRuleTimer}: schedules[0].targetReplicas must be from 1 to 50"_s
        << u"ScalingRuleTimer.schedules[0].targetReplicas"_s;
    QTest::newRow("targetReplicas 51")
        << timingRule() << Change([](ScalingRule &r) { r.timer->schedules[0].targetReplicas = 51; })
        << u"NoComputeResourceQuota.App.Exceed"_s << quota
        << u"ScalingRuleTimer.schedules[0].targetReplicas"_s;
    QTest::newRow("mix schedule min > max")
        << mixRule() << Change([](ScalingRule &r) { r.timer->schedules[0].minReplicas = 11; }) << withMessage
        << QString() << u"ScalingRuleTimer.schedules[0].minReplicas"_s;
    QTest::newRow("mix schedule without max")
        << mixRule() << Change([](ScalingRule &r) { r.timer->schedules[0].maxReplicas.reset(); }) << notEmpty
        << u"You must specify the parameter maxReplicas."_s << u"ScalingRuleTimer.schedules[0].maxReplicas"_s;
    QTest::newRow("metric min > max")
        << metricRule() << Change([](ScalingRule &r) { r.metric->minReplicas = 11; }) << withMessage
        << u"The parameter is invalid {ScalingRuleMetric}: minReplicas must not be greater than maxReplicas"_s
        << u"ScalingRuleMetric.minReplicas"_s;
    QTest::newRow("metric min 0") << metricRule() << Change([](ScalingRule &r) { r.metric->minReplicas = 0; })
                                  << withMessage << QString() << u"ScalingRuleMetric.minReplicas"_s;
    QTest::newRow("metric max 51") << metricRule()
                                   << Change([](ScalingRule &r) { r.metric->maxReplicas = 51; })
                                   << u"NoComputeResourceQuota.App.Exceed"_s << quota
                                   << u"ScalingRuleMetric.maxReplicas"_s;
    QTest::newRow("metric without min")
        << metricRule() << Change([](ScalingRule &r) { r.metric->minReplicas.reset(); }) << notEmpty
        << u"You must specify the parameter minReplicas."_s << u"ScalingRuleMetric.minReplicas"_s;
    QTest::newRow("no metrics") << metricRule() << Change([](ScalingRule &r) { r.metric->metrics.clear(); })
                                << notEmpty << u"You must specify the parameter metrics."_s
                                << u"ScalingRuleMetric.metrics"_s;
    QTest::newRow("unknown metric type")
        << metricRule() << Change([](ScalingRule &r) { r.metric->metrics[0].metricType = u"GPU"_s; })
        << withMessage << QString() << u"ScalingRuleMetric.metrics[0].metricType"_s;
    QTest::newRow("metric type missing")
        << metricRule() << Change([](ScalingRule &r) { r.metric->metrics[0].metricType.clear(); }) << notEmpty
        << u"You must specify the parameter metricType."_s << u"ScalingRuleMetric.metrics[0].metricType"_s;
    QTest::newRow("a metric twice") << metricRule() << Change([](ScalingRule &r) {
        r.metric->metrics.append(r.metric->metrics.at(0));
    }) << withMessage << QString() << u"ScalingRuleMetric.metrics[1].metricType"_s;
    QTest::newRow("CPU target 101") << metricRule() << Change([](ScalingRule &r) {
        r.metric->metrics[0].targetAverageUtilization = 101;
    }) << withMessage << QString() << u"ScalingRuleMetric.metrics[0].metricTargetAverageUtilization"_s;
    QTest::newRow("CPU target 0") << metricRule() << Change([](ScalingRule &r) {
        r.metric->metrics[0].targetAverageUtilization = 0;
    }) << withMessage << QString() << u"ScalingRuleMetric.metrics[0].metricTargetAverageUtilization"_s;
    QTest::newRow("RT target 0") << metricRule() << Change([](ScalingRule &r) {
        r.metric->metrics[0] = {u"RT"_s, 0, {}, {}, {}, {}};
    }) << withMessage << QString()
                                 << u"ScalingRuleMetric.metrics[0].metricTargetAverageUtilization"_s;
    QTest::newRow("SLB metric without slbId") << metricRule() << Change([](ScalingRule &r) {
        r.metric->metrics[0] = {u"SLB_QPS"_s, 25, {}, u"project"_s, u"logstore"_s, u"80"_s};
    }) << notEmpty << u"You must specify the parameter slbId."_s
                                              << u"ScalingRuleMetric.metrics[0].slbId"_s;
    QTest::newRow("SLB metric without vport") << metricRule() << Change([](ScalingRule &r) {
        r.metric->metrics[0] = {u"INTRANET_SLB_RT"_s, 25, u"lb-1"_s, u"project"_s, u"logstore"_s, {}};
    }) << notEmpty << u"You must specify the parameter vport."_s
                                              << u"ScalingRuleMetric.metrics[0].vport"_s;
    QTest::newRow("step 0") << metricRule() << Change([](ScalingRule &r) { r.metric->scaleUp.step = 0; })
                            << withMessage << QString() << u"ScalingRuleMetric.scaleUpRules.step"_s;
    QTest::newRow("window 3601")
        << metricRule()
        << Change([](ScalingRule &r) { r.metric->scaleDown.stabilizationWindowSeconds = 3601; })
        << withMessage
        << u"The parameter is invalid {ScalingRuleMetric}: scaleDownRules.stabilizationWindowSeconds must be from 0 to 3600"_s
        << u"ScalingRuleMetric.scaleDownRules.stabilizationWindowSeconds"_s;
    QTest::newRow("window -1") << metricRule() << Change([](ScalingRule &r) {
        r.metric->scaleUp.stabilizationWindowSeconds = -1;
    }) << withMessage << QString()
                               << u"ScalingRuleMetric.scaleUpRules.stabilizationWindowSeconds"_s;
    QTest::newRow("MinReadyInstanceRatio 101")
        << timingRule() << Change([](ScalingRule &r) { r.minReadyInstanceRatio = 101; }) << withMessage
        << QString() << u"MinReadyInstanceRatio"_s;
    QTest::newRow("MinReadyInstances -2")
        << timingRule() << Change([](ScalingRule &r) { r.minReadyInstances = -2; }) << withMessage
        << QString() << u"MinReadyInstances"_s;
}

void TestScalingRuleValidator::rejects()
{
    QFETCH(ScalingRule, base);
    QFETCH(Change, change);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, field);
    QVERIFY(!ScalingRuleValidator::checkCreate(base, {}));
    change(base);
    const std::optional<ScalingRuleError> error = ScalingRuleValidator::checkCreate(base, {});
    QVERIFY(error);
    QCOMPARE(error->code, code);
    if (!message.isEmpty())
        QCOMPARE(error->message, message);
    QCOMPARE(error->field, field);
}

void TestScalingRuleValidator::reportsEveryProblem()
{
    ScalingRule rule = timingRule(u"Bad_Name"_s);
    rule.timer->schedules[0].atTime = u"8am"_s;
    rule.timer->schedules[1].targetReplicas = 60;
    const QList<ScalingRuleError> problems = ScalingRuleValidator::problemsOf(rule, {});
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).field, u"ScalingRuleName"_s);
    QCOMPARE(problems.at(1).code, u"InvalidScalingRuleTime.Format"_s);
    QCOMPARE(problems.at(2).code, u"NoComputeResourceQuota.App.Exceed"_s);
    // The emulator answers with the first, as SAE does.
    QCOMPARE(ScalingRuleValidator::checkUpdate(rule, {}), problems.first());
}

void TestScalingRuleValidator::duplicateName()
{
    const std::optional<ScalingRuleError> error =
        ScalingRuleValidator::checkCreate(metricRule(u"same"_s), {timingRule(u"same"_s)});
    QVERIFY(error);
    QCOMPARE(error->code, u"InstanceExist.ScalingRuleName"_s);
    QCOMPARE(error->message, u"The specified ScalingRuleName already exists."_s);
}

void TestScalingRuleValidator::atMostFiveRules()
{
    QList<ScalingRule> existing;
    for (int i = 0; i < 4; ++i)
        existing.append(metricRule(u"rule-%1"_s.arg(i)));
    QVERIFY(!ScalingRuleValidator::checkCreate(metricRule(u"rule-4"_s), existing));
    existing.append(metricRule(u"rule-4"_s));
    const std::optional<ScalingRuleError> error =
        ScalingRuleValidator::checkCreate(metricRule(u"rule-5"_s), existing);
    QVERIFY(error);
    QCOMPARE(error->code, u"QuotaExceeded.ScalingRule"_s);
    QCOMPARE(error->message, u"The maximum number of application scaling rules is exceeded."_s);
}

void TestScalingRuleValidator::conflictsWithAnotherRule_data()
{
    QTest::addColumn<Change>("other");
    QTest::addColumn<bool>("conflict");
    QTest::newRow("same time, every day") << Change([](ScalingRule &) {}) << true;
    QTest::newRow("other times") << Change([](ScalingRule &r) {
        r.timer->schedules = {{u"09:00"_s, 4, std::nullopt, std::nullopt}};
    }) << false;
    QTest::newRow("other weekdays") << Change([](ScalingRule &r) { r.timer->period = u"* * Sat,Sun"_s; })
                                    << true;
    QTest::newRow("date ranges apart") << Change([](ScalingRule &r) {
        r.timer->beginDate = u"2021-01-01"_s;
        r.timer->endDate = u"2021-01-31"_s;
    }) << false;
    QTest::newRow("date ranges overlap") << Change([](ScalingRule &r) {
        r.timer->beginDate = u"2021-03-01"_s;
        r.timer->endDate = u"2021-03-31"_s;
    }) << true;
    QTest::newRow("a metric rule has no times")
        << Change([](ScalingRule &r) { r = metricRule(u"other"_s); }) << false;
}

void TestScalingRuleValidator::conflictsWithAnotherRule()
{
    QFETCH(Change, other);
    QFETCH(bool, conflict);
    ScalingRule rule = timingRule(u"weekday-rule"_s);
    rule.timer->period = u"* * Mon,Sat"_s;
    rule.timer->beginDate = u"2021-03-25"_s;
    rule.timer->endDate = u"2021-04-25"_s;
    ScalingRule existing = timingRule(u"other"_s);
    other(existing);
    const std::optional<ScalingRuleError> error = ScalingRuleValidator::checkCreate(rule, {existing});
    QCOMPARE(error.has_value(), conflict);
    if (error) {
        QCOMPARE(error->code, u"InvalidScalingRuleTime.Conflict"_s);
        QCOMPARE(error->field, u"ScalingRuleTimer.schedules[0].atTime"_s);
    }
    // Other weekdays only: Sat/Sun against Mon/Sat still share Saturday; Sun alone would not.
    if (QTest::currentDataTag() == QByteArrayLiteral("other weekdays")) {
        existing.timer->period = u"* * Sun"_s;
        QVERIFY(!ScalingRuleValidator::checkCreate(rule, {existing}));
    }
}

void TestScalingRuleValidator::updateSkipsTheRuleItself()
{
    const ScalingRule rule = timingRule();
    QVERIFY(!ScalingRuleValidator::checkUpdate(rule, {rule}));
    QVERIFY(ScalingRuleValidator::checkCreate(rule, {rule}));
}

void TestScalingRuleValidator::classifiesProblems_data()
{
    using Reason = ScalingRuleError::Reason;
    QTest::addColumn<ScalingRule>("base");
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<int>("minimum"); // -99: unset
    QTest::addColumn<int>("maximum");
    constexpr int unset = -99;

    QTest::newRow("name empty") << timingRule() << Change([](ScalingRule &r) { r.name.clear(); })
                                << u"ScalingRuleName"_s << Reason::Required << unset << unset;
    QTest::newRow("name pattern") << timingRule() << Change([](ScalingRule &r) { r.name = u"A"_s; })
                                  << u"ScalingRuleName"_s << Reason::NamePattern << unset << 32;
    QTest::newRow("date format") << timingRule() << Change([](ScalingRule &r) {
        r.timer->beginDate = u"2021-3-1"_s;
        r.timer->endDate = u"2021-04-01"_s;
    }) << u"ScalingRuleTimer.beginDate"_s
                                 << Reason::Format << unset << unset;
    QTest::newRow("begin after end") << timingRule() << Change([](ScalingRule &r) {
        r.timer->beginDate = u"2021-05-01"_s;
        r.timer->endDate = u"2021-04-01"_s;
    }) << u"ScalingRuleTimer.beginDate"_s
                                     << Reason::BeginAfterEnd << unset << unset;
    QTest::newRow("period") << timingRule() << Change([](ScalingRule &r) { r.timer->period = u"* * Xyz"_s; })
                            << u"ScalingRuleTimer.period"_s << Reason::PeriodFormat << unset << unset;
    QTest::newRow("time format") << timingRule()
                                 << Change([](ScalingRule &r) { r.timer->schedules[0].atTime = u"8"_s; })
                                 << u"ScalingRuleTimer.schedules[0].atTime"_s << Reason::Format << unset
                                 << unset;
    QTest::newRow("time twice") << timingRule()
                                << Change([](ScalingRule &r) { r.timer->schedules[1].atTime = u"08:00"_s; })
                                << u"ScalingRuleTimer.schedules[1].atTime"_s << Reason::TimeConflict << unset
                                << unset;
    QTest::newRow("21 schedules") << timingRule() << Change([](ScalingRule &r) {
        r.timer->schedules.clear();
        for (int i = 0; i < 21; ++i)
            r.timer->schedules.append({QTime(i, 0).toString(u"HH:mm"_s), 2, std::nullopt, std::nullopt});
    }) << u"ScalingRuleTimer.schedules"_s
                                  << Reason::QuotaSchedules << unset << 20;
    QTest::newRow("target 0") << timingRule()
                              << Change([](ScalingRule &r) { r.timer->schedules[0].targetReplicas = 0; })
                              << u"ScalingRuleTimer.schedules[0].targetReplicas"_s << Reason::OutOfRange << 1
                              << 50;
    QTest::newRow("target 51") << timingRule()
                               << Change([](ScalingRule &r) { r.timer->schedules[0].targetReplicas = 51; })
                               << u"ScalingRuleTimer.schedules[0].targetReplicas"_s << Reason::QuotaInstances
                               << unset << 50;
    QTest::newRow("min above max") << metricRule()
                                   << Change([](ScalingRule &r) { r.metric->minReplicas = 11; })
                                   << u"ScalingRuleMetric.minReplicas"_s << Reason::MinAboveMax << unset
                                   << unset;
    QTest::newRow("metric twice") << metricRule() << Change([](ScalingRule &r) {
        r.metric->metrics.append(r.metric->metrics.at(0));
    }) << u"ScalingRuleMetric.metrics[1].metricType"_s
                                  << Reason::Duplicate << unset << unset;
    QTest::newRow("unknown metric") << metricRule() << Change([](ScalingRule &r) {
        r.metric->metrics[0].metricType = u"GPU"_s;
    }) << u"ScalingRuleMetric.metrics[0].metricType"_s
                                    << Reason::UnknownMetricType << unset << unset;
    QTest::newRow("CPU 101") << metricRule() << Change([](ScalingRule &r) {
        r.metric->metrics[0].targetAverageUtilization = 101;
    }) << u"ScalingRuleMetric.metrics[0].metricTargetAverageUtilization"_s
                             << Reason::OutOfRange << 1 << 100;
    QTest::newRow("RT 0") << metricRule() << Change([](ScalingRule &r) {
        r.metric->metrics[0] = {u"RT"_s, 0, {}, {}, {}, {}};
    }) << u"ScalingRuleMetric.metrics[0].metricTargetAverageUtilization"_s
                          << Reason::OutOfRange << 1 << unset;
    QTest::newRow("step 0") << metricRule() << Change([](ScalingRule &r) { r.metric->scaleDown.step = 0; })
                            << u"ScalingRuleMetric.scaleDownRules.step"_s << Reason::OutOfRange << 1 << unset;
    QTest::newRow("window 3601") << metricRule() << Change([](ScalingRule &r) {
        r.metric->scaleUp.stabilizationWindowSeconds = 3601;
    }) << u"ScalingRuleMetric.scaleUpRules.stabilizationWindowSeconds"_s
                                 << Reason::OutOfRange << 0 << 3600;
    QTest::newRow("no slbLogstore") << metricRule() << Change([](ScalingRule &r) {
        r.metric->metrics[0] = {u"SLB_RT"_s, 25, u"lb-1"_s, u"project"_s, {}, u"80"_s};
    }) << u"ScalingRuleMetric.metrics[0].slbLogstore"_s
                                    << Reason::Required << unset << unset;
}

void TestScalingRuleValidator::classifiesProblems()
{
    QFETCH(ScalingRule, base);
    QFETCH(Change, change);
    QFETCH(QString, field);
    QFETCH(ScalingRuleError::Reason, reason);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    change(base);
    const QList<ScalingRuleError> problems = ScalingRuleValidator::problemsOf(base, {});
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    QCOMPARE(problems.first().reason, reason);
    QCOMPARE(problems.first().minimum, minimum == -99 ? std::nullopt : std::optional<int>(minimum));
    QCOMPARE(problems.first().maximum, maximum == -99 ? std::nullopt : std::optional<int>(maximum));
}

void TestScalingRuleValidator::creationProblems()
{
    QList<ScalingRule> existing;
    for (int i = 0; i < 5; ++i)
        existing.append(metricRule(u"rule-%1"_s.arg(i)));
    QCOMPARE(ScalingRuleValidator::creationProblems(metricRule(u"rule-9"_s), existing.mid(0, 4)),
             QList<ScalingRuleError>());
    const QList<ScalingRuleError> problems =
        ScalingRuleValidator::creationProblems(metricRule(u"rule-2"_s), existing);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).code, u"InstanceExist.ScalingRuleName"_s);
    QCOMPARE(problems.at(0).field, u"ScalingRuleName"_s);
    QCOMPARE(problems.at(0).reason, ScalingRuleError::Reason::NameTaken);
    QCOMPARE(problems.at(1).code, u"QuotaExceeded.ScalingRule"_s);
    QCOMPARE(problems.at(1).field, QString());
    QCOMPARE(problems.at(1).reason, ScalingRuleError::Reason::QuotaRules);
    QCOMPARE(problems.at(1).maximum, 5);
    // checkCreate answers with the first, as before.
    QCOMPARE(ScalingRuleValidator::checkCreate(metricRule(u"rule-2"_s), existing), problems.first());
}

QTEST_GUILESS_MAIN(TestScalingRuleValidator)
#include "tst_scalingrulevalidator.moc"
