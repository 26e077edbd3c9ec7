// The What changed tab end to end: the real window and DetailController against the emulator
// over loopback, for order-service, which crash-loops in the retail fleet.

#include "consoletestbase.h"
#include "core/timelineentry.h"
#include "core/timelinemodel.h"
#include "translations.h"
#include "widgets/metricchartview.h"
#include "widgets/whatchangedpanel.h"

#include <QComboBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

class TestWhatChangedFlow
    : public QObject
    , private ConsoleTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void crashLoopingApplicationShowsItsDeployAndWarnings();
};

void TestWhatChangedFlow::initTestCase()
{
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestWhatChangedFlow::init()
{
    QVERIFY(createConsole(this));
    // "The last three hours" are the emulator's.
    m_window->detail()->whatChangedPanel()->setClock([this] { return m_local->emulator().clock().now(); });
    QVERIFY(showConsole());
}

void TestWhatChangedFlow::cleanup()
{
    destroyConsole();
}

void TestWhatChangedFlow::crashLoopingApplicationShowsItsDeployAndWarnings()
{
    startConsole();
    // Twenty minutes of trouble: the crash loop's BackOff and Unhealthy events pile up.
    m_local->emulator().clock().advance(20 * 60 * 1000);
    openApplication(u"order-service"_s, u"prod"_s);

    // The Events tab reads the events; What changed takes them from there instead of again.
    QSignalSpy loaded(m_details.get(), &DetailController::pageLoaded);
    clickTab(DetailPage::Events);
    QTRY_VERIFY(!loaded.isEmpty());
    const int eventCalls = sentCalls(u"ListAppEvents"_s);
    QVERIFY(eventCalls >= 1);
    const int changeOrderCalls = sentCalls(u"ListChangeOrders"_s);
    const int metricCalls = sentCalls(u"DescribeMetricList"_s);

    loaded.clear();
    clickTab(DetailPage::WhatChanged);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.constFirst().at(0).value<DetailPage>(), DetailPage::WhatChanged);
    QCOMPARE(loaded.constFirst().at(1).toBool(), true);
    QCOMPARE(sentCalls(u"ListAppEvents"_s), eventCalls);
    QCOMPARE(sentCalls(u"ListChangeOrders"_s), changeOrderCalls + 1);
    QCOMPARE(sentCalls(u"DescribeMetricList"_s), metricCalls + 1);

    WhatChangedPanel *panel = m_window->detail()->whatChangedPanel();
    QTableView *timeline = table(u"whatChangedTimeline"_s);
    QVERIFY(timeline->model()->rowCount() > 0);
    bool deploy = false;
    bool backOff = false;
    bool unhealthy = false;
    QDateTime previous;
    for (int row = 0; row < timeline->model()->rowCount(); ++row) {
        const QModelIndex index = timeline->model()->index(row, TimelineModel::WhatColumn);
        const QString what = index.data().toString();
        const auto kind = TimelineEntry::Kind(index.data(TimelineModel::KindRole).toInt());
        deploy = deploy
                 || (kind == TimelineEntry::Kind::ChangeOrder && what.startsWith(u"Deploy · "_s)
                     && !index.data(ItemRoles::IdRole).toString().isEmpty());
        backOff = backOff || (kind == TimelineEntry::Kind::Warning && what.startsWith(u"BackOff: "_s));
        unhealthy = unhealthy || (kind == TimelineEntry::Kind::Warning && what.startsWith(u"Unhealthy: "_s));
        const QDateTime time = index.data(TimelineModel::TimeRole).toDateTime();
        if (previous.isValid())
            QVERIFY2(time <= previous, qPrintable(what)); // newest first
        previous = time;
    }
    QVERIFY(deploy);
    QVERIFY(backOff);
    QVERIFY(unhealthy);

    // The chart: the CPU of the last three hours, with the warnings of the crash loop on it.
    MetricChartView *chart = panel->chart();
    QCOMPARE(chart->objectName(), u"whatChangedChart"_s);
    QCOMPARE(chart->seriesNames(), (QStringList{u"Average"_s, u"Maximum"_s}));
    const QDateTime now = m_local->emulator().clock().now();
    QCOMPARE(chart->xRange().second.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
    QVERIFY(!chart->markers().isEmpty());
    bool warningMarker = false;
    for (const ChartMarker &marker : chart->markers())
        warningMarker = warningMarker || marker.kind == ChartMarker::Kind::Warning;
    QVERIFY(warningMarker);

    // Six hours reach back to the deploy that went out just before the crash loop began: its
    // marker is on the chart, and only the metric was read again.
    bool deployMarker = false;
    for (const ChartMarker &marker : chart->markers())
        deployMarker = deployMarker
                       || (marker.kind == ChartMarker::Kind::Deployment
                           && chart->xRange().first.toMSecsSinceEpoch() <= marker.timeMs);
    QVERIFY(!deployMarker); // 3 h 45 min ago: outside the default three hours
    loaded.clear();
    auto *range = panel->findChild<QComboBox *>(u"whatChangedRange"_s);
    range->setFocus();
    QTest::keyClick(range, Qt::Key_Down);
    QTRY_COMPARE(loaded.size(), 1);
    // Six hours of six instances are two of CloudMonitor's pages.
    const int metricCallsFor6h = sentCalls(u"DescribeMetricList"_s);
    QVERIFY(metricCallsFor6h >= metricCalls + 2);
    QCOMPARE(sentCalls(u"ListChangeOrders"_s), changeOrderCalls + 1);
    QCOMPARE(sentCalls(u"ListAppEvents"_s), eventCalls);
    QCOMPARE(chart->xRange().first.secsTo(chart->xRange().second), 6 * 3600);
    for (const ChartMarker &marker : chart->markers())
        deployMarker = deployMarker
                       || (marker.kind == ChartMarker::Kind::Deployment
                           && chart->xRange().first.toMSecsSinceEpoch() <= marker.timeMs);
    QVERIFY(deployMarker);

    // Refresh reads it all again.
    loaded.clear();
    QTest::mouseClick(panel->findChild<QPushButton *>(u"whatChangedRefreshButton"_s), Qt::LeftButton);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(sentCalls(u"ListAppEvents"_s), eventCalls + 1);
    QCOMPARE(sentCalls(u"ListChangeOrders"_s), changeOrderCalls + 2);
    QVERIFY(sentCalls(u"DescribeMetricList"_s) > metricCallsFor6h);
    QCOMPARE(m_window->errorText(), QString());
}

QTEST_MAIN(TestWhatChangedFlow)
#include "tst_whatchangedflow.moc"
