#include "core/applicationtablemodel.h"
#include "core/itemroles.h"
#include "core/severity.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

Application app(const QString &id, const QString &name, int running = 2, int target = 2)
{
    Application application;
    application.appId = id;
    application.appName = name;
    application.namespaceId = u"cn-shenzhen:prod"_s;
    application.namespaceName = u"prod"_s;
    application.cpuMillicores = 500;
    application.memoryMb = 1024;
    application.runningInstances = running;
    application.targetInstances = target;
    application.imageUrl = u"registry/retail/"_s + name + u":1.0.0"_s;
    return application;
}

} // namespace

class TestApplicationTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void displaysAndRoles();
    void mergeUpdatesRowsInPlace();
    void mergeRemovesAndAppends();
    void mergeKeepsLastOfRepeatedKeys();
    void clear();
    void activityFillsLastChangeAndScaling();
    void pagesMergeThenTheMissingGo();

private:
    ApplicationTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestApplicationTableModel::init()
{
    m_model = new ApplicationTableModel(this);
    m_tester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestApplicationTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestApplicationTableModel::displaysAndRoles()
{
    m_model->setRows({app(u"a"_s, u"order-service"_s, 5, 6), app(u"b"_s, u"cms-web"_s, 0, 0)});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(ApplicationTableModel::ColumnCount));
    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(0, ApplicationTableModel::NameColumn).toString(), u"order-service"_s);
    QCOMPARE(cell(0, ApplicationTableModel::NamespaceColumn).toString(), u"prod"_s);
    QCOMPARE(cell(0, ApplicationTableModel::StatusColumn).toString(), u"Unhealthy"_s);
    QCOMPARE(cell(0, ApplicationTableModel::StatusColumn, ItemRoles::SeverityRole).toInt(),
             int(Severity::Warning));
    QCOMPARE(cell(1, ApplicationTableModel::StatusColumn).toString(), u"Stopped"_s);
    QCOMPARE(cell(0, ApplicationTableModel::InstancesColumn).toString(), u"5 / 6"_s);
    QCOMPARE(cell(0, ApplicationTableModel::SpecColumn).toString(), u"0.5 vCPU · 1 GiB"_s);
    QCOMPARE(cell(0, ApplicationTableModel::VersionColumn).toString(), u"1.0.0"_s);
    QCOMPARE(cell(0, ApplicationTableModel::NameColumn, ItemRoles::IdRole).toString(), u"a"_s);
    QVERIFY(cell(0, ApplicationTableModel::VersionColumn, ItemRoles::SearchTextRole)
                .toString()
                .contains(u"1.0.0"));
    // Unhealthy sorts before Stopped: what needs attention comes first.
    QVERIFY(cell(0, ApplicationTableModel::StatusColumn, ItemRoles::SortRole).toInt()
            < cell(1, ApplicationTableModel::StatusColumn, ItemRoles::SortRole).toInt());
    QCOMPARE(m_model->headerData(ApplicationTableModel::InstancesColumn, Qt::Horizontal).toString(),
             u"Instances"_s);
    QCOMPARE(ApplicationTableModel::specText(2000, 4096), u"2 vCPU · 4 GiB"_s);
    QCOMPARE(ApplicationTableModel::specText(500, 1536), u"0.5 vCPU · 1536 MiB"_s);
}

void TestApplicationTableModel::mergeUpdatesRowsInPlace()
{
    m_model->setRows({app(u"a"_s, u"a-app"_s), app(u"b"_s, u"b-app"_s), app(u"c"_s, u"c-app"_s)});
    const QPersistentModelIndex bIndex = m_model->index(1, 0);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_model->setRows({app(u"c"_s, u"c-app"_s), app(u"b"_s, u"b-app"_s, 1, 2), app(u"a"_s, u"a-app"_s)});

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(bIndex.isValid());
    QCOMPARE(bIndex.row(), 1);
    QCOMPARE(m_model->index(1, ApplicationTableModel::InstancesColumn).data().toString(), u"1 / 2"_s);

    m_model->setRows(m_model->rows());
    QCOMPARE(changed.count(), 1); // nothing changed, nothing signalled
}

void TestApplicationTableModel::mergeRemovesAndAppends()
{
    m_model->setRows(
        {app(u"a"_s, u"a-app"_s), app(u"b"_s, u"b-app"_s), app(u"c"_s, u"c-app"_s), app(u"d"_s, u"d-app"_s)});
    const QPersistentModelIndex dIndex = m_model->index(3, 0);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    m_model->setRows({app(u"a"_s, u"a-app"_s), app(u"d"_s, u"d-app"_s), app(u"e"_s, u"e-app"_s)});

    QCOMPARE(removed.count(), 1); // b and c go in one contiguous removal
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOfKey(u"e"_s), 2);
    QCOMPARE(m_model->rowOfKey(u"b"_s), -1);
    QCOMPARE(dIndex.row(), 1);
    QCOMPARE(dIndex.data().toString(), u"d-app"_s);
}

