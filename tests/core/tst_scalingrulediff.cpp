#include "core/scalingrulediff.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

ScalingTimer::Schedule at(const QString &time, int target)
{
    return {time, target, std::nullopt, std::nullopt};
}

ScalingTimer::Schedule bounds(const QString &time, std::optional<int> minimum, std::optional<int> maximum)
{
    return {time, std::nullopt, minimum, maximum};
}

ScalingMetricPolicy::Metric metric(const QString &type, int target)
{
    return {type, target, {}, {}, {}, {}};
}

ScalingMetricPolicy::Metric slbQps(int target, const QString &slbId, const QString &vport)
{
    return {u"SLB_QPS"_s, target, slbId, u"sls-project"_s, u"slb-log"_s, vport};
}

ScalingRule timingRule()
{
    ScalingRule rule;
    rule.appId = u"app-1"_s;
    rule.name = u"peak"_s;
    rule.type = ScalingRuleType::Timing;
    ScalingTimer timer;
    timer.period = u"* * Mon,Tue,Wed,Thu,Fri"_s;
    timer.schedules = {at(u"08:00"_s, 10), at(u"20:00"_s, 3)};
    rule.timer = timer;
    return rule;
}

ScalingRule metricRule()
{
    ScalingRule rule;
    rule.appId = u"app-1"_s;
    rule.name = u"load"_s;
    rule.type = ScalingRuleType::Metric;
    ScalingMetricPolicy policy;
    policy.minReplicas = 2;
    policy.maxReplicas = 10;
    policy.metrics = {metric(u"CPU"_s, 60), metric(u"MEMORY"_s, 70)};
    policy.scaleDown.stabilizationWindowSeconds = 300;
    rule.metric = policy;
    return rule;
}

ScalingRule mixRule()
{
    ScalingRule rule = metricRule();
    rule.name = u"mix"_s;
    rule.type = ScalingRuleType::Mix;
    ScalingTimer timer;
    timer.schedules = {bounds(u"08:00"_s, 5, 20), bounds(u"20:00"_s, 1, 4)};
    rule.timer = timer;
    return rule;
}

/// "field | before | after", "field | | after" (added), "field | before |" (removed), so that a
/// failure shows the whole list.
QStringList lines(const QList<ConfirmationChange> &changes)
{
    QStringList result;
    for (const ConfirmationChange &change : changes) {
        QString line = change.field + u" |"_s;
        if (!change.before.isEmpty())
            line += u' ' + change.before;
        line += u" |"_s;
        if (!change.after.isEmpty())
            line += u' ' + change.after;
        result.append(line);
    }
    return result;
}

} // namespace

class TestScalingRuleDiff : public QObject
{
    Q_OBJECT

private slots:
    void between_data();
    void between();
    void identicalRulesGiveNothing_data();
    void identicalRulesGiveNothing();
    void emptyTextsMeanAddedAndRemoved();
    void newTimingRule();
    void newMixRule();
    void inChinese();
};

