#include "core/itemroles.h"
#include "core/journaltablemodel.h"
#include "core/severity.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

class TestJournalTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hasTheColumnsOfTheJournal();
    void displaysAndRoles();
    void showsAFailureAndItsError();
    void appendsRowsAndSkipsKnownEvents();
    void setEntriesReplacesTheRows();
    void showsWhatItDoesNotKnowAsWritten();
    void namesEveryAction();
};

namespace {

const QDateTime baseTime = QDateTime(QDate(2026, 11, 23), QTime(4, 5, 6, 789), Qt::UTC);

JournalEntry entryNumber(int number, JournalEntry::Outcome outcome = JournalEntry::Outcome::Requested)
{
    JournalEntry entry;
    entry.id = QUuid::createUuidV5(QUuid(), u"entry %1"_s.arg(number));
    entry.operationId = QUuid::createUuidV5(QUuid(), u"operation"_s);
    entry.time = baseTime.addSecs(number);
    entry.who = {u"prod-shenzhen"_s, u"LTAI5tExampleKeyId"_s, u"alice"_s};
    entry.what = JournalAction::restartInstances;
    entry.where = {u"cn-shenzhen"_s,   u"cn-shenzhen:production"_s,
                   u"Production"_s,    u"app-1"_s,
                   u"order-service"_s, {u"order-7d9f-x2k4q"_s, u"order-7d9f-abcde"_s}};
    entry.request = QJsonObject{{u"InstanceIds"_s, u"order-7d9f-x2k4q,order-7d9f-abcde"_s}};
    entry.outcome = outcome;
    return entry;
}

} // namespace

void TestJournalTableModel::initTestCase()
{
    // Times show in local time: pin it, so that the test reads the same everywhere.
    qputenv("TZ", "Asia/Shanghai");
    ::tzset();
}

void TestJournalTableModel::hasTheColumnsOfTheJournal()
{
    JournalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 8);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"Time"_s, u"Who"_s, u"Action"_s, u"Where"_s, u"Outcome"_s, u"RequestId"_s,
                                   u"ChangeOrderId"_s, u"Comment"_s}));
    QCOMPARE(model.headerData(JournalTableModel::ColumnCount, Qt::Horizontal), QVariant());
}

