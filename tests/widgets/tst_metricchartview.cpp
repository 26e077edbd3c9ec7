#include "widgets/metricchartview.h"

#include <QGraphicsItem>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

/**
 * The chart through its own surface: points thinned to the plot width, zoom by dragging over the
 * viewport, reset by double-click, legend clicks, the hover crosshair, states and the palette.
 */
class TestMetricChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void longSeriesAreThinnedToThePlotWidth();
    void shortSeriesAreDrawnAsTheyAre();
    void aResizeThinsAgainToTheNewWidth();
    void zoomDrawsDetailFromTheZoomedSpanOnly();
    void dragOverThePlotZoomsAndEmits();
    void aClickIsNotAZoom();
    void doubleClickResetsTheZoom();
    void setZoomAndResetZoomFromOutside();
    void legendClickTogglesTheSeries();
    void setSeriesVisibleIsSilentAndSurvivesNewData();
    void hoverShowsTimeAndValuesWithUnit();
    void hoverSkipsHiddenSeries();
    void loadingErrorAndEmptyStates();
    void anErrorKeepsTheLastDataDimmed();
    void markersCarryTheirLabelAsTooltip();
    void crowdedMarkersKeepTheirLinesButNotEveryFlag();
    void backgroundFollowsThePalette();
    void displayTimeZoneLabelsTheAxisAndTheCrosshair();
    void stepLinesHoldEachValueUntilTheNext();
    void stepLinesAreNotThinned();

private:
    QList<ChartSeries> threeInstancesOverAnHour() const;
    void showChart(QSize size = QSize(1000, 400));

    std::unique_ptr<MetricChartView> m_chart;
    qint64 m_start = 0; ///< 2024-05-01 00:00 UTC
};

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 week = 7 * 24 * hour;

ChartSeries aWeekByTheMinute(const QString &name, qint64 start)
{
    ChartSeries series{name, {}};
    for (int i = 0; i < 10080; ++i)
        series.points.append({double(start + i * minute), 50 + 40 * std::sin(i / 300.0)});
    return series;
}

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms);
}

qsizetype pointsWithin(const ChartSeries &series, qint64 from, qint64 to)
{
    return std::count_if(series.points.cbegin(), series.points.cend(), [&](const QPointF &point) {
        return point.x() >= double(from) && point.x() <= double(to);
    });
}

} // namespace

void TestMetricChartView::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_start = QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

void TestMetricChartView::init()
{
    m_chart = std::make_unique<MetricChartView>();
    m_chart->setTitle(u"CPU"_s);
    m_chart->setUnit(u"%"_s);
}

void TestMetricChartView::cleanup()
{
    m_chart.reset();
}

QList<ChartSeries> TestMetricChartView::threeInstancesOverAnHour() const
{
    QList<ChartSeries> series{{u"a"_s, {}}, {u"b"_s, {}}, {u"c"_s, {}}};
    for (int i = 0; i <= 60; ++i) {
        series[0].points.append({double(m_start + i * minute), double(i)});
        series[1].points.append({double(m_start + i * minute), 100.0 - i});
        series[2].points.append({double(m_start + i * minute), 5.25});
    }
    return series;
}

void TestMetricChartView::showChart(QSize size)
{
    m_chart->resize(size);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    QCoreApplication::processEvents();
}

void TestMetricChartView::longSeriesAreThinnedToThePlotWidth()
{
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + week));
    m_chart->setSeries({aWeekByTheMinute(u"i-1"_s, m_start)});
    QCoreApplication::processEvents();
    const int width = m_chart->plotAreaRect().width();
    QVERIFY2(width > 500 && width < 1000, qPrintable(QString::number(width)));
    QCOMPARE(m_chart->drawnPointCount(u"i-1"_s), qsizetype(width));
    QCOMPARE(m_chart->seriesNames(), QStringList{u"i-1"_s});
}

