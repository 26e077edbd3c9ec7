#include "core/instancetablemodel.h"
#include "widgets/changeorderview.h"
#include "widgets/messagebanner.h"
#include "widgets/progressbardelegate.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QDateTime s_now(QDate(2026, 11, 30), QTime(2, 14, 23), Qt::UTC);
const QDateTime s_created = s_now.addSecs(-252); // 4 min 12 s before

Pipeline batch(const QString &id, const QString &name, ChangeOrderStatus status, int instances,
               bool gray = false)
{
    Pipeline pipeline;
    pipeline.pipelineId = id;
    pipeline.name = name;
    pipeline.status = status;
    pipeline.instanceCount = instances;
    pipeline.gray = gray;
    return pipeline;
}

/// A deploy of a gray batch and two more: the gray batch released, batch 2 waiting (status 8).
ChangeOrder waitingOrder()
{
    ChangeOrder order;
    order.changeOrderId = u"co-1"_s;
    order.appId = u"app-1"_s;
    order.appName = u"order-service"_s;
    order.coTypeCode = u"CoDeploy"_s;
    order.description = u"order-service 5.2.8"_s;
    order.status = ChangeOrderStatus::WaitingForConfirmation;
    order.createdAt = s_created;
    order.supportRollback = true;
    order.autoRelease = false;
    Pipeline gray = batch(u"p-gray"_s, u"Gray Batch Change"_s, ChangeOrderStatus::Succeeded, 1, true);
    gray.startedAt = s_created.addSecs(10);
    gray.updatedAt = s_created.addSecs(100); // 1 min 30 s
    gray.message = u"Batch completed"_s;
    Pipeline second = batch(u"p-2"_s, u"Batch 1 Change"_s, ChangeOrderStatus::WaitingForConfirmation, 2);
    second.updatedAt = gray.updatedAt;
    order.pipelines = {gray, second, batch(u"p-3"_s, u"Batch 2 Change"_s, ChangeOrderStatus::Preparing, 2)};
    order.currentPipeline = 0;
    return order;
}

Task task(const QString &id, const QString &name, TaskStatus status, const QString &message = {})
{
    Task one;
    one.taskId = id;
    one.name = name;
    one.status = status;
    one.message = message;
    return one;
}

/// DescribePipeline of the second batch: its first stage done, the second failing.
Pipeline secondBatchDetail()
{
    Pipeline detail;
    detail.pipelineId = u"p-2"_s;
    detail.name = u"Batch 1 Change"_s;
    detail.status = ChangeOrderStatus::Failed;
    Stage prepare;
    prepare.stageId = u"s-1"_s;
    prepare.name = u"Prepare"_s;
    prepare.status = ChangeOrderStatus::Succeeded;
    prepare.tasks = {
        task(u"t-1"_s, u"Initialize environment"_s, TaskStatus::Succeeded, u"init Namespace success"_s)};
    Stage deploy;
    deploy.stageId = u"s-2"_s;
    deploy.name = u"Deployment application"_s;
    deploy.status = ChangeOrderStatus::Failed;
    Task failed = task(u"t-2"_s, u"Deploy instances"_s, TaskStatus::Failed, u"pulling image"_s);
    failed.errorCode = u"ImagePullBackOff"_s;
    failed.errorMessage = u"image registry.example.com/order:5.2.8 not found"_s;
    deploy.tasks = {failed, task(u"t-3"_s, u"Check readiness"_s, TaskStatus::Preparing)};
    detail.stages = {prepare, deploy};
    return detail;
}

Instance instance(const QString &id, InstanceStatus status, qint64 restarts)
{
    Instance one;
    one.instanceId = id;
    one.status = status;
    one.statusText = toWire(status);
    one.health = InstanceHealth::Healthy;
    one.restarts = restarts;
    one.packageVersion = u"5.2.8"_s;
    one.createdAt = s_now.addSecs(-120);
    return one;
}

} // namespace

