#include "core/lttb.h"

#include <QTest>

#include <cmath>

/** LTTB: exact point count, first and last kept, x stays increasing, peaks survive. */
class TestLttb : public QObject
{
    Q_OBJECT

private slots:
    void shortSeriesComeBackUnchanged();
    void exactCountFirstLastAndMonotonicX_data();
    void exactCountFirstLastAndMonotonicX();
    void keepsTheExtremes();
    void aFlatLineStaysFlat();
};

namespace {

QList<QPointF> wave(qsizetype count)
{
    QList<QPointF> points;
    points.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        points.append(
            {double(i) * 60.0, 50 + 30 * std::sin(double(i) / 40.0) + 5 * std::sin(double(i) * 1.7)});
    return points;
}

} // namespace

void TestLttb::shortSeriesComeBackUnchanged()
{
    const QList<QPointF> points = wave(100);
    QCOMPARE(Lttb::downsample(points, 100), points);
    QCOMPARE(Lttb::downsample(points, 500), points);
    QCOMPARE(Lttb::downsample(points, 2), points); // nothing sensible below three
    QCOMPARE(Lttb::downsample({}, 10), QList<QPointF>());
}

void TestLttb::exactCountFirstLastAndMonotonicX_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("threshold");
    QTest::newRow("a day by the minute to 800 px") << 1440 << 800;
    QTest::newRow("a week by the minute to 1200 px") << 10080 << 1200;
    QTest::newRow("just over") << 101 << 100;
    QTest::newRow("three") << 1000 << 3;
    QTest::newRow("uneven buckets") << 1001 << 7;
}

void TestLttb::exactCountFirstLastAndMonotonicX()
{
    QFETCH(int, count);
    QFETCH(int, threshold);
    const QList<QPointF> points = wave(count);
    const QList<QPointF> sampled = Lttb::downsample(points, threshold);
    QCOMPARE(sampled.size(), qsizetype(threshold));
    QCOMPARE(sampled.first(), points.first());
    QCOMPARE(sampled.last(), points.last());
    for (qsizetype i = 1; i < sampled.size(); ++i)
        QVERIFY2(sampled.at(i).x() > sampled.at(i - 1).x(), qPrintable(QString::number(i)));
    for (const QPointF &point : sampled)
        QVERIFY(points.contains(point)); // points of the series, never invented ones
}

void TestLttb::keepsTheExtremes()
{
    // A quiet series with one spike and one dip, thinned 50 times: both survive.
    QList<QPointF> points;
    for (int i = 0; i < 5000; ++i)
        points.append({double(i), 20.0 + (i % 7) * 0.1});
    points[1234].setY(99.0);
    points[3210].setY(-40.0);
    const QList<QPointF> sampled = Lttb::downsample(points, 100);
    QVERIFY(sampled.contains(points.at(1234)));
    QVERIFY(sampled.contains(points.at(3210)));
}

void TestLttb::aFlatLineStaysFlat()
{
    QList<QPointF> points;
    for (int i = 0; i < 1000; ++i)
        points.append({double(i), 42.0});
    for (const QPointF &point : Lttb::downsample(points, 50))
        QCOMPARE(point.y(), 42.0);
}

QTEST_GUILESS_MAIN(TestLttb)
#include "tst_lttb.moc"
