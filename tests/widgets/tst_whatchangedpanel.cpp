#include "core/itemroles.h"
#include "core/timelinemodel.h"
#include "widgets/messagebanner.h"
#include "widgets/metricchartview.h"
#include "widgets/whatchangedpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime s_now(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);

ChangeOrder order(const QString &id, const QString &type, ChangeOrderStatus status, int minutesAgo)
{
    ChangeOrder change;
    change.changeOrderId = id;
    change.coTypeCode = type;
    change.description = u"Release "_s + id;
    change.status = status;
    change.createdAt = s_now.addSecs(-60 * minutesAgo);
    change.finishedAt = change.createdAt.addSecs(310);
    return change;
}

AppEvent makeEvent(AppEvent::Type type, const QString &reason, const QString &message, int minutesAgo,
                   int count = 1)
{
    AppEvent result;
    result.type = type;
    result.typeText = AppEvent::toWire(type);
    result.reason = reason;
    result.message = message;
    result.objectKind = u"Pod"_s;
    result.objectName = u"order-service-7d9f-x2k4q"_s;
    result.firstSeen = s_now.addSecs(-60 * minutesAgo);
    result.lastSeen = result.firstSeen;
    result.count = count;
    return result;
}

/// Newest first: BackOff (5 min ago, 12 times over two sightings), the deploy (30), the scaling (90),
/// the restart (150), all inside the chart's three hours.
QList<TimelineEntry> sampleTimeline()
{
    return TimelineEntry::merge(
        {order(u"co-deploy"_s, u"CoDeploy"_s, ChangeOrderStatus::Failed, 30),
         order(u"co-restart"_s, u"CoRestartApplication"_s, ChangeOrderStatus::Succeeded, 150)},
        {makeEvent(AppEvent::Type::Warning, u"BackOff"_s, u"Back-off restarting failed container"_s, 5, 7),
         makeEvent(AppEvent::Type::Warning, u"BackOff"_s, u"Back-off restarting failed container"_s, 20, 5),
         makeEvent(AppEvent::Type::Normal, u"ScalingReplicaSet"_s, u"Scaled replica set order-service to 4"_s,
                   90),
         makeEvent(AppEvent::Type::Normal, u"Started"_s, u"Started container main"_s, 4)});
}

} // namespace

class TestWhatChangedPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void entriesShowNewestFirstWithMarkers();
    void filtersHideKindsFromTableAndChart();
    void selectingAnEntryHighlightsItsMarker();
    void doubleClickOpensChangeOrdersOnly();
    void errorBannerKeepsTheRows();
    void refreshAndLoading();
    void longerRangeAsksForTheMetric();
    void selectionFollowsRefreshes();
    void screenshots();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        T *found = m_panel->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QTableView *timeline() const { return child<QTableView>(u"whatChangedTimeline"_s); }
    MetricChartView *chart() const { return child<MetricChartView>(u"whatChangedChart"_s); }
    QString whatAt(int row) const
    {
        return timeline()->model()->index(row, TimelineModel::WhatColumn).data().toString();
    }
    QPoint rowCentre(int row) const
    {
        return timeline()->visualRect(timeline()->model()->index(row, TimelineModel::WhatColumn)).center();
    }
    void fill();

    WhatChangedPanel *m_panel = nullptr;
};

