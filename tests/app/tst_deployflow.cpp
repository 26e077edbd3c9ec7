// Deployments end to end (issue 7), clicked through as a release manager would: the deploy
// wizard, the confirmation, the change-order view, the sign-off inbox and the batch gate, the
// Changes tab's rollback and the release record, against the emulator over loopback with a clock
// the test moves.

#include "changeorderfollower.h"
#include "consoletestbase.h"
#include "core/appversiontablemodel.h"
#include "core/batchcomparison.h"
#include "core/changeordertablemodel.h"
#include "core/itemroles.h"
#include "core/signoffinboxmodel.h"
#include "deploycontroller.h"
#include "emulator/faultplan.h"
#include "releasecontroller.h"
#include "releaseflows.h"
#include "signoffwatcher.h"
#include "support/gatewaycall.h"
#include "translations.h"
#include "widgets/batchgatepanel.h"
#include "widgets/batchplanview.h"
#include "widgets/changehistorypanel.h"
#include "widgets/changeorderview.h"
#include "widgets/confirmationchangetable.h"
#include "widgets/confirmationdialog.h"
#include "widgets/deploywizard.h"
#include "widgets/messagebanner.h"
#include "widgets/releaserecordpdf.h"
#include "widgets/signoffinboxpanel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestDeployFlow
    : public QObject
    , private ConsoleTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void grayAndTwoManualBatchesThroughTheWizardAndTheGate();
    void cancelAtTheReviewSendsNothing();
    void failingImageRollsBackAndTheViewSaysSo();
    void stopAndRollBackAtTheGate();
    void rollBackToAVersionFromTheChangesTab();
    void deployWithoutAnAnswerIsFoundNotSentAgain();
    void aBatchConfirmedElsewhereIsNotConfirmedAgain();

private:
    /// Opens the wizard for the chosen application with the toolbar's Deploy button.
    DeployWizard *openWizard();
    /// Fills the wizard: a new tag, then the release; leaves it on the review page.
    void planDeploy(DeployWizard *wizard, const QString &tag, const QString &release, int batches,
                    bool manual, int grayInstances = 0);
    static void clickRadio(QAbstractButton *button);
    /// Confirms the dialog on screen, typing the application's name when it is asked for.
    void confirm(const QString &appName, bool doubleClick = false);
    /// Moves the emulator's clock in 15 s steps, letting the console read `changeOrderId` in
    /// between, until `done` holds (or 30 minutes of emulated time have passed).
    bool advanceUntil(const QString &changeOrderId, const std::function<bool()> &done);
    /// Until the followed order has `status`.
    bool advanceUntilStatus(const QString &changeOrderId, ChangeOrderStatus status);
    std::optional<ChangeOrder> followed(const QString &changeOrderId) const
    {
        return m_operations->follower()->last(changeOrderId);
    }
    QString acceptedChangeOrder(QLatin1StringView what) const;
    /// Decides at the gate on screen: types the comment, clicks `button` and confirms.
    void decideAtGate(const QString &button, const QString &comment, const QString &appName);

    std::unique_ptr<DeployController> m_deploys;
    std::unique_ptr<ReleaseController> m_releases;
};

void TestDeployFlow::initTestCase()
{
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDeployFlow::init()
{
    // The gate compares the last minutes before now: the emulated fleet's clock starts a little
    // before now, so that the minutes a release runs and a canary is watched end near now.
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-6 * 60);
    m_emulatorStart = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
    QVERIFY(createConsole(this));
    m_deploys = std::make_unique<DeployController>(m_scheduler.get(), m_controller.get(), m_operations.get(),
                                                   m_window.get());
    m_releases = std::make_unique<ReleaseController>(m_scheduler.get(), m_scheduler.get(), m_controller.get(),
                                                     m_operations.get(), m_window.get());
    m_releases->setJournalPath(journalPath());
    m_releases->watcher()->setCallsPerMinute(0);
    m_releases->watcher()->setCycleInterval(0);
    ReleaseFlows::connect(m_window.get(), m_controller.get(), m_details.get(), m_operations.get(),
                          m_deploys.get(), m_releases.get());
    QVERIFY(showConsole());
}

void TestDeployFlow::cleanup()
{
    m_local->emulator().setFaultPlan({});
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(top))
            dialog->reject();
    }
    m_releases.reset();
    m_deploys.reset();
    destroyConsole();
}

