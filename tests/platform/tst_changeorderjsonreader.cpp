#include "platform/changeorderjsonreader.h"
#include "support/recordedanswer.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

using RecordedAnswer::answer;
using RecordedAnswer::fixture;

QDateTime shanghai(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(8 * 3600)).toUTC();
}

} // namespace

/**
 * Change orders, batches, stages, tasks and tickets from SAE's JSON: the reference's examples,
 * the tolerance the reference asks for, and broken answers that must become a Parse error naming
 * the field, with the RequestId.
 */
class TestChangeOrderJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void referenceDescribeChangeOrder();
    void referenceListChangeOrders();
    void referenceDescribePipeline();
    void referenceTickets();
    void numericCodeAndStringNumbers();
    void wrappedListsAndOtherSpellings();
    void missingOptionalFields();
    void unknownStatusIsKept();
    void changeOrderTimes_data();
    void changeOrderTimes();
    void brokenAnswers_data();
    void brokenAnswers();
};

void TestChangeOrderJsonReader::referenceDescribeChangeOrder()
{
    const ApiResult<ChangeOrder> result =
        answer(fixture(u"describechangeorder.json"_s), &ChangeOrderJsonReader::changeOrder);
    QVERIFY(result.isOk());
    const ChangeOrder &order = result.value();
    QCOMPARE(order.changeOrderId, u"765fa5c0-9ebb-4bb4-b383-1f885447**"_s);
    QCOMPARE(order.appId, u"bbbbb-3fd370b2-3646-4ba6-91f9-9423e19ab0cd-*****"_s);
    QCOMPARE(order.appName, u"app-test"_s);
    QCOMPARE(order.coTypeCode, u"CoRestartInstances"_s);
    QCOMPARE(order.description, u"description"_s);
    QCOMPARE(order.status, ChangeOrderStatus::Succeeded);
    QCOMPARE(order.subStatus, 0);
    QCOMPARE(order.autoRelease, true);
    QCOMPARE(order.batchWaitMinutes, 0);
    QCOMPARE(order.supportRollback, false);
    QCOMPARE(order.errorMessage, QString()); // "success" is not an error
    QCOMPARE(order.createdAt, shanghai(2020, 12, 17, 21, 6, 45));
    QCOMPARE(order.pipelines.size(), 1);
    const Pipeline &batch = order.pipelines.first();
    QCOMPARE(batch.pipelineId, u"0e4acf82-c9b1-4c1e-ac28-55776338****"_s);
    QCOMPARE(batch.name, u"Batch 1 Change"_s);
    QCOMPARE(batch.status, ChangeOrderStatus::Succeeded);
    QCOMPARE(batch.startedAt.toMSecsSinceEpoch(), 1562831689704);
    QCOMPARE(batch.updatedAt.toMSecsSinceEpoch(), 1562847178007);
    QCOMPARE(order.currentPipeline, 0);
}

void TestChangeOrderJsonReader::referenceListChangeOrders()
{
    const ApiResult<Page<ChangeOrder>> result =
        answer(fixture(u"listchangeorders.json"_s), &ChangeOrderJsonReader::changeOrders);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().currentPage, 1);
    QCOMPARE(result.value().pageSize, 20);
    QCOMPARE(result.value().totalSize, 1);
    QCOMPARE(result.value().items.size(), 1);
    const ChangeOrder &order = result.value().items.first();
    QCOMPARE(order.changeOrderId, u"7fa5c0-9ebb-4bb4-b383-1f885447****"_s);
    QCOMPARE(order.coTypeCode, u"CoCreateApp"_s);
    QCOMPARE(order.status, ChangeOrderStatus::Succeeded);
    QCOMPARE(order.autoRelease, true); // BatchType "auto"
    QCOMPARE(order.createdAt, shanghai(2019, 7, 11, 15, 54, 49));
    QCOMPARE(order.finishedAt, shanghai(2019, 7, 11, 20, 12, 58));
    QVERIFY(order.pipelines.isEmpty());
}

