#include "widgets/metricchartview.h"
#include "widgets/monitoringpanel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

/**
 * The Monitoring tab through its buttons: ranges from a fixed clock, custom range validation,
 * aggregation without refetching, and zoom and hidden instances shared by all five charts.
 */
class TestMonitoringPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultsToTheLastHour();
    void presetButtonsAskForTheirSpanUpToNow_data();
    void presetButtonsAskForTheirSpanUpToNow();
    void customRangeIsValidatedNextToTheFields();
    void customRangeIsAskedForAndReplacesThePreset();
    void aggregationRefoldsWithoutRefetching();
    void zoomOnOneChartZoomsAll();
    void legendToggleHidesTheInstanceEverywhere();
    void perMetricLoadingAndErrors();
    void clearForgetsDataZoomAndHiddenInstances();

private:
    template <typename T>
    T *find(const QString &objectName) const
    {
        auto *widget = m_panel->findChild<T *>(objectName);
        if (!widget)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(objectName));
        return widget;
    }
    QList<MetricSeries> threeInstances(const QString &metricName) const;
    void showPanel();
    void fillAllMetrics();

    std::unique_ptr<MonitoringPanel> m_panel;
    QDateTime m_now;
};

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
const QStringList metricNames = {u"cpu"_s, u"memoryPercent"_s, u"qps"_s, u"rt"_s, u"restartCount"_s};

} // namespace

void TestMonitoringPanel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestMonitoringPanel::init()
{
    m_now = QDateTime(QDate(2024, 5, 8), QTime(12, 0), Qt::LocalTime);
    m_panel = std::make_unique<MonitoringPanel>();
    m_panel->setClock([this] { return m_now; });
}

void TestMonitoringPanel::cleanup()
{
    m_panel.reset();
}

QList<MetricSeries> TestMonitoringPanel::threeInstances(const QString &metricName) const
{
    QList<MetricSeries> series;
    const qint64 start = m_now.toMSecsSinceEpoch() - hour;
    for (int instance = 0; instance < 3; ++instance) {
        MetricSeries one{metricName, u"app-1"_s, u"order-service-7d9f5-i%1"_s.arg(instance), 60, {}};
        for (int i = 0; i <= 60; ++i) {
            const double value = 10.0 * (instance + 1) + i % 7;
            one.points.append({start + i * minute, value, value + 5, value - 5});
        }
        series.append(one);
    }
    return series;
}

void TestMonitoringPanel::showPanel()
{
    m_panel->resize(1000, 1400); // every chart visible, none scrolled away
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QCoreApplication::processEvents();
}

void TestMonitoringPanel::fillAllMetrics()
{
    for (const QString &name : metricNames)
        m_panel->setMetricSeries(name, threeInstances(name));
    QCoreApplication::processEvents();
}

void TestMonitoringPanel::defaultsToTheLastHour()
{
    QCOMPARE(m_panel->currentRange(), qMakePair(m_now.addMSecs(-hour), m_now));
    QVERIFY(find<QToolButton>(u"range1h"_s)->isChecked());
    QSignalSpy requested(m_panel.get(), &MonitoringPanel::rangeRequested);
    m_panel->requestCurrentRange();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toDateTime(), m_now.addMSecs(-hour));
    QCOMPARE(requested.at(0).at(1).toDateTime(), m_now);
    for (const QString &name : metricNames) {
        QVERIFY2(m_panel->chart(name), qPrintable(name));
        QCOMPARE(m_panel->chart(name)->xRange(), qMakePair(m_now.addMSecs(-hour), m_now));
    }
    QCOMPARE(m_panel->chart(u"unknown"_s), nullptr);
}

void TestMonitoringPanel::presetButtonsAskForTheirSpanUpToNow_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<qint64>("span");
    QTest::newRow("6 h") << u"range6h"_s << 6 * hour;
    QTest::newRow("24 h") << u"range24h"_s << day;
    QTest::newRow("7 d") << u"range7d"_s << 7 * day;
    QTest::newRow("1 h") << u"range1h"_s << hour;
}

