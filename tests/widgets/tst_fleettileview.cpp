#include "core/fleettablemodel.h"
#include "widgets/fleettileview.h"
#include "widgets/statusdelegate.h"

#include <QAbstractItemModelTester>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestFleetTileView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tilesWrapInAGrid();
    void groupsHaveHeadersAndComeWorstFirst();
    void aClickSelectsAndADoubleClickOpens();
    void enterOpensAndArrowsMove();
    void aSparklineIsDrawnOnlyWithTwoPoints();
    void followsTheModel();
    void selectionSurvivesARefresh();
    void tooltipSaysEveryReasonAndTabChoosesTheFirst();
    void twoHundredTilesScroll();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC); }
    static FleetRow row(const QString &id, const QString &namespaceName, int target, int running,
                        const QString &region = u"cn-shenzhen"_s)
    {
        FleetRow fleetRow;
        fleetRow.application.appId = id;
        fleetRow.application.appName = id + u"-service"_s;
        fleetRow.application.namespaceName = namespaceName;
        fleetRow.application.regionId = region;
        fleetRow.application.targetInstances = target;
        fleetRow.application.runningInstances = running;
        FleetHealth::Input input;
        input.targetInstances = target;
        input.runningInstances = running;
        fleetRow.health = FleetHealth::of(input, now());
        fleetRow.checkedAt = now().addSecs(-12);
        return fleetRow;
    }
    /// Pixels of the severity colour in the bottom strip of a tile, right of its band.
    int severityPixelsInSparklineStrip(const QString &appId, int severity) const
    {
        const QImage image = m_view->viewport()->grab().toImage();
        const QRect tile = m_view->tileRect(appId);
        const QColor wanted = StatusDelegate::severityColor(severity, m_view->palette());
        int count = 0;
        for (int y = tile.bottom() - 22; y < tile.bottom() - 4; ++y) {
            for (int x = tile.left() + 10; x < tile.left() + tile.width() / 2; ++x) {
                const QColor pixel = image.pixelColor(x, y);
                count += (std::abs(pixel.red() - wanted.red()) < 40
                          && std::abs(pixel.green() - wanted.green()) < 40
                          && std::abs(pixel.blue() - wanted.blue()) < 40)
                             ? 1
                             : 0;
            }
        }
        return count;
    }

    std::unique_ptr<FleetTableModel> m_model;
    std::unique_ptr<FleetTileView> m_view;
};

void TestFleetTileView::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestFleetTileView::init()
{
    m_model = std::make_unique<FleetTableModel>();
    m_model->setReferenceTime(now());
    // In the model's order: a fine, b down (critical), c degraded (warning), d stopped.
    m_model->setFleet({row(u"a"_s, u"prod"_s, 4, 4), row(u"b"_s, u"prod"_s, 6, 0),
                       row(u"c"_s, u"staging"_s, 4, 3, u"cn-hangzhou"_s), row(u"d"_s, u"dev"_s, 0, 0)});
    m_view = std::make_unique<FleetTileView>();
    m_view->setModel(m_model.get());
    // Three tiles a line: 3 x 200 + 2 x 8 spacing + 2 x 8 margins, and the scroll bar.
    m_view->resize(650 + m_view->verticalScrollBar()->sizeHint().width(), 400);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestFleetTileView::cleanup()
{
    m_view.reset();
    m_model.reset();
}

void TestFleetTileView::tilesWrapInAGrid()
{
    QCOMPARE(m_view->tileCount(), 4);
    const QRect a = m_view->tileRect(u"a"_s);
    const QRect b = m_view->tileRect(u"b"_s);
    const QRect c = m_view->tileRect(u"c"_s);
    const QRect d = m_view->tileRect(u"d"_s);
    QCOMPARE(a.topLeft(), QPoint(8, 8));
    QCOMPARE(a.height(), FleetTileView::tileHeight);
    QVERIFY(a.width() >= FleetTileView::tileWidth);
    QCOMPARE(b.top(), a.top());
    QCOMPARE(b.left(), a.right() + 1 + 8);
    QCOMPARE(c.top(), a.top());
    QCOMPARE(d.left(), a.left()); // the fourth wraps
    QCOMPARE(d.top(), a.bottom() + 1 + 8);
    QVERIFY(m_view->tileRect(u"nope"_s).isEmpty());
    QVERIFY(m_view->groupHeaders().isEmpty());
    QCOMPARE(m_view->visibleAppIds(), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));

    // Narrower: two a line.
    m_view->resize(450 + m_view->verticalScrollBar()->width(), 400);
    QCOMPARE(m_view->tileRect(u"c"_s).left(), 8);
    QCOMPARE(m_view->tileRect(u"c"_s).top(), m_view->tileRect(u"a"_s).bottom() + 1 + 8);
}

