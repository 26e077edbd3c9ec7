#include "core/scalingtimerpreview.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ScalingTimer::Schedule at(const QString &time, int target)
{
    return {time, target, std::nullopt, std::nullopt};
}

ScalingTimer::Schedule bounds(const QString &time, int minimum, int maximum)
{
    return {time, std::nullopt, minimum, maximum};
}

ScalingRule timingRule(const QString &period, QList<ScalingTimer::Schedule> schedules,
                       const QString &beginDate = {}, const QString &endDate = {})
{
    ScalingRule rule;
    rule.name = u"timer"_s;
    rule.type = ScalingRuleType::Timing;
    ScalingTimer timer;
    timer.period = period;
    timer.schedules = std::move(schedules);
    timer.beginDate = beginDate;
    timer.endDate = endDate;
    rule.timer = timer;
    return rule;
}

ScalingRule mixRule(QList<ScalingTimer::Schedule> schedules)
{
    ScalingRule rule = timingRule(u"* * *"_s, std::move(schedules));
    rule.type = ScalingRuleType::Mix;
    ScalingMetricPolicy metric;
    metric.minReplicas = 2;
    metric.maxReplicas = 10;
    metric.metrics = {{u"CPU"_s, 60, {}, {}, {}, {}}};
    rule.metric = metric;
    return rule;
}

/// A local (GMT+8) time on a day of November or December 2026, as a UTC instant.
QDateTime shanghai(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(8 * 3600)).toUTC();
}

/// "2026-11-23T02:00:00Z 08:00 10" or "... 08:00 5-20": readable when a comparison fails.
QStringList describe(const QList<ScalingTimerPreview::Step> &steps)
{
    QStringList lines;
    for (const ScalingTimerPreview::Step &step : steps) {
        QString line =
            step.at.toString(Qt::ISODate) + u' ' + (step.atTime.isEmpty() ? u"-"_s : step.atTime) + u' ';
        if (step.targetReplicas)
            line += QString::number(*step.targetReplicas);
        else
            line += QString::number(step.minReplicas.value_or(-1)) + u'-'
                    + QString::number(step.maxReplicas.value_or(-1));
        lines.append(line);
    }
    return lines;
}

} // namespace

class TestScalingTimerPreview : public QObject
{
    Q_OBJECT

private slots:
    void dailyRuleOverTwoDays();
    void startBeforeTheFirstPointTakesYesterdaysValue();
    void stepsAreUtcInstants();
    void weekdaysOnly();
    void pointsOnDaysOutsideThePeriodDoNotCount();
    void monthDayMissingFromAMonthIsSkipped();
    void beginAndEndDatesAreInclusive();
    void pointSettingTheSameValueMakesNoStep();
    void targetIsClampedLikeTheEmulator();
    void firstListedWinsAtTheSameTime();
    void mixRuleFallsBackToMetricBoundsAtMidnight();
    void noPointsNoSteps();
    void metricRuleIsNotPreviewed();
    void defaultIsSevenDays();
    void valueAtCountsAPointExactlyThen();
};

void TestScalingTimerPreview::dailyRuleOverTwoDays()
{
    const ScalingTimerPreview preview(timingRule(u"* * *"_s, {at(u"08:00"_s, 10), at(u"20:00"_s, 3)}));
    QVERIFY(preview.isApplicable());
    QCOMPARE(describe(preview.steps(shanghai(11, 23, 10), 2)),
             QStringList({u"2026-11-23T02:00:00Z 08:00 10"_s, u"2026-11-23T12:00:00Z 20:00 3"_s,
                          u"2026-11-24T00:00:00Z 08:00 10"_s, u"2026-11-24T12:00:00Z 20:00 3"_s,
                          u"2026-11-25T00:00:00Z 08:00 10"_s}));
}

void TestScalingTimerPreview::startBeforeTheFirstPointTakesYesterdaysValue()
{
    const ScalingTimerPreview preview(timingRule(u"* * *"_s, {at(u"08:00"_s, 10), at(u"20:00"_s, 3)}));
    QCOMPARE(describe(preview.steps(shanghai(11, 23, 6), 1)),
             QStringList({u"2026-11-22T22:00:00Z 20:00 3"_s, u"2026-11-23T00:00:00Z 08:00 10"_s,
                          u"2026-11-23T12:00:00Z 20:00 3"_s}));
}

