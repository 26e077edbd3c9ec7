#include "core/metricaggregation.h"

#include <QTest>

using namespace Qt::StringLiterals;

/** Per-instance lines and the folded average / maximum, over ragged per-instance series. */
class TestMetricAggregation : public QObject
{
    Q_OBJECT

private slots:
    void perInstanceKeepsEachInstanceAndItsAverages();
    void averageIsTheMeanOfTheInstancesReportingAtEachTime();
    void maximumIsTheHighestMaximumAtEachTime();
    void anInstanceMissingAtATimeIsLeftOutNotCountedAsZero();
    void outputIsInAscendingTimeEvenWhenInputIsNot();
    void emptyInputGivesNoSeries_data();
    void emptyInputGivesNoSeries();
    void seriesWithoutPointsFoldIntoAnEmptyLine();
    void perInstanceNamesDropTheSharedPrefix_data();
    void perInstanceNamesDropTheSharedPrefix();
};

namespace {

MetricPoint point(qint64 timeMs, double average, double maximum)
{
    return MetricPoint{timeMs, average, maximum, average / 2};
}

MetricSeries series(const QString &instanceId, const QList<MetricPoint> &points)
{
    MetricSeries one;
    one.metricName = u"cpu"_s;
    one.appId = u"app-1"_s;
    one.instanceId = instanceId;
    one.periodSeconds = 60;
    one.points = points;
    return one;
}

// Instance a reports at 0, 60 s, 120 s; b at 30 s and 60 s (unequal timestamps; b missing at 0 and
// 120 s); c at 120 s only (it started late).
QList<MetricSeries> raggedFleet()
{
    return {
        series(u"a"_s, {point(0, 10, 15), point(60000, 20, 25), point(120000, 30, 35)}),
        series(u"b"_s, {point(30000, 40, 45), point(60000, 60, 90)}),
        series(u"c"_s, {point(120000, 90, 99)}),
    };
}

} // namespace

void TestMetricAggregation::perInstanceKeepsEachInstanceAndItsAverages()
{
    const QList<ChartSeries> lines = MetricAggregation::toChartSeries(
        raggedFleet(), MetricAggregationMode::PerInstance, u"Average"_s, u"Maximum"_s);
    const QList<ChartSeries> expected = {
        {u"a"_s, {{0, 10}, {60000, 20}, {120000, 30}}},
        {u"b"_s, {{30000, 40}, {60000, 60}}},
        {u"c"_s, {{120000, 90}}},
    };
    QCOMPARE(lines, expected);
}

void TestMetricAggregation::averageIsTheMeanOfTheInstancesReportingAtEachTime()
{
    const QList<ChartSeries> lines = MetricAggregation::toChartSeries(
        raggedFleet(), MetricAggregationMode::Average, u"Average"_s, u"Maximum"_s);
    const QList<ChartSeries> expected = {
        {u"Average"_s, {{0, 10}, {30000, 40}, {60000, 40}, {120000, 60}}},
    };
    QCOMPARE(lines, expected);
}

void TestMetricAggregation::maximumIsTheHighestMaximumAtEachTime()
{
    const QList<ChartSeries> lines = MetricAggregation::toChartSeries(
        raggedFleet(), MetricAggregationMode::Maximum, u"Average"_s, u"Maximum"_s);
    const QList<ChartSeries> expected = {
        {u"Maximum"_s, {{0, 15}, {30000, 45}, {60000, 90}, {120000, 99}}},
    };
    QCOMPARE(lines, expected);
}

void TestMetricAggregation::anInstanceMissingAtATimeIsLeftOutNotCountedAsZero()
{
    // Negative values too: a maximum must not start from zero.
    const QList<MetricSeries> fleet = {
        series(u"a"_s, {point(0, -4, -2), point(60000, -8, -6)}),
        series(u"b"_s, {point(60000, -2, -1)}),
    };
    QCOMPARE(MetricAggregation::toChartSeries(fleet, MetricAggregationMode::Average, u"avg"_s, u"max"_s),
             (QList<ChartSeries>{{u"avg"_s, {{0, -4}, {60000, -5}}}}));
    QCOMPARE(MetricAggregation::toChartSeries(fleet, MetricAggregationMode::Maximum, u"avg"_s, u"max"_s),
             (QList<ChartSeries>{{u"max"_s, {{0, -2}, {60000, -1}}}}));
}