DeployWizard *TestDeployFlow::openWizard()
{
    auto *toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
    auto *deploy = m_window->findChild<QAction *>(u"deployAction"_s);
    if (!toolBar || !deploy || !deploy->isEnabled())
        return nullptr;
    QTest::mouseClick(toolBar->widgetForAction(deploy), Qt::LeftButton);
    DeployWizard *wizard = m_deploys->wizard();
    if (!wizard)
        return nullptr;
    // Next is offered once the running configuration is read.
    if (!QTest::qWaitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 10000))
        return nullptr;
    return wizard;
}

void TestDeployFlow::planDeploy(DeployWizard *wizard, const QString &tag, const QString &release, int batches,
                                bool manual, int grayInstances)
{
    auto *tagField = wizard->findChild<QComboBox *>(u"imageTag"_s);
    QVERIFY(tagField);
    tagField->lineEdit()->selectAll();
    QTest::keyClicks(tagField->lineEdit(), tag);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"changeDescription"_s), u"Release "_s + tag);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DeployWizard::HowPageId));

    auto *choice = wizard->findChild<QRadioButton *>(release);
    QVERIFY(choice);
    clickRadio(choice);
    QVERIFY(choice->isChecked());
    if (release != u"releaseSingle") {
        auto *count = wizard->findChild<QSpinBox *>(u"batchCount"_s);
        count->setValue(batches);
        clickRadio(wizard->findChild<QAbstractButton *>(manual ? u"releaseManual"_s : u"releaseAuto"_s));
        QCOMPARE(wizard->findChild<QAbstractButton *>(u"releaseManual"_s)->isChecked(), manual);
    }
    if (grayInstances > 0)
        wizard->findChild<QSpinBox *>(u"grayInstances"_s)->setValue(grayInstances);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DeployWizard::ReviewPageId));
}

void TestDeployFlow::clickRadio(QAbstractButton *button)
{
    // On the indicator: a wide radio button takes clicks on its indicator and text only.
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void TestDeployFlow::confirm(const QString &appName, bool doubleClick)
{
    ConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConfirmationDialog *>()) != nullptr);
    auto *button = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(dialog->findChild<QPushButton *>(u"cancelButton"_s)->isDefault());
    if (dialog->request().requiresTypedName()) {
        QVERIFY(!button->isEnabled());
        auto *typed = dialog->findChild<QLineEdit *>(u"typedNameField"_s);
        QTest::keyClicks(typed, appName.left(appName.size() - 1));
        QVERIFY(!button->isEnabled()); // almost the name is not the name
        QTest::keyClicks(typed, appName.right(1));
    }
    QVERIFY(button->isEnabled());
    if (doubleClick) {
        QTest::mouseDClick(button, Qt::LeftButton);
        QTest::mouseClick(button, Qt::LeftButton);
    } else {
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QTRY_VERIFY(!m_window->findChild<ConfirmationDialog *>());
}

bool TestDeployFlow::advanceUntil(const QString &changeOrderId, const std::function<bool()> &done)
{
    for (int step = 0; step < 120 && !done(); ++step) {
        m_local->emulator().clock().advance(15 * 1000);
        m_operations->follower()->pollNow(changeOrderId); // now, not in 3 s
        QTest::qWait(60);
    }
    return QTest::qWaitFor(done, 5000);
}

bool TestDeployFlow::advanceUntilStatus(const QString &changeOrderId, ChangeOrderStatus status)
{
    return advanceUntil(changeOrderId, [this, changeOrderId, status] {
        const std::optional<ChangeOrder> order = followed(changeOrderId);
        return order && order->status == status;
    });
}

QString TestDeployFlow::acceptedChangeOrder(QLatin1StringView what) const
{
    for (const JournalEntry &entry : journal()) {
        if (entry.what == what && entry.outcome == JournalEntry::Outcome::Accepted)
            return entry.changeOrderId;
    }
    return {};
}

void TestDeployFlow::decideAtGate(const QString &button, const QString &comment, const QString &appName)
{
    BatchGatePanel *gate = m_releases->gate();
    QTRY_VERIFY(m_releases->isGateReady());
    auto *decide = gate->findChild<QPushButton *>(button);
    QVERIFY(decide);
    QVERIFY(!decide->isEnabled()); // a comment first
    QTest::keyClicks(gate->findChild<QPlainTextEdit *>(u"signOffComment"_s), comment);
    QVERIFY(decide->isEnabled());
    QTest::mouseClick(decide, Qt::LeftButton);
    confirm(appName);
}