class TestChangeOrderView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyView();
    void batchesAsTreeRowsWithProgress();
    void waitingOrderOffersTheReview();
    void failedOrderSaysWhyInTheBanner();
    void terminatedOrder();
    void pipelineDetailAddsStagesAndTasks();
    void updateKeepsStagesSelectionAndExpansion();
    void clickingABatchSelectsIt();
    void batchInstancesOfTheSelectedBatch();
    void elapsedTimeFollowsTheReferenceTime();
    void staleReasonMarksTheData();
    void anotherOrderReplacesTheShownOne();

private:
    QTreeWidget *tree() const { return m_view->findChild<QTreeWidget *>(u"batchTree"_s); }
    MessageBanner *banner() const { return m_view->findChild<MessageBanner *>(u"changeOrderBanner"_s); }
    QPushButton *button(const QString &name) const { return m_view->findChild<QPushButton *>(name); }
    QLabel *label(const QString &name) const { return m_view->findChild<QLabel *>(name); }
    QProgressBar *overallProgress() const { return m_view->findChild<QProgressBar *>(u"overallProgress"_s); }
    QTableView *instanceTable() const { return m_view->findChild<QTableView *>(u"batchInstances"_s); }
    void clickItem(QTreeWidgetItem *item);

    ChangeOrderView *m_view = nullptr;
};