void TestMetricChartView::shortSeriesAreDrawnAsTheyAre()
{
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    QCoreApplication::processEvents();
    QCOMPARE(m_chart->seriesNames(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(m_chart->drawnPointCount(u"a"_s), 61);
    QCOMPARE(m_chart->drawnPointCount(u"c"_s), 61);
    QCOMPARE(m_chart->drawnPointCount(u"unknown"_s), 0);
    QCOMPARE(m_chart->stateText(), QString());
}

void TestMetricChartView::aResizeThinsAgainToTheNewWidth()
{
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + week));
    m_chart->setSeries({aWeekByTheMinute(u"i-1"_s, m_start)});
    const int wide = m_chart->plotAreaRect().width();
    m_chart->resize(600, 400);
    QCoreApplication::processEvents();
    const int narrow = m_chart->plotAreaRect().width();
    QVERIFY2(narrow < wide - 300, qPrintable(u"%1 -> %2"_s.arg(wide).arg(narrow)));
    QCOMPARE(m_chart->drawnPointCount(u"i-1"_s), qsizetype(narrow));
}

void TestMetricChartView::zoomDrawsDetailFromTheZoomedSpanOnly()
{
    showChart();
    const ChartSeries series = aWeekByTheMinute(u"i-1"_s, m_start);
    m_chart->setTimeRange(at(m_start), at(m_start + week));
    m_chart->setSeries({series});

    // Two hours hold 121 points: fewer than the pixels, so all of them are drawn, plus the one
    // on either side that carries the line to the plot's edges.
    const qint64 from = m_start + 24 * hour;
    const qint64 to = from + 2 * hour;
    m_chart->setZoom(at(from), at(to));
    QCOMPARE(pointsWithin(series, from, to), 121);
    QCOMPARE(m_chart->drawnPointCount(u"i-1"_s), 123);
    QCOMPARE(m_chart->xRange(), qMakePair(at(from), at(to)));
    QVERIFY(m_chart->isZoomed());
}

void TestMetricChartView::dragOverThePlotZoomsAndEmits()
{
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    QSignalSpy zoomed(m_chart.get(), &MetricChartView::zoomChanged);

    const QRect plot = m_chart->plotAreaRect();
    const int y = plot.center().y();
    const QPoint start(plot.left() + plot.width() / 4, y);
    const QPoint end(plot.left() + plot.width() * 3 / 4, y);
    QWidget *viewport = m_chart->chartViewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, QPoint(plot.center().x(), y));
    QTest::mouseMove(viewport, end);
    QCOMPARE(zoomed.count(), 0); // nothing happens before the button comes up
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);

    QCOMPARE(zoomed.count(), 1);
    QVERIFY(m_chart->isZoomed());
    const auto [from, to] = m_chart->xRange();
    QCOMPARE(zoomed.at(0).at(0).toDateTime(), from);
    QCOMPARE(zoomed.at(0).at(1).toDateTime(), to);
    // A quarter to three quarters of the hour, to within the time a pixel stands for.
    const qint64 pixel = hour / plot.width() + 1;
    QVERIFY2(std::abs(from.toMSecsSinceEpoch() - (m_start + hour / 4)) <= pixel, qPrintable(from.toString()));
    QVERIFY2(std::abs(to.toMSecsSinceEpoch() - (m_start + hour * 3 / 4)) <= pixel, qPrintable(to.toString()));
    QCOMPARE(m_chart->drawnPointCount(u"a"_s), pointsWithin(threeInstancesOverAnHour().first(),
                                                            from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch())
                                                   + 2);
}

void TestMetricChartView::aClickIsNotAZoom()
{
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    QSignalSpy zoomed(m_chart.get(), &MetricChartView::zoomChanged);
    QTest::mouseClick(m_chart->chartViewport(), Qt::LeftButton, {}, m_chart->plotAreaRect().center());
    QCOMPARE(zoomed.count(), 0);
    QVERIFY(!m_chart->isZoomed());
    QCOMPARE(m_chart->xRange(), qMakePair(at(m_start), at(m_start + hour)));
}

