// What downsampling a chart's series costs: LTTB from a week by the minute (10,080 points) and
// from half a million points down to a plot's width. QBENCHMARK prints the time; nothing is
// asserted about it.

#include "core/lttb.h"

#include <QTest>

#include <cmath>

class BenchLttb : public QObject
{
    Q_OBJECT

private slots:
    void downsample_data();
    void downsample();
};

void BenchLttb::downsample_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("width");
    QTest::newRow("a week by the minute to 1200 px") << 10080 << 1200;
    QTest::newRow("500,000 points to 1920 px") << 500000 << 1920;
}

void BenchLttb::downsample()
{
    QFETCH(int, points);
    QFETCH(int, width);
    QList<QPointF> series;
    series.reserve(points);
    for (int i = 0; i < points; ++i)
        series.append({double(i), 50 + 30 * std::sin(i / 300.0) + 10 * std::sin(i * 1.3)});
    qsizetype kept = 0;
    QBENCHMARK
    {
        kept = Lttb::downsample(series, width).size();
    }
    QCOMPARE(kept, qsizetype(width));
}

QTEST_GUILESS_MAIN(BenchLttb)
#include "bench_lttb.moc"