void TestChangeOrderJsonReader::referenceDescribePipeline()
{
    const ApiResult<Pipeline> result =
        answer(fixture(u"describepipeline.json"_s), &ChangeOrderJsonReader::pipeline);
    QVERIFY(result.isOk());
    const Pipeline &batch = result.value();
    QCOMPARE(batch.pipelineId, u"917660ba-5092-44ca-b8e0-80012c96****"_s);
    QCOMPARE(batch.name, u"Batch 1 change"_s);
    QCOMPARE(batch.status, ChangeOrderStatus::Succeeded);
    QCOMPARE(batch.currentStageId, u"c3a55592-4c30-4d84-ac2d-e98c18ec****"_s);
    QCOMPARE(batch.nextPipelineId, u"b77b1c98-5772-4f05-95fc-c7bee5fa****"_s);
    QCOMPARE(batch.nextBatchReady, false);
    QCOMPARE(batch.stages.size(), 1);
    const Stage &stage = batch.stages.first();
    QCOMPARE(stage.stageId, u"c3a55592-4c30-4d84-ac2d-e98c18ec****"_s);
    QCOMPARE(stage.name, u"Deployment application"_s);
    QCOMPARE(stage.executor, Stage::Executor::Serial);
    QCOMPARE(stage.status, ChangeOrderStatus::Succeeded);
    QCOMPARE(stage.tasks.size(), 1);
    const Task &task = stage.tasks.first();
    QCOMPARE(task.taskId, u"bef0122f-de9a-4ab0-8223-b88bf8ad****"_s);
    QCOMPARE(task.name, u"Initialize environment"_s);
    QCOMPARE(task.stageId, stage.stageId);
    QCOMPARE(task.status, TaskStatus::Succeeded);
    QCOMPARE(task.message, u"init Namespace success"_s);
    QCOMPARE(task.errorCode, u"EDAS-10022"_s);
    QCOMPARE(task.errorMessage, u"EDAS-10022"_s);
    QCOMPARE(task.errorIgnored, false);
    QCOMPARE(task.manualIgnoreAllowed, false);
    QVERIFY(!task.startedAt.isValid());
    QCOMPARE(batch.message, u"init Namespace success"_s);
}

void TestChangeOrderJsonReader::referenceTickets()
{
    const ApiResult<ChangeOrderTicket> deployed =
        answer(fixture(u"deployapplication.json"_s), &ChangeOrderJsonReader::ticket);
    QVERIFY(deployed.isOk());
    QCOMPARE(deployed.value().changeOrderId, u"01db03d3-3ee9-48b3-b3d0-dfce2d88****"_s);
    QCOMPARE(deployed.value().appId, u"7171a6ca-d1cd-4928-8642-7d5cfe69****"_s);
    QCOMPARE(deployed.value().needsApproval, std::optional(true));
    QCOMPARE(deployed.value().requestId, u"01CF26C7-00A3-4AA6-BA76-7E95F2A3***"_s);

    const ApiResult<ChangeOrderTicket> aborted =
        answer(fixture(u"abortandrollbackchangeorder.json"_s), &ChangeOrderJsonReader::ticket);
    QVERIFY(aborted.isOk());
    QCOMPARE(aborted.value().changeOrderId, u"ba386059-69b1-4e65-b1e5-0682d9fa****"_s);
    QCOMPARE(aborted.value().appId, QString());
    QCOMPARE(aborted.value().needsApproval, std::nullopt); // absent, not false
}

void TestChangeOrderJsonReader::numericCodeAndStringNumbers()
{
    // The 2021 docs' numeric Code, statuses and times as strings, a string SubStatus, and Success
    // as a string.
    const ApiResult<ChangeOrder> result =
        answer(R"({"Code": 200, "Success": "true", "RequestId": "r-1", "Data": {
            "ChangeOrderId": "co-1", "Status": "8", "SubStatus": "RUNNING_BUT_HAS_ERROR", "BatchWaitTime": "2",
            "SupportRollback": "true", "CurrentPipelineId": "p-2",
            "Pipelines": [{"PipelineId": "p-1", "Status": "2", "StartTime": "1562831689704"},
                          {"PipelineId": "p-2", "Status": 8, "UpdateTime": 1562847178007.0}]}})",
               &ChangeOrderJsonReader::changeOrder);
    QVERIFY(result.isOk());
    const ChangeOrder &order = result.value();
    QCOMPARE(order.status, ChangeOrderStatus::WaitingForConfirmation);
    QCOMPARE(order.subStatus, 1);
    QCOMPARE(order.batchWaitMinutes, 2);
    QCOMPARE(order.supportRollback, true);
    QCOMPARE(order.pipelines.at(0).status, ChangeOrderStatus::Succeeded);
    QCOMPARE(order.pipelines.at(0).startedAt.toMSecsSinceEpoch(), 1562831689704);
    QCOMPARE(order.pipelines.at(1).status, ChangeOrderStatus::WaitingForConfirmation);
    QCOMPARE(order.pipelines.at(1).updatedAt.toMSecsSinceEpoch(), 1562847178007);
    QCOMPARE(order.currentPipeline, 1);

    const ApiResult<ChangeOrderTicket> ticket = answer(
        R"({"Code": 200, "requestId": "r-2", "Data": {"ChangeOrderId": "co-2", "IsNeedApproval": "false"}})",
        &ChangeOrderJsonReader::ticket);
    QVERIFY(ticket.isOk());
    QCOMPARE(ticket.value().needsApproval, std::optional(false));
    QCOMPARE(ticket.value().requestId, u"r-2"_s);
}

