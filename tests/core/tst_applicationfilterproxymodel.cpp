#include "core/applicationfilterproxymodel.h"
#include "core/applicationtablemodel.h"
#include "core/itemroles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApplicationFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void filters_data();
    void filters();
    void sortsBySortRole();
    void sortsNamesNaturallyAndCaseInsensitively();
    void filtersByStatus();
    void filterSeesRowsThatChanged();
    void filterSeesRowsAddedAndRemoved();
};

namespace {

QList<Application> fleet()
{
    QList<Application> apps;
    const QList<std::tuple<QString, QString, QString, int>> rows{
        {u"id-order-prod"_s, u"order-service"_s, u"prod"_s, 6},
        {u"id-order-dev"_s, u"order-service"_s, u"dev"_s, 1},
        {u"id-member"_s, u"member-service"_s, u"prod"_s, 4},
        {u"id-mall"_s, u"mall-web"_s, u"staging"_s, 12},
    };
    for (const auto &[id, name, ns, replicas] : rows) {
        Application app;
        app.appId = id;
        app.appName = name;
        app.namespaceName = ns;
        app.targetInstances = replicas;
        app.runningInstances = replicas;
        app.imageUrl = u"registry/retail/"_s + name + (ns == u"prod" ? u":2.0.1"_s : u":2.1.0"_s);
        apps.append(app);
    }
    return apps;
}

} // namespace

void TestApplicationFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty shows all") << QString() << 4;
    QTest::newRow("name") << u"order"_s << 2;
    QTest::newRow("case-insensitive") << u"ORDER"_s << 2;
    QTest::newRow("every word must match") << u"order prod"_s << 1;
    QTest::newRow("words in any order") << u"prod order"_s << 1;
    QTest::newRow("by ID") << u"id-member"_s << 1;
    QTest::newRow("by version") << u"2.1.0"_s << 2;
    QTest::newRow("nothing") << u"inventory"_s << 0;
    QTest::newRow("spaces only") << u"   "_s << 4;
}

void TestApplicationFilterProxyModel::filters()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    ApplicationTableModel source;
    source.setRows(fleet());
    ApplicationFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.setFilterText(text);
    QCOMPARE(proxy.rowCount(), rows);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestApplicationFilterProxyModel::sortsBySortRole()
{
    ApplicationTableModel source;
    source.setRows(fleet());
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.sort(ApplicationTableModel::InstancesColumn, Qt::DescendingOrder);
    // Numerically: 12 before 6 (a text sort would put "6 / 6" first).
    QCOMPARE(proxy.index(0, ApplicationTableModel::NameColumn).data().toString(), u"mall-web"_s);
    QCOMPARE(proxy.index(1, ApplicationTableModel::NameColumn).data().toString(), u"order-service"_s);
}

void TestApplicationFilterProxyModel::sortsNamesNaturallyAndCaseInsensitively()
{
    QList<Application> apps;
    for (const QString &name : {u"shop-10"_s, u"Shop-2"_s, u"shop-1"_s, u"basket"_s}) {
        Application app;
        app.appId = name;
        app.appName = name;
        apps.append(app);
    }
    ApplicationTableModel source;
    source.setRows(apps);
    ApplicationFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.sort(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, 0).data().toString());
    QCOMPARE(order, (QStringList{u"basket"_s, u"shop-1"_s, u"Shop-2"_s, u"shop-10"_s}));
}

void TestApplicationFilterProxyModel::filtersByStatus()
{
    QList<Application> apps = fleet();
    apps[1].runningInstances = 0; // order-service dev: 0 of 1 -> unhealthy
    apps[3].targetInstances = 0;  // mall-web: stopped
    apps[3].runningInstances = 0;
    ApplicationTableModel source;
    source.setRows(apps);
    ApplicationFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    using Status = ApplicationTableModel::Status;
    proxy.setStatusFilter(int(Status::Unhealthy));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ItemRoles::IdRole).toString(), u"id-order-dev"_s);
    proxy.setStatusFilter(int(Status::Stopped));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ItemRoles::IdRole).toString(), u"id-mall"_s);
    proxy.setStatusFilter(int(Status::Running));
    proxy.setFilterText(u"order"_s); // both filters apply
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ItemRoles::IdRole).toString(), u"id-order-prod"_s);

    // A running change order makes an application "changing", whatever its counts say.
    ApplicationActivity changing;
    changing.changesKnown = true;
    ChangeOrder order;
    order.status = ChangeOrderStatus::Executing;
    changing.lastChange = order;
    source.setActivity(u"id-member"_s, changing);
    proxy.setFilterText({});
    proxy.setStatusFilter(int(Status::Changing));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ItemRoles::IdRole).toString(), u"id-member"_s);
    proxy.setStatusFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestApplicationFilterProxyModel::filterSeesRowsThatChanged()
{
    // The search texts are kept between keystrokes; a row that changes must be matched anew.
    ApplicationTableModel source;
    source.setRows(fleet());
    ApplicationFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.setFilterText(u"3.0.0"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QList<Application> deployed = fleet();
    deployed[2].imageUrl = u"registry/retail/member-service:3.0.0"_s;
    source.setRows(deployed);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ItemRoles::IdRole).toString(), u"id-member"_s);
    proxy.setFilterText(u"3.0"_s);
    QCOMPARE(proxy.rowCount(), 1);
}

void TestApplicationFilterProxyModel::filterSeesRowsAddedAndRemoved()
{
    ApplicationTableModel source;
    source.setRows(fleet());
    ApplicationFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.setFilterText(u"service"_s);
    QCOMPARE(proxy.rowCount(), 3);
    QList<Application> apps = fleet();
    apps.removeAt(0); // rows shift: cached texts must not stick to the wrong rows
    Application inventory = apps.constFirst();
    inventory.appId = u"id-inventory"_s;
    inventory.appName = u"inventory-service"_s;
    apps.append(inventory);
    source.setRows(apps);
    proxy.setFilterText(u"servic"_s);
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(ItemRoles::IdRole).toString());
    ids.sort();
    QCOMPARE(ids, (QStringList{u"id-inventory"_s, u"id-member"_s, u"id-order-dev"_s}));
}

QTEST_GUILESS_MAIN(TestApplicationFilterProxyModel)
#include "tst_applicationfilterproxymodel.moc"
