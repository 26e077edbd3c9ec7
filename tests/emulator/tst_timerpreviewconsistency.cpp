#include "core/scalingtimerpreview.h"
#include "emulator/fleet.h"
#include "emulator/fleetsimulator.h"
#include "emulator/retailfleet.h"
#include "emulator/scalingengine.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

ScalingTimer::Schedule at(const QString &time, int target)
{
    return {time, target, std::nullopt, std::nullopt};
}

ScalingRule timerRule(const QString &period, QList<ScalingTimer::Schedule> schedules,
                      const QString &beginDate, const QString &endDate)
{
    ScalingRule rule;
    rule.name = u"timer-rule"_s;
    rule.type = ScalingRuleType::Timing;
    ScalingTimer timer;
    timer.period = period;
    timer.schedules = std::move(schedules);
    timer.beginDate = beginDate;
    timer.endDate = endDate;
    rule.timer = timer;
    return rule;
}

/// Every half hour, and a step's instant and the evaluation just before it.
QList<QDateTime> checkpoints(const QDateTime &start, int days, const QList<ScalingTimerPreview::Step> &steps)
{
    QList<QDateTime> times;
    for (QDateTime t = start.addSecs(ScalingEngine::evaluationPeriodSeconds); t < start.addDays(days);
         t = t.addSecs(1800))
        times.append(t);
    for (const ScalingTimerPreview::Step &step : steps) {
        if (step.at > start) {
            times.append(step.at.addSecs(-ScalingEngine::evaluationPeriodSeconds));
            times.append(step.at);
        }
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times;
}

} // namespace

/**
 * The preview the console draws for a scaling rule's schedule must say what the emulator does: its
 * ScalingEngine applies timing rules at their points and gives mix rules their bounds.
 */
class TestTimerPreviewConsistency : public QObject
{
    Q_OBJECT

private slots:
    void timingRuleOverTwoDays_data();
    void timingRuleOverTwoDays();
    void mixBoundsOverTwoDays_data();
    void mixBoundsOverTwoDays();
};

void TestTimerPreviewConsistency::timingRuleOverTwoDays_data()
{
    QTest::addColumn<ScalingRule>("rule");
    QTest::addColumn<int>("expectedSteps");
    const QList<ScalingTimer::Schedule> points{at(u"20:00"_s, 3), at(u"08:00"_s, 10), at(u"12:30"_s, 6)};
    // Monday 23 November 2026 10:00 in Shanghai, for two days.
    QTest::newRow("daily") << timerRule(u"* * *"_s, points, {}, {}) << 7;
    QTest::newRow("Tuesdays and Thursdays") << timerRule(u"* * Tue,Thu"_s, points, {}, {}) << 4;
    QTest::newRow("month days") << timerRule(u"24,31 * *"_s, points, {}, {}) << 4;
    QTest::newRow("begins on Tuesday") << timerRule(u"* * *"_s, points, u"2026-11-24"_s, {}) << 4;
    QTest::newRow("ends on Monday") << timerRule(u"* * *"_s, points, {}, u"2026-11-23"_s) << 3;
    QTest::newRow("late night and midnight")
        << timerRule(u"* * *"_s, {at(u"00:00"_s, 7), at(u"23:59"_s, 2)}, {}, {}) << 5;
}

void TestTimerPreviewConsistency::timingRuleOverTwoDays()
{
    QFETCH(ScalingRule, rule);
    QFETCH(int, expectedSteps);
    const QDateTime start(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
    constexpr int days = 2;

    Fleet fleet = RetailFleet::build(7, u"cn-shenzhen"_s, start);
    for (EmulatedApplication &application : fleet.applications)
        application.scalingRules.clear();
    FleetSimulator simulator;
    simulator.addStep(std::make_unique<ScalingEngine>());
    simulator.advanceTo(fleet, start);
    EmulatedApplication *application = fleet.applications.isEmpty() ? nullptr : &fleet.applications.first();
    for (EmulatedApplication &candidate : fleet.applications) {
        if (candidate.application.targetInstances > 0) {
            application = &candidate;
            break;
        }
    }
    QVERIFY(application && application->application.targetInstances > 0);
    const QString appId = application->application.appId;
    const int initialReplicas = application->application.targetInstances;

    const ScalingTimerPreview preview(rule);
    const QList<ScalingTimerPreview::Step> steps = preview.steps(start, days);
    QCOMPARE(steps.size(), expectedSteps);
    // A new rule does not act before its next point; begin where the preview says the rule has left
    // the application.
    if (!steps.isEmpty() && steps.constFirst().at == start)
        ScalingEngine::resize(fleet, *application, *steps.constFirst().targetReplicas, start, rule.name,
                              u"test"_s);
    application->scalingRules.append(rule);

    int checked = 0;
    for (const QDateTime &t : checkpoints(start, days, steps)) {
        simulator.advanceTo(fleet, t);
        const std::optional<ScalingTimerPreview::Step> value = preview.valueAt(t);
        const int expected = value ? *value->targetReplicas : initialReplicas;
        const int actual = fleet.findApplication(appId)->application.targetInstances;
        if (actual != expected)
            QFAIL(qPrintable(
                u"at %1: the emulator has %2 instances, the preview says %3"_s.arg(t.toString(Qt::ISODate))
                    .arg(actual)
                    .arg(expected)));
        ++checked;
    }
    QVERIFY(checked >= days * 48);
}

void TestTimerPreviewConsistency::mixBoundsOverTwoDays_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("endDate");
    QTest::newRow("daily") << u"* * *"_s << QString();
    QTest::newRow("Tuesdays") << u"* * Tue"_s << QString();
    QTest::newRow("ends on Monday") << u"* * *"_s << u"2026-11-23"_s;
}

void TestTimerPreviewConsistency::mixBoundsOverTwoDays()
{
    QFETCH(QString, period);
    QFETCH(QString, endDate);
    ScalingRule rule = timerRule(period,
                                 {{u"08:00"_s, std::nullopt, 5, 20},
                                  {u"20:00"_s, std::nullopt, 1, 4},
                                  {u"12:00"_s, std::nullopt, 3, std::nullopt}},
                                 {}, endDate);
    rule.type = ScalingRuleType::Mix;
    ScalingMetricPolicy metric;
    metric.minReplicas = 2;
    metric.maxReplicas = 10;
    metric.metrics = {{u"CPU"_s, 60, {}, {}, {}, {}}};
    rule.metric = metric;

    const QDateTime start(QDate(2026, 11, 22), QTime(22, 0), Qt::UTC); // Monday 06:00 in Shanghai
    const ScalingTimerPreview preview(rule);
    const QList<ScalingTimerPreview::Step> steps = preview.steps(start, 2);
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.constFirst().at, start);
    for (const QDateTime &t : checkpoints(start, 2, steps)) {
        const auto [minimum, maximum] = ScalingEngine::boundsAt(rule, t);
        const std::optional<ScalingTimerPreview::Step> value = preview.valueAt(t);
        QVERIFY(value);
        QCOMPARE(value->minReplicas, minimum);
        QCOMPARE(value->maxReplicas, maximum);
        // The step series says the same as the value at each instant.
        const auto next = std::find_if(steps.crbegin(), steps.crend(),
                                       [&t](const ScalingTimerPreview::Step &step) { return step.at <= t; });
        QVERIFY(next != steps.crend());
        QCOMPARE(next->minReplicas, minimum);
        QCOMPARE(next->maxReplicas, maximum);
    }
}

QTEST_GUILESS_MAIN(TestTimerPreviewConsistency)
#include "tst_timerpreviewconsistency.moc"