void TestWhatChangedPanel::init()
{
    m_panel = new WhatChangedPanel;
    m_panel->setClock([] { return s_now; });
    m_panel->resize(1100, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestWhatChangedPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

void TestWhatChangedPanel::fill()
{
    m_panel->setEntries(sampleTimeline());
    MetricSeries cpu;
    cpu.instanceId = u"order-service-7d9f-x2k4q"_s;
    for (int minute = 180; minute >= 0; minute -= 5) {
        MetricPoint point;
        point.timeMs = s_now.addSecs(-60 * minute).toMSecsSinceEpoch();
        point.average = minute < 30 ? 85 : 20;
        point.maximum = point.average + 5;
        cpu.points.append(point);
    }
    m_panel->setMetricSeries({cpu});
}

void TestWhatChangedPanel::entriesShowNewestFirstWithMarkers()
{
    QCOMPARE(m_panel->objectName(), u"whatChangedPanel"_s);
    QCOMPARE(child<QLabel>(u"whatChangedSummary"_s)->text(), u"No change orders, scaling or warnings"_s);
    fill();
    QCOMPARE(timeline()->model()->rowCount(), 4);
    QCOMPARE(whatAt(0), u"BackOff: Back-off restarting failed container ×12"_s);
    QCOMPARE(whatAt(1), u"Deploy · Failed"_s);
    QCOMPARE(whatAt(2), u"ScalingReplicaSet: Scaled replica set order-service to 4"_s);
    QCOMPARE(whatAt(3), u"Restart · Succeeded"_s);
    QCOMPARE(timeline()->model()->index(1, TimelineModel::WhatColumn).data(ItemRoles::IdRole).toString(),
             u"co-deploy"_s);
    QVERIFY(child<QLabel>(u"whatChangedSummary"_s)->text().startsWith(u"4 entr"_s)); // until plurals are in

    QCOMPARE(chart()->markers().size(), 4);
    QCOMPARE(chart()->markers().at(0).kind, ChartMarker::Kind::Warning);
    QCOMPARE(chart()->markers().at(0).label, u"BackOff ×12"_s);
    QCOMPARE(chart()->markers().at(1).kind, ChartMarker::Kind::Deployment);
    QCOMPARE(chart()->markers().at(2).kind, ChartMarker::Kind::Scaling);
    QCOMPARE(chart()->markers().at(3).kind, ChartMarker::Kind::Other);
    QCOMPARE(chart()->seriesNames(), (QStringList{u"Average"_s, u"Maximum"_s}));
    const auto [from, to] = chart()->xRange();
    QCOMPARE(from.toUTC(), s_now.addSecs(-3 * 3600));
    QCOMPARE(to.toUTC(), s_now);
}

void TestWhatChangedPanel::filtersHideKindsFromTableAndChart()
{
    fill();
    auto *warnings = child<QCheckBox>(u"whatChangedShowWarnings"_s);
    QTest::mouseClick(warnings, Qt::LeftButton, {}, QPoint(8, warnings->height() / 2));
    QVERIFY(!warnings->isChecked());
    QVERIFY(!m_panel->isKindShown(TimelineEntry::Kind::Warning));
    QCOMPARE(timeline()->model()->rowCount(), 3);
    QCOMPARE(whatAt(0), u"Deploy · Failed"_s);
    QCOMPARE(chart()->markers().size(), 3);
    QVERIFY(child<QLabel>(u"whatChangedSummary"_s)->text().startsWith(u"3 of 4 entr"_s));

    auto *changeOrders = child<QCheckBox>(u"whatChangedShowChangeOrders"_s);
    QTest::mouseClick(changeOrders, Qt::LeftButton, {}, QPoint(8, changeOrders->height() / 2));
    QCOMPARE(timeline()->model()->rowCount(), 1);
    QCOMPARE(whatAt(0), u"ScalingReplicaSet: Scaled replica set order-service to 4"_s);
    QCOMPARE(chart()->markers().size(), 1);

    auto *scaling = child<QCheckBox>(u"whatChangedShowScaling"_s);
    QTest::mouseClick(scaling, Qt::LeftButton, {}, QPoint(8, scaling->height() / 2));
    QCOMPARE(timeline()->model()->rowCount(), 0); // nothing chosen shows nothing
    QCOMPARE(chart()->markers().size(), 0);

    QTest::mouseClick(warnings, Qt::LeftButton, {}, QPoint(8, warnings->height() / 2));
    QCOMPARE(timeline()->model()->rowCount(), 1);
    QCOMPARE(whatAt(0), u"BackOff: Back-off restarting failed container ×12"_s);
}

void TestWhatChangedPanel::selectingAnEntryHighlightsItsMarker()
{
    fill();
    QCOMPARE(chart()->highlightedMarker(), -1);
    QTest::mouseClick(timeline()->viewport(), Qt::LeftButton, {}, rowCentre(1));
    QCOMPARE(chart()->highlightedMarker(), 1);
    QCOMPARE(chart()->markers().at(1).label, u"Deploy · Failed"_s);
    // Hiding the warnings moves the deploy to the first row and marker: still highlighted.
    auto *warnings = child<QCheckBox>(u"whatChangedShowWarnings"_s);
    QTest::mouseClick(warnings, Qt::LeftButton, {}, QPoint(8, warnings->height() / 2));
    QCOMPARE(chart()->highlightedMarker(), 0);
    QCOMPARE(chart()->markers().at(0).label, u"Deploy · Failed"_s);
}

void TestWhatChangedPanel::doubleClickOpensChangeOrdersOnly()
{
    fill();
    QSignalSpy opened(m_panel, &WhatChangedPanel::changeOrderOpened);
    // A double-click is a click and then a double-click event, as a real one arrives.
    QTest::mouseClick(timeline()->viewport(), Qt::LeftButton, {}, rowCentre(0));
    QTest::mouseDClick(timeline()->viewport(), Qt::LeftButton, {}, rowCentre(0));
    QCOMPARE(opened.size(), 0); // a warning has nothing to open
    QTest::mouseClick(timeline()->viewport(), Qt::LeftButton, {}, rowCentre(1));
    QTest::mouseDClick(timeline()->viewport(), Qt::LeftButton, {}, rowCentre(1));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.constFirst().constFirst().toString(), u"co-deploy"_s);
}

void TestWhatChangedPanel::errorBannerKeepsTheRows()
{
    fill();
    auto *banner = child<MessageBanner>(u"whatChangedErrorBanner"_s);
    QVERIFY(!banner->isVisible());
    const QString error =
        u"Could not load the events. Too many requests (Throttling.User, RequestId 5A1C-33F0)."_s;
    m_panel->setError(error);
    m_panel->setStaleSince(s_now.addSecs(-60));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), MessageBanner::Level::Error);
    QCOMPARE(banner->text(), error);
    QCOMPARE(timeline()->model()->rowCount(), 4);
    auto *stale = child<QLabel>(u"whatChangedStaleNotice"_s);
    QVERIFY(stale->isVisible());
    QVERIFY(stale->text().startsWith(u"⚠ Stale: data from "_s));

    m_panel->setError({});
    m_panel->setStaleSince({});
    QVERIFY(!banner->isVisible());
    QVERIFY(!stale->isVisible());

    m_panel->setMetricError(u"Could not load the metric. (RequestId 77)"_s);
    QCOMPARE(chart()->stateText(), u"Could not load the metric. (RequestId 77)"_s);

    m_panel->clear();
    QCOMPARE(timeline()->model()->rowCount(), 0);
    QCOMPARE(chart()->markers().size(), 0);
    QCOMPARE(chart()->seriesNames(), QStringList());
}

