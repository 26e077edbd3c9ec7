#include "core/changeordertablemodel.h"
#include "core/itemroles.h"
#include "core/severity.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QDateTime s_now(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);

ChangeOrder order(const QString &id, ChangeOrderStatus status, int minutesAgo,
                  QList<ChangeOrderStatus> batches = {})
{
    ChangeOrder change;
    change.changeOrderId = id;
    change.appId = u"app-order"_s;
    change.appName = u"order-service"_s;
    change.coTypeCode = u"CoDeploy"_s;
    change.description = u"Release "_s + id;
    change.status = status;
    change.createdAt = s_now.addSecs(-60 * minutesAgo);
    if (isTerminal(status))
        change.finishedAt = change.createdAt.addSecs(125);
    for (qsizetype i = 0; i < batches.size(); ++i) {
        Pipeline batch;
        batch.pipelineId = id + u"-"_s + QString::number(i);
        batch.status = batches.at(i);
        change.pipelines.append(batch);
    }
    return change;
}

} // namespace

class TestChangeOrderTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headers();
    void newestFirstWithIds();
    void texts();
    void roles();
    void runningDurationFollowsTheReferenceTime();
    void sortsByRawValues();
    void refreshUpdatesInPlace();
};

void TestChangeOrderTableModel::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestChangeOrderTableModel::headers()
{
    ChangeOrderTableModel model;
    QCOMPARE(model.columnCount(), 7);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"Created"_s, u"Type"_s, u"Status"_s, u"Description"_s, u"Batches"_s,
                                   u"Duration"_s, u"Finished"_s}));
}

void TestChangeOrderTableModel::newestFirstWithIds()
{
    ChangeOrderTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChangeOrders({order(u"old"_s, ChangeOrderStatus::Succeeded, 600),
                           order(u"new"_s, ChangeOrderStatus::Executing, 5),
                           order(u"mid"_s, ChangeOrderStatus::Failed, 60)});
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, ChangeOrderTableModel::StatusColumn).data(ItemRoles::IdRole).toString());
    QCOMPARE(ids, (QStringList{u"new"_s, u"mid"_s, u"old"_s}));
    QCOMPARE(model.changeOrder(1).changeOrderId, u"mid"_s);
}