void TestScalingTimerPreview::stepsAreUtcInstants()
{
    const ScalingTimerPreview preview(timingRule(u"* * *"_s, {at(u"08:00"_s, 10)}));
    const QList<ScalingTimerPreview::Step> steps = preview.steps(shanghai(11, 23, 9), 1);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.constFirst().at.timeSpec(), Qt::UTC);
    QCOMPARE(steps.constFirst().at, QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC));
    QCOMPARE(preview.timeZone().offsetFromUtc(steps.constFirst().at), 8 * 3600);
}

void TestScalingTimerPreview::weekdaysOnly()
{
    // Monday 23 November 2026; the rule runs on Fridays.
    const ScalingTimerPreview preview(timingRule(u"* * Fri"_s, {at(u"09:00"_s, 5), at(u"18:00"_s, 2)}));
    QCOMPARE(describe(preview.steps(shanghai(11, 23, 0))),
             QStringList({u"2026-11-22T16:00:00Z 18:00 2"_s, u"2026-11-27T01:00:00Z 09:00 5"_s,
                          u"2026-11-27T10:00:00Z 18:00 2"_s}));
}

void TestScalingTimerPreview::pointsOnDaysOutsideThePeriodDoNotCount()
{
    // Monday to Friday of a rule for weekends: only the value left by Sunday.
    const ScalingTimerPreview preview(timingRule(u"* * Sat,Sun"_s, {at(u"10:00"_s, 8), at(u"22:00"_s, 4)}));
    QCOMPARE(describe(preview.steps(shanghai(11, 23, 0), 5)),
             QStringList({u"2026-11-22T16:00:00Z 22:00 4"_s}));
}

void TestScalingTimerPreview::monthDayMissingFromAMonthIsSkipped()
{
    // No 31 November: the value in force on 28 December was set on 31 October.
    const ScalingTimerPreview preview(timingRule(u"31 * *"_s, {at(u"10:00"_s, 6), at(u"22:00"_s, 2)}));
    QCOMPARE(describe(preview.steps(shanghai(12, 28, 0))),
             QStringList({u"2026-12-27T16:00:00Z 22:00 2"_s, u"2026-12-31T02:00:00Z 10:00 6"_s,
                          u"2026-12-31T14:00:00Z 22:00 2"_s}));
    QCOMPARE(describe(preview.steps(shanghai(11, 1, 0), 30)),
             QStringList({u"2026-10-31T16:00:00Z 22:00 2"_s}));
}

void TestScalingTimerPreview::beginAndEndDatesAreInclusive()
{
    const ScalingTimerPreview preview(
        timingRule(u"* * *"_s, {at(u"08:00"_s, 10), at(u"20:00"_s, 3)}, u"2026-11-24"_s, u"2026-11-25"_s));
    // Nothing in force before the first day; the last value stays after the last one.
    QCOMPARE(describe(preview.steps(shanghai(11, 23, 0), 4)),
             QStringList({u"2026-11-24T00:00:00Z 08:00 10"_s, u"2026-11-24T12:00:00Z 20:00 3"_s,
                          u"2026-11-25T00:00:00Z 08:00 10"_s, u"2026-11-25T12:00:00Z 20:00 3"_s}));
    QCOMPARE(describe(preview.steps(shanghai(12, 20, 0), 1)),
             QStringList({u"2026-12-19T16:00:00Z 20:00 3"_s}));
}

void TestScalingTimerPreview::pointSettingTheSameValueMakesNoStep()
{
    const ScalingTimerPreview preview(timingRule(u"* * *"_s, {at(u"08:00"_s, 3), at(u"20:00"_s, 3)}));
    QCOMPARE(describe(preview.steps(shanghai(11, 23, 12), 3)),
             QStringList({u"2026-11-23T04:00:00Z 08:00 3"_s}));
}

void TestScalingTimerPreview::targetIsClampedLikeTheEmulator()
{
    const ScalingTimerPreview preview(timingRule(u"* * *"_s, {at(u"08:00"_s, 80), at(u"20:00"_s, 0)}));
    QCOMPARE(describe(preview.steps(shanghai(11, 23, 12), 1)),
             QStringList({u"2026-11-23T04:00:00Z 08:00 50"_s, u"2026-11-23T12:00:00Z 20:00 1"_s,
                          u"2026-11-24T00:00:00Z 08:00 50"_s}));
}