void TestJournalTableModel::displaysAndRoles()
{
    JournalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JournalEntry accepted = entryNumber(2, JournalEntry::Outcome::Accepted);
    accepted.requestId = u"91F93257-7A4A-4BD3-9A7E-2F6EAE6D1234"_s;
    accepted.changeOrderId = u"ba386059-69b1-4e65-b1e5-0682d9fa4f9c"_s;
    accepted.comment = u"canary looks fine"_s;
    model.setEntries({entryNumber(1), accepted});
    QCOMPARE(model.rowCount(), 2);

    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(1, column).data(role);
    };
    QCOMPARE(cell(JournalTableModel::TimeColumn).toString(), u"2026-11-23 12:05:08"_s);
    QCOMPARE(cell(JournalTableModel::TimeColumn, Qt::ToolTipRole).toString(), u"2026-11-23T04:05:08.789Z"_s);
    QCOMPARE(cell(JournalTableModel::TimeColumn, ItemRoles::SortRole).toLongLong(),
             baseTime.addSecs(2).toMSecsSinceEpoch());
    QCOMPARE(cell(JournalTableModel::WhoColumn).toString(), u"alice (prod-shenzhen)"_s);
    QCOMPARE(cell(JournalTableModel::WhoColumn, Qt::ToolTipRole).toString(),
             u"Profile: prod-shenzhen\nAccessKey ID: LTAI5tExampleKeyId\nOS user: alice"_s);
    QCOMPARE(cell(JournalTableModel::WhatColumn).toString(), u"Restart instances"_s);
    QCOMPARE(cell(JournalTableModel::WhatColumn, ItemRoles::SortRole).toString(), u"restart-instances"_s);
    QVERIFY(cell(JournalTableModel::WhatColumn, Qt::ToolTipRole)
                .toString()
                .contains(u"\"InstanceIds\": \"order-7d9f-x2k4q,order-7d9f-abcde\""_s));
    QCOMPARE(cell(JournalTableModel::WhereColumn).toString(), u"cn-shenzhen / Production / order-service"_s);
    QCOMPARE(cell(JournalTableModel::WhereColumn, Qt::ToolTipRole).toString(),
             u"Region: cn-shenzhen\nNamespace: Production (cn-shenzhen:production)\n"
             u"Application: order-service (app-1)\nInstances: order-7d9f-x2k4q, order-7d9f-abcde"_s);
    QCOMPARE(cell(JournalTableModel::OutcomeColumn).toString(), u"Accepted"_s);
    QCOMPARE(cell(JournalTableModel::OutcomeColumn, ItemRoles::SeverityRole).toInt(),
             int(Severity::Progress));
    QCOMPARE(cell(JournalTableModel::OutcomeColumn, Qt::ToolTipRole), QVariant());
    QCOMPARE(cell(JournalTableModel::RequestIdColumn).toString(), u"91F93257-7A4A-4BD3-9A7E-2F6EAE6D1234"_s);
    QCOMPARE(cell(JournalTableModel::ChangeOrderIdColumn).toString(),
             u"ba386059-69b1-4e65-b1e5-0682d9fa4f9c"_s);
    QCOMPARE(cell(JournalTableModel::CommentColumn).toString(), u"canary looks fine"_s);
    QCOMPARE(cell(JournalTableModel::CommentColumn, ItemRoles::IdRole).toString(),
             accepted.id.toString(QUuid::WithoutBraces));
    QCOMPARE(cell(JournalTableModel::TimeColumn, JournalTableModel::OperationIdRole).toString(),
             accepted.operationId.toString(QUuid::WithoutBraces));
    const QString search = cell(JournalTableModel::TimeColumn, ItemRoles::SearchTextRole).toString();
    QVERIFY(search.contains(u"order-service"_s));
    QVERIFY(search.contains(u"ba386059-69b1-4e65-b1e5-0682d9fa4f9c"_s));
    QVERIFY(search.contains(u"91f93257-7a4a-4bd3-9a7e-2f6eae6d1234"_s)); // lower case
    QVERIFY(search.contains(u"canary looks fine"_s));

    // The earlier row of the same operation sorts first by time and shares the operation id.
    QVERIFY(model.index(0, JournalTableModel::TimeColumn).data(ItemRoles::SortRole).toLongLong()
            < cell(JournalTableModel::TimeColumn, ItemRoles::SortRole).toLongLong());
    QCOMPARE(model.index(0, 0).data(JournalTableModel::OperationIdRole),
             cell(0, JournalTableModel::OperationIdRole));
}

void TestJournalTableModel::showsAFailureAndItsError()
{
    JournalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JournalEntry failed = entryNumber(1, JournalEntry::Outcome::Failed);
    failed.errorCode = u"Application.ChangerOrderRunning"_s;
    failed.errorMessage = u"A change order is running."_s;
    JournalEntry timedOut = entryNumber(2, JournalEntry::Outcome::UnknownAfterTimeout);
    timedOut.errorMessage = u"No answer within 15 s."_s;
    model.setEntries({failed, timedOut, entryNumber(3, JournalEntry::Outcome::Succeeded),
                      entryNumber(4, JournalEntry::Outcome::CancelledByUser)});
    const auto outcome = [&model](int row, int role = Qt::DisplayRole) {
        return model.index(row, JournalTableModel::OutcomeColumn).data(role);
    };
    QCOMPARE(outcome(0).toString(), u"Failed"_s);
    QCOMPARE(outcome(0, ItemRoles::SeverityRole).toInt(), int(Severity::Critical));
    QCOMPARE(outcome(0, Qt::ToolTipRole).toString(),
             u"Application.ChangerOrderRunning: A change order is running."_s);
    QCOMPARE(outcome(1).toString(), u"Unknown (timed out)"_s);
    QCOMPARE(outcome(1, ItemRoles::SeverityRole).toInt(), int(Severity::Warning));
    QCOMPARE(outcome(1, Qt::ToolTipRole).toString(), u"No answer within 15 s."_s);
    QCOMPARE(outcome(2).toString(), u"Succeeded"_s);
    QCOMPARE(outcome(2, ItemRoles::SeverityRole).toInt(), int(Severity::Normal));
    QCOMPARE(outcome(3).toString(), u"Cancelled by user"_s);
    QCOMPARE(outcome(3, ItemRoles::SeverityRole).toInt(), int(Severity::Inactive));
}