void TestScalingRuleDiff::between_data()
{
    QTest::addColumn<ScalingRule>("before");
    QTest::addColumn<ScalingRule>("after");
    QTest::addColumn<QStringList>("expected");

    {
        ScalingRule after = timingRule();
        after.enabled = false;
        after.minReadyInstances = 2;
        after.minReadyInstanceRatio = 50;
        after.enableIdle = true;
        QTest::newRow("rule settings")
            << timingRule() << after
            << QStringList{u"State | Enabled | Disabled"_s, u"Minimum ready instances | 1 | 2"_s,
                           u"Minimum ready ratio | not set | 50%"_s, u"Idle mode | Disabled | Enabled"_s};
    }
    {
        ScalingRule before = timingRule();
        before.timer->endDate = u"2026-12-31"_s;
        ScalingRule after = timingRule();
        after.timer->beginDate = u"2026-06-01"_s;
        after.timer->period = u"15,1 * *"_s;
        after.timer->timeZone = u"UTC"_s;
        QTest::newRow("timer dates, days, time zone")
            << before << after
            << QStringList{u"Begin date | no start | 2026-06-01"_s, u"End date | 2026-12-31 | no end"_s,
                           u"Days | Mon–Fri | Days 1, 15"_s, u"Time zone | Asia/Shanghai | UTC"_s};
    }
    {
        ScalingRule after = timingRule();
        after.timer->schedules = {at(u"12:00"_s, 6), at(u"08:00"_s, 12)};
        QTest::newRow("schedule points added, removed, changed")
            << timingRule() << after
            << QStringList{u"Schedule 08:00: target | 10 | 12"_s, u"Schedule | | 12:00 → 6"_s,
                           u"Schedule | 20:00 → 3 |"_s};
    }
    {
        ScalingRule after = timingRule();
        after.timer->schedules = {at(u"20:00"_s, 3), at(u"08:00"_s, 10)};
        QTest::newRow("schedule points reordered") << timingRule() << after << QStringList{};
    }
    {
        ScalingRule after = mixRule();
        after.timer->schedules = {bounds(u"08:00"_s, 6, 25), bounds(u"20:00"_s, 1, std::nullopt)};
        QTest::newRow("mix schedule bounds")
            << mixRule() << after
            << QStringList{u"Schedule 08:00: minimum | 5 | 6"_s, u"Schedule 08:00: maximum | 20 | 25"_s,
                           u"Schedule 20:00: maximum | 4 | not set"_s};
    }
    {
        ScalingRule before = mixRule();
        before.timer.reset();
        QTest::newRow("mix rule gains a schedule")
            << before << mixRule() << QStringList{u"Begin date | | no start"_s,
                                                  u"End date | | no end"_s,
                                                  u"Days | | Daily"_s,
                                                  u"Time zone | | Asia/Shanghai"_s,
                                                  u"Schedule | | 08:00 → 5–20"_s,
                                                  u"Schedule | | 20:00 → 1–4"_s};
    }
    {
        ScalingRule after = metricRule();
        after.metric->minReplicas = 3;
        after.metric->maxReplicas.reset();
        QTest::newRow("replica bounds")
            << metricRule() << after
            << QStringList{u"Minimum instances | 2 | 3"_s, u"Maximum instances | 10 | not set"_s};
    }
    {
        ScalingRule after = metricRule();
        after.metric->metrics = {metric(u"QPS"_s, 500), metric(u"CPU"_s, 75)};
        QTest::newRow("metrics added, removed, changed")
            << metricRule() << after
            << QStringList{u"Metric | CPU 60% | CPU 75%"_s, u"Metric | Memory 70% |"_s,
                           u"Metric | | QPS 500"_s};
    }
    {
        ScalingRule after = metricRule();
        after.metric->metrics = {metric(u"memory"_s, 70), metric(u"cpu"_s, 60)};
        QTest::newRow("metrics reordered, spelled in lower case") << metricRule() << after << QStringList{};
    }
    {
        ScalingRule before = metricRule();
        before.metric->metrics = {slbQps(100, u"lb-1"_s, u"80"_s)};
        ScalingRule after = before;
        after.metric->metrics = {slbQps(120, u"lb-2"_s, u"443"_s)};
        after.metric->metrics[0].slbProject = u"sls-other"_s;
        after.metric->metrics[0].slbLogstore.clear();
        QTest::newRow("slb fields") << before << after
                                    << QStringList{u"Metric | SLB QPS 100 | SLB QPS 120"_s,
                                                   u"SLB QPS: SLB ID | lb-1 | lb-2"_s,
                                                   u"SLB QPS: SLS project | sls-project | sls-other"_s,
                                                   u"SLB QPS: Logstore | slb-log | not set"_s,
                                                   u"SLB QPS: port | 80 | 443"_s};
    }
    {
        ScalingRule before = metricRule();
        before.metric->metrics = {slbQps(100, u"lb-1"_s, u"80"_s)};
        QTest::newRow("slb metric replaced")
            << before << metricRule()
            << QStringList{u"Metric | | CPU 60%"_s, u"Metric | | Memory 70%"_s,
                           u"Metric | SLB QPS 100 (SLB lb-1, port 80) |"_s};
    }
    {
        ScalingRule after = metricRule();
        after.metric->scaleUp = {5, false, 60};
        after.metric->scaleDown = {100, true, 300};
        QTest::newRow("scale-out and scale-in")
            << metricRule() << after
            << QStringList{u"Scale-out step | 100 | 5"_s, u"Scale-out stabilization window | 0 s | 60 s"_s,
                           u"Scale-in | Enabled | Disabled"_s};
    }
    {
        ScalingRule after = metricRule();
        after.metric->scaleUp.disabled = true;
        after.metric->scaleDown = {2, false, 600};
        QTest::newRow("scale-out disabled, scale-in step and window")
            << metricRule() << after
            << QStringList{u"Scale-out | Enabled | Disabled"_s, u"Scale-in step | 100 | 2"_s,
                           u"Scale-in stabilization window | 300 s | 600 s"_s};
    }
    {
        ScalingRule before = metricRule();
        before.timer = timingRule().timer;
        QTest::newRow("a metric rule's leftover timer is no change")
            << before << metricRule() << QStringList{};
    }
    {
        ScalingRule after = metricRule();
        after.timer = timingRule().timer; // left over; a metric rule has no schedule
        QTest::newRow("timing to metric") << timingRule() << after
                                          << QStringList{u"Type | Timing | Metric"_s,
                                                         u"Begin date | no start |"_s,
                                                         u"End date | no end |"_s,
                                                         u"Days | Mon–Fri |"_s,
                                                         u"Time zone | Asia/Shanghai |"_s,
                                                         u"Schedule | 08:00 → 10 |"_s,
                                                         u"Schedule | 20:00 → 3 |"_s,
                                                         u"Minimum instances | | 2"_s,
                                                         u"Maximum instances | | 10"_s,
                                                         u"Metric | | CPU 60%"_s,
                                                         u"Metric | | Memory 70%"_s,
                                                         u"Scale-out step | | 100"_s,
                                                         u"Scale-out | | Enabled"_s,
                                                         u"Scale-out stabilization window | | 0 s"_s,
                                                         u"Scale-in step | | 100"_s,
                                                         u"Scale-in | | Enabled"_s,
                                                         u"Scale-in stabilization window | | 300 s"_s};
    }
    {
        ScalingRule before = timingRule();
        ScalingRule after = mixRule();
        after.timer->period = before.timer->period;
        after.timer->schedules = {bounds(u"08:00"_s, 5, 20)};
        after.metric->metrics = {metric(u"RT"_s, 200)};
        after.metric->scaleDown.stabilizationWindowSeconds = 0;
        QTest::newRow("timing to mix") << before << after
                                       << QStringList{u"Type | Timing | Mix"_s,
                                                      u"Schedule 08:00: target | 10 | not set"_s,
                                                      u"Schedule 08:00: minimum | not set | 5"_s,
                                                      u"Schedule 08:00: maximum | not set | 20"_s,
                                                      u"Schedule | 20:00 → 3 |"_s,
                                                      u"Minimum instances | | 2"_s,
                                                      u"Maximum instances | | 10"_s,
                                                      u"Metric | | RT 200 ms"_s,
                                                      u"Scale-out step | | 100"_s,
                                                      u"Scale-out | | Enabled"_s,
                                                      u"Scale-out stabilization window | | 0 s"_s,
                                                      u"Scale-in step | | 100"_s,
                                                      u"Scale-in | | Enabled"_s,
                                                      u"Scale-in stabilization window | | 0 s"_s};
    }
    {
        ScalingRule before = timingRule();
        before.timer->schedules = {at(u"08:00"_s, 10), at(u"08:00"_s, 12)};
        ScalingRule after = timingRule();
        after.timer->schedules = {at(u"08:00"_s, 10)};
        QTest::newRow("duplicate times matched in order")
            << before << after << QStringList{u"Schedule | 08:00 → 12 |"_s};
    }
}