void TestChangeOrderJsonReader::wrappedListsAndOtherSpellings()
{
    const ApiResult<ChangeOrder> order =
        answer(R"({"Code": "200", "Data": {"ChangeOrderId": "co-1", "Status": 1,
            "BatchType": "manual", "SubStatus": "runningButHasError",
            "Pipelines": {"Pipeline": [{"PipelineId": "p-1", "Status": 1}]}, "SomethingNew": {"x": 1}}})",
               &ChangeOrderJsonReader::changeOrder);
    QVERIFY(order.isOk());
    QCOMPARE(order.value().autoRelease, false); // no Auto: BatchType says it
    QCOMPARE(order.value().subStatus, 1);
    QCOMPARE(order.value().pipelines.size(), 1);
    QCOMPARE(order.value().pipelines.first().pipelineId, u"p-1"_s);

    // ListNamespaceChangeOrders documents Pipelines as a string: no batches, no error.
    const ApiResult<Page<ChangeOrder>> list = answer(R"({"Data": {"ChangeOrderList": {"ChangeOrder": [
            {"ChangeOrderId": "co-1", "Status": 2, "Pipelines": "xxxx", "BatchType": "Automatic"}]}}})",
                                                     &ChangeOrderJsonReader::changeOrders);
    QVERIFY(list.isOk());
    QCOMPARE(list.value().items.size(), 1);
    QVERIFY(list.value().items.first().pipelines.isEmpty());
    QCOMPARE(list.value().items.first().autoRelease, true);

    const ApiResult<Pipeline> pipeline = answer(R"({"Data": {"PipelineId": "p-1", "PipelineStatus": "1",
            "ShowBatch": "true", "CurrentStageId": "s-2",
            "StageList": {"Stage": [
                {"StageId": "s-1", "ExecutorType": 1, "Status": 2, "TaskList": [{"TaskId": "t-1", "Status": 2, "Message": "pulled"}]},
                {"StageId": "s-2", "Status": "1", "TaskList": {"Task": [
                    {"TaskId": "t-2", "Status": "3", "ErrorIgnore": "1", "ShowManualIgnore": "true",
                     "ErrorCode": "BatchFailed", "ErrorMessage": "2 instances not ready",
                     "StartTime": 1562831689704, "UpdateTime": "1562847178007"},
                    {"TaskId": "t-3", "Status": 0, "ErrorIgnore": true}]}}]}}})",
                                                &ChangeOrderJsonReader::pipeline);
    QVERIFY(pipeline.isOk());
    const Pipeline &batch = pipeline.value();
    QCOMPARE(batch.status, ChangeOrderStatus::Executing);
    QCOMPARE(batch.nextBatchReady, true);
    QCOMPARE(batch.stages.size(), 2);
    QCOMPARE(batch.stages.at(0).executor, Stage::Executor::Parallel);
    const Stage &current = batch.stages.at(1);
    QCOMPARE(current.tasks.size(), 2);
    QCOMPARE(current.tasks.at(0).stageId, u"s-2"_s); // from its stage
    QCOMPARE(current.tasks.at(0).status, TaskStatus::Failed);
    QCOMPARE(current.tasks.at(0).errorIgnored, true);
    QCOMPARE(current.tasks.at(0).manualIgnoreAllowed, true);
    QCOMPARE(current.tasks.at(0).startedAt.toMSecsSinceEpoch(), 1562831689704);
    QCOMPARE(current.tasks.at(0).updatedAt.toMSecsSinceEpoch(), 1562847178007);
    QCOMPARE(current.tasks.at(1).errorIgnored, true);
    // The batch's message is its current stage's: the failure, not the first stage's "pulled".
    QCOMPARE(batch.message, u"BatchFailed: 2 instances not ready"_s);
}