void TestJournalTableModel::appendsRowsAndSkipsKnownEvents()
{
    JournalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendEntry(entryNumber(1));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);

    // A read-back that overlaps what the writer already confirmed adds only what is new, in order.
    model.appendEntries({entryNumber(1), entryNumber(2), entryNumber(3), entryNumber(2)});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entryAt(1), entryNumber(2));
    QCOMPARE(model.entryAt(2), entryNumber(3));
    QVERIFY(model.contains(entryNumber(3).id));
    QVERIFY(!model.contains(entryNumber(4).id));

    model.appendEntries({entryNumber(3)});
    model.appendEntries({});
    QCOMPARE(inserted.count(), 2);
}

void TestJournalTableModel::setEntriesReplacesTheRows()
{
    JournalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({entryNumber(1), entryNumber(2)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEntries({entryNumber(3), entryNumber(3), entryNumber(4)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.entries(), (QList<JournalEntry>{entryNumber(3), entryNumber(4)}));
    QVERIFY(!model.contains(entryNumber(1).id));
    model.appendEntry(entryNumber(1));
    QCOMPARE(model.rowCount(), 3);
}

void TestJournalTableModel::showsWhatItDoesNotKnowAsWritten()
{
    JournalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JournalEntry newer = entryNumber(1);
    newer.what = u"migrate-namespace"_s;
    newer.outcome = JournalEntry::Outcome::Unrecognised;
    newer.unrecognisedOutcome = u"partially-done"_s;
    newer.who.osUser.clear();
    newer.where = {u"cn-hangzhou"_s, u"cn-hangzhou:staging"_s, {}, u"app-9"_s, {}, {}};
    model.appendEntry(newer);
    QCOMPARE(model.index(0, JournalTableModel::WhatColumn).data().toString(), u"migrate-namespace"_s);
    QCOMPARE(model.index(0, JournalTableModel::OutcomeColumn).data().toString(), u"partially-done"_s);
    QCOMPARE(model.index(0, JournalTableModel::OutcomeColumn).data(ItemRoles::SeverityRole).toInt(),
             int(Severity::Warning));
    QCOMPARE(model.index(0, JournalTableModel::WhoColumn).data().toString(), u"prod-shenzhen"_s);
    QCOMPARE(model.index(0, JournalTableModel::WhereColumn).data().toString(),
             u"cn-hangzhou / cn-hangzhou:staging / app-9"_s);
    QCOMPARE(model.index(0, JournalTableModel::WhatColumn).data(Qt::ToolTipRole).toString(),
             u"{\n    \"InstanceIds\": \"order-7d9f-x2k4q,order-7d9f-abcde\"\n}"_s);
}

void TestJournalTableModel::namesEveryAction()
{
    const QList<std::pair<QLatin1StringView, QString>> actions{
        {JournalAction::deploy, u"Deploy"_s},
        {JournalAction::rollback, u"Roll back"_s},
        {JournalAction::rescale, u"Rescale"_s},
        {JournalAction::restartApplication, u"Restart application"_s},
        {JournalAction::restartInstances, u"Restart instances"_s},
        {JournalAction::deleteInstances, u"Delete instances"_s},
        {JournalAction::stop, u"Stop"_s},
        {JournalAction::start, u"Start"_s},
        {JournalAction::confirmBatch, u"Confirm next batch"_s},
        {JournalAction::abort, u"Stop change"_s},
        {JournalAction::abortAndRollback, u"Stop change and roll back"_s},
        {JournalAction::scalingRuleCreate, u"Create scaling rule"_s},
        {JournalAction::scalingRuleUpdate, u"Edit scaling rule"_s},
        {JournalAction::scalingRuleEnable, u"Enable scaling rule"_s},
        {JournalAction::scalingRuleDisable, u"Disable scaling rule"_s},
        {JournalAction::scalingRuleDelete, u"Delete scaling rule"_s},
    };
    for (const auto &[what, text] : actions)
        QCOMPARE(JournalTableModel::actionText(what), text);
}

QTEST_GUILESS_MAIN(TestJournalTableModel)
#include "tst_journaltablemodel.moc"