void TestDeployFlow::grayAndTwoManualBatchesThroughTheWizardAndTheGate()
{
    startConsole();
    openApplication(u"payment-service"_s, u"prod"_s); // 4 instances, no scaling rule, protected

    DeployWizard *wizard = openWizard();
    QVERIFY(wizard);
    planDeploy(wizard, u"3.2.0"_s, u"releaseGray"_s, 2, true, 1);

    // The review: the target leads, production is marked, the diff and the batch plan.
    QVERIFY(wizard->findChild<QLabel *>(u"reviewTarget"_s)->text().contains(u"payment-service"_s));
    QVERIFY(wizard->findChild<MessageBanner *>(u"protectedBanner"_s)->isVisible());
    const QList<ConfirmationChange> changes =
        wizard->findChild<ConfirmationChangeTable *>(u"reviewChanges"_s)->changes();
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.constFirst().field, u"Image"_s);
    QVERIFY(changes.constFirst().before.endsWith(u":3.1.4"_s));
    QVERIFY(changes.constFirst().after.endsWith(u":3.2.0"_s));
    const QList<ReleaseBatchPlan::Batch> batches =
        wizard->findChild<BatchPlanView *>(u"reviewBatchPlan"_s)->batches();
    QCOMPARE(batches.size(), 3);
    QCOMPARE(batches.at(0), (ReleaseBatchPlan::Batch{1, true, true}));
    QCOMPARE(batches.at(1).instances + batches.at(2).instances, 3);
    QVERIFY(batches.at(1).waitsForConfirmation);
    QTest::qWait(100); // laid out as the person sees it
    saveScreenshot(wizard, u"deploy-review.png"_s);

    // Confirm: production wants the name; a double click sends one deploy.
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    confirm(u"payment-service"_s, true);
    QTRY_COMPARE(sentCalls(u"DeployApplication"_s), 1);
    QTRY_VERIFY(!m_deploys->wizard()); // closed once the platform took it
    QTRY_VERIFY(!acceptedChangeOrder(JournalAction::deploy).isEmpty());
    const QString changeOrderId = acceptedChangeOrder(JournalAction::deploy);
    QCOMPARE(sentCalls(u"DeployApplication"_s), 1);

    // The journal: requested with the reviewed diff and plan, then accepted with both IDs.
    QList<JournalEntry> entries = journal();
    QCOMPARE(entries.at(0).what, u"deploy"_s);
    QCOMPARE(entries.at(0).outcome, JournalEntry::Outcome::Requested);
    QCOMPARE(entries.at(0).request.value(u"UpdateStrategy"_s).toObject().value(u"type"_s).toString(),
             u"GrayBatchUpdate"_s);
    QCOMPARE(entries.at(0).evidence.value(u"batches"_s).toArray().size(), 3);
    QCOMPARE(
        entries.at(0).evidence.value(u"changes"_s).toArray().first().toObject().value(u"field"_s).toString(),
        u"Image"_s);
    QCOMPARE(entries.at(1).outcome, JournalEntry::Outcome::Accepted);
    QVERIFY(!entries.at(1).requestId.isEmpty());

    // The change-order view follows it in its dock; the gray batch waits for a person.
    QVERIFY(m_releases->viewDock()->isVisible());
    QVERIFY(advanceUntilStatus(changeOrderId, ChangeOrderStatus::WaitingForConfirmation));
    QTRY_COMPARE(m_releases->view()->changeOrder().status, ChangeOrderStatus::WaitingForConfirmation);
    // The release manager watches the canary for a few minutes.
    m_local->emulator().clock().advance(6 * 60 * 1000);
    QTest::qWait(100);
    saveScreenshot(m_window.get(), u"change-order-view.png"_s);

    // The inbox finds it across the region; the count is on the button and in the title.
    m_releases->watcher()->refreshNow();
    QTRY_COMPARE(m_releases->watcher()->count(), 1);
    QTRY_VERIFY(m_window->windowTitle().contains(u"1 waiting for sign-off"_s));
    QCOMPARE(m_window->findChild<QAction *>(u"signOffAction"_s)->text(), u"Sign-off (1)"_s);
    m_window->findChild<QAction *>(u"signOffAction"_s)->trigger();
    QTRY_VERIFY(m_releases->inboxDock()->isVisible());
    QTableView *inbox = m_releases->inbox()->table();
    QCOMPARE(inbox->model()->rowCount(), 1);
    QCOMPARE(inbox->model()->index(0, 0).data().toString(), u"payment-service"_s);
    QTest::mouseClick(inbox->viewport(), Qt::LeftButton, {},
                      inbox->visualRect(inbox->model()->index(0, 0)).center());
    QTest::mouseClick(m_releases->inbox()->findChild<QPushButton *>(u"openSignOffButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_releases->gateChangeOrderId(), changeOrderId);
    QTRY_VERIFY(m_releases->gateDock()->isVisible());
    QTRY_VERIFY(m_releases->isGateReady());
    QVERIFY(m_releases->gate()->comparison().has_value());
    QCOMPARE(m_releases->gate()->comparison()->batch.instances, 1); // the gray instance
    QCOMPARE(m_releases->gate()->comparison()->rest.instances, 3);
    QVERIFY(m_releases->gate()->comparison()->batch.cpuPercent.has_value()); // the canary's own load
    QVERIFY(m_releases->gate()->comparison()->rest.cpuPercent.has_value());
    QTest::qWait(100);
    saveScreenshot(m_window.get(), u"batch-gate.png"_s);

    // Continue, with a comment: the next batch runs, and waits again (a manual release).
    decideAtGate(u"continueButton"_s, u"gray healthy, RT flat"_s, u"payment-service"_s);
    QTRY_COMPARE(sentCalls(u"ConfirmPipelineBatch"_s), 1);
    QVERIFY(advanceUntil(changeOrderId, [this, changeOrderId] {
        const std::optional<ChangeOrder> order = followed(changeOrderId);
        return order && order->status == ChangeOrderStatus::WaitingForConfirmation
               && order->currentPipeline >= 1;
    }));
    m_releases->openGate(changeOrderId);
    decideAtGate(u"continueButton"_s, u"batch 1 fine"_s, u"payment-service"_s);
    QTRY_COMPARE(sentCalls(u"ConfirmPipelineBatch"_s), 2);
    QVERIFY(advanceUntilStatus(changeOrderId, ChangeOrderStatus::Succeeded));

    // The journal has every step, and the deploy's end.
    QTRY_VERIFY([this] {
        const QList<JournalEntry> all = journal();
        return !all.isEmpty() && all.constLast().what == u"deploy"_s
               && all.constLast().outcome == JournalEntry::Outcome::Succeeded;
    }());
    entries = journal();
    QList<JournalEntry> signOffs;
    for (const JournalEntry &entry : entries) {
        if (entry.what == JournalAction::confirmBatch && entry.outcome == JournalEntry::Outcome::Requested)
            signOffs.append(entry);
    }
    QCOMPARE(signOffs.size(), 2);
    QCOMPARE(signOffs.at(0).comment, u"gray healthy, RT flat"_s);
    QCOMPARE(signOffs.at(0).changeOrderId, changeOrderId);
    QCOMPARE(signOffs.at(0).evidence.value(u"batch"_s).toObject().value(u"instances"_s).toInt(), 1);
    QCOMPARE(signOffs.at(1).comment, u"batch 1 fine"_s);
    for (const JournalEntry &entry : entries) {
        if (entry.outcome == JournalEntry::Outcome::Accepted)
            QVERIFY2(!entry.requestId.isEmpty() && !entry.changeOrderId.isEmpty(), qPrintable(entry.what));
    }
    QTRY_COMPARE(m_releases->watcher()->count(), 0);

    // The release record: Markdown and PDF, with the sign-offs.
    QSignalSpy exported(m_releases.get(), &ReleaseController::recordExported);
    m_releases->exportRecord(changeOrderId, m_dir.filePath(u"record"_s));
    QVERIFY(exported.wait(10000));
    QFile markdownFile(exported.first().at(0).toString());
    QVERIFY(markdownFile.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(markdownFile.readAll());
    QVERIFY2(markdown.contains(u"gray healthy, RT flat"_s), qPrintable(markdown));
    QVERIFY(markdown.contains(u"batch 1 fine"_s));
    QVERIFY(markdown.contains(changeOrderId));
    QVERIFY(markdown.contains(u"Local emulator"_s)); // the profile that signed off
    QFile pdf(exported.first().at(1).toString());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 2000);
    const QString folder = qEnvironmentVariable("OPSCONSOLE_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QVERIFY(
            ReleaseRecordPdf::renderPage(markdown, 0).save(QDir(folder).filePath(u"release-record.png"_s)));
        QFile::remove(QDir(folder).filePath(u"release-record.pdf"_s));
        QVERIFY(QFile::copy(pdf.fileName(), QDir(folder).filePath(u"release-record.pdf"_s)));
    }
}