void TestChangeOrderJsonReader::missingOptionalFields()
{
    const ApiResult<ChangeOrder> order =
        answer(R"({"Data": {"ChangeOrderId": "co-1", "Status": 0}})", &ChangeOrderJsonReader::changeOrder);
    QVERIFY(order.isOk());
    QCOMPARE(order.value().status, ChangeOrderStatus::Preparing);
    QCOMPARE(order.value().appId, QString());
    QVERIFY(!order.value().createdAt.isValid());
    QVERIFY(order.value().pipelines.isEmpty());
    QCOMPARE(order.value().currentPipeline, 0);

    const ApiResult<Pipeline> pipeline =
        answer(R"({"Data": {"PipelineId": "p-1", "StageList": null}})", &ChangeOrderJsonReader::pipeline);
    QVERIFY(pipeline.isOk());
    QCOMPARE(pipeline.value().status, ChangeOrderStatus::Preparing);
    QVERIFY(pipeline.value().stages.isEmpty());
    QCOMPARE(pipeline.value().message, QString());

    const ApiResult<Page<ChangeOrder>> empty =
        answer(R"({"Data": {}})", &ChangeOrderJsonReader::changeOrders);
    QVERIFY(empty.isOk());
    QVERIFY(empty.value().items.isEmpty());
    QCOMPARE(empty.value().totalSize, 0);
}

void TestChangeOrderJsonReader::unknownStatusIsKept()
{
    const ApiResult<ChangeOrder> order =
        answer(R"({"Data": {"ChangeOrderId": "co-1", "Status": 13}})", &ChangeOrderJsonReader::changeOrder);
    QVERIFY(order.isOk());
    QCOMPARE(int(order.value().status), 13);
    QVERIFY(order.value().isRunning()); // not terminal: a tracker keeps following it
}

void TestChangeOrderJsonReader::changeOrderTimes_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("time");
    const QDateTime expected = shanghai(2019, 7, 11, 15, 54, 49);
    QTest::newRow("region time") << QJsonValue(u"2019-07-11 15:54:49"_s) << expected;
    QTest::newRow("epoch ms") << QJsonValue(double(expected.toMSecsSinceEpoch())) << expected;
    QTest::newRow("epoch ms text") << QJsonValue(QString::number(expected.toMSecsSinceEpoch())) << expected;
    QTest::newRow("ISO UTC") << QJsonValue(u"2019-07-11T07:54:49Z"_s) << expected;
    QTest::newRow("ISO without offset") << QJsonValue(u"2019-07-11T15:54:49"_s) << expected;
    QTest::newRow("empty") << QJsonValue(QString()) << QDateTime();
    QTest::newRow("garbage") << QJsonValue(u"yesterday"_s) << QDateTime();
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"t"_s, 1}}) << QDateTime();
    QTest::newRow("huge") << QJsonValue(1e300) << QDateTime();
    QTest::newRow("zero") << QJsonValue(0) << QDateTime();
}

void TestChangeOrderJsonReader::changeOrderTimes()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, time);
    QCOMPARE(ChangeOrderJsonReader::changeOrderTime(value), time);
}

