#include "core/instancetablemodel.h"
#include "core/itemroles.h"
#include "core/severity.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInstanceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void displaysAndRoles();
    void referenceTimeRefreshesAges();
    void unknownHealthShowsRawText();
};

namespace {

Instance instance(const QString &id, InstanceStatus status, InstanceHealth health, const QDateTime &created)
{
    Instance result;
    result.instanceId = id;
    result.status = status;
    result.statusText = toWire(status);
    result.health = health;
    result.healthText = toWire(health);
    result.ip = u"10.20.3.17"_s;
    result.createdAt = created;
    return result;
}

} // namespace

void TestInstanceTableModel::displaysAndRoles()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    model.setReferenceTime(now);
    Instance sick = instance(u"order-7d9f-x2k4q"_s, InstanceStatus::CrashLoopBackOff,
                             InstanceHealth::LivenessUnhealthy, now.addSecs(-3 * 3600 - 5 * 60));
    sick.restarts = 17;
    sick.unhealthyMessage = u"Liveness probe failed"_s;
    model.setRows({sick, instance(u"order-7d9f-abcde"_s, InstanceStatus::Running, InstanceHealth::Healthy,
                                  now.addDays(-4))});

    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, InstanceTableModel::StatusColumn).toString(), u"CrashLoopBackOff"_s);
    QCOMPARE(cell(0, InstanceTableModel::StatusColumn, ItemRoles::SeverityRole).toInt(),
             int(Severity::Critical));
    QCOMPARE(cell(0, InstanceTableModel::HealthColumn).toString(),
             u"Liveness failing: Liveness probe failed"_s);
    QCOMPARE(cell(0, InstanceTableModel::HealthColumn, Qt::ToolTipRole).toString(),
             u"Liveness probe failed"_s);
    QCOMPARE(cell(0, InstanceTableModel::RestartsColumn).toLongLong(), 17);
    QCOMPARE(cell(0, InstanceTableModel::RestartsColumn, ItemRoles::SeverityRole).toInt(),
             int(Severity::Warning));
    QCOMPARE(cell(0, InstanceTableModel::AgeColumn).toString(), u"3h 5m"_s);
    QCOMPARE(cell(1, InstanceTableModel::AgeColumn).toString(), u"4d 0h"_s);
    QCOMPARE(cell(1, InstanceTableModel::HealthColumn).toString(), u"Healthy"_s);
    QCOMPARE(cell(1, InstanceTableModel::StatusColumn, ItemRoles::SeverityRole).toInt(),
             int(Severity::Normal));
    // Failures sort before Running; failing checks before passing ones; older instances after newer.
    QVERIFY(cell(0, InstanceTableModel::StatusColumn, ItemRoles::SortRole).toInt()
            < cell(1, InstanceTableModel::StatusColumn, ItemRoles::SortRole).toInt());
    QVERIFY(cell(0, InstanceTableModel::HealthColumn, ItemRoles::SortRole).toInt()
            < cell(1, InstanceTableModel::HealthColumn, ItemRoles::SortRole).toInt());
    QVERIFY(cell(0, InstanceTableModel::AgeColumn, ItemRoles::SortRole).toLongLong()
            < cell(1, InstanceTableModel::AgeColumn, ItemRoles::SortRole).toLongLong());
}

void TestInstanceTableModel::referenceTimeRefreshesAges()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime created = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    model.setRows({instance(u"i"_s, InstanceStatus::Running, InstanceHealth::Healthy, created)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReferenceTime(created.addSecs(90));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, InstanceTableModel::AgeColumn).data().toString(), u"1m"_s);
}

void TestInstanceTableModel::unknownHealthShowsRawText()
{
    InstanceTableModel model;
    Instance odd;
    odd.instanceId = u"x"_s;
    odd.health = instanceHealthFromWire(u"PartiallyHealthy");
    odd.healthText = u"PartiallyHealthy"_s;
    model.setRows({odd});
    QCOMPARE(model.index(0, InstanceTableModel::HealthColumn).data().toString(), u"PartiallyHealthy"_s);
    QCOMPARE(model.index(0, InstanceTableModel::AgeColumn).data().toString(), QString()); // no time given
}

QTEST_GUILESS_MAIN(TestInstanceTableModel)
#include "tst_instancetablemodel.moc"
