#include "core/scalingrulesummary.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

ScalingMetricPolicy policy(std::optional<int> minimum, std::optional<int> maximum,
                           QList<ScalingMetricPolicy::Metric> metrics)
{
    ScalingMetricPolicy metric;
    metric.minReplicas = minimum;
    metric.maxReplicas = maximum;
    metric.metrics = std::move(metrics);
    return metric;
}

ScalingMetricPolicy::Metric metric(const QString &type, int target)
{
    return {type, target, {}, {}, {}, {}};
}

ScalingTimer timer(const QString &period, QList<ScalingTimer::Schedule> schedules)
{
    ScalingTimer result;
    result.period = period;
    result.schedules = std::move(schedules);
    return result;
}

ScalingRule timingRule(const ScalingTimer &schedule)
{
    ScalingRule rule;
    rule.type = ScalingRuleType::Timing;
    rule.timer = schedule;
    return rule;
}

ScalingRule metricRule(ScalingRuleType type, const ScalingMetricPolicy &metricPart,
                       std::optional<ScalingTimer> schedule = std::nullopt)
{
    ScalingRule rule;
    rule.type = type;
    rule.metric = metricPart;
    rule.timer = std::move(schedule);
    return rule;
}

ScalingTimer::Schedule at(const QString &time, int target)
{
    return {time, target, std::nullopt, std::nullopt};
}

ScalingTimer::Schedule bounds(const QString &time, std::optional<int> minimum, std::optional<int> maximum)
{
    return {time, std::nullopt, minimum, maximum};
}

} // namespace

class TestScalingRuleSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void metricRules_data();
    void metricRules();
    void periods_data();
    void periods();
    void timingRules_data();
    void timingRules();
    void mixRules_data();
    void mixRules();
    void validity_data();
    void validity();
};

void TestScalingRuleSummary::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestScalingRuleSummary::metricRules_data()
{
    QTest::addColumn<ScalingMetricPolicy>("policy");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cpu and memory") << policy(2, 10, {metric(u"CPU"_s, 60), metric(u"MEMORY"_s, 70)})
                                    << u"CPU 60% · Memory 70% / 2–10 instances"_s;
    QTest::newRow("units")
        << policy(1, 5,
                  {metric(u"QPS"_s, 500), metric(u"RT"_s, 200), metric(u"tcpActiveConn"_s, 30),
                   metric(u"SLB_QPS"_s, 100), metric(u"INTRANET_SLB_RT"_s, 80)})
        << u"QPS 500 · RT 200 ms · TCP connections 30 · SLB QPS 100 · Intranet SLB RT 80 ms / "
           u"1–5 instances"_s;
    QTest::newRow("fixed") << policy(3, 3, {metric(u"CPU"_s, 50)}) << u"CPU 50% / 3 instances"_s;
    QTest::newRow("one") << policy(1, std::nullopt, {metric(u"CPU"_s, 50)}) << u"CPU 50% / 1 instance"_s;
    QTest::newRow("no metrics") << policy(2, 4, {}) << u"no metrics / 2–4 instances"_s;
    QTest::newRow("unknown type") << policy(2, 4, {metric(u"GPU"_s, 40)}) << u"GPU 40 / 2–4 instances"_s;
}

void TestScalingRuleSummary::metricRules()
{
    QFETCH(ScalingMetricPolicy, policy);
    QFETCH(QString, expected);
    QCOMPARE(ScalingRuleSummary::of(metricRule(ScalingRuleType::Metric, policy)), expected);
}

void TestScalingRuleSummary::periods_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("expected");
    QTest::newRow("every day") << u"* * *"_s << u"Daily"_s;
    QTest::newRow("weekdays") << u"* * Mon,Tue,Wed,Thu,Fri"_s << u"Mon–Fri"_s;
    QTest::newRow("weekend") << u"* * Sun,Sat"_s << u"Sat, Sun"_s;
    QTest::newRow("mixed") << u"* * Fri,Mon,Tue,Wed,Sun"_s << u"Mon–Wed, Fri, Sun"_s;
    QTest::newRow("one weekday") << u"* * Fri"_s << u"Fri"_s;
    QTest::newRow("month days") << u"15,1 * *"_s << u"Days 1, 15"_s;
    QTest::newRow("one month day") << u"31 * *"_s << u"Day 31"_s;
    QTest::newRow("malformed") << u"every day"_s << u"every day"_s;
}

void TestScalingRuleSummary::periods()
{
    QFETCH(QString, period);
    QFETCH(QString, expected);
    QCOMPARE(ScalingRuleSummary::period(period), expected);
}

