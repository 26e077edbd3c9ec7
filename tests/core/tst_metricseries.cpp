#include "core/metricseries.h"

#include <QTest>

class TestMetricSeries : public QObject
{
    Q_OBJECT

private slots:
    void continuesInOrder();
    void sortsPointsOutOfOrder();
    void laterPointsReplaceEarlierOnes();
    void nothingToAdd();
};

namespace {

MetricPoint at(qint64 timeMs, double average)
{
    return {timeMs, average, average + 1, average - 1};
}

QList<qint64> times(const MetricSeries &series)
{
    QList<qint64> result;
    for (const MetricPoint &point : series.points)
        result.append(point.timeMs);
    return result;
}

} // namespace

void TestMetricSeries::continuesInOrder()
{
    MetricSeries series;
    series.addPoints({at(60000, 1), at(120000, 2)});
    series.addPoints({at(180000, 3)});
    QCOMPARE(times(series), (QList<qint64>{60000, 120000, 180000}));
    QCOMPARE(series.points.last(), at(180000, 3));
}

void TestMetricSeries::sortsPointsOutOfOrder()
{
    MetricSeries series;
    series.addPoints({at(180000, 3), at(60000, 1)});
    series.addPoints({at(120000, 2)});
    QCOMPARE(times(series), (QList<qint64>{60000, 120000, 180000}));
    QCOMPARE(series.points[1].average, 2.0);
}

void TestMetricSeries::laterPointsReplaceEarlierOnes()
{
    MetricSeries series;
    series.addPoints({at(60000, 1), at(120000, 2)});
    series.addPoints({at(120000, 20), at(180000, 3)});
    QCOMPARE(times(series), (QList<qint64>{60000, 120000, 180000}));
    QCOMPARE(series.points[1].average, 20.0);
}

void TestMetricSeries::nothingToAdd()
{
    MetricSeries series;
    series.addPoints({});
    QVERIFY(series.points.isEmpty());
    series.addPoints({at(60000, 1)});
    series.addPoints({});
    QCOMPARE(series.points.size(), 1);
}

QTEST_GUILESS_MAIN(TestMetricSeries)
#include "tst_metricseries.moc"
