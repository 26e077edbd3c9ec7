// SignOffWatcher over loopback: a change order waiting for a person anywhere in the region shows
// in the inbox, goes when it moves on, and a failed check keeps what was known.

#include "changeorderfollower.h"
#include "core/signoffinboxmodel.h"
#include "emulator/faultplan.h"
#include "platform/requestscheduler.h"
#include "signoffwatcher.h"
#include "support/gatewaycall.h"
#include "support/localemulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSignOffWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsWaitingOrdersAcrossTheRegion();
    void followedOrdersUpdateAtOnce();
    void aFailedCheckKeepsWhatWasKnown();
    void pacesItsCallsToItsShare();

private:
    /// Starts a gray release of payment-service in `namespaceName`: its gray batch will wait.
    QString startGrayRelease(const QString &namespaceName);
    QJsonObject changeOrder(const QString &id);
    int advanceUntilStatus(const QString &id, int status);
    bool cycle();

    std::unique_ptr<LocalEmulator> m_local;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<ChangeOrderFollower> m_follower;
    std::unique_ptr<SignOffWatcher> m_watcher;
    QStringList m_sent;
};

void TestSignOffWatcher::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
    options.callsPerMinute = 0;
    m_local = std::make_unique<LocalEmulator>(options);
    QVERIFY(m_local->isListening());
    m_scheduler = std::make_unique<RequestScheduler>(&m_local->client());
    m_scheduler->setLimit(6000);
    m_sent.clear();
    connect(m_scheduler.get(), &RequestScheduler::requestSent, this,
            [this](const QString &action) { m_sent.append(action); });
    m_follower = std::make_unique<ChangeOrderFollower>(m_scheduler.get());
    m_watcher = std::make_unique<SignOffWatcher>(m_scheduler.get(), m_follower.get());
    m_watcher->setCallsPerMinute(0);
    m_watcher->setCycleInterval(0);
}

void TestSignOffWatcher::cleanup()
{
    m_watcher.reset();
    m_follower.reset();
    m_scheduler.reset();
    m_local.reset();
}

QString TestSignOffWatcher::startGrayRelease(const QString &namespaceName)
{
    const EmulatedApplication *app =
        m_local->emulator().fleet().findApplicationNamed(namespaceName, u"payment-service");
    if (!app)
        return {};
    const QString image = app->application.imageUrl.section(u':', 0, -2);
    const GatewayAnswer answer = callGateway(
        m_local->emulator(), "POST", u"/pop/v1/sam/app/deployApplication"_s, u"DeployApplication"_s,
        {{u"AppId"_s, app->application.appId},
         {u"PackageType"_s, u"Image"_s},
         {u"ImageUrl"_s, image + u":3.2.0"_s},
         {u"UpdateStrategy"_s,
          uR"({"type":"GrayBatchUpdate","batchUpdate":{"batch":1,"releaseType":"manual"},"grayUpdate":{"gray":1}})"_s}});
    return answer.data().value(u"ChangeOrderId").toString();
}

QJsonObject TestSignOffWatcher::changeOrder(const QString &id)
{
    return callGateway(m_local->emulator(), "GET", u"/pop/v1/sam/changeorder/DescribeChangeOrder"_s,
                       u"DescribeChangeOrder"_s, {{u"ChangeOrderId"_s, id}})
        .data();
}

int TestSignOffWatcher::advanceUntilStatus(const QString &id, int status)
{
    for (int waited = 0; waited <= 1800; waited += 5) {
        const int now = changeOrder(id).value(u"Status").toInt();
        if (now == status)
            return now;
        m_local->emulator().clock().advance(5000);
    }
    return changeOrder(id).value(u"Status").toInt();
}

bool TestSignOffWatcher::cycle()
{
    QSignalSpy finished(m_watcher.get(), &SignOffWatcher::cycleFinished);
    m_watcher->refreshNow();
    return finished.wait(20000);
}