void TestScalingRuleSummary::timingRules_data()
{
    QTest::addColumn<ScalingTimer>("timer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("daily") << timer(u"* * *"_s, {at(u"20:00"_s, 3), at(u"08:00"_s, 10)})
                           << u"Daily 08:00 → 10, 20:00 → 3"_s;
    QTest::newRow("weekdays") << timer(u"* * Mon,Tue,Wed,Thu,Fri"_s, {at(u"09:00"_s, 6)})
                              << u"Mon–Fri 09:00 → 6"_s;
    QTest::newRow("month days") << timer(u"1,15 * *"_s, {at(u"00:00"_s, 8), at(u"12:30"_s, 2)})
                                << u"Days 1, 15 00:00 → 8, 12:30 → 2"_s;
    QTest::newRow("no times") << timer(u"* * *"_s, {}) << u"Daily no times"_s;
    QTest::newRow("malformed time left out")
        << timer(u"* * *"_s, {at(u"8:00"_s, 3), at(u"09:00"_s, 4)}) << u"Daily 09:00 → 4"_s;
    ScalingTimer dated = timer(u"* * *"_s, {at(u"08:00"_s, 10)});
    dated.endDate = u"2026-12-31"_s;
    QTest::newRow("until") << dated << u"Daily 08:00 → 10 (until 2026-12-31)"_s;
}

void TestScalingRuleSummary::timingRules()
{
    QFETCH(ScalingTimer, timer);
    QFETCH(QString, expected);
    QCOMPARE(ScalingRuleSummary::of(timingRule(timer)), expected);
}

void TestScalingRuleSummary::mixRules_data()
{
    QTest::addColumn<ScalingRule>("rule");
    QTest::addColumn<QString>("expected");
    const ScalingMetricPolicy cpu = policy(2, 10, {metric(u"CPU"_s, 60)});
    QTest::newRow("daily") << metricRule(
        ScalingRuleType::Mix, cpu, timer(u"* * *"_s, {bounds(u"20:00"_s, 1, 4), bounds(u"08:00"_s, 5, 20)}))
                           << u"CPU 60% / 2–10; 08:00 → 5–20, 20:00 → 1–4"_s;
    QTest::newRow("weekdays") << metricRule(ScalingRuleType::Mix, cpu,
                                            timer(u"* * Sat,Sun"_s, {bounds(u"10:00"_s, 4, 4)}))
                              << u"CPU 60% / 2–10; Sat, Sun 10:00 → 4"_s;
    QTest::newRow("missing bounds from the metric part")
        << metricRule(ScalingRuleType::Mix, cpu, timer(u"* * *"_s, {bounds(u"08:00"_s, 5, std::nullopt)}))
        << u"CPU 60% / 2–10; 08:00 → 5–10"_s;
    QTest::newRow("without timer") << metricRule(ScalingRuleType::Mix, cpu) << u"CPU 60% / 2–10 instances"_s;
    QTest::newRow("without points") << metricRule(ScalingRuleType::Mix, cpu, timer(u"* * *"_s, {}))
                                    << u"CPU 60% / 2–10 instances"_s;
    ScalingTimer dated = timer(u"* * *"_s, {bounds(u"08:00"_s, 5, 20)});
    dated.beginDate = u"2026-01-01"_s;
    QTest::newRow("from") << metricRule(ScalingRuleType::Mix, cpu, dated)
                          << u"CPU 60% / 2–10; 08:00 → 5–20 (from 2026-01-01)"_s;
}

void TestScalingRuleSummary::mixRules()
{
    QFETCH(ScalingRule, rule);
    QFETCH(QString, expected);
    QCOMPARE(ScalingRuleSummary::of(rule), expected);
}

void TestScalingRuleSummary::validity_data()
{
    QTest::addColumn<QString>("beginDate");
    QTest::addColumn<QString>("endDate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("long term") << QString() << QString() << QString();
    QTest::newRow("until") << QString() << u"2026-12-31"_s << u"until 2026-12-31"_s;
    QTest::newRow("from") << u"2026-01-01"_s << QString() << u"from 2026-01-01"_s;
    QTest::newRow("both") << u"2026-01-01"_s << u"2026-12-31"_s << u"2026-01-01 to 2026-12-31"_s;
}

void TestScalingRuleSummary::validity()
{
    QFETCH(QString, beginDate);
    QFETCH(QString, endDate);
    QFETCH(QString, expected);
    ScalingTimer schedule;
    schedule.beginDate = beginDate;
    schedule.endDate = endDate;
    QCOMPARE(ScalingRuleSummary::validity(schedule), expected);
}

QTEST_GUILESS_MAIN(TestScalingRuleSummary)
#include "tst_scalingrulesummary.moc"
