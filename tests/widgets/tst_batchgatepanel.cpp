#include "widgets/batchgatepanel.h"
#include "widgets/confirmationchangetable.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QDateTime s_now(QDate(2026, 11, 30), QTime(2, 20), Qt::UTC);
const QDateTime s_released = s_now.addSecs(-252);

ChangeOrder waitingOrder(bool supportRollback = true)
{
    ChangeOrder order;
    order.changeOrderId = u"co-1"_s;
    order.appId = u"app-1"_s;
    order.appName = u"order-service"_s;
    order.coTypeCode = u"CoDeploy"_s;
    order.description = u"5.2.8"_s;
    order.status = ChangeOrderStatus::WaitingForConfirmation;
    order.supportRollback = supportRollback;
    order.createdAt = s_now.addSecs(-900);
    Pipeline gray;
    gray.pipelineId = u"p-gray"_s;
    gray.name = u"Gray Batch Change"_s;
    gray.gray = true;
    gray.status = ChangeOrderStatus::Succeeded;
    gray.updatedAt = s_released;
    Pipeline second;
    second.pipelineId = u"p-2"_s;
    second.name = u"Batch 1 Change"_s;
    second.status = ChangeOrderStatus::WaitingForConfirmation;
    second.updatedAt = s_released;
    Pipeline third;
    third.pipelineId = u"p-3"_s;
    third.name = u"Batch 2 Change"_s;
    order.pipelines = {gray, second, third};
    order.currentPipeline = 0;
    return order;
}

BatchComparison comparison()
{
    BatchComparison result;
    result.from = s_now.addSecs(-600);
    result.to = s_now;
    result.batch = {{u"i-new-1"_s, u"i-new-2"_s}, 2, 1, 3, 45.0, 40.1, 120.3};
    result.rest = {{u"i-old-1"_s, u"i-old-2"_s, u"i-old-3"_s, u"i-old-4"_s, u"i-old-5"_s, u"i-old-6"_s},
                   6,
                   6,
                   0,
                   25.25,
                   std::nullopt,
                   80.0};
    return result;
}

} // namespace

class TestBatchGatePanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headingSaysWhatIsReleasedAndWhatWaits();
    void buttonsWaitForAComment();
    void continueEmitsOnceWithTheComment();
    void stopAndStopAndRollBack();
    void rollbackNeedsSupport();
    void busyDisablesTheDecision();
    void comparisonTable();
    void loadingAndStaleComparison();
    void comparisonWindow();
    void configChanges();
    void anotherOrderResetsThePanel();
    void orderNoLongerWaiting();

private:
    QPushButton *button(const QString &name) const { return m_panel->findChild<QPushButton *>(name); }
    QLabel *label(const QString &name) const { return m_panel->findChild<QLabel *>(name); }
    QPlainTextEdit *commentEdit() const { return m_panel->findChild<QPlainTextEdit *>(u"signOffComment"_s); }
    QTableWidget *table() const { return m_panel->findChild<QTableWidget *>(u"comparisonTable"_s); }
    QString cell(int row, int column) const { return table()->item(row, column)->text(); }
    bool tinted(int row, int column) const
    {
        return table()->item(row, column)->data(Qt::BackgroundRole).isValid();
    }
    void typeComment(const QString &text);

    BatchGatePanel *m_panel = nullptr;
};