void TestDeployFlow::cancelAtTheReviewSendsNothing()
{
    startConsole();
    openApplication(u"payment-service"_s, u"prod"_s);
    DeployWizard *wizard = openWizard();
    QVERIFY(wizard);
    planDeploy(wizard, u"3.2.0"_s, u"releasePhased"_s, 2, false);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    ConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConfirmationDialog *>()) != nullptr);
    QVERIFY(dialog->request().protectedNamespace);
    QVERIFY(dialog->findChild<QPushButton *>(u"cancelButton"_s)->isDefault());
    QVERIFY(!dialog->findChild<QPushButton *>(u"confirmButton"_s)->isEnabled()); // the name first
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ConfirmationDialog *>());
    // The wizard is still there to change the plan; nothing was sent or journalled.
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::qWait(300);
    QCOMPARE(sentCalls(u"DeployApplication"_s), 0);
    QCOMPARE(journal().size(), 0);
    // Cancelling the wizard itself sends nothing either.
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!m_deploys->wizard());
    QCOMPARE(sentCalls(u"DeployApplication"_s), 0);
    QCOMPARE(journal().size(), 0);
}

void TestDeployFlow::failingImageRollsBackAndTheViewSaysSo()
{
    startConsole();
    openApplication(u"payment-service"_s, u"staging"_s); // 2 instances, not protected
    DeployWizard *wizard = openWizard();
    QVERIFY(wizard);
    planDeploy(wizard, u"3.2.0-missing"_s, u"releaseSingle"_s, 1, false);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    confirm(u"payment-service"_s);
    QTRY_VERIFY(!acceptedChangeOrder(JournalAction::deploy).isEmpty());
    const QString changeOrderId = acceptedChangeOrder(JournalAction::deploy);
    QVERIFY(advanceUntilStatus(changeOrderId, ChangeOrderStatus::Failed));

    // The view says what happened: the batch failed and was rolled back.
    QTRY_COMPARE(m_releases->view()->changeOrder().status, ChangeOrderStatus::Failed);
    auto *banner = m_releases->view()->findChild<MessageBanner *>(u"changeOrderBanner"_s);
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(u"rolled back"_s), qPrintable(banner->text()));
    // The journal ends the deploy as failed, with the platform's message.
    QTRY_VERIFY([this] {
        const QList<JournalEntry> all = journal();
        return !all.isEmpty() && all.constLast().outcome == JournalEntry::Outcome::Failed;
    }());
    QVERIFY(journal().constLast().errorMessage.contains(u"rolled back"_s));
    // The instances still run the old version.
    const EmulatedApplication *app =
        m_local->emulator().fleet().findApplicationNamed(u"staging", u"payment-service");
    for (const Instance &instance : app->instances)
        QVERIFY2(!instance.imageUrl.endsWith(u"-missing"_s), qPrintable(instance.imageUrl));
}

