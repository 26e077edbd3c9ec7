#include "core/task.h"

#include <QTest>

using namespace Qt::StringLiterals;

/** Task: one step of a batch's stage (reference 6.2, DescribePipeline's TaskList). */
class TestTask : public QObject
{
    Q_OBJECT

private slots:
    void finishedStatuses_data();
    void finishedStatuses();
    void problemOfAFailedTask_data();
    void problemOfAFailedTask();
    void problemOfARunningTaskIsItsMessage();
};

void TestTask::finishedStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<bool>("failed");
    QTest::newRow("0 prepared") << 0 << false << false;
    QTest::newRow("1 executing") << 1 << false << false;
    QTest::newRow("2 succeeded") << 2 << true << false;
    QTest::newRow("3 failed") << 3 << true << true;
    QTest::newRow("5 pending retry") << 5 << false << false;
    QTest::newRow("6 terminated") << 6 << true << false;
    QTest::newRow("7 unknown, kept") << 7 << false << false;
}

void TestTask::finishedStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, finished);
    QFETCH(bool, failed);
    Task task;
    task.status = TaskStatus(status);
    QCOMPARE(task.isFinished(), finished);
    QCOMPARE(task.hasFailed(), failed);
    QCOMPARE(int(task.status), status);
}

void TestTask::problemOfAFailedTask_data()
{
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("errorMessage");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("problem");
    QTest::newRow("code and message")
        << u"EDAS-10022"_s << u"image pull failed"_s << u"deploying"_s << u"EDAS-10022: image pull failed"_s;
    // The reference's example repeats the code as the message.
    QTest::newRow("code repeated") << u"EDAS-10022"_s << u"EDAS-10022"_s << QString() << u"EDAS-10022"_s;
    QTest::newRow("code only") << u"BatchFailed"_s << QString() << QString() << u"BatchFailed"_s;
    QTest::newRow("code, task message") << u"BatchFailed"_s << QString() << u"2 instances not ready"_s
                                        << u"BatchFailed: 2 instances not ready"_s;
    QTest::newRow("message only") << QString() << u"timed out"_s << QString() << u"timed out"_s;
    QTest::newRow("nothing") << QString() << QString() << QString() << QString();
}

void TestTask::problemOfAFailedTask()
{
    QFETCH(QString, errorCode);
    QFETCH(QString, errorMessage);
    QFETCH(QString, message);
    QFETCH(QString, problem);
    Task task;
    task.status = TaskStatus::Failed;
    task.errorCode = errorCode;
    task.errorMessage = errorMessage;
    task.message = message;
    QCOMPARE(task.problem(), problem);
}

void TestTask::problemOfARunningTaskIsItsMessage()
{
    Task task;
    task.status = TaskStatus::Executing;
    task.message = u"init Namespace success"_s;
    task.errorCode = u"stale"_s; // only a failed task reports its error
    QCOMPARE(task.problem(), u"init Namespace success"_s);
}

QTEST_GUILESS_MAIN(TestTask)
#include "tst_task.moc"
