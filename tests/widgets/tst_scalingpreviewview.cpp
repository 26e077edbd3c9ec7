#include "widgets/metricchartview.h"
#include "widgets/scalingpreviewview.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTranslator>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

/// Monday 23 November 2026, 10:00 in Shanghai (02:00 UTC, 03:00 in Berlin).
const QDateTime s_now = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);

QDateTime utc(qint64 msAfterNow)
{
    return s_now.addMSecs(msAfterNow);
}

ScalingRule timingRule(QList<ScalingTimer::Schedule> schedules, const QString &beginDate = {})
{
    ScalingRule rule;
    rule.appId = u"app-1"_s;
    rule.name = u"timer"_s;
    rule.type = ScalingRuleType::Timing;
    ScalingTimer timer;
    timer.schedules = std::move(schedules);
    timer.beginDate = beginDate;
    rule.timer = timer;
    return rule;
}

ScalingMetricPolicy cpuPolicy(int target, int minimum, int maximum)
{
    ScalingMetricPolicy policy;
    policy.minReplicas = minimum;
    policy.maxReplicas = maximum;
    policy.metrics = {{u"CPU"_s, target, {}, {}, {}, {}}};
    return policy;
}

ScalingRule metricRule(const ScalingMetricPolicy &policy)
{
    ScalingRule rule;
    rule.appId = u"app-1"_s;
    rule.name = u"cpu"_s;
    rule.type = ScalingRuleType::Metric;
    rule.metric = policy;
    return rule;
}

/// `instances` CPU series from `from`, a point a minute: `averages` one after another.
QList<MetricSeries> cpuSeries(int instances, qint64 fromMs, const QList<double> &averages)
{
    QList<MetricSeries> series;
    for (int i = 0; i < instances; ++i) {
        MetricSeries one;
        one.metricName = u"cpu"_s;
        one.appId = u"app-1"_s;
        one.instanceId = u"app-1-instance-%1"_s.arg(i);
        one.periodSeconds = 60;
        for (qsizetype k = 0; k < averages.size(); ++k)
            one.points.append({fromMs + (k + 1) * minute, averages.at(k), averages.at(k), averages.at(k)});
        series.append(one);
    }
    return series;
}

/// Two instances at 90 % for an hour, then at 20 % for an hour.
QList<double> busyThenQuiet()
{
    QList<double> averages(60, 90.0);
    averages.append(QList<double>(60, 20.0));
    return averages;
}

QList<QPointF> curve(const QList<std::pair<qint64, int>> &points, qint64 originMs)
{
    QList<QPointF> result;
    for (const auto &[ms, value] : points)
        result.append(QPointF(double(originMs + ms), value));
    return result;
}

} // namespace

/**
 * The preview through its own surface: the schedule it charts and lists in GMT+8 and local time,
 * the replay of recorded load it charts and sums up, the range toggle and the notes.
 */
class TestScalingPreviewView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void timingRuleChartsAndListsTheScheduleInBothZones();
    void aRuleWithoutPointsInTheWindowSaysSo();
    void mixRuleShowsBothPartsWithTwoStepLines();
    void metricRuleAsksForTheLastDayOnce();
    void replayChartsTheReplicaCurveAndSumsItUp();
    void rangeToggleAsksForTheChosenSpan();
    void unreplayableMetricsAreNamed();
    void aNewRuleDropsTheOlderReplay();
    void loadingAndErrorReachTheCharts();
    void aReplayWithoutRecordedInstancesSaysLess();
    void closingDuringAReplayDropsIt();

private:
    ScalingPreviewView *m_view = nullptr;
};