void TestScalingRuleDiff::between()
{
    QFETCH(ScalingRule, before);
    QFETCH(ScalingRule, after);
    QFETCH(QStringList, expected);
    QCOMPARE(lines(ScalingRuleDiff::between(before, after)), expected);
}

void TestScalingRuleDiff::identicalRulesGiveNothing_data()
{
    QTest::addColumn<ScalingRule>("rule");
    QTest::newRow("timing") << timingRule();
    QTest::newRow("metric") << metricRule();
    QTest::newRow("mix") << mixRule();
}

void TestScalingRuleDiff::identicalRulesGiveNothing()
{
    QFETCH(ScalingRule, rule);
    QCOMPARE(ScalingRuleDiff::between(rule, rule), QList<ConfirmationChange>{});
    // Neither the platform's bookkeeping nor the live status is something the user changes.
    ScalingRule touched = rule;
    touched.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    touched.updatedAt = touched.createdAt;
    touched.lastDisabledAt = touched.createdAt;
    touched.metricsStatus = ScalingMetricsStatus{};
    QCOMPARE(lines(ScalingRuleDiff::between(rule, touched)), QStringList{});
}

void TestScalingRuleDiff::emptyTextsMeanAddedAndRemoved()
{
    ScalingRule after = timingRule();
    after.timer->schedules = {at(u"08:00"_s, 10)};
    const QList<ConfirmationChange> changes = ScalingRuleDiff::between(timingRule(), after);
    QCOMPARE(changes, (QList<ConfirmationChange>{{u"Schedule"_s, u"20:00 → 3"_s, {}}}));
    QVERIFY(changes.constFirst().isRemoval());
    QVERIFY(!changes.constFirst().isAddition());
}