void TestChangeOrderView::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestChangeOrderView::init()
{
    m_view = new ChangeOrderView;
    m_view->setReferenceTime(s_now);
    m_view->resize(1100, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestChangeOrderView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestChangeOrderView::clickItem(QTreeWidgetItem *item)
{
    QVERIFY(item);
    const QRect rect = tree()->visualItemRect(item);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestChangeOrderView::emptyView()
{
    QCOMPARE(label(u"changeOrderTitle"_s)->text(), u"No change order"_s);
    QVERIFY(!button(u"exportRecordButton"_s)->isEnabled());
    QVERIFY(button(u"reviewBatchButton"_s)->isHidden());
    QVERIFY(banner()->isHidden());
    QCOMPARE(tree()->topLevelItemCount(), 0);
    QCOMPARE(m_view->selectedPipelineId(), QString());
}

void TestChangeOrderView::batchesAsTreeRowsWithProgress()
{
    ChangeOrder order = waitingOrder();
    order.status = ChangeOrderStatus::Executing;
    order.pipelines[1].status = ChangeOrderStatus::Executing;
    order.pipelines[1].startedAt = s_now.addSecs(-30);
    order.pipelines[1].message = u"Deploying 2 instances"_s;
    order.currentPipeline = 1;
    m_view->setChangeOrder(order);

    QCOMPARE(label(u"changeOrderTitle"_s)->text(), u"Deploy · order-service"_s);
    QCOMPARE(label(u"changeOrderDescription"_s)->text(), u"order-service 5.2.8"_s);
    QCOMPARE(label(u"changeOrderStatus"_s)->text(), u"Running"_s);
    QCOMPARE(overallProgress()->text(), u"1 of 3 batches"_s);
    QCOMPARE(overallProgress()->value(), 1);
    QCOMPARE(overallProgress()->maximum(), 3);
    QVERIFY(banner()->isHidden());
    QVERIFY(button(u"reviewBatchButton"_s)->isHidden());

    QCOMPARE(tree()->topLevelItemCount(), 3);
    const QStringList names{u"Gray Batch Change (gray)"_s, u"Batch 1 Change"_s, u"Batch 2 Change"_s};
    const QStringList statuses{u"Succeeded"_s, u"Running"_s, u"Preparing"_s};
    const QStringList progress{u"100 %"_s, u"0 %"_s, u"0 %"_s};
    const QList<int> percents{100, 0, 0};
    const QStringList instances{u"1"_s, u"2"_s, u"2"_s};
    const QStringList durations{u"1 min 30 s"_s, u"30 s"_s, QString()};
    for (int i = 0; i < 3; ++i) {
        const QTreeWidgetItem *item = tree()->topLevelItem(i);
        QCOMPARE(item->text(ChangeOrderView::NameColumn), names.at(i));
        QCOMPARE(item->text(ChangeOrderView::StatusColumn), statuses.at(i));
        QCOMPARE(item->text(ChangeOrderView::ProgressColumn), progress.at(i));
        QCOMPARE(item->data(ChangeOrderView::ProgressColumn, ProgressBarDelegate::ProgressRole).toInt(),
                 percents.at(i));
        QCOMPARE(item->text(ChangeOrderView::InstancesColumn), instances.at(i));
        QCOMPARE(item->text(ChangeOrderView::DurationColumn), durations.at(i));
        QCOMPARE(item->childCount(), 0);
    }
    QCOMPARE(tree()->topLevelItem(1)->text(ChangeOrderView::MessageColumn), u"Deploying 2 instances"_s);
    // The current batch is selected, for its instances.
    QCOMPARE(m_view->selectedPipelineId(), u"p-2"_s);
}

void TestChangeOrderView::waitingOrderOffersTheReview()
{
    m_view->setChangeOrder(waitingOrder());
    QVERIFY(!banner()->isHidden());
    QCOMPARE(banner()->text(), u"Waits for your confirmation of batch 2 of 3."_s);
    QCOMPARE(banner()->level(), MessageBanner::Level::Information);
    QCOMPARE(label(u"changeOrderStatus"_s)->text(), u"Waiting for confirmation"_s);
    QPushButton *review = button(u"reviewBatchButton"_s);
    QVERIFY(review->isVisible());

    QSignalSpy signOff(m_view, &ChangeOrderView::signOffRequested);
    QSignalSpy exportSpy(m_view, &ChangeOrderView::exportRequested);
    QTest::mouseClick(review, Qt::LeftButton);
    QCOMPARE(signOff.count(), 1);
    QCOMPARE(signOff.at(0).at(0).toString(), u"co-1"_s);
    QTest::mouseClick(button(u"exportRecordButton"_s), Qt::LeftButton);
    QCOMPARE(exportSpy.count(), 1);
    QCOMPARE(exportSpy.at(0).at(0).toString(), u"co-1"_s);

    // Confirmed: the next batch runs, the review goes.
    ChangeOrder running = waitingOrder();
    running.status = ChangeOrderStatus::Executing;
    running.pipelines[1].status = ChangeOrderStatus::Executing;
    running.currentPipeline = 1;
    m_view->setChangeOrder(running);
    QVERIFY(review->isHidden());
    QVERIFY(banner()->isHidden());
}

void TestChangeOrderView::failedOrderSaysWhyInTheBanner()
{
    ChangeOrder order = waitingOrder();
    order.status = ChangeOrderStatus::Failed;
    order.subStatus = 1;
    order.errorMessage = u"New instances failed to start. The batch was rolled back."_s;
    order.finishedAt = s_now.addSecs(-10);
    order.pipelines[1].status = ChangeOrderStatus::Failed;
    order.pipelines[1].message = u"New instances failed to start."_s;
    order.currentPipeline = 1;
    m_view->setChangeOrder(order);

    QCOMPARE(banner()->text(), u"New instances failed to start. The batch was rolled back."_s);
    QCOMPARE(banner()->level(), MessageBanner::Level::Error);
    QCOMPARE(label(u"changeOrderStatus"_s)->text(), u"Failed"_s);
    QVERIFY(button(u"reviewBatchButton"_s)->isHidden());
    QVERIFY(button(u"exportRecordButton"_s)->isEnabled());
    QCOMPARE(overallProgress()->text(), u"1 of 3 batches"_s);
    const QTreeWidgetItem *failed = tree()->topLevelItem(1);
    QCOMPARE(failed->text(ChangeOrderView::StatusColumn), u"Failed"_s);
    QCOMPARE(failed->text(ChangeOrderView::MessageColumn), u"New instances failed to start."_s);
    QVERIFY(failed->data(ChangeOrderView::MessageColumn, Qt::ForegroundRole).isValid()); // the error colour
    QVERIFY(!tree()->topLevelItem(0)->data(ChangeOrderView::MessageColumn, Qt::ForegroundRole).isValid());

    // Without a message of its own, the banner still says that it failed.
    order.errorMessage.clear();
    m_view->setChangeOrder(order);
    QCOMPARE(banner()->text(), u"The change failed."_s);
}

void TestChangeOrderView::terminatedOrder()
{
    ChangeOrder order = waitingOrder();
    order.status = ChangeOrderStatus::Aborted;
    order.pipelines[1].status = ChangeOrderStatus::Aborted;
    m_view->setChangeOrder(order);
    QCOMPARE(banner()->text(), u"Terminated"_s);
    QCOMPARE(banner()->level(), MessageBanner::Level::Warning);
    QCOMPARE(label(u"changeOrderStatus"_s)->text(), u"Stopped"_s);
}

void TestChangeOrderView::pipelineDetailAddsStagesAndTasks()
{
    m_view->setChangeOrder(waitingOrder());
    m_view->setPipelineDetail(secondBatchDetail());

    QTreeWidgetItem *second = tree()->topLevelItem(1);
    QCOMPARE(second->childCount(), 2);
    QCOMPARE(second->text(ChangeOrderView::ProgressColumn), u"1 of 2 stages"_s);
    QCOMPARE(second->data(ChangeOrderView::ProgressColumn, ProgressBarDelegate::ProgressRole).toInt(), 50);
    // The status is the change order's (DescribeChangeOrder follows the order).
    QCOMPARE(second->text(ChangeOrderView::StatusColumn), u"Waiting for confirmation"_s);

    QTreeWidgetItem *prepare = second->child(0);
    QCOMPARE(prepare->text(ChangeOrderView::NameColumn), u"Prepare"_s);
    QCOMPARE(prepare->text(ChangeOrderView::StatusColumn), u"Succeeded"_s);
    QCOMPARE(prepare->text(ChangeOrderView::ProgressColumn), u"1 of 1 tasks"_s);
    QCOMPARE(prepare->text(ChangeOrderView::MessageColumn), u"init Namespace success"_s);
    QCOMPARE(prepare->childCount(), 1);
    QCOMPARE(prepare->child(0)->text(ChangeOrderView::NameColumn), u"Initialize environment"_s);

    QTreeWidgetItem *deploy = second->child(1);
    QCOMPARE(deploy->text(ChangeOrderView::StatusColumn), u"Failed"_s);
    const QString problem = u"ImagePullBackOff: image registry.example.com/order:5.2.8 not found"_s;
    QCOMPARE(deploy->text(ChangeOrderView::MessageColumn), problem);
    QVERIFY(deploy->isExpanded()); // a failure is what one opens it for
    QVERIFY(second->isExpanded());
    QVERIFY(!prepare->isExpanded());
    QCOMPARE(deploy->childCount(), 2);
    QTreeWidgetItem *failedTask = deploy->child(0);
    QCOMPARE(failedTask->text(ChangeOrderView::NameColumn), u"Deploy instances"_s);
    QCOMPARE(failedTask->text(ChangeOrderView::StatusColumn), u"Failed"_s);
    QCOMPARE(failedTask->text(ChangeOrderView::MessageColumn), problem);
    QVERIFY(failedTask->data(ChangeOrderView::MessageColumn, Qt::ForegroundRole).isValid());
    QCOMPARE(deploy->child(1)->text(ChangeOrderView::StatusColumn), u"Preparing"_s);
    QVERIFY(!deploy->child(1)->data(ChangeOrderView::MessageColumn, Qt::ForegroundRole).isValid());

    // The user closes the failed stage: the next read does not open it again.
    deploy->setExpanded(false);
    m_view->setPipelineDetail(secondBatchDetail());
    QVERIFY(!deploy->isExpanded());

    // A batch that is not in the order changes nothing.
    Pipeline unknown = secondBatchDetail();
    unknown.pipelineId = u"p-other"_s;
    m_view->setPipelineDetail(unknown);
    QCOMPARE(tree()->topLevelItemCount(), 3);
    QCOMPARE(tree()->topLevelItem(2)->childCount(), 0);
}

void TestChangeOrderView::updateKeepsStagesSelectionAndExpansion()
{
    m_view->setChangeOrder(waitingOrder());
    m_view->setPipelineDetail(secondBatchDetail());
    QTreeWidgetItem *second = tree()->topLevelItem(1);
    second->setExpanded(true);
    clickItem(second->child(0));
    QCOMPARE(tree()->currentItem(), second->child(0));
    QCOMPARE(m_view->selectedPipelineId(), u"p-2"_s);

    // The next read of the order has no stages, and a new status.
    ChangeOrder running = waitingOrder();
    running.status = ChangeOrderStatus::Executing;
    running.pipelines[1].status = ChangeOrderStatus::Executing;
    running.currentPipeline = 1;
    QSignalSpy selected(m_view, &ChangeOrderView::pipelineSelected);
    m_view->setChangeOrder(running);
    QCOMPARE(tree()->topLevelItem(1), second);
    QCOMPARE(second->childCount(), 2);
    QVERIFY(second->isExpanded());
    QCOMPARE(tree()->currentItem(), second->child(0));
    QCOMPARE(second->text(ChangeOrderView::StatusColumn), u"Running"_s);
    QCOMPARE(m_view->changeOrder().pipelines.at(1).stages.size(), 2);
    QCOMPARE(selected.count(), 0);
}

void TestChangeOrderView::clickingABatchSelectsIt()
{
    QSignalSpy selected(m_view, &ChangeOrderView::pipelineSelected);
    m_view->setChangeOrder(waitingOrder());
    // A new order selects its current batch, and says so.
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), u"p-gray"_s);

    clickItem(tree()->topLevelItem(2));
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.at(1).at(0).toString(), u"p-3"_s);
    QCOMPARE(m_view->selectedPipelineId(), u"p-3"_s);
    // The same batch again: nothing new.
    clickItem(tree()->topLevelItem(2));
    QCOMPARE(selected.count(), 2);

    // The user picked a batch: the order moving on does not take the selection away.
    ChangeOrder running = waitingOrder();
    running.status = ChangeOrderStatus::Executing;
    running.pipelines[1].status = ChangeOrderStatus::Executing;
    running.currentPipeline = 1;
    m_view->setChangeOrder(running);
    QCOMPARE(m_view->selectedPipelineId(), u"p-3"_s);
    QCOMPARE(selected.count(), 2);
}