void TestMonitoringPanel::presetButtonsAskForTheirSpanUpToNow()
{
    QFETCH(QString, button);
    QFETCH(qint64, span);
    showPanel();
    QSignalSpy requested(m_panel.get(), &MonitoringPanel::rangeRequested);
    QTest::mouseClick(find<QToolButton>(button), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toDateTime(), m_now.addMSecs(-span));
    QCOMPARE(requested.at(0).at(1).toDateTime(), m_now);
    QVERIFY(find<QToolButton>(button)->isChecked());
    QCOMPARE(m_panel->currentRange(), qMakePair(m_now.addMSecs(-span), m_now));
    QCOMPARE(m_panel->chart(u"rt"_s)->xRange(), qMakePair(m_now.addMSecs(-span), m_now));

    // Later, requestCurrentRange() asks for the same span up to the new "now".
    m_now = m_now.addSecs(300);
    m_panel->requestCurrentRange();
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).toDateTime(), m_now.addMSecs(-span));
}

void TestMonitoringPanel::customRangeIsValidatedNextToTheFields()
{
    showPanel();
    QSignalSpy requested(m_panel.get(), &MonitoringPanel::rangeRequested);
    auto *editor = find<QWidget>(u"customRangeEditor"_s);
    QVERIFY(!editor->isVisible());
    QTest::mouseClick(find<QToolButton>(u"rangeCustom"_s), Qt::LeftButton);
    QVERIFY(editor->isVisible());
    auto *from = find<QDateTimeEdit>(u"customFrom"_s);
    auto *to = find<QDateTimeEdit>(u"customTo"_s);
    auto *message = find<QLabel>(u"customMessage"_s);
    QCOMPARE(from->dateTime(), m_now.addMSecs(-hour)); // it starts from the current range
    QCOMPARE(to->dateTime(), m_now);

    from->setDateTime(m_now.addSecs(-600));
    to->setDateTime(m_now.addSecs(-1200));
    QTest::mouseClick(find<QPushButton>(u"customApply"_s), Qt::LeftButton);
    QCOMPARE(message->text(), u"The start must be before the end."_s);
    to->setDateTime(from->dateTime());
    QTest::mouseClick(find<QPushButton>(u"customApply"_s), Qt::LeftButton);
    QCOMPARE(message->text(), u"The start must be before the end."_s);

    from->setDateTime(m_now.addDays(-8));
    to->setDateTime(m_now.addDays(-6));
    QTest::mouseClick(find<QPushButton>(u"customApply"_s), Qt::LeftButton);
    QCOMPARE(message->text(), u"Monitoring data goes back 7 days: start at 2024-05-01 12:00 or later."_s);
    QCOMPARE(requested.count(), 0);
    QVERIFY(find<QToolButton>(u"range1h"_s)->isChecked()); // nothing changed
    QCOMPARE(m_panel->currentRange(), qMakePair(m_now.addMSecs(-hour), m_now));

    QTest::mouseClick(find<QToolButton>(u"rangeCustom"_s), Qt::LeftButton);
    QVERIFY(!editor->isVisible());
}

void TestMonitoringPanel::customRangeIsAskedForAndReplacesThePreset()
{
    showPanel();
    QSignalSpy requested(m_panel.get(), &MonitoringPanel::rangeRequested);
    QTest::mouseClick(find<QToolButton>(u"rangeCustom"_s), Qt::LeftButton);
    const QDateTime from = m_now.addDays(-7); // exactly the oldest allowed
    const QDateTime to = m_now.addDays(-6).addSecs(-1800);
    find<QDateTimeEdit>(u"customFrom"_s)->setDateTime(from);
    find<QDateTimeEdit>(u"customTo"_s)->setDateTime(to);
    QTest::mouseClick(find<QPushButton>(u"customApply"_s), Qt::LeftButton);

    QCOMPARE(find<QLabel>(u"customMessage"_s)->text(), QString());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toDateTime(), from);
    QCOMPARE(requested.at(0).at(1).toDateTime(), to);
    QCOMPARE(m_panel->currentRange(), qMakePair(from, to));
    QCOMPARE(m_panel->chart(u"cpu"_s)->xRange(), qMakePair(from, to));
    for (const QString &preset : {u"range1h"_s, u"range6h"_s, u"range24h"_s, u"range7d"_s})
        QVERIFY2(!find<QToolButton>(preset)->isChecked(), qPrintable(preset));

    // A custom range stays put while the clock moves; a preset takes over again.
    m_now = m_now.addSecs(600);
    QCOMPARE(m_panel->currentRange(), qMakePair(from, to));
    QTest::mouseClick(find<QToolButton>(u"range24h"_s), Qt::LeftButton);
    QCOMPARE(m_panel->currentRange(), qMakePair(m_now.addMSecs(-day), m_now));
    QVERIFY(!find<QToolButton>(u"rangeCustom"_s)->isChecked());
    QVERIFY(!find<QWidget>(u"customRangeEditor"_s)->isVisible());
}