void TestScalingPreviewView::initTestCase()
{
    // Local time an hour after UTC, seven hours behind the schedule's GMT+8.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QLocale::setDefault(QLocale::c());
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestScalingPreviewView::init()
{
    m_view = new ScalingPreviewView;
    m_view->setClock([] { return s_now; });
    m_view->resize(1000, 1200);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestScalingPreviewView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    QThreadPool::globalInstance()->waitForDone();
}

void TestScalingPreviewView::timingRuleChartsAndListsTheScheduleInBothZones()
{
    m_view->setRule(timingRule({{u"08:00"_s, 10, {}, {}}, {u"20:00"_s, 3, {}, {}}}));

    // 10:00 GMT+8 now: 08:00's 10 is in force; 20:00 GMT+8 is 12:00 UTC, 08:00 GMT+8 is 00:00 UTC.
    const QList<ScalingTimerPreview::Step> steps = m_view->scheduleSteps();
    QCOMPARE(steps.size(), 15);
    QCOMPARE(steps.at(0), (ScalingTimerPreview::Step{s_now, u"08:00"_s, 10, {}, {}}));
    QCOMPARE(steps.at(1), (ScalingTimerPreview::Step{utc(10 * hour), u"20:00"_s, 3, {}, {}}));
    QCOMPARE(steps.at(2), (ScalingTimerPreview::Step{utc(22 * hour), u"08:00"_s, 10, {}, {}}));
    QCOMPARE(steps.at(14), (ScalingTimerPreview::Step{utc(6 * day + 22 * hour), u"08:00"_s, 10, {}, {}}));

    MetricChartView *chart = m_view->scheduleChart();
    QVERIFY(chart->isVisible());
    QVERIFY(chart->hasStepLines());
    const QList<ChartSeries> lines = chart->series();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).name, u"Target replicas"_s);
    QCOMPARE(lines.at(0).points.size(), 16);
    QCOMPARE(lines.at(0).points.mid(0, 3),
             curve({{0, 10}, {10 * hour, 3}, {22 * hour, 10}}, s_now.toMSecsSinceEpoch()));
    QCOMPARE(lines.at(0).points.last(), QPointF(double(utc(7 * day).toMSecsSinceEpoch()), 10));
    QCOMPARE(chart->xRange(), qMakePair(s_now, utc(7 * day)));
    // 15 steps, 14 of them changes: one extra point before each change, and the end.
    QCOMPARE(chart->drawnPointCount(u"Target replicas"_s), 16 + 14);

    auto *changes = m_view->findChild<QListWidget *>(u"scheduleChanges"_s);
    QVERIFY(changes);
    QCOMPARE(changes->count(), 15);
    QCOMPARE(changes->item(0)->text(), u"Now → 10"_s);
    QCOMPARE(changes->item(1)->text(), u"Mon 20:00 GMT+8 (Mon 13:00 local) → 3"_s);
    QCOMPARE(changes->item(2)->text(), u"Tue 08:00 GMT+8 (Tue 01:00 local) → 10"_s);

    auto *note = m_view->findChild<QLabel *>(u"scheduleNote"_s);
    QVERIFY(note->text().contains(u"A new timing rule takes effect from its next point"_s));
    QVERIFY(note->text().contains(u"Times are in GMT+8"_s));
    QVERIFY(!m_view->findChild<QWidget *>(u"replayPreview"_s)->isVisible());
}

void TestScalingPreviewView::aRuleWithoutPointsInTheWindowSaysSo()
{
    m_view->setRule(timingRule({{u"08:00"_s, 10, {}, {}}}, u"2027-01-01"_s));
    QCOMPARE(m_view->scheduleSteps(), QList<ScalingTimerPreview::Step>());
    QCOMPARE(m_view->scheduleChart()->series().at(0).points, QList<QPointF>());
    QCOMPARE(m_view->scheduleChart()->stateText(), u"No scheduled change in the next 7 days"_s);
    auto *note = m_view->findChild<QLabel *>(u"scheduleNote"_s);
    QVERIFY2(note->text().startsWith(u"This rule has no effect in the next 7 days"_s),
             qPrintable(note->text()));
    QVERIFY(!m_view->findChild<QListWidget *>(u"scheduleChanges"_s)->isVisible());
}

