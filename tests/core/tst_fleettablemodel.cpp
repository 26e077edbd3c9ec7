#include "core/fleettablemodel.h"
#include "core/itemroles.h"

#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFleetTableModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsSayWhatIsWrong();
    void healthSortsWorstFirst();
    void rowsAreKeptAcrossRefreshes();
    void freshnessIsRelativeToTheReferenceTime();
    void unhealthyOnlyFilterUsesNeedsAttention();
    void changeOrderRolesSayChangingAndWaiting();
    void trendAndScoreAreOnEveryColumn();
    void aStoppedApplicationHasNoScoreToRead();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC); }
    static FleetRow row(const QString &id, const QString &name, int target, int running, qint64 abnormal = 0)
    {
        FleetRow fleetRow;
        fleetRow.application.appId = id;
        fleetRow.application.appName = name;
        fleetRow.application.namespaceId = u"cn-shenzhen:prod"_s;
        fleetRow.application.namespaceName = u"prod"_s;
        fleetRow.application.regionId = u"cn-shenzhen"_s;
        fleetRow.application.targetInstances = target;
        fleetRow.application.runningInstances = running;
        FleetHealth::Input input;
        input.targetInstances = target;
        input.runningInstances = running;
        input.abnormalInstances = abnormal;
        fleetRow.health = FleetHealth::of(input, now());
        fleetRow.checkedAt = now().addSecs(-42);
        return fleetRow;
    }
};

void TestFleetTableModel::columnsSayWhatIsWrong()
{
    FleetTableModel model;
    model.setReferenceTime(now());
    model.setFleet({row(u"a"_s, u"order-service"_s, 6, 0)});
    QCOMPARE(model.columnCount(), int(FleetTableModel::ColumnCount));
    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(FleetTableModel::HealthColumn).toString(), u"40"_s);
    QCOMPARE(cell(FleetTableModel::ApplicationColumn).toString(), u"order-service"_s);
    QCOMPARE(cell(FleetTableModel::NamespaceColumn).toString(), u"prod"_s);
    QCOMPARE(cell(FleetTableModel::RegionColumn).toString(), u"cn-shenzhen"_s);
    QCOMPARE(cell(FleetTableModel::InstancesColumn).toString(), u"0 / 6"_s);
    QCOMPARE(cell(FleetTableModel::ProblemsColumn).toString(), u"No instance runs (0 of 6)"_s);
    QCOMPARE(cell(FleetTableModel::CheckedColumn).toString(), u"42s ago"_s);
    QCOMPARE(cell(FleetTableModel::HealthColumn, ItemRoles::SeverityRole).toInt(), int(Severity::Critical));
    QCOMPARE(cell(FleetTableModel::HealthColumn, ItemRoles::IdRole).toString(), u"a"_s);
    QCOMPARE(model.headerData(FleetTableModel::ProblemsColumn, Qt::Horizontal).toString(),
             u"What is wrong"_s);
}

void TestFleetTableModel::healthSortsWorstFirst()
{
    FleetTableModel model;
    model.setFleet(
        {row(u"a"_s, u"fine"_s, 4, 4), row(u"b"_s, u"down"_s, 4, 0), row(u"c"_s, u"degraded"_s, 4, 3)});
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ItemRoles::SortRole);
    sorted.sort(FleetTableModel::HealthColumn, Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < sorted.rowCount(); ++r)
        order.append(sorted.index(r, FleetTableModel::ApplicationColumn).data().toString());
    QCOMPARE(order, (QStringList{u"down"_s, u"degraded"_s, u"fine"_s}));
}

void TestFleetTableModel::rowsAreKeptAcrossRefreshes()
{
    FleetTableModel model;
    model.setFleet({row(u"a"_s, u"one"_s, 2, 2), row(u"b"_s, u"two"_s, 2, 2)});
    const QPersistentModelIndex second = model.index(1, 0);
    model.setFleet({row(u"a"_s, u"one"_s, 2, 2), row(u"b"_s, u"two"_s, 2, 1)});
    QVERIFY(second.isValid());
    QCOMPARE(second.row(), 1);
    QCOMPARE(model.index(1, FleetTableModel::InstancesColumn).data().toString(), u"1 / 2"_s);
    model.setFleet({row(u"b"_s, u"two"_s, 2, 1)});
    QCOMPARE(model.rowCount(), 1);
}