void TestMetricChartView::doubleClickResetsTheZoom()
{
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    m_chart->setZoom(at(m_start + 10 * minute), at(m_start + 20 * minute));
    QSignalSpy reset(m_chart.get(), &MetricChartView::zoomReset);
    QSignalSpy zoomed(m_chart.get(), &MetricChartView::zoomChanged);

    QWidget *viewport = m_chart->chartViewport();
    const QPoint centre = m_chart->plotAreaRect().center();
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, centre);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, centre);

    QCOMPARE(reset.count(), 1);
    QCOMPARE(zoomed.count(), 0);
    QVERIFY(!m_chart->isZoomed());
    QCOMPARE(m_chart->xRange(), qMakePair(at(m_start), at(m_start + hour)));
    QCOMPARE(m_chart->drawnPointCount(u"a"_s), 61);
}

void TestMetricChartView::setZoomAndResetZoomFromOutside()
{
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    QSignalSpy zoomed(m_chart.get(), &MetricChartView::zoomChanged);
    QSignalSpy reset(m_chart.get(), &MetricChartView::zoomReset);
    m_chart->setZoom(at(m_start + minute), at(m_start + 2 * minute));
    QCOMPARE(m_chart->xRange(), qMakePair(at(m_start + minute), at(m_start + 2 * minute)));
    m_chart->setZoom(at(m_start + 2 * minute), at(m_start + minute)); // backwards: ignored
    QCOMPARE(m_chart->xRange(), qMakePair(at(m_start + minute), at(m_start + 2 * minute)));
    // A new time range (the next refresh of "last hour") keeps the user's zoom.
    m_chart->setTimeRange(at(m_start + minute), at(m_start + hour + minute));
    QVERIFY(m_chart->isZoomed());
    QCOMPARE(zoomed.count(), 0);

    m_chart->resetZoom();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_chart->xRange(), qMakePair(at(m_start + minute), at(m_start + hour + minute)));
    m_chart->resetZoom(); // nothing to reset: no signal
    QCOMPARE(reset.count(), 1);
}

void TestMetricChartView::legendClickTogglesTheSeries()
{
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    QCoreApplication::processEvents();
    QSignalSpy toggled(m_chart.get(), &MetricChartView::seriesVisibilityChanged);

    const QPoint entry = m_chart->legendEntryPosition(u"b"_s);
    QVERIFY(!entry.isNull());
    QVERIFY2(!m_chart->plotAreaRect().contains(entry), "the legend lies outside the plot");
    QTest::mouseClick(m_chart->chartViewport(), Qt::LeftButton, {}, entry);
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.at(0).at(0).toString(), u"b"_s);
    QCOMPARE(toggled.at(0).at(1).toBool(), false);
    QVERIFY(!m_chart->isSeriesVisible(u"b"_s));
    QVERIFY(m_chart->isSeriesVisible(u"a"_s));

    // The entry stays where it was (dimmed, not removed), so that a second click brings it back.
    QCOMPARE(m_chart->legendEntryPosition(u"b"_s), entry);
    QTest::mouseClick(m_chart->chartViewport(), Qt::LeftButton, {}, entry);
    QCOMPARE(toggled.count(), 2);
    QCOMPARE(toggled.at(1).at(1).toBool(), true);
    QVERIFY(m_chart->isSeriesVisible(u"b"_s));
    QVERIFY(!m_chart->isZoomed());
}

void TestMetricChartView::setSeriesVisibleIsSilentAndSurvivesNewData()
{
    m_chart->setSeries(threeInstancesOverAnHour());
    QSignalSpy toggled(m_chart.get(), &MetricChartView::seriesVisibilityChanged);
    m_chart->setSeriesVisible(u"c"_s, false);
    QVERIFY(!m_chart->isSeriesVisible(u"c"_s));
    QCOMPARE(toggled.count(), 0);

    m_chart->setSeries({}); // another application, then this one again
    m_chart->setSeries(threeInstancesOverAnHour());
    QVERIFY(!m_chart->isSeriesVisible(u"c"_s));
    QVERIFY(m_chart->isSeriesVisible(u"a"_s));
}