void TestScalingTimerPreview::firstListedWinsAtTheSameTime()
{
    const ScalingTimerPreview preview(timingRule(u"* * *"_s, {at(u"08:00"_s, 7), at(u"08:00"_s, 9)}));
    QCOMPARE(describe(preview.steps(shanghai(11, 23, 12), 1)),
             QStringList({u"2026-11-23T04:00:00Z 08:00 7"_s}));
}

void TestScalingTimerPreview::mixRuleFallsBackToMetricBoundsAtMidnight()
{
    const ScalingTimerPreview preview(mixRule({bounds(u"08:00"_s, 5, 20), bounds(u"20:00"_s, 1, 4)}));
    QVERIFY(preview.isApplicable());
    QCOMPARE(describe(preview.steps(shanghai(11, 23, 10), 2)),
             QStringList({u"2026-11-23T02:00:00Z 08:00 5-20"_s, u"2026-11-23T12:00:00Z 20:00 1-4"_s,
                          u"2026-11-23T16:00:00Z - 2-10"_s, u"2026-11-24T00:00:00Z 08:00 5-20"_s,
                          u"2026-11-24T12:00:00Z 20:00 1-4"_s, u"2026-11-24T16:00:00Z - 2-10"_s,
                          u"2026-11-25T00:00:00Z 08:00 5-20"_s}));
    // Before the first point of the day: the metric part's bounds, not yesterday's last point.
    QCOMPARE(describe(preview.steps(shanghai(11, 23, 6), 1).mid(0, 1)),
             QStringList({u"2026-11-22T22:00:00Z - 2-10"_s}));
}

void TestScalingTimerPreview::noPointsNoSteps()
{
    QVERIFY(ScalingTimerPreview(timingRule(u"* * *"_s, {})).steps(shanghai(11, 23, 0)).isEmpty());
    // A malformed period runs on no day.
    QVERIFY(ScalingTimerPreview(timingRule(u"every day"_s, {at(u"08:00"_s, 4)}))
                .steps(shanghai(11, 23, 0))
                .isEmpty());
    QVERIFY(
        ScalingTimerPreview(timingRule(u"* * *"_s, {at(u"8:00"_s, 4)})).steps(shanghai(11, 23, 0)).isEmpty());
    QVERIFY(ScalingTimerPreview(timingRule(u"* * *"_s, {at(u"08:00"_s, 4)}))
                .steps(shanghai(11, 23, 0), 0)
                .isEmpty());
}

void TestScalingTimerPreview::metricRuleIsNotPreviewed()
{
    ScalingRule rule = mixRule({bounds(u"08:00"_s, 5, 20)});
    rule.type = ScalingRuleType::Metric;
    const ScalingTimerPreview preview(rule);
    QVERIFY(!preview.isApplicable());
    QVERIFY(preview.steps(shanghai(11, 23, 0)).isEmpty());
    QVERIFY(!preview.valueAt(shanghai(11, 23, 0)));
}

void TestScalingTimerPreview::defaultIsSevenDays()
{
    const ScalingTimerPreview preview(timingRule(u"* * *"_s, {at(u"08:00"_s, 10), at(u"20:00"_s, 3)}));
    const QList<ScalingTimerPreview::Step> steps = preview.steps(shanghai(11, 23, 0));
    QCOMPARE(steps.size(), 1 + 7 * 2);
    QCOMPARE(steps.constLast().at, shanghai(11, 29, 20));
}

void TestScalingTimerPreview::valueAtCountsAPointExactlyThen()
{
    const ScalingTimerPreview preview(timingRule(u"* * *"_s, {at(u"08:00"_s, 10), at(u"20:00"_s, 3)}));
    QCOMPARE(preview.valueAt(shanghai(11, 23, 8))->targetReplicas, 10);
    QCOMPARE(preview.valueAt(shanghai(11, 23, 7, 59))->targetReplicas, 3);
    QCOMPARE(preview.valueAt(shanghai(11, 23, 8))->at, shanghai(11, 23, 8));
}

QTEST_GUILESS_MAIN(TestScalingTimerPreview)
#include "tst_scalingtimerpreview.moc"
