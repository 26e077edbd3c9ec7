#include "core/applicationfilterproxymodel.h"
#include "core/applicationtablemodel.h"

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

QTEST_GUILESS_MAIN(TestApplicationFilterProxyModel)
#include "tst_applicationfilterproxymodel.moc"