void TestDeployFlow::stopAndRollBackAtTheGate()
{
    startConsole();
    openApplication(u"api-gateway"_s, u"staging"_s); // 2 instances; its rule lives in prod
    DeployWizard *wizard = openWizard();
    QVERIFY(wizard);
    planDeploy(wizard, u"3.9.0"_s, u"releaseGray"_s, 1, true, 1);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    confirm(u"api-gateway"_s);
    QTRY_VERIFY(!acceptedChangeOrder(JournalAction::deploy).isEmpty());
    const QString changeOrderId = acceptedChangeOrder(JournalAction::deploy);
    QVERIFY(advanceUntilStatus(changeOrderId, ChangeOrderStatus::WaitingForConfirmation));

    // From the change-order view's own button to the gate; stop and roll back, with a comment.
    QTRY_COMPARE(m_releases->view()->changeOrder().status, ChangeOrderStatus::WaitingForConfirmation);
    auto *review = m_releases->view()->findChild<QPushButton *>(u"reviewBatchButton"_s);
    QTRY_VERIFY(review->isVisible());
    QTest::mouseClick(review, Qt::LeftButton);
    QTRY_COMPARE(m_releases->gateChangeOrderId(), changeOrderId);
    decideAtGate(u"stopAndRollbackButton"_s, u"gray RT doubled"_s, u"api-gateway"_s);
    QTRY_COMPARE(sentCalls(u"AbortAndRollbackChangeOrder"_s), 1);
    QTRY_VERIFY(!acceptedChangeOrder(JournalAction::abortAndRollback).isEmpty());

    // The rollback runs to its end; the application is back on its version.
    const QString rollbackId = acceptedChangeOrder(JournalAction::abortAndRollback);
    QVERIFY(advanceUntil(rollbackId, [this, rollbackId, changeOrderId] {
        const std::optional<ChangeOrder> order = followed(rollbackId);
        const std::optional<ChangeOrder> deploy = followed(changeOrderId);
        return order && isTerminal(order->status) && deploy && isTerminal(deploy->status);
    }));
    const EmulatedApplication *app =
        m_local->emulator().fleet().findApplicationNamed(u"staging", u"api-gateway");
    for (const Instance &instance : app->instances)
        QVERIFY2(!instance.imageUrl.endsWith(u":3.9.0"_s), qPrintable(instance.imageUrl));
    bool journalled = false;
    for (const JournalEntry &entry : journal()) {
        if (entry.what == JournalAction::abortAndRollback
            && entry.outcome == JournalEntry::Outcome::Requested) {
            QCOMPARE(entry.comment, u"gray RT doubled"_s);
            QCOMPARE(entry.changeOrderId, changeOrderId);
            journalled = true;
        }
    }
    QVERIFY(journalled);
}