void TestChangeOrderJsonReader::brokenAnswers_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const QString &reader, const QByteArray &data,
                        const QString &field) {
        QTest::newRow(name) << reader << (R"({"Code": "200", "RequestId": "req-7", "Data": )" + data + '}')
                            << field;
    };
    row("no Data", u"order"_s, "null", u"Data is missing"_s);
    row("Data a string", u"order"_s, R"("co-1")", u"Data is not an object"_s);
    row("Data a list", u"ticket"_s, R"([{"ChangeOrderId": "co-1"}])", u"Data is not an object"_s);
    row("no ChangeOrderId", u"order"_s, R"({"Status": 1})", u"Data.ChangeOrderId is missing"_s);
    row("empty ChangeOrderId", u"ticket"_s, R"({"ChangeOrderId": ""})", u"Data.ChangeOrderId is missing"_s);
    row("no Status", u"order"_s, R"({"ChangeOrderId": "co-1"})", u"Data.Status is missing"_s);
    row("Status a word", u"order"_s, R"({"ChangeOrderId": "co-1", "Status": "running"})",
        u"Data.Status is not a number"_s);
    row("Status an object", u"order"_s, R"({"ChangeOrderId": "co-1", "Status": {"Code": 1}})",
        u"Data.Status is not a number"_s);
    row("Status a fraction", u"order"_s, R"({"ChangeOrderId": "co-1", "Status": 1.5})",
        u"Data.Status is not a number"_s);
    row("Status huge", u"order"_s, R"({"ChangeOrderId": "co-1", "Status": 1e300})",
        u"Data.Status is not a number"_s);
    row("Pipelines a number", u"order"_s, R"({"ChangeOrderId": "co-1", "Status": 1, "Pipelines": 3})",
        u"Data.Pipelines is not a list"_s);
    row("Pipelines entry a string", u"order"_s,
        R"({"ChangeOrderId": "co-1", "Status": 1, "Pipelines": [{"PipelineId": "p-1"}, "p-2"]})",
        u"Data.Pipelines[1] is not an object"_s);
    row("Pipeline without ID", u"order"_s,
        R"({"ChangeOrderId": "co-1", "Status": 1, "Pipelines": [{"Status": 1}]})",
        u"Data.Pipelines[0].PipelineId is missing"_s);
    row("Pipeline Status a bool", u"order"_s,
        R"({"ChangeOrderId": "co-1", "Status": 1, "Pipelines": [{"PipelineId": "p-1", "Status": true}]})",
        u"Data.Pipelines[0].Status is not a number"_s);
    row("list entry without ID", u"list"_s,
        R"({"ChangeOrderList": [{"ChangeOrderId": "co-1", "Status": 2}, {"Status": 2}]})",
        u"Data.ChangeOrderList[1].ChangeOrderId is missing"_s);
    row("list entry without Status", u"list"_s, R"({"ChangeOrderList": [{"ChangeOrderId": "co-1"}]})",
        u"Data.ChangeOrderList[0].Status is missing"_s);
    row("list not a list", u"list"_s, R"({"ChangeOrderList": "none"})",
        u"Data.ChangeOrderList is not a list"_s);
    row("pipeline without ID", u"pipeline"_s, R"({"PipelineStatus": 1})", u"Data.PipelineId is missing"_s);
    row("PipelineStatus a list", u"pipeline"_s, R"({"PipelineId": "p-1", "PipelineStatus": [1]})",
        u"Data.PipelineStatus is not a number"_s);
    row("StageList a string", u"pipeline"_s, R"({"PipelineId": "p-1", "StageList": "s-1"})",
        u"Data.StageList is not a list"_s);
    row("stage a number", u"pipeline"_s, R"({"PipelineId": "p-1", "StageList": [7]})",
        u"Data.StageList[0] is not an object"_s);
    row("TaskList a two-key object", u"pipeline"_s,
        R"({"PipelineId": "p-1", "StageList": [{"StageId": "s-1", "TaskList": {"a": [], "b": []}}]})",
        u"Data.StageList[0].TaskList is not a list"_s);
    row("task Status a word", u"pipeline"_s,
        R"({"PipelineId": "p-1", "StageList": [{"TaskList": [{"TaskId": "t-1"}, {"TaskId": "t-2", "Status": "done"}]}]})",
        u"Data.StageList[0].TaskList[1].Status is not a number"_s);
    row("task a list", u"pipeline"_s, R"({"PipelineId": "p-1", "StageList": [{"TaskList": [[]]}]})",
        u"Data.StageList[0].TaskList[0] is not an object"_s);
}

void TestChangeOrderJsonReader::brokenAnswers()
{
    QFETCH(QString, reader);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    std::optional<ApiError> error;
    const auto keep = [&error](const auto &result) {
        QVERIFY(!result.isOk());
        error = result.error();
    };
    if (reader == u"order")
        keep(answer(body, &ChangeOrderJsonReader::changeOrder));
    else if (reader == u"list")
        keep(answer(body, &ChangeOrderJsonReader::changeOrders));
    else if (reader == u"pipeline")
        keep(answer(body, &ChangeOrderJsonReader::pipeline));
    else
        keep(answer(body, &ChangeOrderJsonReader::ticket));
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ApiError::Kind::Parse);
    QCOMPARE(error->requestId, u"req-7"_s);
    QCOMPARE(error->httpStatus, 200);
    QVERIFY2(error->message.endsWith(field), qPrintable(error->message));
}

QTEST_GUILESS_MAIN(TestChangeOrderJsonReader)
#include "tst_changeorderjsonreader.moc"
