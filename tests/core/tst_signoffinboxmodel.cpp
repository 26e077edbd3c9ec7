#include "core/itemroles.h"
#include "core/signoffinboxmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QDateTime s_now(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);

ChangeOrder order(const QString &id, ChangeOrderStatus status, int currentBatch = 0, bool grayFirst = false)
{
    ChangeOrder change;
    change.changeOrderId = id;
    change.appId = u"app-"_s + id;
    change.appName = u"order-service"_s;
    change.coTypeCode = u"CoDeploy"_s;
    change.description = u"5.2.8"_s;
    change.status = status;
    change.createdAt = s_now.addSecs(-3600);
    for (int i = 0; i < 3; ++i) {
        Pipeline batch;
        batch.pipelineId = id + u"-"_s + QString::number(i);
        batch.gray = grayFirst && i == 0;
        batch.updatedAt = s_now.addSecs(-60 * (30 - 10 * i));
        change.pipelines.append(batch);
    }
    change.currentPipeline = currentBatch;
    return change;
}

} // namespace

class TestSignOffInboxModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepsOnlyWhatWaitsForAPerson();
    void saysWhatAndSinceWhen();
    void refreshDropsWhatMovedOn();
};

void TestSignOffInboxModel::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestSignOffInboxModel::keepsOnlyWhatWaitsForAPerson()
{
    SignOffInboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChangeOrders({order(u"a"_s, ChangeOrderStatus::Executing),
                           order(u"b"_s, ChangeOrderStatus::WaitingForConfirmation),
                           order(u"c"_s, ChangeOrderStatus::WaitingForNextBatch),
                           order(u"d"_s, ChangeOrderStatus::PendingApproval),
                           order(u"e"_s, ChangeOrderStatus::Approved),
                           order(u"f"_s, ChangeOrderStatus::Succeeded)});
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ItemRoles::IdRole).toString());
    QCOMPARE(ids, (QStringList{u"b"_s, u"d"_s, u"e"_s}));
}

void TestSignOffInboxModel::saysWhatAndSinceWhen()
{
    SignOffInboxModel model;
    model.setReferenceTime(s_now);
    model.setChangeOrders({order(u"b"_s, ChangeOrderStatus::WaitingForConfirmation, 1),
                           order(u"g"_s, ChangeOrderStatus::WaitingForConfirmation, 0, true),
                           order(u"d"_s, ChangeOrderStatus::PendingApproval)});
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, SignOffInboxModel::ApplicationColumn), u"order-service"_s);
    QCOMPARE(text(0, SignOffInboxModel::ChangeColumn), u"Deploy · 5.2.8"_s);
    QCOMPARE(text(0, SignOffInboxModel::WaitingForColumn), u"Confirm batch 2 of 3"_s);
    // Batch 2 was last updated 20 minutes ago: that is when it started waiting.
    QCOMPARE(SignOffInboxModel::waitingSince(model.changeOrder(0)), s_now.addSecs(-20 * 60));
    QCOMPARE(text(0, SignOffInboxModel::WaitingSinceColumn), u"20m ago"_s);
    QCOMPARE(text(1, SignOffInboxModel::WaitingForColumn), u"Confirm the gray batch"_s);
    QCOMPARE(text(2, SignOffInboxModel::WaitingForColumn), u"Approval"_s);
    QCOMPARE(text(2, SignOffInboxModel::WaitingSinceColumn), u"1h 0m ago"_s); // since it was created
    // The oldest wait sorts first ascending.
    QVERIFY(model.index(2, SignOffInboxModel::WaitingSinceColumn).data(ItemRoles::SortRole).toLongLong()
            < model.index(0, SignOffInboxModel::WaitingSinceColumn).data(ItemRoles::SortRole).toLongLong());
}

void TestSignOffInboxModel::refreshDropsWhatMovedOn()
{
    SignOffInboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChangeOrders({order(u"b"_s, ChangeOrderStatus::WaitingForConfirmation),
                           order(u"d"_s, ChangeOrderStatus::PendingApproval)});
    QCOMPARE(model.rowCount(), 2);
    // b was confirmed and runs again; d is still waiting.
    model.setChangeOrders(
        {order(u"b"_s, ChangeOrderStatus::Executing), order(u"d"_s, ChangeOrderStatus::PendingApproval)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.changeOrder(0).changeOrderId, u"d"_s);
}

QTEST_GUILESS_MAIN(TestSignOffInboxModel)
#include "tst_signoffinboxmodel.moc"