void TestScalingRuleDiff::newTimingRule()
{
    ScalingRule rule = timingRule();
    rule.timer->endDate = u"2026-12-31"_s;
    QCOMPARE(lines(ScalingRuleDiff::ofNewRule(rule)),
             (QStringList{u"Type | | Timing"_s, u"State | | Enabled"_s, u"Minimum ready instances | | 1"_s,
                          u"Minimum ready ratio | | not set"_s, u"Idle mode | | Disabled"_s,
                          u"Begin date | | no start"_s, u"End date | | 2026-12-31"_s, u"Days | | Mon–Fri"_s,
                          u"Time zone | | Asia/Shanghai"_s, u"Schedule | | 08:00 → 10"_s,
                          u"Schedule | | 20:00 → 3"_s}));
}

void TestScalingRuleDiff::newMixRule()
{
    ScalingRule rule = mixRule();
    rule.metric->metrics.append(slbQps(100, u"lb-1"_s, u"80"_s));
    rule.timer->schedules.append({u"12:00"_s, 4, 2, std::nullopt});
    QCOMPARE(lines(ScalingRuleDiff::ofNewRule(rule)),
             (QStringList{u"Type | | Mix"_s,
                          u"State | | Enabled"_s,
                          u"Minimum ready instances | | 1"_s,
                          u"Minimum ready ratio | | not set"_s,
                          u"Idle mode | | Disabled"_s,
                          u"Begin date | | no start"_s,
                          u"End date | | no end"_s,
                          u"Days | | Daily"_s,
                          u"Time zone | | Asia/Shanghai"_s,
                          u"Schedule | | 08:00 → 5–20"_s,
                          u"Schedule | | 12:00 → 4, min 2"_s,
                          u"Schedule | | 20:00 → 1–4"_s,
                          u"Minimum instances | | 2"_s,
                          u"Maximum instances | | 10"_s,
                          u"Metric | | CPU 60%"_s,
                          u"Metric | | Memory 70%"_s,
                          u"Metric | | SLB QPS 100 (SLB lb-1, port 80)"_s,
                          u"Scale-out step | | 100"_s,
                          u"Scale-out | | Enabled"_s,
                          u"Scale-out stabilization window | | 0 s"_s,
                          u"Scale-in step | | 100"_s,
                          u"Scale-in | | Enabled"_s,
                          u"Scale-in stabilization window | | 300 s"_s}));
}

void TestScalingRuleDiff::inChinese()
{
    QTranslator chinese;
    QVERIFY(chinese.load(u":/i18n/opsconsole_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&chinese);
    ScalingRule after = mixRule();
    after.timer->schedules = {bounds(u"08:00"_s, 6, 20)};
    after.metric->metrics = {metric(u"CPU"_s, 75)};
    after.metric->scaleDown.disabled = true;
    const QStringList changes = lines(ScalingRuleDiff::between(metricRule(), after));
    const QStringList created = lines(ScalingRuleDiff::ofNewRule(timingRule()));
    QCoreApplication::removeTranslator(&chinese);
    QCOMPARE(changes,
             (QStringList{u"策略类型 | 监控指标策略 | 混合策略"_s, u"开始日期 | | 不限开始日期"_s,
                          u"结束日期 | | 长期有效"_s, u"执行周期 | | 每天"_s, u"时区 | | Asia/Shanghai"_s,
                          u"时间点 | | 08:00 → 6–20"_s, u"监控指标 | CPU 60% | CPU 75%"_s,
                          u"监控指标 | 内存 70% |"_s, u"缩容 | 已启用 | 已禁用"_s}));
    QCOMPARE(created.mid(0, 5),
             (QStringList{u"策略类型 | | 定时策略"_s, u"状态 | | 已启用"_s, u"最小存活实例数 | | 1"_s,
                          u"最小存活实例比例 | | 未设置"_s, u"闲置模式 | | 已禁用"_s}));
}

QTEST_GUILESS_MAIN(TestScalingRuleDiff)
#include "tst_scalingrulediff.moc"