void TestChangeOrderView::batchInstancesOfTheSelectedBatch()
{
    m_view->setChangeOrder(waitingOrder());
    QCOMPARE(label(u"batchInstancesTitle"_s)->text(), u"Instances of Gray Batch Change: reading…"_s);
    QCOMPARE(instanceTable()->model()->rowCount(), 0);

    m_view->setBatchInstances(u"p-gray"_s, {instance(u"i-new-1"_s, InstanceStatus::Running, 0)});
    m_view->setBatchInstances(u"p-2"_s, {instance(u"i-new-2"_s, InstanceStatus::CrashLoopBackOff, 4),
                                         instance(u"i-new-3"_s, InstanceStatus::Running, 0)});
    QAbstractItemModel *model = instanceTable()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(label(u"batchInstancesTitle"_s)->text(), u"Instances of Gray Batch Change (1)"_s);
    QCOMPARE(model->index(0, InstanceTableModel::InstanceColumn).data().toString(), u"i-new-1"_s);
    QCOMPARE(model->index(0, InstanceTableModel::AgeColumn).data().toString(), u"2m"_s);

    clickItem(tree()->topLevelItem(1));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, InstanceTableModel::InstanceColumn).data().toString(), u"i-new-2"_s);
    QCOMPARE(model->index(0, InstanceTableModel::StatusColumn).data().toString(), u"CrashLoopBackOff"_s);
    QCOMPARE(model->index(0, InstanceTableModel::RestartsColumn).data().toInt(), 4);
    QCOMPARE(model->index(0, InstanceTableModel::VersionColumn).data().toString(), u"5.2.8"_s);
    QVERIFY(instanceTable()->isColumnHidden(InstanceTableModel::IpColumn));
}