void TestMonitoringPanel::aggregationRefoldsWithoutRefetching()
{
    showPanel();
    fillAllMetrics();
    QSignalSpy requested(m_panel.get(), &MonitoringPanel::rangeRequested);
    MetricChartView *cpu = m_panel->chart(u"cpu"_s);
    QCOMPARE(cpu->seriesNames(), (QStringList{u"i0"_s, u"i1"_s, u"i2"_s}));

    auto *combo = find<QComboBox>(u"aggregation"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), u"Average"_s);
    QCOMPARE(m_panel->aggregationMode(), MetricAggregationMode::Average);
    QCOMPARE(cpu->seriesNames(), QStringList{u"Average"_s});
    QCOMPARE(m_panel->chart(u"restartCount"_s)->seriesNames(), QStringList{u"Average"_s});
    QCOMPARE(cpu->drawnPointCount(u"Average"_s), 61);

    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(cpu->seriesNames(), QStringList{u"Maximum"_s});
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(cpu->seriesNames(), (QStringList{u"i0"_s, u"i1"_s, u"i2"_s}));
    QCOMPARE(requested.count(), 0);

    // New data arrives in the chosen mode.
    QTest::keyClick(combo, Qt::Key_End);
    m_panel->setMetricSeries(u"qps"_s, threeInstances(u"qps"_s));
    QCOMPARE(m_panel->chart(u"qps"_s)->seriesNames(), QStringList{u"Maximum"_s});
}