void TestMetricChartView::hoverShowsTimeAndValuesWithUnit()
{
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    QCOMPARE(m_chart->crosshairText(), QString());

    const QRect plot = m_chart->plotAreaRect();
    const QPoint halfway(plot.left() + plot.width() / 2, plot.top() + 20);
    QTest::mouseMove(m_chart->chartViewport(), halfway);
    const QString time = at(m_start + 30 * minute).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(m_chart->crosshairText(), time + u"\na: 30.0 %\nb: 70.0 %\nc: 5.25 %"_s);

    QTest::mouseMove(m_chart->chartViewport(), QPoint(plot.left() - 20, plot.top() - 10));
    QCOMPARE(m_chart->crosshairText(), QString());
}

void TestMetricChartView::hoverSkipsHiddenSeries()
{
    showChart();
    m_chart->setUnit(QString());
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    m_chart->setSeriesVisible(u"a"_s, false);
    const QRect plot = m_chart->plotAreaRect();
    QTest::mouseMove(m_chart->chartViewport(), QPoint(plot.left() + plot.width() / 6, plot.bottom() - 10));
    const QString time = at(m_start + 10 * minute).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(m_chart->crosshairText(), time + u"\nb: 90.0\nc: 5.25"_s);
}

void TestMetricChartView::loadingErrorAndEmptyStates()
{
    showChart();
    QCOMPARE(m_chart->stateText(), u"No data for this period"_s);
    m_chart->setEmptyText(u"Nothing reported"_s);
    QCOMPARE(m_chart->stateText(), u"Nothing reported"_s);
    m_chart->setLoading(true);
    QCOMPARE(m_chart->stateText(), u"Loading…"_s);
    m_chart->setError(u"Throttling.User: too many requests (RequestId 42)"_s);
    QCOMPARE(m_chart->stateText(), u"Throttling.User: too many requests (RequestId 42)"_s);
    m_chart->setError(QString());
    QCOMPARE(m_chart->stateText(), u"Loading…"_s);
    m_chart->setLoading(false);
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    QCOMPARE(m_chart->stateText(), QString());
    // Data outside the visible span is no data for this period.
    m_chart->setTimeRange(at(m_start + 2 * hour), at(m_start + 3 * hour));
    QCOMPARE(m_chart->drawnPointCount(u"a"_s), 1); // the last point, carrying the line in
    QCOMPARE(m_chart->stateText(), u"Nothing reported"_s);
    m_chart->setTimeRange(at(m_start - 3 * hour), at(m_start - 2 * hour));
    QCOMPARE(m_chart->drawnPointCount(u"a"_s), 1);
    QCOMPARE(m_chart->stateText(), u"Nothing reported"_s);
}

void TestMetricChartView::anErrorKeepsTheLastDataDimmed()
{
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    const QImage before = m_chart->grab().toImage();
    m_chart->setError(u"Request timed out"_s);
    QCOMPARE(m_chart->stateText(), u"Request timed out"_s);
    QCOMPARE(m_chart->drawnPointCount(u"a"_s), 61);
    QVERIFY(m_chart->grab().toImage() != before);
}

