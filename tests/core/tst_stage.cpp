#include "core/changeorder.h"
#include "core/stage.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Task task(const QString &name, TaskStatus status, const QString &message = {})
{
    Task made;
    made.taskId = name + u"-id"_s;
    made.name = name;
    made.status = status;
    made.message = message;
    return made;
}

} // namespace

/** Stage: a batch's stage and its tasks (reference 6.2), and a pipeline that carries stages. */
class TestStage : public QObject
{
    Q_OBJECT

private slots:
    void countsFinishedTasks();
    void firstFailedTask();
    void lastMessage();
    void emptyStage();
    void pipelineComparesItsStages();
};

void TestStage::countsFinishedTasks()
{
    Stage stage;
    stage.tasks = {task(u"init"_s, TaskStatus::Succeeded), task(u"pull"_s, TaskStatus::Terminated),
                   task(u"deploy"_s, TaskStatus::Executing), task(u"check"_s, TaskStatus::PendingRetry),
                   task(u"route"_s, TaskStatus::Preparing)};
    QCOMPARE(stage.finishedTaskCount(), 2);
}

void TestStage::firstFailedTask()
{
    Stage stage;
    stage.tasks = {task(u"init"_s, TaskStatus::Succeeded), task(u"pull"_s, TaskStatus::Failed),
                   task(u"deploy"_s, TaskStatus::Failed)};
    stage.tasks[1].errorCode = u"ImagePullBackOff"_s;
    const std::optional<Task> failed = stage.firstFailedTask();
    QVERIFY(failed.has_value());
    QCOMPARE(failed->name, u"pull"_s);
    QCOMPARE(failed->errorCode, u"ImagePullBackOff"_s);

    stage.tasks[1].status = TaskStatus::Succeeded;
    stage.tasks[2].status = TaskStatus::Succeeded;
    QVERIFY(!stage.firstFailedTask().has_value());
}

void TestStage::lastMessage()
{
    Stage stage;
    stage.tasks = {task(u"init"_s, TaskStatus::Succeeded, u"init Namespace success"_s),
                   task(u"deploy"_s, TaskStatus::Executing, u"2 of 4 instances ready"_s),
                   task(u"route"_s, TaskStatus::Preparing)};
    QCOMPARE(stage.lastMessage(), u"2 of 4 instances ready"_s); // tasks not yet started say nothing

    stage.tasks[1].status = TaskStatus::Failed;
    stage.tasks[1].errorCode = u"BatchFailed"_s;
    stage.tasks[1].errorMessage = u"instances not ready in 300 s"_s;
    QCOMPARE(stage.lastMessage(), u"BatchFailed: instances not ready in 300 s"_s);
}

void TestStage::emptyStage()
{
    const Stage stage;
    QCOMPARE(stage.finishedTaskCount(), 0);
    QVERIFY(!stage.firstFailedTask().has_value());
    QCOMPARE(stage.lastMessage(), QString());
    QCOMPARE(stage.executor, Stage::Executor::Serial);
    QCOMPARE(stage.status, ChangeOrderStatus::Preparing);
}

void TestStage::pipelineComparesItsStages()
{
    Pipeline a;
    a.pipelineId = u"p1"_s;
    Stage stage;
    stage.stageId = u"s1"_s;
    stage.tasks = {task(u"deploy"_s, TaskStatus::Executing)};
    a.stages = {stage};
    Pipeline b = a;
    QCOMPARE(a, b);
    b.stages[0].tasks[0].status = TaskStatus::Succeeded;
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestStage)
#include "tst_stage.moc"