void TestMetricAggregation::outputIsInAscendingTimeEvenWhenInputIsNot()
{
    const QList<MetricSeries> fleet = {
        series(u"a"_s, {point(120000, 3, 3), point(0, 1, 1), point(60000, 2, 2)})};
    QCOMPARE(MetricAggregation::toChartSeries(fleet, MetricAggregationMode::PerInstance, u"avg"_s, u"max"_s),
             (QList<ChartSeries>{{u"a"_s, {{0, 1}, {60000, 2}, {120000, 3}}}}));
    QCOMPARE(MetricAggregation::toChartSeries(fleet, MetricAggregationMode::Average, u"avg"_s, u"max"_s),
             (QList<ChartSeries>{{u"avg"_s, {{0, 1}, {60000, 2}, {120000, 3}}}}));
}

void TestMetricAggregation::emptyInputGivesNoSeries_data()
{
    QTest::addColumn<MetricAggregationMode>("mode");
    QTest::newRow("per instance") << MetricAggregationMode::PerInstance;
    QTest::newRow("average") << MetricAggregationMode::Average;
    QTest::newRow("maximum") << MetricAggregationMode::Maximum;
}

void TestMetricAggregation::emptyInputGivesNoSeries()
{
    QFETCH(MetricAggregationMode, mode);
    QCOMPARE(MetricAggregation::toChartSeries({}, mode, u"avg"_s, u"max"_s), QList<ChartSeries>());
}

void TestMetricAggregation::seriesWithoutPointsFoldIntoAnEmptyLine()
{
    const QList<MetricSeries> fleet = {series(u"a"_s, {}), series(u"b"_s, {})};
    QCOMPARE(MetricAggregation::toChartSeries(fleet, MetricAggregationMode::Maximum, u"avg"_s, u"max"_s),
             (QList<ChartSeries>{{u"max"_s, {}}}));
    QCOMPARE(MetricAggregation::toChartSeries(fleet, MetricAggregationMode::PerInstance, u"avg"_s, u"max"_s),
             (QList<ChartSeries>{{u"a"_s, {}}, {u"b"_s, {}}}));
}

void TestMetricAggregation::perInstanceNamesDropTheSharedPrefix_data()
{
    QTest::addColumn<QStringList>("instanceIds");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("one replica set") << QStringList{u"order-service-znqm575b5z-rtmcb"_s,
                                                    u"order-service-znqm575b5z-h8x74"_s}
                                     << QStringList{u"rtmcb"_s, u"h8x74"_s};
    QTest::newRow("two versions during a rollout")
        << QStringList{u"order-service-znqm575b5z-rtmcb"_s, u"order-service-7c4d9f8b6-x2kq9"_s}
        << QStringList{u"znqm575b5z-rtmcb"_s, u"7c4d9f8b6-x2kq9"_s};
    QTest::newRow("shared letters are not cut mid-word")
        << QStringList{u"cart-abc"_s, u"cart-abd"_s} << QStringList{u"abc"_s, u"abd"_s};
    QTest::newRow("nothing shared") << QStringList{u"a"_s, u"b"_s} << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("a single instance keeps its ID") << QStringList{u"order-service-znqm575b5z-rtmcb"_s}
                                                    << QStringList{u"order-service-znqm575b5z-rtmcb"_s};
}

void TestMetricAggregation::perInstanceNamesDropTheSharedPrefix()
{
    QFETCH(QStringList, instanceIds);
    QFETCH(QStringList, names);
    QList<MetricSeries> fleet;
    for (const QString &id : std::as_const(instanceIds))
        fleet.append(series(id, {point(0, 1, 1)}));
    QStringList actual;
    for (const ChartSeries &line :
         MetricAggregation::toChartSeries(fleet, MetricAggregationMode::PerInstance, u"avg"_s, u"max"_s))
        actual.append(line.name);
    QCOMPARE(actual, names);
}

QTEST_GUILESS_MAIN(TestMetricAggregation)
#include "tst_metricaggregation.moc"