void TestWhatChangedPanel::refreshAndLoading()
{
    QSignalSpy refresh(m_panel, &WhatChangedPanel::refreshRequested);
    QTest::mouseClick(child<QPushButton>(u"whatChangedRefreshButton"_s), Qt::LeftButton);
    QCOMPARE(refresh.size(), 1);
    auto *loading = child<QLabel>(u"whatChangedLoadingNotice"_s);
    m_panel->setLoading(true);
    QVERIFY(loading->isVisible());
    QVERIFY(child<QLabel>(u"whatChangedSummary"_s)->text().startsWith(u"0 entr"_s));
    m_panel->setLoading(false);
    QVERIFY(!loading->isVisible());
}

void TestWhatChangedPanel::longerRangeAsksForTheMetric()
{
    fill();
    QSignalSpy changed(m_panel, &WhatChangedPanel::chartRangeChanged);
    auto *range = child<QComboBox>(u"whatChangedRange"_s);
    QCOMPARE(range->currentText(), u"Last 3 hours"_s);
    range->setFocus();
    QTest::keyClick(range, Qt::Key_Down);
    QCOMPARE(range->currentText(), u"Last 6 hours"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_panel->chartRange().first, s_now.addSecs(-6 * 3600));
    QCOMPARE(chart()->xRange().first.toUTC(), s_now.addSecs(-6 * 3600));
    QCOMPARE(chart()->markers().size(), 4); // the timeline stays as it was
}

void TestWhatChangedPanel::selectionFollowsRefreshes()
{
    fill();
    QTest::mouseClick(timeline()->viewport(), Qt::LeftButton, {}, rowCentre(2));
    QCOMPARE(timeline()->currentIndex().data(TimelineModel::KeyRole).toString(),
             sampleTimeline().at(2).key());
    // A new warning arrives on top: the selection stays on the scaling step, one row down.
    QList<TimelineEntry> refreshed = sampleTimeline();
    refreshed.prepend(TimelineEntry::merge({}, {makeEvent(AppEvent::Type::Warning, u"Unhealthy"_s,
                                                          u"Liveness probe failed"_s, 1)})
                          .constFirst());
    m_panel->setEntries(refreshed);
    QCOMPARE(timeline()->currentIndex().row(), 3);
    QCOMPARE(chart()->highlightedMarker(), 3);
}

void TestWhatChangedPanel::screenshots()
{
    // To look at the panel, light and dark: OPSCONSOLE_SCREENSHOTS=/some/dir.
    const QString directory = qEnvironmentVariable("OPSCONSOLE_SCREENSHOTS");
    if (directory.isEmpty())
        QSKIP("OPSCONSOLE_SCREENSHOTS is not set");
    fill();
    QTest::mouseClick(timeline()->viewport(), Qt::LeftButton, {}, rowCentre(1));
    QVERIFY(m_panel->grab().save(directory + u"/whatchangedpanel-light.png"_s));
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    cleanup();
    init();
    fill();
    QTest::mouseClick(timeline()->viewport(), Qt::LeftButton, {}, rowCentre(1));
    QVERIFY(m_panel->grab().save(directory + u"/whatchangedpanel-dark.png"_s));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestWhatChangedPanel)
#include "tst_whatchangedpanel.moc"