void TestFleetTileView::groupsHaveHeadersAndComeWorstFirst()
{
    m_view->setGrouping(FleetTileView::Grouping::Namespace);
    QCOMPARE(m_view->grouping(), FleetTileView::Grouping::Namespace);
    // prod holds the worst tile (b, 40), then staging (c), then dev (d, stopped: score 100).
    QCOMPARE(m_view->groupHeaders(),
             (QStringList{u"prod — 1 of 2 need someone"_s, u"staging — 1 of 1 need someone"_s,
                          u"dev — 0 of 1 need someone"_s}));
    const QRect a = m_view->tileRect(u"a"_s);
    const QRect b = m_view->tileRect(u"b"_s);
    QCOMPARE(b.top(), a.top());
    QVERIFY(a.left() < b.left()); // the model's order within a group
    QVERIFY(a.top() > 8);         // below its header
    const QRect c = m_view->tileRect(u"c"_s);
    const QRect d = m_view->tileRect(u"d"_s);
    QVERIFY(c.top() > a.bottom());
    QVERIFY(d.top() > c.bottom());
    QCOMPARE(c.left(), 8);

    m_view->setGrouping(FleetTileView::Grouping::Region);
    QCOMPARE(m_view->groupHeaders(),
             (QStringList{u"cn-shenzhen — 1 of 3 need someone"_s, u"cn-hangzhou — 1 of 1 need someone"_s}));
    QVERIFY(m_view->tileRect(u"c"_s).top() > m_view->tileRect(u"d"_s).bottom());

    m_view->setGrouping(FleetTileView::Grouping::None);
    QVERIFY(m_view->groupHeaders().isEmpty());
    QCOMPARE(m_view->tileRect(u"a"_s).topLeft(), QPoint(8, 8));
}

void TestFleetTileView::aClickSelectsAndADoubleClickOpens()
{
    QSignalSpy opened(m_view.get(), &FleetTileView::applicationOpened);
    QSignalSpy current(m_view.get(), &FleetTileView::currentAppIdChanged);
    QCOMPARE(m_view->currentAppId(), QString());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->tileRect(u"c"_s).center());
    QCOMPARE(m_view->currentAppId(), u"c"_s);
    QCOMPARE(current.size(), 1);
    QCOMPARE(opened.size(), 0);
    // Between tiles: nothing changes.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(4, 4));
    QCOMPARE(m_view->currentAppId(), u"c"_s);

    const QPoint onB = m_view->tileRect(u"b"_s).center();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, onB);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, onB);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), u"b"_s);
    QCOMPARE(m_view->currentAppId(), u"b"_s);
}

void TestFleetTileView::enterOpensAndArrowsMove()
{
    QSignalSpy opened(m_view.get(), &FleetTileView::applicationOpened);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(opened.size(), 0); // nothing selected yet
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->currentAppId(), u"a"_s); // the first
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->currentAppId(), u"b"_s);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->currentAppId(), u"d"_s); // the only one on the next line
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_view->currentAppId(), u"a"_s); // the line above, nearest column
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->currentAppId(), u"d"_s);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->currentAppId(), u"d"_s); // stays at the end
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_view->currentAppId(), u"c"_s);
    QTest::keyClick(m_view.get(), Qt::Key_Enter);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0).first().toString(), u"c"_s);
    QCOMPARE(opened.at(1).first().toString(), u"c"_s);
}