void TestMetricChartView::markersCarryTheirLabelAsTooltip()
{
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    m_chart->setMarkers({
        {m_start + 15 * minute, ChartMarker::Kind::Deployment, u"Deploy v42"_s},
        {m_start + 16 * minute, ChartMarker::Kind::Scaling, u"Scaled 2 → 4"_s},
        {m_start + 2 * hour, ChartMarker::Kind::Other, u"Outside"_s},
    });
    auto *view = m_chart->findChild<QGraphicsView *>();
    QVERIFY(view);
    QSet<QString> tips;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->toolTip().isEmpty())
            tips.insert(item->toolTip());
    }
    const QString deploy = u"Deploy v42\n"_s + at(m_start + 15 * minute).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const QString scale = u"Scaled 2 → 4\n"_s + at(m_start + 16 * minute).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(tips, (QSet<QString>{deploy, scale}));

    // The item under the marker's time carries its tooltip, so hovering there shows it.
    const QRect plot = m_chart->plotAreaRect();
    const QPoint onDeploy(plot.left() + qRound(plot.width() * 0.25), plot.center().y());
    QStringList under;
    for (QGraphicsItem *item : view->items(onDeploy))
        under.append(item->toolTip());
    QVERIFY2(under.contains(deploy), qPrintable(under.join(u'|')));

    m_chart->setMarkers({});
    for (QGraphicsItem *item : view->scene()->items())
        QCOMPARE(item->toolTip(), QString());
}

void TestMetricChartView::crowdedMarkersKeepTheirLinesButNotEveryFlag()
{
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    QList<ChartMarker> markers;
    for (int i = 0; i < 30; ++i) // one a minute: each flag overlaps the next
        markers.append(
            {m_start + (i + 1) * minute, ChartMarker::Kind::Scaling, u"Scaled %1 → %2"_s.arg(i).arg(i + 1)});
    m_chart->setMarkers(markers);
    auto *view = m_chart->findChild<QGraphicsView *>();
    int lines = 0;
    int flags = 0;
    const QRect plot = m_chart->plotAreaRect();
    for (QGraphicsItem *item : view->scene()->items()) {
        if (qgraphicsitem_cast<QGraphicsLineItem *>(item) && item->parentItem()
            && !item->parentItem()->toolTip().isEmpty())
            ++lines;
        auto *label = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
        if (label && label->parentItem() && !label->parentItem()->toolTip().isEmpty()) { // a marker's flag
            ++flags;
            const QRect drawn = view->mapFromScene(label->sceneBoundingRect()).boundingRect();
            QVERIFY(drawn.right() <= plot.right() + 1);                    // inside the plot
            QVERIFY(drawn.bottom() <= plot.top() + plot.height() / 3 + 2); // in its top third
        }
    }
    QCOMPARE(lines, 30); // every change is drawn and hoverable
    QVERIFY2(flags > 0 && flags < 30, qPrintable(QString::number(flags)));
}

void TestMetricChartView::backgroundFollowsThePalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    QPalette light = dark;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    light.setColor(QPalette::Text, QColor(0x10, 0x10, 0x10));

    m_chart->setPalette(dark);
    showChart();
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    m_chart->setSeries(threeInstancesOverAnHour());
    const QPoint corner(2, 2);
    QCOMPARE(m_chart->grab().toImage().pixelColor(corner), QColor(0x1e, 0x1e, 0x1e));
    m_chart->setPalette(light); // a palette change at run time, as when the system switches
    QCOMPARE(m_chart->grab().toImage().pixelColor(corner), QColor(0xff, 0xff, 0xff));
}