void TestScalingPreviewView::mixRuleShowsBothPartsWithTwoStepLines()
{
    ScalingRule rule = timingRule({{u"08:00"_s, {}, 2, 10}, {u"20:00"_s, {}, 1, 4}});
    rule.type = ScalingRuleType::Mix;
    rule.metric = cpuPolicy(50, 1, 5);
    QSignalSpy wanted(m_view, &ScalingPreviewView::recordedLoadWanted);
    m_view->setRule(rule);

    QVERIFY(m_view->findChild<QWidget *>(u"schedulePreview"_s)->isVisible());
    QVERIFY(m_view->findChild<QWidget *>(u"replayPreview"_s)->isVisible());
    const QList<ChartSeries> lines = m_view->scheduleChart()->series();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).name, u"Minimum replicas"_s);
    QCOMPARE(lines.at(1).name, u"Maximum replicas"_s);
    // 08:00's 2-10 now, 20:00's 1-4 at 12:00 UTC, the metric part's 1-5 from midnight GMT+8.
    const qint64 origin = s_now.toMSecsSinceEpoch();
    QCOMPARE(lines.at(0).points.mid(0, 4),
             curve({{0, 2}, {10 * hour, 1}, {14 * hour, 1}, {22 * hour, 2}}, origin));
    QCOMPARE(lines.at(1).points.mid(0, 4),
             curve({{0, 10}, {10 * hour, 4}, {14 * hour, 5}, {22 * hour, 10}}, origin));
    auto *changes = m_view->findChild<QListWidget *>(u"scheduleChanges"_s);
    QCOMPARE(changes->item(0)->text(), u"Now → 2–10"_s);
    QCOMPARE(changes->item(2)->text(), u"Tue 00:00 GMT+8 (Mon 17:00 local) → 1–5"_s);

    auto *notes = m_view->findChild<QLabel *>(u"replayNotes"_s);
    QVERIFY2(notes->text().contains(u"The minimum and maximum follow the schedule in the replay too"_s),
             qPrintable(notes->text()));
    QVERIFY(m_view->recordedLoadChart(u"cpu"_s));
    QCOMPARE(wanted.count(), 1);
}

void TestScalingPreviewView::metricRuleAsksForTheLastDayOnce()
{
    QSignalSpy wanted(m_view, &ScalingPreviewView::recordedLoadWanted);
    m_view->setRule(metricRule(cpuPolicy(50, 1, 10)));
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.at(0).at(0).toDateTime(), utc(-day));
    QCOMPARE(wanted.at(0).at(1).toDateTime(), s_now);
    QCOMPARE(m_view->replayRange(), ScalingPreviewView::ReplayRange::LastDay);
    QVERIFY(!m_view->findChild<QWidget *>(u"schedulePreview"_s)->isVisible());

    m_view->setRule(metricRule(cpuPolicy(60, 1, 10))); // an edit: the load held is replayed again
    QCOMPARE(wanted.count(), 1);
}