void TestSignOffWatcher::findsWaitingOrdersAcrossTheRegion()
{
    QSignalSpy counted(m_watcher.get(), &SignOffWatcher::countChanged);
    QVERIFY(cycle());
    QCOMPARE(m_watcher->count(), 0); // the seeded fleet waits for nobody
    const int applications = int(m_local->emulator().fleet().applications.size());
    QCOMPARE(m_sent.count(u"ListChangeOrders"_s), applications); // one read per application
    QCOMPARE(m_sent.count(u"ListApplications"_s), 1);

    const QString prod = startGrayRelease(u"prod"_s);
    const QString staging = startGrayRelease(u"staging"_s);
    QVERIFY(!prod.isEmpty() && !staging.isEmpty());
    QCOMPARE(advanceUntilStatus(prod, 8), 8);
    QCOMPARE(advanceUntilStatus(staging, 8), 8);
    QVERIFY(cycle());
    QCOMPARE(m_watcher->count(), 2);
    QCOMPARE(counted.constLast().constFirst().toInt(), 2);
    SignOffInboxModel *model = m_watcher->model();
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.append(model->changeOrder(row).changeOrderId);
        QCOMPARE(model->index(row, SignOffInboxModel::ApplicationColumn).data().toString(),
                 u"payment-service"_s);
        QCOMPARE(model->index(row, SignOffInboxModel::WaitingForColumn).data().toString(),
                 u"Confirm batch 2 of 2"_s); // the gray batch ran; the next waits
    }
    ids.sort();
    QStringList expected{prod, staging};
    expected.sort();
    QCOMPARE(ids, expected);

    // Confirmed elsewhere: the next cycle drops it.
    const GatewayAnswer confirmed =
        callGateway(m_local->emulator(), "GET", u"/pop/v1/sam/changeorder/ConfirmPipelineBatch"_s,
                    u"ConfirmPipelineBatch"_s,
                    {{u"PipelineId"_s, changeOrder(prod).value(u"CurrentPipelineId").toString()},
                     {u"Confirm"_s, u"true"_s}});
    QCOMPARE(confirmed.status, 200);
    m_local->emulator().clock().advance(5000);
    QVERIFY(cycle());
    QCOMPARE(m_watcher->count(), 1);
    QCOMPARE(model->changeOrder(0).changeOrderId, staging);
    QCOMPARE(counted.constLast().constFirst().toInt(), 1);
}

void TestSignOffWatcher::followedOrdersUpdateAtOnce()
{
    QVERIFY(cycle());
    const QString id = startGrayRelease(u"staging"_s);
    QCOMPARE(advanceUntilStatus(id, 8), 8);
    // Followed by the console (say, it started it): the row comes without a cycle.
    QSignalSpy counted(m_watcher.get(), &SignOffWatcher::countChanged);
    m_follower->follow(id);
    QVERIFY(counted.wait(10000));
    QCOMPARE(m_watcher->count(), 1);
    QCOMPARE(m_watcher->model()->changeOrder(0).changeOrderId, id);
    // Stopped: its end clears it.
    const GatewayAnswer stopped =
        callGateway(m_local->emulator(), "PUT", u"/pop/v1/sam/changeorder/AbortChangeOrder"_s,
                    u"AbortChangeOrder"_s, {{u"ChangeOrderId"_s, id}});
    QCOMPARE(stopped.status, 200);
    m_follower->pollNow(id);
    QTRY_COMPARE_WITH_TIMEOUT(m_watcher->count(), 0, 10000);
}

void TestSignOffWatcher::aFailedCheckKeepsWhatWasKnown()
{
    const QString id = startGrayRelease(u"prod"_s);
    QCOMPARE(advanceUntilStatus(id, 8), 8);
    QVERIFY(cycle());
    QCOMPARE(m_watcher->count(), 1);
    FaultPlan failing;
    failing.errorRate = 1;
    m_local->emulator().setFaultPlan(failing);
    QSignalSpy failed(m_watcher.get(), &SignOffWatcher::readFailed);
    QVERIFY(cycle());
    QVERIFY(!failed.isEmpty());
    QCOMPARE(m_watcher->count(), 1); // not "nothing waits": unknown
    m_local->emulator().setFaultPlan({});
}

void TestSignOffWatcher::pacesItsCallsToItsShare()
{
    // 600 a minute: one read every 100 ms, so a cycle of 22 applications takes about 2 s.
    m_watcher->setCallsPerMinute(600);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(cycle());
    const int applications = int(m_local->emulator().fleet().applications.size());
    QVERIFY2(elapsed.elapsed() >= (applications - 1) * 100 - 50,
             qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(m_sent.count(u"ListChangeOrders"_s), applications);
}

QTEST_MAIN(TestSignOffWatcher)
#include "tst_signoffwatcher.moc"
