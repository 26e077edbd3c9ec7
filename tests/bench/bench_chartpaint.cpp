// What a week of monitoring costs on screen: 50 instances x 10,080 points (7 days at 60 s) given to
// MetricChartView (setSeries, LTTB included), then its first paint at 1280 x 400 offscreen. Prints
// the median of several runs in ms; nothing is asserted about time (target: first paint < 100 ms).

#include "widgets/metricchartview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int seriesCount = 50;
constexpr int pointCount = 10080;
constexpr qint64 periodMs = 60 * 1000;
constexpr int runs = 7;

QList<ChartSeries> aWeekOfAFleet(qint64 start)
{
    QList<ChartSeries> fleet;
    fleet.reserve(seriesCount);
    for (int s = 0; s < seriesCount; ++s) {
        ChartSeries series{u"i-%1"_s.arg(s, 3, 10, QChar(u'0')), {}};
        series.points.reserve(pointCount);
        for (int i = 0; i < pointCount; ++i) {
            const double daily = std::sin((i + s * 37) * 2 * M_PI / 1440.0);
            const double noise = std::sin(i * 1.7 + s) * std::sin(i * 0.31);
            series.points.append({double(start + i * periodMs), 40 + 25 * daily + 8 * noise + s * 0.3});
        }
        fleet.append(series);
    }
    return fleet;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 start = QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QList<ChartSeries> fleet = aWeekOfAFleet(start);
    QList<double> setSeriesMs;
    QList<double> firstPaintMs;
    QList<double> refreshMs;
    QList<double> zoomMs;
    qsizetype drawn = 0;
    int plotWidth = 0;

    for (int run = 0; run < runs; ++run) {
        MetricChartView chart;
        chart.setTitle(u"CPU (%)"_s);
        chart.setUnit(u"%"_s);
        chart.resize(1280, 400);
        chart.show();
        QCoreApplication::processEvents();
        chart.setTimeRange(QDateTime::fromMSecsSinceEpoch(start),
                           QDateTime::fromMSecsSinceEpoch(start + pointCount * periodMs));

        QElapsedTimer timer;
        timer.start();
        chart.setSeries(fleet);
        setSeriesMs.append(double(timer.nsecsElapsed()) / 1e6);

        // The first paint: the pending layout (legend, axes) and the render of every line.
        timer.restart();
        QCoreApplication::processEvents();
        const QImage image = chart.grab().toImage();
        firstPaintMs.append(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(image)

        // A refresh of the same instances (the controller's next fetch).
        timer.restart();
        chart.setSeries(fleet);
        QCoreApplication::processEvents();
        chart.grab();
        refreshMs.append(double(timer.nsecsElapsed()) / 1e6);

        // A zoom to a day: thinned again from the points of that day, then painted.
        timer.restart();
        chart.setZoom(QDateTime::fromMSecsSinceEpoch(start + 2 * 1440 * periodMs),
                      QDateTime::fromMSecsSinceEpoch(start + 3 * 1440 * periodMs));
        QCoreApplication::processEvents();
        chart.grab();
        zoomMs.append(double(timer.nsecsElapsed()) / 1e6);

        drawn = chart.drawnPointCount(fleet.first().name);
        plotWidth = chart.plotAreaRect().width();
    }

    QTextStream out(stdout);
    out << "bench_chartpaint: " << seriesCount << " series x " << pointCount << " points, 1280x400, plot "
        << plotWidth << " px wide, " << drawn << " points drawn per series (zoomed to a day); median of "
        << runs << " runs\n";
    out << "  setSeries (incl. LTTB):        " << QString::number(median(setSeriesMs), 'f', 1) << " ms\n";
    out << "  first paint (layout + render): " << QString::number(median(firstPaintMs), 'f', 1) << " ms\n";
    out << "  refresh (setSeries + paint):   " << QString::number(median(refreshMs), 'f', 1) << " ms\n";
    out << "  zoom to a day (+ paint):       " << QString::number(median(zoomMs), 'f', 1) << " ms\n";
    return 0;
}