void TestScalingPreviewView::replayChartsTheReplicaCurveAndSumsItUp()
{
    m_view->setRule(metricRule(cpuPolicy(50, 1, 10)));
    const qint64 from = utc(-2 * hour).toMSecsSinceEpoch();
    QSignalSpy finished(m_view, &ScalingPreviewView::replayFinished);
    m_view->setRecordedLoad({{u"cpu"_s, cpuSeries(2, from, busyThenQuiet())}}, 2, utc(-2 * hour), s_now);
    QTRY_COMPARE(finished.count(), 1);

    // 90 % on 2 is 180 %: 4 at 50 % from the first evaluation; 20 % on 2 is 40 %: 1 after the hour.
    const QList<QPointF> expected = curve({{0, 2}, {15'000, 4}, {hour + 15'000, 1}, {2 * hour, 1}}, from);
    QVERIFY(m_view->replayResult());
    QCOMPARE(m_view->replayResult()->replicas, expected);
    QCOMPARE(m_view->replayResult()->scaleOutEvents, 1);
    QCOMPARE(m_view->replayResult()->scaleInEvents, 1);

    const QList<ChartSeries> lines = m_view->replicaChart()->series();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), (ChartSeries{u"Replayed replicas"_s, expected}));
    QCOMPARE(lines.at(1), (ChartSeries{u"Recorded instances"_s, curve({{0, 2}, {2 * hour, 2}}, from)}));
    QCOMPARE(m_view->replicaChart()->markers(),
             (QList<ChartMarker>{{from + 15'000, ChartMarker::Kind::Scaling, u"Scaled 2 → 4"_s},
                                 {from + hour + 15'000, ChartMarker::Kind::Scaling, u"Scaled 4 → 1"_s}}));
    // 2 x 15 s + 4 x 1 h + 1 x (1 h - 15 s) = 5.004 h; recorded 2 x 2 h.
    QCOMPARE(m_view->replaySummaryText(),
             u"1 scale-out, 1 scale-in, 5.0 instance-hours (recorded: 4.0 instance-hours)"_s);

    MetricChartView *cpu = m_view->recordedLoadChart(u"cpu"_s);
    QVERIFY(cpu);
    const QList<ChartSeries> load = cpu->series();
    QCOMPARE(load.size(), 2);
    QCOMPARE(load.at(0).name, u"Average"_s);
    QCOMPARE(load.at(0).points.size(), 120);
    QCOMPARE(load.at(0).points.first(), QPointF(double(from + minute), 90));
    QCOMPARE(load.at(1),
             (ChartSeries{u"Target"_s,
                          {QPointF(double(from), 50), QPointF(double(s_now.toMSecsSinceEpoch()), 50)}}));
    QCOMPARE(m_view->recordedLoadChart(u"qps"_s), nullptr);

    // The charts zoom together: a drag over the right half of the CPU chart zooms the replicas too.
    const QRect plot = cpu->plotAreaRect();
    const QPoint start(plot.left() + plot.width() / 2, plot.center().y());
    const QPoint end(plot.right() - 1, plot.center().y());
    QTest::mousePress(cpu->chartViewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(cpu->chartViewport(), end);
    QTest::mouseRelease(cpu->chartViewport(), Qt::LeftButton, {}, end);
    QVERIFY(cpu->isZoomed());
    QVERIFY(m_view->replicaChart()->isZoomed());
    QCOMPARE(m_view->replicaChart()->xRange(), cpu->xRange());
    QVERIFY(cpu->xRange().first > utc(-hour - 5 * minute) && cpu->xRange().first < utc(-hour + 5 * minute));

    // Another range: the zoom is gone with the old one.
    QTest::mouseClick(m_view->findChild<QToolButton *>(u"replayLastWeek"_s), Qt::LeftButton);
    QVERIFY(!cpu->isZoomed());
    QVERIFY(!m_view->replicaChart()->isZoomed());
}

void TestScalingPreviewView::aReplayWithoutRecordedInstancesSaysLess()
{
    m_view->setRule(metricRule(cpuPolicy(50, 1, 10)));
    QSignalSpy finished(m_view, &ScalingPreviewView::replayFinished);
    m_view->setRecordedLoad({}, 3, utc(-day), s_now);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_view->replayResult()->replicas, curve({{0, 3}, {day, 3}}, utc(-day).toMSecsSinceEpoch()));
    QCOMPARE(m_view->replaySummaryText(), u"0 scale-outs, 0 scale-ins, 72.0 instance-hours"_s);
    QCOMPARE(m_view->replicaChart()->seriesNames(), QStringList{u"Replayed replicas"_s});
}

void TestScalingPreviewView::closingDuringAReplayDropsIt()
{
    m_view->setRule(metricRule(cpuPolicy(50, 1, 10)));
    const qint64 from = utc(-2 * hour).toMSecsSinceEpoch();
    m_view->setRecordedLoad({{u"cpu"_s, cpuSeries(2, from, busyThenQuiet())}}, 2, utc(-2 * hour), s_now);
    delete m_view;
    m_view = nullptr;
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents(); // the continuation, if any, must not reach the deleted view
}

void TestScalingPreviewView::rangeToggleAsksForTheChosenSpan()
{
    m_view->setRule(metricRule(cpuPolicy(50, 1, 10)));
    QSignalSpy wanted(m_view, &ScalingPreviewView::recordedLoadWanted);
    auto *week = m_view->findChild<QToolButton *>(u"replayLastWeek"_s);
    auto *lastDay = m_view->findChild<QToolButton *>(u"replayLastDay"_s);
    QVERIFY(week && lastDay);
    QVERIFY(lastDay->isChecked());

    QTest::mouseClick(week, Qt::LeftButton);
    QCOMPARE(m_view->replayRange(), ScalingPreviewView::ReplayRange::LastWeek);
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.at(0).at(0).toDateTime(), utc(-7 * day));
    QCOMPARE(wanted.at(0).at(1).toDateTime(), s_now);

    QTest::mouseClick(week, Qt::LeftButton); // already chosen
    QCOMPARE(wanted.count(), 1);

    QTest::mouseClick(lastDay, Qt::LeftButton);
    QCOMPARE(m_view->replayRange(), ScalingPreviewView::ReplayRange::LastDay);
    QCOMPARE(wanted.count(), 2);
    QCOMPARE(wanted.at(1).at(0).toDateTime(), utc(-day));
}

void TestScalingPreviewView::unreplayableMetricsAreNamed()
{
    ScalingMetricPolicy policy = cpuPolicy(50, 1, 10);
    policy.metrics.append({u"SLB_QPS"_s, 100, u"lb-1"_s, {}, {}, u"80"_s});
    policy.metrics.append({u"tcpActiveConn"_s, 100, {}, {}, {}, {}});
    m_view->setRule(metricRule(policy));
    auto *notes = m_view->findChild<QLabel *>(u"replayNotes"_s);
    QCOMPARE(notes->text(),
             u"SLB QPS is not recorded by CloudMonitor here; the replay ignores it.\n"
             "TCP connections are not recorded by CloudMonitor here; the replay ignores them.\n"
             "A metric without a value blocks scale-ins, as in SAE: the replay never scales in."_s);
    QVERIFY(m_view->recordedLoadChart(u"cpu"_s));
    QCOMPARE(m_view->recordedLoadChart(u"qps"_s), nullptr);

    // CPU still scales out; the SLB metric has no value, so the quiet hour does not scale in.
    const qint64 from = utc(-2 * hour).toMSecsSinceEpoch();
    QSignalSpy finished(m_view, &ScalingPreviewView::replayFinished);
    m_view->setRecordedLoad({{u"cpu"_s, cpuSeries(2, from, busyThenQuiet())}}, 2, utc(-2 * hour), s_now);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_view->replayResult()->replicas, curve({{0, 2}, {15'000, 4}, {2 * hour, 4}}, from));

    policy.metrics = {{u"SLB_RT"_s, 200, u"lb-1"_s, {}, {}, u"80"_s}};
    m_view->setRule(metricRule(policy));
    QCOMPARE(notes->text(), u"SLB RT is not recorded by CloudMonitor here; the replay ignores it.\n"
                            "None of the rule's metrics is recorded here: the replay never scales."_s);
    QCOMPARE(m_view->recordedLoadChart(u"cpu"_s), nullptr);
}

void TestScalingPreviewView::aNewRuleDropsTheOlderReplay()
{
    m_view->setRule(metricRule(cpuPolicy(50, 1, 10)));
    const qint64 from = utc(-2 * hour).toMSecsSinceEpoch();
    QSignalSpy finished(m_view, &ScalingPreviewView::replayFinished);
    m_view->setRecordedLoad({{u"cpu"_s, cpuSeries(2, from, busyThenQuiet())}}, 2, utc(-2 * hour), s_now);
    m_view->setRule(metricRule(cpuPolicy(50, 1, 3))); // before the first replay is back
    QTRY_COMPARE(finished.count(), 1);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_view->replayResult()->replicas,
             curve({{0, 2}, {15'000, 3}, {hour + 15'000, 1}, {2 * hour, 1}}, from));
}

void TestScalingPreviewView::loadingAndErrorReachTheCharts()
{
    m_view->setRule(metricRule(cpuPolicy(50, 1, 10)));
    m_view->setRecordedLoadLoading();
    QCOMPARE(m_view->replicaChart()->stateText(), u"Loading…"_s);
    QCOMPARE(m_view->recordedLoadChart(u"cpu"_s)->stateText(), u"Loading…"_s);
    m_view->setRecordedLoadError(u"Throttling.User: request was denied"_s);
    QCOMPARE(m_view->replicaChart()->stateText(), u"Throttling.User: request was denied"_s);
    QCOMPARE(m_view->recordedLoadChart(u"cpu"_s)->stateText(), u"Throttling.User: request was denied"_s);
    QCOMPARE(m_view->replayResult(), std::nullopt);
}

QTEST_MAIN(TestScalingPreviewView)
#include "tst_scalingpreviewview.moc"
