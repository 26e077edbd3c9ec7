// What the scaling rule preview's replay costs: a metric rule replayed over a week of recorded load
// (4 metrics x 10 instances, a point a minute: 403,200 points), evaluated every 15 seconds
// (40,320 evaluations). It decides whether the replay may run on the GUI thread (it may not: see
// ScalingPreviewView). QBENCHMARK prints the time; nothing is asserted about it.

#include "core/scalingreplay.h"
#include "core/scalingtimerpreview.h"

#include <QDateTime>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr int weekMinutes = 7 * 24 * 60;
constexpr int instances = 10;

/// A daily wave with some noise per instance, so that the rule scales out and in every day.
QHash<QString, QList<MetricSeries>> aWeekOfLoad(qint64 fromMs)
{
    const struct
    {
        QString name;
        double base;
        double swing;
    } metrics[] = {
        {u"cpu"_s, 45, 35}, {u"memoryPercent"_s, 55, 10}, {u"qps"_s, 300, 250}, {u"rt"_s, 120, 60}};
    QHash<QString, QList<MetricSeries>> load;
    for (const auto &metric : metrics) {
        QList<MetricSeries> series;
        for (int instance = 0; instance < instances; ++instance) {
            MetricSeries one;
            one.metricName = metric.name;
            one.appId = u"app-1"_s;
            one.instanceId = u"app-1-%1"_s.arg(instance);
            one.periodSeconds = 60;
            one.points.reserve(weekMinutes);
            for (int i = 1; i <= weekMinutes; ++i) {
                const double value = metric.base + metric.swing * std::sin(i * 2 * M_PI / (24 * 60))
                                     + 3 * std::sin(i * 0.7 + instance);
                one.points.append({fromMs + i * minuteMs, value, value, value});
            }
            series.append(one);
        }
        load.insert(metric.name, series);
    }
    return load;
}

} // namespace

class BenchScalingReplay : public QObject
{
    Q_OBJECT

private slots:
    void replayAWeek_data();
    void replayAWeek();
    void replayAMixRuleForAWeek();
    void scheduleOfTheNextWeek();
};

void BenchScalingReplay::replayAWeek_data()
{
    QTest::addColumn<QStringList>("metricTypes");
    QTest::newRow("CPU") << QStringList{u"CPU"_s};
    QTest::newRow("CPU, memory, QPS, RT") << QStringList{u"CPU"_s, u"MEMORY"_s, u"QPS"_s, u"RT"_s};
}

void BenchScalingReplay::replayAWeek()
{
    QFETCH(QStringList, metricTypes);
    const qint64 fromMs = QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 toMs = fromMs + weekMinutes * minuteMs;
    const QHash<QString, QList<MetricSeries>> load = aWeekOfLoad(fromMs);
    ScalingMetricPolicy policy;
    policy.minReplicas = 2;
    policy.maxReplicas = 30;
    const QList<int> targets{60, 70, 300, 150};
    for (qsizetype i = 0; i < metricTypes.size(); ++i)
        policy.metrics.append({metricTypes.at(i), targets.at(i), {}, {}, {}, {}});

    ScalingReplay::Result result;
    QBENCHMARK
    {
        result = ScalingReplay::replay(policy, load, instances, fromMs, toMs);
    }
    qInfo("%d scale-outs, %d scale-ins, %.1f instance-hours", result.scaleOutEvents, result.scaleInEvents,
          result.instanceHours);
    QVERIFY(result.scaleOutEvents > 0);
}

void BenchScalingReplay::replayAMixRuleForAWeek()
{
    // The same CPU load with bounds following a schedule of 20 points a day.
    const qint64 fromMs = QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 toMs = fromMs + weekMinutes * minuteMs;
    const QHash<QString, QList<MetricSeries>> load = aWeekOfLoad(fromMs);
    ScalingRule rule;
    rule.type = ScalingRuleType::Mix;
    ScalingMetricPolicy policy;
    policy.minReplicas = 2;
    policy.maxReplicas = 30;
    policy.metrics = {{u"CPU"_s, 60, {}, {}, {}, {}}};
    rule.metric = policy;
    ScalingTimer timer;
    for (int point = 0; point < 20; ++point)
        timer.schedules.append(
            {u"%1:%2"_s.arg(point + 2, 2, 10, QChar(u'0')).arg(point % 2 ? 30 : 0, 2, 10, QChar(u'0')),
             std::nullopt, 2 + point % 5, 10 + point});
    rule.timer = timer;
    ScalingReplay::Result result;
    QBENCHMARK
    {
        result = ScalingReplay::replay(rule, load, instances, fromMs, toMs);
    }
    qInfo("%d scale-outs, %d scale-ins, %.1f instance-hours", result.scaleOutEvents, result.scaleInEvents,
          result.instanceHours);
    QVERIFY(result.scaleOutEvents > 0);
}

void BenchScalingReplay::scheduleOfTheNextWeek()
{
    // What the editor's schedule chart recomputes on every edit: 20 points a day on weekdays.
    ScalingRule rule;
    rule.type = ScalingRuleType::Timing;
    ScalingTimer timer;
    timer.period = u"* * Mon,Tue,Wed,Thu,Fri"_s;
    for (int point = 0; point < 20; ++point)
        timer.schedules.append(
            {u"%1:00"_s.arg(point + 2, 2, 10, QChar(u'0')), 1 + point, std::nullopt, std::nullopt});
    rule.timer = timer;
    const QDateTime now(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC);
    QList<ScalingTimerPreview::Step> steps;
    QBENCHMARK
    {
        steps = ScalingTimerPreview(rule).steps(now);
    }
    qInfo("%lld steps", qint64(steps.size()));
    QVERIFY(steps.size() > 20);
}

QTEST_GUILESS_MAIN(BenchScalingReplay)
#include "bench_scalingreplay.moc"
