#include "platform/changeorderapi.h"
#include "platform/changeordertracker.h"
#include "platform/deploymentapi.h"
#include "support/localemulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/**
 * ChangeOrderTracker against the emulator: a manual two-batch deploy is followed to its wait for
 * confirmation, on to the end after ConfirmPipelineBatch; reads that fail keep the last state.
 * The emulator's clock is manual and moved forward as the tracker polls.
 */
class TestChangeOrderTracker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsAManualReleaseToItsEnd();
    void failedReadsKeepTheLastState();
    void stopsWhenAsked();

private:
    QString startManualDeploy();
    /// Moves the emulator's clock while the tracker's timers run, until `done` or 60 s of polls.
    bool advanceUntil(const std::function<bool()> &done);

    std::unique_ptr<LocalEmulator> m_local;
    std::unique_ptr<RequestScheduler> m_scheduler;
    QString m_appId;
};

void TestChangeOrderTracker::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);
    options.callsPerMinute = 0;
    m_local = std::make_unique<LocalEmulator>(options);
    QVERIFY(m_local->isListening());
    m_scheduler = std::make_unique<RequestScheduler>(&m_local->client());
    m_scheduler->setLimit(100000); // the emulator's limit is off; polls every 10 ms must not wait
    const EmulatedApplication *member =
        m_local->emulator().fleet().findApplicationNamed(u"prod", u"member-service");
    QVERIFY(member);
    m_appId = member->application.appId;
}

void TestChangeOrderTracker::cleanup()
{
    m_scheduler.reset();
    m_local.reset();
}

QString TestChangeOrderTracker::startManualDeploy()
{
    DeploymentPlan plan;
    plan.appId = m_appId;
    plan.packageType = u"FatJar"_s;
    plan.packageUrl = u"https://artifacts.example.com/member-service/member-service-2.15.0.jar"_s;
    plan.packageVersion = u"2.15.0"_s;
    plan.jdk = u"Dragonwell 17"_s;
    UpdateStrategy strategy;
    strategy.type = UpdateStrategy::Type::BatchUpdate;
    strategy.batches = 2;
    strategy.release = UpdateStrategy::Release::Manual;
    plan.release.updateStrategy = strategy;
    std::optional<ApiResult<ChangeOrderTicket>> ticket;
    QObject context;
    m_scheduler->schedule(DeploymentApi::deployApplication(plan), RequestScheduler::Priority::UserAction,
                          &context,
                          [&ticket](const ApiResult<ChangeOrderTicket> &result) { ticket = result; });
    if (!QTest::qWaitFor([&ticket] { return ticket.has_value(); }, 10000) || !ticket->isOk())
        return {};
    return ticket->value().changeOrderId;
}

bool TestChangeOrderTracker::advanceUntil(const std::function<bool()> &done)
{
    for (int step = 0; step < 600 && !done(); ++step) {
        m_local->emulator().clock().advance(5000);
        QTest::qWait(20);
    }
    return done();
}