void TestDeployFlow::rollBackToAVersionFromTheChangesTab()
{
    startConsole();
    // A deploy first, so that there is a version to go back to.
    openApplication(u"payment-service"_s, u"staging"_s); // runs the release candidate, 3.2.0
    DeployWizard *wizard = openWizard();
    QVERIFY(wizard);
    planDeploy(wizard, u"3.2.1"_s, u"releaseSingle"_s, 1, false);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    confirm(u"payment-service"_s);
    QTRY_VERIFY(!acceptedChangeOrder(JournalAction::deploy).isEmpty());
    QVERIFY(advanceUntilStatus(acceptedChangeOrder(JournalAction::deploy), ChangeOrderStatus::Succeeded));

    QSignalSpy loaded(m_details.get(), &DetailController::pageLoaded);
    clickTab(DetailPage::Changes);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QTableView *changes = table(u"changeOrderTable"_s);
    QTableView *versions = table(u"versionTable"_s);
    QTRY_VERIFY(changes->model()->rowCount() > 0);
    QTRY_VERIFY(versions->model()->rowCount() > 1);

    // The version that ran before the deploy: the one whose configuration names 3.2.0.
    int previous = -1;
    QTRY_VERIFY([&] {
        for (int row = 0; row < versions->model()->rowCount(); ++row) {
            if (versions->model()
                    ->index(row, AppVersionTableModel::WhatRanColumn)
                    .data()
                    .toString()
                    .endsWith(u":3.2.0"))
                previous = row;
        }
        return previous >= 0;
    }());
    QTest::mouseClick(versions->viewport(), Qt::LeftButton, {},
                      versions->visualRect(versions->model()->index(previous, 0)).center());
    auto *rollback = m_window->detail()->changesPanel()->findChild<QPushButton *>(u"rollbackButton"_s);
    QTRY_VERIFY(rollback->isEnabled());
    QTest::mouseClick(rollback, Qt::LeftButton);
    ConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<ConfirmationDialog *>()) != nullptr, 10000);
    QVERIFY(!dialog->request().changes.isEmpty()); // what goes back, field by field
    confirm(u"payment-service"_s);
    QTRY_COMPARE(sentCalls(u"RollbackApplication"_s), 1);
    QTRY_VERIFY(!acceptedChangeOrder(JournalAction::rollback).isEmpty());
    const QString changeOrderId = acceptedChangeOrder(JournalAction::rollback);
    QVERIFY(advanceUntilStatus(changeOrderId, ChangeOrderStatus::Succeeded));
    const EmulatedApplication *app =
        m_local->emulator().fleet().findApplicationNamed(u"staging", u"payment-service");
    for (const Instance &instance : app->instances)
        QVERIFY2(instance.imageUrl.endsWith(u":3.2.0"_s), qPrintable(instance.imageUrl));
    // The tab shows the rollback among the change orders.
    QTRY_COMPARE(changes->model()->index(0, 1).data().toString(), u"Rollback"_s);
    QTRY_VERIFY([this] {
        const QList<JournalEntry> all = journal();
        return !all.isEmpty() && all.constLast().what == u"rollback"_s
               && all.constLast().outcome == JournalEntry::Outcome::Succeeded;
    }());
}