void TestChangeOrderView::elapsedTimeFollowsTheReferenceTime()
{
    m_view->setChangeOrder(waitingOrder());
    const QString started = s_created.toLocalTime().toString(u"HH:mm:ss"_s);
    QCOMPARE(label(u"changeOrderElapsed"_s)->text(), u"Started %1 · 4 min 12 s"_s.arg(started));
    m_view->setReferenceTime(s_now.addSecs(3600));
    QCOMPARE(label(u"changeOrderElapsed"_s)->text(), u"Started %1 · 1 h 4 min"_s.arg(started));
    m_view->setReferenceTime(s_created.addSecs(45));
    QCOMPARE(label(u"changeOrderElapsed"_s)->text(), u"Started %1 · 45 s"_s.arg(started));

    // Finished: the time stops at its end.
    ChangeOrder done = waitingOrder();
    done.status = ChangeOrderStatus::Succeeded;
    done.finishedAt = s_created.addSecs(600);
    for (Pipeline &pipeline : done.pipelines)
        pipeline.status = ChangeOrderStatus::Succeeded;
    m_view->setChangeOrder(done);
    m_view->setReferenceTime(s_now.addSecs(7200));
    QCOMPARE(label(u"changeOrderElapsed"_s)->text(), u"Started %1 · 10 min 0 s"_s.arg(started));
    QCOMPARE(overallProgress()->text(), u"3 of 3 batches"_s);
    QVERIFY(banner()->isHidden());
}

