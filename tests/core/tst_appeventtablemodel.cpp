#include "core/appeventtablemodel.h"
#include "core/itemroles.h"
#include "core/severity.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppEventTableModel : public QObject
{
    Q_OBJECT

private slots:
    void displaysAndRoles();
    void unknownTypeShowsThePlatformsSpelling();
    void refreshUpdatesRowsInPlace();
    void identicalEventsAreKeptApart();
    void headers();
};

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 23), QTime(12, 0, 5), Qt::UTC);

AppEvent makeEvent(AppEvent::Type type, const QString &reason, const QString &message,
                   const QDateTime &lastSeen, int count = 1)
{
    AppEvent result;
    result.type = type;
    result.typeText = AppEvent::toWire(type);
    result.reason = reason;
    result.message = message;
    result.objectKind = u"Pod"_s;
    result.objectName = u"order-7d9f-x2k4q"_s;
    result.firstSeen = lastSeen.addSecs(-600);
    result.lastSeen = lastSeen;
    result.count = count;
    return result;
}

} // namespace

void TestAppEventTableModel::displaysAndRoles()
{
    AppEventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AppEvent backOff = makeEvent(AppEvent::Type::Warning, u"BackOff"_s,
                                 u"Back-off restarting failed container\nexit code 137"_s, t0, 17);
    backOff.causeAnalysis = u"The container ran out of memory"_s;
    model.setEvents({backOff, makeEvent(AppEvent::Type::Normal, u"Started"_s, u"Started container"_s,
                                        t0.addSecs(-60), 0)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 6);

    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, AppEventTableModel::LastSeenColumn).toString(),
             t0.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(cell(0, AppEventTableModel::LastSeenColumn, ItemRoles::SortRole).toLongLong(),
             t0.toMSecsSinceEpoch());
    QCOMPARE(cell(0, AppEventTableModel::TypeColumn).toString(), u"Warning"_s);
    QCOMPARE(cell(0, AppEventTableModel::TypeColumn, ItemRoles::SeverityRole).toInt(),
             int(Severity::Warning));
    QCOMPARE(cell(1, AppEventTableModel::TypeColumn).toString(), u"Normal"_s);
    QCOMPARE(cell(1, AppEventTableModel::TypeColumn, ItemRoles::SeverityRole).toInt(), int(Severity::Normal));
    QCOMPARE_LT(cell(0, AppEventTableModel::TypeColumn, ItemRoles::SortRole).toInt(),
                cell(1, AppEventTableModel::TypeColumn, ItemRoles::SortRole).toInt());
    QCOMPARE(cell(0, AppEventTableModel::ReasonColumn).toString(), u"BackOff"_s);
    QCOMPARE(cell(0, AppEventTableModel::ObjectColumn).toString(), u"Pod/order-7d9f-x2k4q"_s);
    QCOMPARE(cell(0, AppEventTableModel::MessageColumn).toString(),
             u"Back-off restarting failed container …"_s);
    QCOMPARE(cell(0, AppEventTableModel::MessageColumn, Qt::ToolTipRole).toString(),
             u"Back-off restarting failed container\nexit code 137"_s);
    QCOMPARE(cell(0, AppEventTableModel::CountColumn).toInt(), 17);
    QCOMPARE(cell(0, AppEventTableModel::CountColumn, ItemRoles::SortRole).toInt(), 17);
    QCOMPARE(cell(0, AppEventTableModel::CountColumn, ItemRoles::SortRole).metaType(),
             QMetaType::fromType<int>());
    QCOMPARE(cell(1, AppEventTableModel::CountColumn).toString(), QString()); // not reported
    QCOMPARE(cell(1, AppEventTableModel::CountColumn, ItemRoles::SortRole).toInt(), 0);

    const QString search = cell(0, AppEventTableModel::MessageColumn, ItemRoles::SearchTextRole).toString();
    QVERIFY(search.contains(u"backoff"_s));
    QVERIFY(search.contains(u"pod/order-7d9f-x2k4q"_s));
    QVERIFY(search.contains(u"out of memory"_s));
    QCOMPARE(search, search.toLower());
    QCOMPARE(model.eventAt(0), backOff);
}

void TestAppEventTableModel::unknownTypeShowsThePlatformsSpelling()
{
    AppEventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AppEvent odd = makeEvent(AppEvent::Type::Unrecognised, u"Evicted"_s, u"evicted"_s, QDateTime());
    odd.typeText = u"Critical"_s;
    odd.lastSeen = {};
    model.setEvents({odd});
    QCOMPARE(model.index(0, AppEventTableModel::TypeColumn).data().toString(), u"Critical"_s);
    QCOMPARE(model.index(0, AppEventTableModel::TypeColumn).data(ItemRoles::SeverityRole).toInt(),
             int(Severity::Inactive));
    // No LastSeen: the first sighting stands in for it.
    QCOMPARE(model.index(0, AppEventTableModel::LastSeenColumn).data(ItemRoles::SortRole).toLongLong(),
             odd.firstSeen.toMSecsSinceEpoch());
}

void TestAppEventTableModel::refreshUpdatesRowsInPlace()
{
    AppEventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AppEvent unhealthy =
        makeEvent(AppEvent::Type::Warning, u"Unhealthy"_s, u"Liveness probe failed"_s, t0, 3);
    const AppEvent started = makeEvent(AppEvent::Type::Normal, u"Started"_s, u"Started container"_s, t0);
    model.setEvents({unhealthy, started});

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    AppEvent again = unhealthy; // Kubernetes folds the repeat into Count and LastSeen
    again.count = 4;
    again.lastSeen = t0.addSecs(30);
    const AppEvent killed =
        makeEvent(AppEvent::Type::Warning, u"Killing"_s, u"Stopping container"_s, t0.addSecs(31));
    model.setEvents({killed, again, started});

    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.eventAt(0), again);
    QCOMPARE(model.eventAt(1), started);
    QCOMPARE(model.eventAt(2), killed);

    model.setEvents({killed});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.eventAt(0), killed);
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void TestAppEventTableModel::identicalEventsAreKeptApart()
{
    AppEventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AppEvent same = makeEvent(AppEvent::Type::Warning, u"FailedScheduling"_s, u"0/3 nodes"_s, t0);
    model.setEvents({same, same, same});
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(0, 0).data(ItemRoles::IdRole) != model.index(1, 0).data(ItemRoles::IdRole));
    model.setEvents({same});
    QCOMPARE(model.rowCount(), 1);
}

void TestAppEventTableModel::headers()
{
    AppEventTableModel model;
    const QStringList expected{u"Last seen"_s, u"Type"_s, u"Reason"_s, u"Object"_s, u"Message"_s, u"Count"_s};
    QStringList actual;
    for (int column = 0; column < model.columnCount(); ++column)
        actual.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestAppEventTableModel)
#include "tst_appeventtablemodel.moc"