void TestFleetTableModel::freshnessIsRelativeToTheReferenceTime()
{
    FleetTableModel model;
    FleetRow unread = row(u"a"_s, u"one"_s, 2, 2);
    unread.checkedAt = {};
    model.setFleet({unread, row(u"b"_s, u"two"_s, 2, 2)});
    model.setReferenceTime(now().addSecs(60));
    QCOMPARE(model.index(0, FleetTableModel::CheckedColumn).data().toString(), u"…"_s);
    QCOMPARE(model.index(1, FleetTableModel::CheckedColumn).data().toString(), u"1m ago"_s);
}

void TestFleetTableModel::unhealthyOnlyFilterUsesNeedsAttention()
{
    FleetTableModel model;
    FleetRow stopped = row(u"d"_s, u"stopped"_s, 0, 0);
    model.setFleet({row(u"a"_s, u"fine"_s, 4, 4), row(u"b"_s, u"down"_s, 4, 0),
                    row(u"c"_s, u"abnormal"_s, 4, 4, 1), stopped});
    QCOMPARE(model.unhealthyCount(), 2);
    QSortFilterProxyModel unhealthy;
    unhealthy.setSourceModel(&model);
    unhealthy.setFilterRole(ItemRoles::NeedsAttentionRole);
    unhealthy.setFilterFixedString(u"true"_s);
    QCOMPARE(unhealthy.rowCount(), 2);
}

void TestFleetTableModel::changeOrderRolesSayChangingAndWaiting()
{
    FleetRow unknown = row(u"a"_s, u"unknown"_s, 2, 2);
    FleetRow running = row(u"b"_s, u"running"_s, 2, 2);
    running.lastChange = ChangeOrder();
    running.lastChange->status = ChangeOrderStatus::Executing;
    FleetRow waiting = row(u"c"_s, u"waiting"_s, 2, 2);
    waiting.lastChange = ChangeOrder();
    waiting.lastChange->status = ChangeOrderStatus::WaitingForConfirmation;
    FleetRow finished = row(u"d"_s, u"finished"_s, 2, 2);
    finished.lastChange = ChangeOrder();
    finished.lastChange->status = ChangeOrderStatus::Failed;
    FleetTableModel model;
    model.setFleet({unknown, running, waiting, finished});
    const auto flag = [&model](int row, int role) {
        return model.index(row, FleetTableModel::ProblemsColumn).data(role).toBool();
    };
    QCOMPARE(flag(0, FleetTableModel::ChangingRole), false); // not read yet is not "changing"
    QCOMPARE(flag(1, FleetTableModel::ChangingRole), true);
    QCOMPARE(flag(1, FleetTableModel::WaitingForSignOffRole), false);
    QCOMPARE(flag(2, FleetTableModel::ChangingRole), true);
    QCOMPARE(flag(2, FleetTableModel::WaitingForSignOffRole), true);
    QCOMPARE(flag(3, FleetTableModel::ChangingRole), false);
    QCOMPARE(flag(3, FleetTableModel::WaitingForSignOffRole), false);
}

void TestFleetTableModel::aStoppedApplicationHasNoScoreToRead()
{
    FleetTableModel model;
    model.setFleet({row(u"a"_s, u"cms-web"_s, 0, 0)});
    QCOMPARE(model.index(0, FleetTableModel::HealthColumn).data().toString(), u"—"_s);
    QCOMPARE(model.index(0, FleetTableModel::HealthColumn).data(ItemRoles::SeverityRole).toInt(),
             int(Severity::Inactive));
    QCOMPARE(model.index(0, 0).data(FleetTableModel::ScoreRole).toInt(), 100);
}

void TestFleetTableModel::trendAndScoreAreOnEveryColumn()
{
    FleetRow sick = row(u"a"_s, u"order-service"_s, 6, 0);
    sick.trend = {QPointF(1000, 100), QPointF(2000, 40)};
    FleetTableModel model;
    model.setFleet({sick});
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.index(0, column).data(FleetTableModel::TrendRole).value<QList<QPointF>>(), sick.trend);
        QCOMPARE(model.index(0, column).data(FleetTableModel::ScoreRole).toInt(), 40);
    }
}

QTEST_MAIN(TestFleetTableModel)
#include "tst_fleettablemodel.moc"