void TestBatchGatePanel::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestBatchGatePanel::init()
{
    m_panel = new BatchGatePanel;
    m_panel->setReferenceTime(s_now);
    m_panel->setChangeOrder(waitingOrder());
    m_panel->resize(800, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestBatchGatePanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

void TestBatchGatePanel::typeComment(const QString &text)
{
    commentEdit()->setFocus();
    QTest::keyClicks(commentEdit(), text);
}

void TestBatchGatePanel::headingSaysWhatIsReleasedAndWhatWaits()
{
    QCOMPARE(label(u"gateTitle"_s)->text(), u"Deploy · order-service · 5.2.8"_s);
    QCOMPARE(label(u"gateHeading"_s)->text(),
             u"Batch 1 of 3 (gray) is released; batch 2 waits for your decision."_s);
    const QString since = s_released.toLocalTime().toString(u"HH:mm:ss"_s);
    QCOMPARE(label(u"gateWaitingSince"_s)->text(), u"Waiting since %1 (4 min 12 s)"_s.arg(since));
    m_panel->setReferenceTime(s_now.addSecs(60));
    QCOMPARE(label(u"gateWaitingSince"_s)->text(), u"Waiting since %1 (5 min 12 s)"_s.arg(since));

    // A later gate, after a batch that is not gray; CurrentPipelineId at the waiting batch.
    ChangeOrder later = waitingOrder();
    later.pipelines[1].status = ChangeOrderStatus::Succeeded;
    later.pipelines[2].status = ChangeOrderStatus::Preparing;
    later.currentPipeline = 1;
    m_panel->setChangeOrder(later);
    QCOMPARE(label(u"gateHeading"_s)->text(),
             u"Batch 2 of 3 is released; batch 3 waits for your decision."_s);
}

void TestBatchGatePanel::buttonsWaitForAComment()
{
    QPushButton *continueButton = button(u"continueButton"_s);
    QPushButton *stopButton = button(u"stopButton"_s);
    QPushButton *rollbackButton = button(u"stopAndRollbackButton"_s);
    QCOMPARE(commentEdit()->placeholderText(), u"Why: what you checked, what you saw (required)"_s);
    QVERIFY(!continueButton->isEnabled());
    QVERIFY(!stopButton->isEnabled());
    QVERIFY(!rollbackButton->isEnabled());

    typeComment(u"   "_s); // blanks are no reason
    QVERIFY(!continueButton->isEnabled());
    typeComment(u"checked RT"_s);
    QVERIFY(continueButton->isEnabled());
    QVERIFY(stopButton->isEnabled());
    QVERIFY(rollbackButton->isEnabled());
    QCOMPARE(m_panel->comment(), u"checked RT"_s);

    m_panel->clearComment();
    QCOMPARE(m_panel->comment(), QString());
    QVERIFY(!continueButton->isEnabled());
}

void TestBatchGatePanel::continueEmitsOnceWithTheComment()
{
    QSignalSpy continued(m_panel, &BatchGatePanel::continueRequested);
    QSignalSpy stopped(m_panel, &BatchGatePanel::stopRequested);
    QPushButton *continueButton = button(u"continueButton"_s);
    QTest::mouseClick(continueButton, Qt::LeftButton); // no comment: nothing
    QCOMPARE(continued.count(), 0);

    typeComment(u"checked RT"_s);
    QTest::mouseDClick(continueButton, Qt::LeftButton);
    QTest::mouseClick(continueButton, Qt::LeftButton);
    QCOMPARE(continued.count(), 1);
    QCOMPARE(continued.at(0).at(0).toString(), u"checked RT"_s);
    QCOMPARE(stopped.count(), 0);
    // The panel went busy itself: nothing else can be sent until the lead says so.
    QVERIFY(m_panel->isBusy());
    QVERIFY(!continueButton->isEnabled());
    QVERIFY(!button(u"stopButton"_s)->isEnabled());
    QVERIFY(!commentEdit()->isEnabled());

    m_panel->setBusy(false); // the call failed: the user may try again
    QVERIFY(continueButton->isEnabled());
    QCOMPARE(m_panel->comment(), u"checked RT"_s);
}

void TestBatchGatePanel::stopAndStopAndRollBack()
{
    QSignalSpy stopped(m_panel, &BatchGatePanel::stopRequested);
    QSignalSpy rolledBack(m_panel, &BatchGatePanel::stopAndRollbackRequested);
    typeComment(u"RT doubled in the gray batch"_s);
    QTest::mouseClick(button(u"stopButton"_s), Qt::LeftButton);
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(stopped.at(0).at(0).toString(), u"RT doubled in the gray batch"_s);

    m_panel->setBusy(false);
    QTest::mouseClick(button(u"stopAndRollbackButton"_s), Qt::LeftButton);
    QCOMPARE(rolledBack.count(), 1);
    QCOMPARE(rolledBack.at(0).at(0).toString(), u"RT doubled in the gray batch"_s);
    QCOMPARE(stopped.count(), 1);
}

void TestBatchGatePanel::rollbackNeedsSupport()
{
    m_panel->setChangeOrder(waitingOrder(false));
    typeComment(u"checked RT"_s);
    QVERIFY(button(u"continueButton"_s)->isEnabled());
    QVERIFY(button(u"stopButton"_s)->isEnabled());
    QPushButton *rollbackButton = button(u"stopAndRollbackButton"_s);
    QVERIFY(!rollbackButton->isEnabled());
    QCOMPARE(rollbackButton->toolTip(), u"SAE cannot roll this change order back"_s);
    QSignalSpy rolledBack(m_panel, &BatchGatePanel::stopAndRollbackRequested);
    QTest::mouseClick(rollbackButton, Qt::LeftButton);
    QCOMPARE(rolledBack.count(), 0);
}

void TestBatchGatePanel::busyDisablesTheDecision()
{
    typeComment(u"checked RT"_s);
    m_panel->setBusy(true);
    QVERIFY(!button(u"continueButton"_s)->isEnabled());
    QVERIFY(!button(u"stopButton"_s)->isEnabled());
    QVERIFY(!button(u"stopAndRollbackButton"_s)->isEnabled());
    QVERIFY(!commentEdit()->isEnabled());
    m_panel->setBusy(false);
    QVERIFY(button(u"continueButton"_s)->isEnabled());
    QVERIFY(commentEdit()->isEnabled());
}

void TestBatchGatePanel::comparisonTable()
{
    QCOMPARE(m_panel->comparison(), std::nullopt);
    QCOMPARE(cell(BatchGatePanel::CpuRow, BatchGatePanel::BatchColumn), u"—"_s);
    QCOMPARE(table()->horizontalHeaderItem(0)->text(), u"This batch"_s);

    m_panel->setComparison(comparison());
    QCOMPARE(m_panel->comparison(), std::optional<BatchComparison>(comparison()));
    QCOMPARE(table()->horizontalHeaderItem(BatchGatePanel::BatchColumn)->text(), u"This batch (2)"_s);
    QCOMPARE(table()->horizontalHeaderItem(BatchGatePanel::RestColumn)->text(), u"The rest (6)"_s);
    QCOMPARE(table()->horizontalHeaderItem(BatchGatePanel::BatchColumn)->toolTip(), u"i-new-1\ni-new-2"_s);
    QCOMPARE(table()->verticalHeaderItem(BatchGatePanel::CpuRow)->text(), u"CPU"_s);
    QCOMPARE(table()->verticalHeaderItem(BatchGatePanel::ReadyRow)->text(), u"Ready"_s);

    QCOMPARE(cell(BatchGatePanel::CpuRow, BatchGatePanel::BatchColumn), u"45.0 %"_s);
    QCOMPARE(cell(BatchGatePanel::CpuRow, BatchGatePanel::RestColumn), u"25.3 %"_s);
    QCOMPARE(cell(BatchGatePanel::MemoryRow, BatchGatePanel::BatchColumn), u"40.1 %"_s);
    QCOMPARE(cell(BatchGatePanel::MemoryRow, BatchGatePanel::RestColumn), u"—"_s);
    QCOMPARE(cell(BatchGatePanel::RtRow, BatchGatePanel::BatchColumn), u"120 ms"_s);
    QCOMPARE(cell(BatchGatePanel::RtRow, BatchGatePanel::RestColumn), u"80 ms"_s);
    QCOMPARE(cell(BatchGatePanel::RestartsRow, BatchGatePanel::BatchColumn), u"3"_s);
    QCOMPARE(cell(BatchGatePanel::RestartsRow, BatchGatePanel::RestColumn), u"0"_s);
    QCOMPARE(cell(BatchGatePanel::ReadyRow, BatchGatePanel::BatchColumn), u"1 of 2"_s);
    QCOMPARE(cell(BatchGatePanel::ReadyRow, BatchGatePanel::RestColumn), u"6 of 6"_s);

    // Where the batch does worse: CPU (45 against 25.25: above 1.5x), RT, restarts, ready.
    QVERIFY(tinted(BatchGatePanel::CpuRow, BatchGatePanel::BatchColumn));
    QVERIFY(!tinted(BatchGatePanel::MemoryRow, BatchGatePanel::BatchColumn));
    QVERIFY(tinted(BatchGatePanel::RtRow, BatchGatePanel::BatchColumn));
    QVERIFY(tinted(BatchGatePanel::RestartsRow, BatchGatePanel::BatchColumn));
    QVERIFY(tinted(BatchGatePanel::ReadyRow, BatchGatePanel::BatchColumn));
    QVERIFY(!tinted(BatchGatePanel::CpuRow, BatchGatePanel::RestColumn));
    QCOMPARE(label(u"comparisonConcerns"_s)->text(),
             u"• Not ready in the batch: 1 of 2 instances.\n"
             u"• Container restarts in the batch: 3.\n"
             u"• CPU 45.0 % in the batch against 25.3 % in the rest.\n"
             u"• Response time 120.3 ms in the batch against 80.0 ms in the rest."_s);

    // A good batch: nothing tinted, and it says so.
    BatchComparison good = comparison();
    good.batch = {{u"i-new-1"_s}, 1, 1, 0, 26.0, 41.0, 81.0};
    m_panel->setComparison(good);
    for (int row = 0; row < BatchGatePanel::ComparisonRowCount; ++row)
        QVERIFY(!tinted(row, BatchGatePanel::BatchColumn));
    QCOMPARE(label(u"comparisonConcerns"_s)->text(), u"Nothing stands out in the last 10 minutes."_s);
}

void TestBatchGatePanel::loadingAndStaleComparison()
{
    QLabel *state = label(u"comparisonState"_s);
    QVERIFY(state->isHidden());
    m_panel->setComparisonLoading();
    QVERIFY(state->isVisible());
    QCOMPARE(state->text(), u"Reading the metrics of the last 10 minutes…"_s);

    m_panel->setComparisonError(u"InternalError (RequestId 1A2B)"_s);
    QCOMPARE(state->text(), u"Could not read the metrics: InternalError (RequestId 1A2B)"_s);
    QVERIFY(!m_panel->isComparisonStale()); // nothing shown to be stale

    m_panel->setComparison(comparison());
    QVERIFY(state->isHidden());
    m_panel->setComparisonLoading();
    QCOMPARE(cell(BatchGatePanel::CpuRow, BatchGatePanel::BatchColumn), u"45.0 %"_s); // stays while reading
    m_panel->setComparisonError(u"Throttling.User (RequestId 9C)"_s);
    QVERIFY(m_panel->isComparisonStale());
    QCOMPARE(state->text(),
             u"Not up to date: Throttling.User (RequestId 9C). The comparison shown ends at %1."_s.arg(
                 s_now.toLocalTime().toString(u"HH:mm:ss"_s)));
    QCOMPARE(m_panel->comparison(), std::optional<BatchComparison>(comparison())); // kept
    QCOMPARE(cell(BatchGatePanel::CpuRow, BatchGatePanel::BatchColumn), u"45.0 %"_s);

    m_panel->setComparison(comparison());
    QVERIFY(!m_panel->isComparisonStale());
    QVERIFY(state->isHidden());
}

void TestBatchGatePanel::comparisonWindow()
{
    auto *window = m_panel->findChild<QComboBox *>(u"comparisonWindow"_s);
    QVERIFY(window);
    QCOMPARE(window->count(), 4);
    QCOMPARE(m_panel->comparisonWindowMinutes(), 10);
    QCOMPARE(window->currentText(), u"Last 10 minutes"_s);
    QSignalSpy changed(m_panel, &BatchGatePanel::comparisonWindowChanged);
    window->setFocus();
    QTest::keyClick(window, Qt::Key_Down);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 30);
    QTest::keyClick(window, Qt::Key_Down);
    QCOMPARE(changed.at(1).at(0).toInt(), 60);
    QTest::keyClick(window, Qt::Key_Home);
    QCOMPARE(changed.last().at(0).toInt(), 5);
    QCOMPARE(m_panel->comparisonWindowMinutes(), 5);
}

void TestBatchGatePanel::configChanges()
{
    auto *changes = m_panel->findChild<ConfirmationChangeTable *>(u"gateChanges"_s);
    QVERIFY(changes);
    QVERIFY(changes->isHidden());
    QVERIFY(label(u"gateNoChanges"_s)->isVisible());
    m_panel->setConfigChanges({{u"Image"_s, u"registry/order:5.2.7"_s, u"registry/order:5.2.8"_s},
                               {u"Environment: LOG_LEVEL"_s, QString(), u"debug"_s}});
    QVERIFY(changes->isVisible());
    QVERIFY(label(u"gateNoChanges"_s)->isHidden());
    QCOMPARE(changes->rowCount(), 2);
    QCOMPARE(changes->item(0, ConfirmationChangeTable::AfterColumn)->text(), u"registry/order:5.2.8"_s);
}

void TestBatchGatePanel::anotherOrderResetsThePanel()
{
    typeComment(u"checked RT"_s);
    m_panel->setComparison(comparison());
    m_panel->setConfigChanges({{u"Image"_s, u"a"_s, u"b"_s}});
    m_panel->setBusy(true);

    m_panel->setChangeOrder(waitingOrder()); // the same order, read again: all stays
    QCOMPARE(m_panel->comment(), u"checked RT"_s);
    QVERIFY(m_panel->comparison());
    QVERIFY(m_panel->isBusy());

    ChangeOrder other = waitingOrder();
    other.changeOrderId = u"co-2"_s;
    other.appName = u"member-service"_s;
    m_panel->setChangeOrder(other);
    QCOMPARE(m_panel->comment(), QString());
    QCOMPARE(m_panel->comparison(), std::nullopt);
    QVERIFY(!m_panel->isBusy());
    QCOMPARE(cell(BatchGatePanel::CpuRow, BatchGatePanel::BatchColumn), u"—"_s);
    QVERIFY(m_panel->findChild<ConfirmationChangeTable *>(u"gateChanges"_s)->isHidden());
    QVERIFY(!button(u"continueButton"_s)->isEnabled());
}

void TestBatchGatePanel::orderNoLongerWaiting()
{
    typeComment(u"checked RT"_s);
    ChangeOrder running = waitingOrder();
    running.status = ChangeOrderStatus::Executing;
    running.pipelines[1].status = ChangeOrderStatus::Executing;
    running.currentPipeline = 1;
    m_panel->setChangeOrder(running);
    QCOMPARE(label(u"gateHeading"_s)->text(),
             u"This change order no longer waits for a decision (Running)."_s);
    QVERIFY(!button(u"continueButton"_s)->isEnabled());
    QVERIFY(!button(u"stopButton"_s)->isEnabled());
    QSignalSpy continued(m_panel, &BatchGatePanel::continueRequested);
    QTest::mouseClick(button(u"continueButton"_s), Qt::LeftButton);
    QCOMPARE(continued.count(), 0);
}

QTEST_MAIN(TestBatchGatePanel)
#include "tst_batchgatepanel.moc"