void TestMetricChartView::displayTimeZoneLabelsTheAxisAndTheCrosshair()
{
    showChart();
    m_chart->setUnit(QString());
    m_chart->setStepLines(true); // the crosshair reads the hovered minute, not the nearest point
    m_chart->setTimeRange(at(m_start), at(m_start + 24 * hour));
    m_chart->setSeries(
        {{u"replicas"_s, {QPointF(double(m_start), 2), QPointF(double(m_start + 24 * hour), 2)}}});
    QCoreApplication::processEvents();

    const QStringList localLabels = m_chart->timeAxisLabels();
    QVERIFY2(localLabels.size() >= 3, qPrintable(localLabels.join(u' ')));
    const qsizetype ticks = localLabels.size();
    const QTimeZone shanghai("Asia/Shanghai");
    QVERIFY(shanghai.isValid());
    QStringList expectedLocal;
    QStringList expectedShanghai;
    for (qsizetype i = 0; i < ticks; ++i) {
        const QDateTime tick = at(m_start + i * 24 * hour / (ticks - 1));
        expectedLocal.append(tick.toString(u"HH:mm"_s));
        expectedShanghai.append(tick.toTimeZone(shanghai).toString(u"HH:mm"_s));
    }
    QCOMPARE(localLabels, expectedLocal);

    m_chart->setDisplayTimeZone(shanghai);
    QCoreApplication::processEvents();
    QCOMPARE(m_chart->timeAxisLabels(), expectedShanghai);
    QCOMPARE(m_chart->timeAxisLabels().first(), u"08:00"_s);                      // 2024-05-01 00:00 UTC
    QCOMPARE(m_chart->xRange(), qMakePair(at(m_start), at(m_start + 24 * hour))); // the data did not move

    const QRect plot = m_chart->plotAreaRect();
    QTest::mouseMove(m_chart->chartViewport(), QPoint(plot.left() + plot.width() / 2, plot.top() + 20));
    const QDateTime noon = at(m_start + 12 * hour);
    QString time = u"2024-05-01 20:00:00 GMT+8"_s;
    if (noon.offsetFromUtc() != 8 * 3600)
        time += u" (local "_s + noon.toString(u"MM-dd HH:mm"_s) + u')';
    QCOMPARE(m_chart->crosshairText(), time + u"\nreplicas: 2"_s);

    m_chart->setDisplayTimeZone(QTimeZone()); // back to local time
    QCOMPARE(m_chart->timeAxisLabels(), expectedLocal);
}

void TestMetricChartView::stepLinesHoldEachValueUntilTheNext()
{
    showChart();
    m_chart->setUnit(QString());
    m_chart->setStepLines(true);
    m_chart->setTimeRange(at(m_start), at(m_start + hour));
    const ChartSeries replicas{u"replicas"_s,
                               {QPointF(double(m_start), 2), QPointF(double(m_start + 20 * minute), 4),
                                QPointF(double(m_start + 40 * minute), 1),
                                QPointF(double(m_start + hour), 1)}};
    m_chart->setSeries({replicas});
    QCOMPARE(m_chart->series(), QList<ChartSeries>{replicas});
    QCOMPARE(m_chart->drawnPointCount(u"replicas"_s), 6); // an edge before each of the two changes

    const QRect plot = m_chart->plotAreaRect();
    QTest::mouseMove(m_chart->chartViewport(), QPoint(plot.left() + plot.width() / 6, plot.top() + 20));
    QCOMPARE(m_chart->crosshairText(),
             at(m_start + 10 * minute).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"\nreplicas: 2"_s);
    QTest::mouseMove(m_chart->chartViewport(), QPoint(plot.left() + plot.width() / 2, plot.top() + 20));
    QCOMPARE(m_chart->crosshairText(),
             at(m_start + 30 * minute).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"\nreplicas: 4"_s);
    QTest::mouseMove(m_chart->chartViewport(), QPoint(plot.left() + plot.width() * 5 / 6, plot.top() + 20));
    QCOMPARE(m_chart->crosshairText(),
             at(m_start + 50 * minute).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"\nreplicas: 1"_s);
}

void TestMetricChartView::stepLinesAreNotThinned()
{
    showChart();
    m_chart->setStepLines(true);
    m_chart->setTimeRange(at(m_start), at(m_start + week));
    ChartSeries replicas{u"replicas"_s, {}};
    for (int i = 0; i < 2000; ++i) // a change every five minutes, more than the plot has pixels
        replicas.points.append(QPointF(double(m_start + i * 5 * minute), 1 + i % 2));
    m_chart->setSeries({replicas});
    QCoreApplication::processEvents();
    QVERIFY(m_chart->plotAreaRect().width() < 2000);
    QCOMPARE(m_chart->drawnPointCount(u"replicas"_s), 2000 + 1999);
}

QTEST_MAIN(TestMetricChartView)
#include "tst_metricchartview.moc"