void TestChangeOrderTableModel::texts()
{
    ChangeOrderTableModel model;
    model.setReferenceTime(s_now);
    using S = ChangeOrderStatus;
    ChangeOrder restart = order(u"r"_s, S::Aborted, 60, {S::Succeeded, S::Aborted, S::Preparing});
    restart.coTypeCode = u"CoRestartApplication"_s;
    restart.description = u"two\nlines"_s;
    model.setChangeOrders(
        {order(u"w"_s, S::WaitingForConfirmation, 10, {S::Succeeded, S::Preparing, S::Preparing}), restart,
         order(u"s"_s, S::Succeeded, 120, {S::Succeeded, S::Succeeded}), order(u"x"_s, S::Failed, 240)});
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, ChangeOrderTableModel::CreatedColumn),
             s_now.addSecs(-600).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(model.index(0, ChangeOrderTableModel::CreatedColumn).data(Qt::ToolTipRole).toString(),
             u"2026-11-27 02:50:00 UTC"_s);
    QCOMPARE(text(0, ChangeOrderTableModel::TypeColumn), u"Deploy"_s);
    QCOMPARE(text(1, ChangeOrderTableModel::TypeColumn), u"Restart"_s);
    QCOMPARE(model.index(1, ChangeOrderTableModel::TypeColumn).data(Qt::ToolTipRole).toString(),
             u"CoRestartApplication"_s);
    QCOMPARE(text(0, ChangeOrderTableModel::StatusColumn), u"Waiting for confirmation"_s);
    QCOMPARE(text(1, ChangeOrderTableModel::StatusColumn), u"Stopped"_s);
    QCOMPARE(text(2, ChangeOrderTableModel::StatusColumn), u"Succeeded"_s);
    QCOMPARE(text(3, ChangeOrderTableModel::StatusColumn), u"Failed"_s);
    QCOMPARE(text(1, ChangeOrderTableModel::DescriptionColumn), u"two lines"_s);
    QCOMPARE(text(0, ChangeOrderTableModel::BatchesColumn), u"1 of 3"_s);
    QCOMPARE(text(1, ChangeOrderTableModel::BatchesColumn), u"1 of 3"_s);
    QCOMPARE(text(2, ChangeOrderTableModel::BatchesColumn), u"2"_s);
    QCOMPARE(text(3, ChangeOrderTableModel::BatchesColumn), QString());
    QCOMPARE(text(0, ChangeOrderTableModel::DurationColumn), u"10m"_s); // running: up to now
    QCOMPARE(text(2, ChangeOrderTableModel::DurationColumn), u"2m"_s);  // 125 s
    QCOMPARE(text(0, ChangeOrderTableModel::FinishedColumn), QString());
    QCOMPARE(model.index(0, ChangeOrderTableModel::FinishedColumn).data(Qt::ToolTipRole).toString(),
             u"Still running"_s);
    QCOMPARE(text(2, ChangeOrderTableModel::FinishedColumn),
             s_now.addSecs(-7200 + 125).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

void TestChangeOrderTableModel::roles()
{
    ChangeOrderTableModel model;
    using S = ChangeOrderStatus;
    ChangeOrder failed = order(u"f"_s, S::Failed, 30);
    failed.errorMessage = u"Image pull failed"_s;
    ChangeOrder troubled = order(u"t"_s, S::Executing, 20);
    troubled.subStatus = 1;
    model.setChangeOrders({order(u"ok"_s, S::Succeeded, 50), order(u"a"_s, S::Aborted, 40), failed, troubled,
                           order(u"run"_s, S::Executing, 10), order(u"w"_s, S::PendingApproval, 5)});
    const auto severity = [&model](const QString &id) {
        return Severity(model.index(model.rowOfKey(id), ChangeOrderTableModel::StatusColumn)
                            .data(ItemRoles::SeverityRole)
                            .toInt());
    };
    QCOMPARE(severity(u"ok"_s), Severity::Normal);
    QCOMPARE(severity(u"a"_s), Severity::Warning);
    QCOMPARE(severity(u"f"_s), Severity::Critical);
    QCOMPARE(severity(u"t"_s), Severity::Warning);
    QCOMPARE(severity(u"run"_s), Severity::Progress);
    QCOMPARE(severity(u"w"_s), Severity::Warning);
    const QModelIndex failedStatus = model.index(model.rowOfKey(u"f"_s), ChangeOrderTableModel::StatusColumn);
    QCOMPARE(failedStatus.data(Qt::ToolTipRole).toString(), u"Image pull failed"_s);
    QCOMPARE(failedStatus.data(ItemRoles::StatusRole).toInt(), int(S::Failed));
    QCOMPARE(
        model.index(model.rowOfKey(u"f"_s), ChangeOrderTableModel::DescriptionColumn).data(ItemRoles::IdRole),
        QVariant(u"f"_s));
}

void TestChangeOrderTableModel::runningDurationFollowsTheReferenceTime()
{
    ChangeOrderTableModel model;
    model.setReferenceTime(s_now);
    model.setChangeOrders({order(u"run"_s, ChangeOrderStatus::Executing, 3)});
    const QModelIndex duration = model.index(0, ChangeOrderTableModel::DurationColumn);
    QCOMPARE(duration.data().toString(), u"3m"_s);
    QCOMPARE(duration.data(ItemRoles::SortRole).toLongLong(), 180);
    int changed = 0;
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&changed](const QModelIndex &from, const QModelIndex &to) {
                if (from.column() <= ChangeOrderTableModel::DurationColumn
                    && to.column() >= ChangeOrderTableModel::DurationColumn)
                    ++changed;
            });
    model.setReferenceTime(s_now.addSecs(3600));
    QCOMPARE(changed, 1);
    QCOMPARE(duration.data().toString(), u"1h 3m"_s);
}

void TestChangeOrderTableModel::sortsByRawValues()
{
    ChangeOrderTableModel model;
    model.setReferenceTime(s_now);
    using S = ChangeOrderStatus;
    ChangeOrder longOne = order(u"long"_s, S::Succeeded, 100);
    longOne.finishedAt = longOne.createdAt.addSecs(3000);
    ChangeOrder a = order(u"a"_s, S::Succeeded, 9);
    a.finishedAt = a.createdAt.addSecs(200);
    model.setChangeOrders({a, longOne, order(u"c"_s, S::Succeeded, 1000)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ItemRoles::SortRole);
    const auto ids = [&proxy] {
        QStringList result;
        for (int row = 0; row < proxy.rowCount(); ++row)
            result.append(proxy.index(row, 0).data(ItemRoles::IdRole).toString());
        return result;
    };
    proxy.sort(ChangeOrderTableModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), (QStringList{u"c"_s, u"long"_s, u"a"_s}));
    proxy.sort(ChangeOrderTableModel::DurationColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), (QStringList{u"long"_s, u"a"_s, u"c"_s})); // 3000 s, 200 s, 125 s
}

void TestChangeOrderTableModel::refreshUpdatesInPlace()
{
    ChangeOrderTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChangeOrders(
        {order(u"a"_s, ChangeOrderStatus::Executing, 10), order(u"b"_s, ChangeOrderStatus::Succeeded, 20)});
    ChangeOrder done = order(u"a"_s, ChangeOrderStatus::Succeeded, 10);
    model.setChangeOrders({done, order(u"b"_s, ChangeOrderStatus::Succeeded, 20)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOfKey(u"a"_s), ChangeOrderTableModel::StatusColumn).data().toString(),
             u"Succeeded"_s);
}

QTEST_GUILESS_MAIN(TestChangeOrderTableModel)
#include "tst_changeordertablemodel.moc"