void TestMonitoringPanel::zoomOnOneChartZoomsAll()
{
    showPanel();
    fillAllMetrics();
    auto *reset = find<QToolButton>(u"resetZoom"_s);
    QVERIFY(!reset->isEnabled());

    MetricChartView *memory = m_panel->chart(u"memoryPercent"_s);
    const QRect plot = memory->plotAreaRect();
    const QPoint start(plot.left() + plot.width() / 5, plot.center().y());
    const QPoint end(plot.left() + plot.width() * 2 / 5, plot.center().y());
    QTest::mousePress(memory->chartViewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(memory->chartViewport(), end);
    QTest::mouseRelease(memory->chartViewport(), Qt::LeftButton, {}, end);

    QVERIFY(memory->isZoomed());
    const auto zoomed = memory->xRange();
    QVERIFY(zoomed.second.toMSecsSinceEpoch() - zoomed.first.toMSecsSinceEpoch() < 15 * minute);
    for (const QString &name : metricNames) {
        QVERIFY2(m_panel->chart(name)->isZoomed(), qPrintable(name));
        QCOMPARE(m_panel->chart(name)->xRange(), zoomed);
    }
    QVERIFY(reset->isEnabled());

    // A double-click on another chart resets them all, as does the button.
    MetricChartView *rt = m_panel->chart(u"rt"_s);
    const QPoint centre = rt->plotAreaRect().center();
    QTest::mouseDClick(rt->chartViewport(), Qt::LeftButton, {}, centre);
    QTest::mouseRelease(rt->chartViewport(), Qt::LeftButton, {}, centre);
    for (const QString &name : metricNames) {
        QVERIFY2(!m_panel->chart(name)->isZoomed(), qPrintable(name));
        QCOMPARE(m_panel->chart(name)->xRange(), qMakePair(m_now.addMSecs(-hour), m_now));
    }
    QVERIFY(!reset->isEnabled());

    QTest::mousePress(memory->chartViewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(memory->chartViewport(), end);
    QTest::mouseRelease(memory->chartViewport(), Qt::LeftButton, {}, end);
    QVERIFY(m_panel->chart(u"cpu"_s)->isZoomed());
    QTest::mouseClick(reset, Qt::LeftButton);
    for (const QString &name : metricNames)
        QVERIFY2(!m_panel->chart(name)->isZoomed(), qPrintable(name));

    // Picking another range drops a zoom as well.
    QTest::mousePress(memory->chartViewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(memory->chartViewport(), end);
    QTest::mouseRelease(memory->chartViewport(), Qt::LeftButton, {}, end);
    QTest::mouseClick(find<QToolButton>(u"range6h"_s), Qt::LeftButton);
    for (const QString &name : metricNames)
        QVERIFY2(!m_panel->chart(name)->isZoomed(), qPrintable(name));
}

void TestMonitoringPanel::legendToggleHidesTheInstanceEverywhere()
{
    showPanel();
    fillAllMetrics();
    MetricChartView *qps = m_panel->chart(u"qps"_s);
    const QPoint entry = qps->legendEntryPosition(u"i1"_s);
    QVERIFY(!entry.isNull());
    QTest::mouseClick(qps->chartViewport(), Qt::LeftButton, {}, entry);
    for (const QString &name : metricNames) {
        QVERIFY2(!m_panel->chart(name)->isSeriesVisible(u"i1"_s), qPrintable(name));
        QVERIFY2(m_panel->chart(name)->isSeriesVisible(u"i0"_s), qPrintable(name));
    }
    // Still hidden when the next refresh arrives.
    fillAllMetrics();
    QVERIFY(!m_panel->chart(u"cpu"_s)->isSeriesVisible(u"i1"_s));
    QCOMPARE(m_panel->chart(u"cpu"_s)->drawnPointCount(u"i1"_s), 0);

    MetricChartView *cpu = m_panel->chart(u"cpu"_s);
    QTest::mouseClick(cpu->chartViewport(), Qt::LeftButton, {}, cpu->legendEntryPosition(u"i1"_s));
    for (const QString &name : metricNames)
        QVERIFY2(m_panel->chart(name)->isSeriesVisible(u"i1"_s), qPrintable(name));
    QCOMPARE(cpu->drawnPointCount(u"i1"_s), 61);
}

void TestMonitoringPanel::perMetricLoadingAndErrors()
{
    showPanel();
    m_panel->setMetricLoading(u"cpu"_s);
    m_panel->setMetricLoading(u"rt"_s);
    QCOMPARE(m_panel->chart(u"cpu"_s)->stateText(), u"Loading…"_s);
    QCOMPARE(m_panel->chart(u"qps"_s)->stateText(), u"No data for this period"_s);
    m_panel->setMetricSeries(u"cpu"_s, threeInstances(u"cpu"_s));
    QCOMPARE(m_panel->chart(u"cpu"_s)->stateText(), QString());
    m_panel->setMetricError(u"rt"_s, u"Throttling.User (RequestId 7F3A)"_s);
    QCOMPARE(m_panel->chart(u"rt"_s)->stateText(), u"Throttling.User (RequestId 7F3A)"_s);
    // The next good answer clears the error.
    m_panel->setMetricSeries(u"rt"_s, threeInstances(u"rt"_s));
    QCOMPARE(m_panel->chart(u"rt"_s)->stateText(), QString());
    m_panel->setMetricError(u"nonsense"_s, u"ignored"_s);
}

void TestMonitoringPanel::clearForgetsDataZoomAndHiddenInstances()
{
    showPanel();
    fillAllMetrics();
    m_panel->setMarkers({{m_now.toMSecsSinceEpoch() - 30 * minute, ChartMarker::Kind::Deployment, u"v2"_s}});
    MetricChartView *cpu = m_panel->chart(u"cpu"_s);
    QTest::mouseClick(cpu->chartViewport(), Qt::LeftButton, {}, cpu->legendEntryPosition(u"i2"_s));
    m_panel->chart(u"rt"_s)->setZoom(m_now.addSecs(-600), m_now);
    m_panel->setMetricError(u"qps"_s, u"boom"_s);

    m_panel->clear();
    for (const QString &name : metricNames) {
        MetricChartView *chart = m_panel->chart(name);
        QCOMPARE(chart->seriesNames(), QStringList());
        QVERIFY2(!chart->isZoomed(), qPrintable(name));
        QVERIFY2(chart->isSeriesVisible(u"i2"_s), qPrintable(name));
        QCOMPARE(chart->stateText(), u"No data for this period"_s);
    }
    QVERIFY(!find<QToolButton>(u"resetZoom"_s)->isEnabled());
}

QTEST_MAIN(TestMonitoringPanel)
#include "tst_monitoringpanel.moc"
