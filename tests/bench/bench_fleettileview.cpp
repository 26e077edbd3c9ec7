// What the fleet page's tile grid costs with a 200-application fleet: one full paint of the grid
// (only the visible tiles are painted, so the viewport is made tall enough for all of them) into a
// QImage, and laying the tiles out again after a model reset of 200 rows. QBENCHMARK prints the
// numbers; nothing is asserted about time.

#include "core/fleettablemodel.h"
#include "widgets/fleettileview.h"

#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class BenchFleetTileView : public QObject
{
    Q_OBJECT

private slots:
    void paintTwoHundredTiles_data();
    void paintTwoHundredTiles();
    void paintOneScreenful();
    void layoutAfterAResetOfTwoHundredRows();

private:
    static QList<FleetRow> fleet(int generation)
    {
        const QDateTime now(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
        QList<FleetRow> rows;
        rows.reserve(200);
        for (int i = 0; i < 200; ++i) {
            FleetRow row;
            row.application.appId = u"app-%1-%2"_s.arg(generation).arg(i);
            row.application.appName = u"service-%1"_s.arg(i, 3, 10, QChar(u'0'));
            row.application.namespaceName = u"ns-%1"_s.arg(i % 9);
            row.application.regionId = i % 2 ? u"cn-shenzhen"_s : u"cn-hangzhou"_s;
            FleetHealth::Input input;
            input.targetInstances = row.application.targetInstances = 4;
            input.runningInstances = row.application.runningInstances = i % 7 == 0 ? 1 : 4;
            input.restartsLastHour = i % 5;
            row.health = FleetHealth::of(input, now);
            row.checkedAt = now.addSecs(-(i % 60));
            for (int p = 0; p < 60; ++p)
                row.trend.append(QPointF(double(now.addSecs(-3600 + p * 60).toMSecsSinceEpoch()),
                                         row.health.score + 10 * std::sin((p + i) / 6.0)));
            rows.append(row);
        }
        return rows;
    }
};

void BenchFleetTileView::paintTwoHundredTiles_data()
{
    QTest::addColumn<FleetTileView::Grouping>("grouping");
    QTest::addColumn<bool>("withTiles");
    QTest::newRow("ungrouped") << FleetTileView::Grouping::None << true;
    QTest::newRow("by namespace") << FleetTileView::Grouping::Namespace << true;
    // The same surface without tiles: what render() itself costs at that size.
    QTest::newRow("the surface alone") << FleetTileView::Grouping::None << false;
}

void BenchFleetTileView::paintTwoHundredTiles()
{
    QFETCH(FleetTileView::Grouping, grouping);
    QFETCH(bool, withTiles);
    FleetTableModel model;
    model.setFleet(fleet(0));
    FleetTileView view;
    view.setModel(&model);
    view.setGrouping(grouping);
    view.resize(1280, 800);
    const int height = view.verticalScrollBar()->maximum() + 800 + 40; // every tile visible
    view.resize(1280, height);
    if (!withTiles)
        model.clear();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        image.fill(Qt::transparent);
        QPainter painter(&image);
        view.render(&painter);
    }
    QCOMPARE(view.visibleAppIds().size(), withTiles ? 200 : 0);
}

void BenchFleetTileView::paintOneScreenful()
{
    // What a scroll or a refresh repaints at most: one 1280 x 800 viewport of tiles.
    FleetTableModel model;
    model.setFleet(fleet(0));
    FleetTileView view;
    view.setModel(&model);
    view.resize(1280, 800);
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        QPainter painter(&image);
        view.viewport()->render(&painter);
    }
    QVERIFY(view.visibleAppIds().size() >= 30);
}

void BenchFleetTileView::layoutAfterAResetOfTwoHundredRows()
{
    FleetTableModel model;
    FleetTileView view;
    view.setModel(&model);
    view.setGrouping(FleetTileView::Grouping::Namespace);
    view.resize(1280, 800);
    const QList<QList<FleetRow>> generations{fleet(1), fleet(2)};
    int generation = 0;
    QBENCHMARK
    {
        model.clear();
        model.setFleet(generations.at(++generation % 2)); // one reset and one insertion of 200 rows
    }
    QCOMPARE(view.tileCount(), 200);
}

QTEST_MAIN(BenchFleetTileView)
#include "bench_fleettileview.moc"