void TestChangeOrderTracker::followsAManualReleaseToItsEnd()
{
    const QString changeOrderId = startManualDeploy();
    QVERIFY(!changeOrderId.isEmpty());
    ChangeOrderTracker tracker(m_scheduler.get(), &ChangeOrderApi::describeChangeOrder, changeOrderId);
    tracker.setIntervals({10ms, 10ms, 10ms, 10ms});
    QSignalSpy progressed(&tracker, &ChangeOrderTracker::progressed);
    QSignalSpy waiting(&tracker, &ChangeOrderTracker::waiting);
    QSignalSpy finished(&tracker, &ChangeOrderTracker::finished);
    tracker.start();

    QVERIFY(advanceUntil([&waiting] { return !waiting.isEmpty(); }));
    const ChangeOrder atGate = waiting.first().first().value<ChangeOrder>();
    QCOMPARE(atGate.changeOrderId, changeOrderId);
    QCOMPARE(atGate.status, ChangeOrderStatus::WaitingForConfirmation);
    QVERIFY(finished.isEmpty());
    QVERIFY(tracker.changeOrder().has_value());

    // The release manager confirms the second batch; the tracker looks at once.
    QString nextPipeline;
    for (const Pipeline &pipeline : atGate.pipelines) {
        if (pipeline.status != ChangeOrderStatus::Succeeded && nextPipeline.isEmpty())
            nextPipeline = pipeline.pipelineId;
    }
    QVERIFY(!nextPipeline.isEmpty());
    std::optional<ApiResult<Acknowledgement>> confirmed;
    m_scheduler->schedule(ChangeOrderApi::confirmPipelineBatch(nextPipeline, true),
                          RequestScheduler::Priority::UserAction, this,
                          [&confirmed](const ApiResult<Acknowledgement> &result) { confirmed = result; });
    QTRY_VERIFY(confirmed.has_value());
    QVERIFY2(confirmed->isOk(),
             qPrintable(confirmed->isOk() ? QString() : confirmed->error().detailedText()));
    tracker.pollNow();

    QVERIFY(advanceUntil([&finished] { return !finished.isEmpty(); }));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ChangeOrder>().status, ChangeOrderStatus::Succeeded);
    QVERIFY(tracker.isFinished());
    QVERIFY(progressed.size() >= 3); // running, waiting, running again, succeeded
    // Finished means finished: no more reads.
    QSignalSpy sent(m_scheduler.get(), &RequestScheduler::requestSent);
    QTest::qWait(100);
    QCOMPARE(sent.size(), 0);
}

void TestChangeOrderTracker::failedReadsKeepTheLastState()
{
    const QString changeOrderId = startManualDeploy();
    QVERIFY(!changeOrderId.isEmpty());
    RetryPolicy noRetries;
    noRetries.maximumAttempts = 1;
    m_scheduler->setRetryPolicy(noRetries);
    ChangeOrderTracker tracker(m_scheduler.get(), &ChangeOrderApi::describeChangeOrder, changeOrderId);
    tracker.setIntervals({10ms, 10ms, 10ms, 10ms});
    QSignalSpy progressed(&tracker, &ChangeOrderTracker::progressed);
    QSignalSpy failed(&tracker, &ChangeOrderTracker::readFailed);
    tracker.start();
    QTRY_VERIFY(!progressed.isEmpty());
    const ChangeOrder known = *tracker.changeOrder();

    FaultPlan errors;
    errors.errorRate = 1.0;
    m_local->emulator().setFaultPlan(errors);
    QTRY_VERIFY(!failed.isEmpty());
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus >= 500, true);
    QVERIFY(tracker.changeOrder().has_value()); // the last good state stays
    QCOMPARE(tracker.changeOrder()->changeOrderId, known.changeOrderId);
    QVERIFY(!tracker.isFinished());

    m_local->emulator().setFaultPlan({}); // it recovers by itself
    const qsizetype before = progressed.size();
    QVERIFY(advanceUntil([&] { return progressed.size() > before; }));
}

void TestChangeOrderTracker::stopsWhenAsked()
{
    const QString changeOrderId = startManualDeploy();
    QVERIFY(!changeOrderId.isEmpty());
    ChangeOrderTracker tracker(m_scheduler.get(), &ChangeOrderApi::describeChangeOrder, changeOrderId);
    tracker.setIntervals({10ms, 10ms, 10ms, 10ms});
    QSignalSpy progressed(&tracker, &ChangeOrderTracker::progressed);
    tracker.start();
    QTRY_VERIFY(!progressed.isEmpty());
    tracker.stop();
    QTest::qWait(50);
    QSignalSpy sent(m_scheduler.get(), &RequestScheduler::requestSent);
    QTest::qWait(100);
    QCOMPARE(sent.size(), 0);
}

QTEST_GUILESS_MAIN(TestChangeOrderTracker)
#include "tst_changeordertracker.moc"