void TestFleetTileView::aSparklineIsDrawnOnlyWithTwoPoints()
{
    // b is critical: its sparkline would be in the critical colour.
    const int critical = int(Severity::Critical);
    QCOMPARE(severityPixelsInSparklineStrip(u"b"_s, critical), 0);

    FleetRow b = *m_model->findRow(u"b"_s);
    const qint64 end = now().toMSecsSinceEpoch();
    b.trend = {QPointF(double(end), 40)};
    m_model->upsertRows({b});
    QCOMPARE(severityPixelsInSparklineStrip(u"b"_s, critical), 0); // one point: no line

    b.trend = {QPointF(double(end - 3'000'000), 100), QPointF(double(end - 1'500'000), 60),
               QPointF(double(end), 40)};
    m_model->upsertRows({b});
    QVERIFY(severityPixelsInSparklineStrip(u"b"_s, critical) > 20);

    // Out of range and older than an hour: drawn clamped and clipped, without harm.
    b.trend = {QPointF(double(end - 7'200'000), 100), QPointF(double(end - 60'000), 250),
               QPointF(double(end), -5)};
    m_model->upsertRows({b});
    QVERIFY(!m_view->viewport()->grab().isNull());
}

void TestFleetTileView::followsTheModel()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QRect a = m_view->tileRect(u"a"_s);

    // Inserted.
    m_model->upsertRows({row(u"e"_s, u"prod"_s, 2, 2)});
    QCOMPARE(m_view->tileCount(), 5);
    QCOMPARE(m_view->tileRect(u"e"_s).top(), m_view->tileRect(u"d"_s).top());
    QCOMPARE(m_view->tileRect(u"a"_s), a);

    // Removed: the others move up.
    m_model->removeRowsNotIn({u"b"_s, u"c"_s, u"d"_s, u"e"_s});
    QCOMPARE(m_view->tileCount(), 4);
    QVERIFY(m_view->tileRect(u"a"_s).isEmpty());
    QCOMPARE(m_view->tileRect(u"b"_s), a);
    QCOMPARE(m_view->tileRect(u"e"_s).left(), 8);

    // Changed in place: the tile stays; grouped, its group moves to the front.
    m_view->setGrouping(FleetTileView::Grouping::Namespace);
    QCOMPARE(m_view->groupHeaders().first(), u"prod — 1 of 2 need someone"_s);
    const QRect e = m_view->tileRect(u"e"_s);
    m_model->upsertRows({row(u"d"_s, u"dev"_s, 4, 0)}); // dev: 0 of 4 running, now worse than prod
    QCOMPARE(m_view->groupHeaders().first(), u"dev — 1 of 1 need someone"_s);
    QVERIFY(m_view->tileRect(u"d"_s).top() < m_view->tileRect(u"b"_s).top());
    QVERIFY(m_view->tileRect(u"e"_s) != e);

    // Only the freshness changed: nothing moves.
    const QRect d = m_view->tileRect(u"d"_s);
    m_model->setReferenceTime(now().addSecs(30));
    QCOMPARE(m_view->tileRect(u"d"_s), d);

    // Reset.
    m_model->clear();
    QCOMPARE(m_view->tileCount(), 0);
    QVERIFY(m_view->groupHeaders().isEmpty());
    QVERIFY(m_view->visibleAppIds().isEmpty());
    m_model->setFleet({row(u"x"_s, u"prod"_s, 1, 1)});
    QCOMPARE(m_view->tileCount(), 1);
}

void TestFleetTileView::selectionSurvivesARefresh()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->tileRect(u"c"_s).center());
    QCOMPARE(m_view->currentAppId(), u"c"_s);
    m_model->setFleet(
        {row(u"c"_s, u"staging"_s, 4, 4), row(u"b"_s, u"prod"_s, 6, 6), row(u"z"_s, u"prod"_s, 1, 1)});
    QCOMPARE(m_view->tileCount(), 3);
    QCOMPARE(m_view->currentAppId(), u"c"_s);
    QSignalSpy opened(m_view.get(), &FleetTileView::applicationOpened);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), u"c"_s);
}

void TestFleetTileView::tooltipSaysEveryReasonAndTabChoosesTheFirst()
{
    FleetRow c = *m_model->findRow(u"c"_s);
    c.health.reasons = QStringList{u"3 of 4 instances run"_s, u"6 Warning events"_s};
    m_model->upsertRows({c});
    const QPoint onC = m_view->tileRect(u"c"_s).center();
    QHelpEvent help(QEvent::ToolTip, onC, m_view->viewport()->mapToGlobal(onC));
    QCoreApplication::sendEvent(m_view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(),
             u"c-service: %1\n3 of 4 instances run\n6 Warning events"_s.arg(c.health.score));
    QToolTip::hideText();

    QCOMPARE(m_view->currentAppId(), QString());
    QFocusEvent tabbedIn(QEvent::FocusIn, Qt::TabFocusReason);
    QCoreApplication::sendEvent(m_view.get(), &tabbedIn);
    QCOMPARE(m_view->currentAppId(), u"a"_s);
}

void TestFleetTileView::twoHundredTilesScroll()
{
    QList<FleetRow> fleet;
    for (int i = 0; i < 200; ++i)
        fleet.append(
            row(u"app-%1"_s.arg(i, 3, 10, QChar(u'0')), u"ns-%1"_s.arg(i % 7), 4, i % 5 == 0 ? 1 : 4));
    m_model->setFleet(fleet);
    QCOMPARE(m_view->tileCount(), 200);
    QScrollBar *bar = m_view->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    const QStringList top = m_view->visibleAppIds();
    QVERIFY(top.size() < 30);
    QCOMPARE(top.first(), u"app-000"_s);

    QSignalSpy visible(m_view.get(), &FleetTileView::visibleTilesChanged);
    bar->setValue(bar->maximum());
    QVERIFY(visible.size() >= 1);
    QVERIFY(m_view->visibleAppIds().contains(u"app-199"_s));
    QVERIFY(!m_view->visibleAppIds().contains(u"app-000"_s));
    QVERIFY(m_view->viewport()->rect().contains(m_view->tileRect(u"app-199"_s)));

    // The keyboard scrolls to the selection.
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->currentAppId(), u"app-000"_s);
    QCOMPARE(bar->value(), 0);
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(m_view.get(), Qt::Key_Down);
    const QString tenLinesDown = m_view->currentAppId();
    QVERIFY(m_view->viewport()->rect().contains(m_view->tileRect(tenLinesDown)));
    QVERIFY(bar->value() > 0);

    // A click on a scrolled tile selects that one.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->tileRect(tenLinesDown).center());
    QCOMPARE(m_view->currentAppId(), tenLinesDown);

    // Grouped, too.
    m_view->setGrouping(FleetTileView::Grouping::Namespace);
    QCOMPARE(m_view->groupHeaders().size(), 7);
    QCOMPARE(m_view->tileCount(), 200);
    QVERIFY(!m_view->grab().isNull());
}

QTEST_MAIN(TestFleetTileView)
#include "tst_fleettileview.moc"