void TestDeployFlow::deployWithoutAnAnswerIsFoundNotSentAgain()
{
    startConsole();
    openApplication(u"payment-service"_s, u"staging"_s);
    DeployWizard *wizard = openWizard();
    QVERIFY(wizard);
    planDeploy(wizard, u"3.2.1"_s, u"releaseSingle"_s, 1, false);
    // The deploy is made, but its answer never arrives; the faults stop with the next call.
    FaultPlan drop;
    drop.dropRate = 1;
    m_local->emulator().setFaultPlan(drop);
    connect(m_scheduler.get(), &RequestScheduler::requestSent, this, [this](const QString &action) {
        if (action != u"DeployApplication")
            m_local->emulator().setFaultPlan({});
    });
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    confirm(u"payment-service"_s);
    QTRY_VERIFY_WITH_TIMEOUT(sentCalls(u"ListChangeOrders"_s) >= 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!acceptedChangeOrder(JournalAction::deploy).isEmpty(), 20000);
    QCOMPARE(sentCalls(u"DeployApplication"_s), 1);
    const QString changeOrderId = acceptedChangeOrder(JournalAction::deploy);
    QVERIFY(m_local->emulator().fleet().findChangeOrder(changeOrderId));
    QVERIFY(advanceUntilStatus(changeOrderId, ChangeOrderStatus::Succeeded));
    QTRY_VERIFY([this] {
        const QList<JournalEntry> all = journal();
        return !all.isEmpty() && all.constLast().outcome == JournalEntry::Outcome::Succeeded;
    }());
    QCOMPARE(sentCalls(u"DeployApplication"_s), 1);
}

void TestDeployFlow::aBatchConfirmedElsewhereIsNotConfirmedAgain()
{
    startConsole();
    openApplication(u"payment-service"_s, u"staging"_s);
    DeployWizard *wizard = openWizard();
    QVERIFY(wizard);
    planDeploy(wizard, u"3.2.1"_s, u"releaseGray"_s, 1, true, 1);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    confirm(u"payment-service"_s);
    QTRY_VERIFY(!acceptedChangeOrder(JournalAction::deploy).isEmpty());
    const QString changeOrderId = acceptedChangeOrder(JournalAction::deploy);
    QVERIFY(advanceUntilStatus(changeOrderId, ChangeOrderStatus::WaitingForConfirmation));
    m_releases->openGate(changeOrderId);
    QTRY_VERIFY(m_releases->isGateReady());
    QTest::keyClicks(m_releases->gate()->findChild<QPlainTextEdit *>(u"signOffComment"_s), u"looks fine"_s);
    QTest::mouseClick(m_releases->gate()->findChild<QPushButton *>(u"continueButton"_s), Qt::LeftButton);
    ConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConfirmationDialog *>()) != nullptr);

    // Meanwhile another console confirms the batch.
    const std::optional<ChangeOrder> waiting = followed(changeOrderId);
    QVERIFY(waiting);
    QString pipelineId;
    for (const Pipeline &pipeline : waiting->pipelines) {
        if (pipeline.status == ChangeOrderStatus::WaitingForConfirmation)
            pipelineId = pipeline.pipelineId;
    }
    QVERIFY(!pipelineId.isEmpty());
    QCOMPARE(callGateway(m_local->emulator(), "GET", u"/pop/v1/sam/changeorder/ConfirmPipelineBatch"_s,
                         u"ConfirmPipelineBatch"_s,
                         {{u"PipelineId"_s, pipelineId}, {u"Confirm"_s, u"true"_s}})
                 .status,
             200);
    m_local->emulator().clock().advance(5000);

    // Our confirmation reads the order again and sends nothing: the release moved on.
    confirm(u"payment-service"_s);
    QTRY_VERIFY(m_window->errorText().contains(u"moved on"_s));
    QTest::qWait(300);
    QCOMPARE(sentCalls(u"ConfirmPipelineBatch"_s), 0);
    for (const JournalEntry &entry : journal())
        QVERIFY(entry.what != JournalAction::confirmBatch);
}

QTEST_MAIN(TestDeployFlow)
#include "tst_deployflow.moc"