void TestApplicationTableModel::mergeKeepsLastOfRepeatedKeys()
{
    m_model->setRows({app(u"a"_s, u"first"_s), app(u"a"_s, u"second"_s)});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"second"_s);
}

void TestApplicationTableModel::clear()
{
    m_model->setRows({app(u"a"_s, u"a-app"_s)});
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    m_model->clear(); // already empty: harmless
}

void TestApplicationTableModel::activityFillsLastChangeAndScaling()
{
    m_model->setRows({app(u"a"_s, u"order-service"_s), app(u"b"_s, u"member-service"_s)});
    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    // Unknown until learned: a dash that says so, never "None".
    QCOMPARE(cell(0, ApplicationTableModel::LastChangeColumn).toString(), u"…"_s);
    QCOMPARE(cell(0, ApplicationTableModel::ScalingColumn).toString(), u"…"_s);

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    ApplicationActivity activity;
    activity.changesKnown = true;
    ChangeOrder deploy;
    deploy.changeOrderId = u"co-1"_s;
    deploy.coTypeCode = u"CoDeploy"_s;
    deploy.status = ChangeOrderStatus::Failed;
    deploy.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    deploy.errorMessage = u"readiness check failed"_s;
    activity.lastChange = deploy;
    activity.scalingKnown = true;
    activity.scalingRules = 2;
    activity.enabledScalingRules = 1;
    m_model->setActivity(u"b"_s, activity);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QVERIFY(cell(1, ApplicationTableModel::LastChangeColumn).toString().endsWith(u" · Deploy · Failed"_s));
    QCOMPARE(cell(1, ApplicationTableModel::LastChangeColumn, ItemRoles::SeverityRole).toInt(),
             int(Severity::Critical));
    QVERIFY(
        cell(1, ApplicationTableModel::LastChangeColumn, Qt::ToolTipRole).toString().contains(u"readiness"));
    QCOMPARE(cell(1, ApplicationTableModel::LastChangeColumn, ItemRoles::SortRole).toLongLong(),
             deploy.createdAt.toMSecsSinceEpoch());
    QCOMPARE(cell(1, ApplicationTableModel::ScalingColumn).toString(), u"On"_s);
    QCOMPARE(cell(1, ApplicationTableModel::StatusColumn).toString(), u"Running"_s);

    // The same activity again changes nothing.
    m_model->setActivity(u"b"_s, activity);
    QCOMPARE(changed.count(), 1);

    // A running change order: the application is changing.
    deploy.status = ChangeOrderStatus::Executing;
    activity.lastChange = deploy;
    activity.enabledScalingRules = 0;
    m_model->setActivity(u"b"_s, activity);
    QCOMPARE(cell(1, ApplicationTableModel::StatusColumn).toString(), u"Changing"_s);
    QCOMPARE(cell(1, ApplicationTableModel::StatusColumn, ItemRoles::StatusRole).toInt(),
             int(ApplicationTableModel::Status::Changing));
    QCOMPARE(cell(1, ApplicationTableModel::ScalingColumn).toString(), u"Off"_s);

    // Known to have none.
    ApplicationActivity none;
    none.changesKnown = true;
    none.scalingKnown = true;
    m_model->setActivity(u"a"_s, none);
    QCOMPARE(cell(0, ApplicationTableModel::LastChangeColumn).toString(), u"None"_s);
    QCOMPARE(cell(0, ApplicationTableModel::ScalingColumn).toString(), u"None"_s);
}

void TestApplicationTableModel::pagesMergeThenTheMissingGo()
{
    m_model->setRows({app(u"a"_s, u"alpha"_s), app(u"b"_s, u"beta"_s), app(u"c"_s, u"gamma"_s)});
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    // Page 1 of a refresh: b changed, d is new (twice: the last wins); nothing is removed yet.
    m_model->upsertRows({app(u"b"_s, u"beta"_s, 1, 2), app(u"d"_s, u"delta"_s), app(u"d"_s, u"delta-2"_s)});
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowAt(m_model->rowOfKey(u"d"_s)).appName, u"delta-2"_s);
    QCOMPARE(m_model->rowAt(m_model->rowOfKey(u"b"_s)).runningInstances, 1);

    // Page 2 repeats a row unchanged: no signal.
    m_model->upsertRows({app(u"a"_s, u"alpha"_s)});
    QCOMPARE(changed.count(), 1);

    // The last page is in: a and c were not listed again... c goes, the rest stay where they are.
    m_model->removeRowsNotIn({u"a"_s, u"b"_s, u"d"_s});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOfKey(u"c"_s), -1);
    for (const QString &key : {u"a"_s, u"b"_s, u"d"_s})
        QCOMPARE(m_model->rowAt(m_model->rowOfKey(key)).appId, key); // the index follows removals
}

QTEST_GUILESS_MAIN(TestApplicationTableModel)
#include "tst_applicationtablemodel.moc"