void TestChangeOrderView::staleReasonMarksTheData()
{
    m_view->setChangeOrder(waitingOrder());
    const QString reason =
        u"Throttling.User: Request was denied due to user flow control. (RequestId 7A3F)"_s;
    m_view->setStaleReason(reason);
    QVERIFY(m_view->isStale());
    QCOMPARE(banner()->text(),
             u"Not up to date: %1\nWaits for your confirmation of batch 2 of 3."_s.arg(reason));
    QCOMPARE(banner()->level(), MessageBanner::Level::Warning);
    QCOMPARE(label(u"changeOrderStatus"_s)->text(), u"Waiting for confirmation (not up to date)"_s);
    QCOMPARE(tree()->topLevelItemCount(), 3); // the data stays

    m_view->setStaleReason(QString());
    QVERIFY(!m_view->isStale());
    QCOMPARE(banner()->text(), u"Waits for your confirmation of batch 2 of 3."_s);
    QCOMPARE(label(u"changeOrderStatus"_s)->text(), u"Waiting for confirmation"_s);
}

void TestChangeOrderView::anotherOrderReplacesTheShownOne()
{
    m_view->setChangeOrder(waitingOrder());
    m_view->setPipelineDetail(secondBatchDetail());
    m_view->setBatchInstances(u"p-gray"_s, {instance(u"i-new-1"_s, InstanceStatus::Running, 0)});

    ChangeOrder restart;
    restart.changeOrderId = u"co-2"_s;
    restart.appId = u"app-2"_s;
    restart.appName = u"member-service"_s;
    restart.coTypeCode = u"CoRestartApplication"_s;
    restart.status = ChangeOrderStatus::Executing;
    restart.createdAt = s_now.addSecs(-5);
    Pipeline only = batch(u"p-gray"_s, u"Batch 1 Change"_s, ChangeOrderStatus::Executing, 3);
    restart.pipelines = {only};
    m_view->setChangeOrder(restart);

    QCOMPARE(label(u"changeOrderTitle"_s)->text(), u"Restart · member-service"_s);
    QCOMPARE(tree()->topLevelItemCount(), 1);
    QCOMPARE(tree()->topLevelItem(0)->childCount(), 0);
    QCOMPARE(m_view->selectedPipelineId(), u"p-gray"_s);
    // The other order's instances of a batch with the same ID are not shown.
    QCOMPARE(instanceTable()->model()->rowCount(), 0);
    QCOMPARE(overallProgress()->text(), u"0 of 1 batches"_s);
}

QTEST_MAIN(TestChangeOrderView)
#include "tst_changeorderview.moc"
