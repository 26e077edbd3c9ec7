// FleetController over loopback: the whole region's health from a handful of calls, within the
// platform's call budget even for a large fleet.

#include "core/fleettablemodel.h"
#include "core/itemroles.h"
#include "fleetcontroller.h"
#include "platform/requestscheduler.h"
#include "support/localemulator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFleetController : public QObject
{
    Q_OBJECT

private slots:
    void theRetailFleetInOneCycle();
    void aLargeFleetStaysInsideTheBudget();
    void aFailedRankingIsUnknownNotFine();
    void detailsCountRestartsOfWhatNeedsSomeone();
    void newestChangesFromTheInboxShowWithoutACall();
    void everyRegionOfTheProfileWithinOneBudget();
    void anotherProfileReadsWithItsOwnKeyAndBudget();

private:
    static const FleetRow *rowNamed(const FleetTableModel *model, const QString &name,
                                    const QString &namespaceName)
    {
        for (const FleetRow &row : model->rows()) {
            if (row.application.appName == name && row.application.namespaceName == namespaceName)
                return &row;
        }
        return nullptr;
    }
};

void TestFleetController::theRetailFleetInOneCycle()
{
    EmulatorOptions options;
    options.callsPerMinute = 0;
    LocalEmulator local(options);
    QVERIFY(local.isListening());
    RequestScheduler scheduler(&local.client());
    QStringList sent;
    connect(&scheduler, &RequestScheduler::requestSent, this,
            [&sent](const QString &action) { sent.append(action); });
    FleetController fleet(&scheduler);
    fleet.setRegion(u"cn-shenzhen"_s);
    fleet.setMinimumInterval(0);
    QSignalSpy finished(&fleet, &FleetController::cycleFinished);
    fleet.start();
    QVERIFY(finished.wait(20000));

    const int applications = int(local.emulator().fleet().applications.size());
    QCOMPARE(fleet.model()->rowCount(), applications);
    // One page of applications and one call per ranking, whatever the fleet's size, then the
    // instances of at most 3 applications that need someone (their groups once, then instances).
    QCOMPARE(sent.count(u"ListApplications"_s), 1);
    for (const QString &ranking : {u"GetAvailabilityMetric"_s, u"GetWarningEventMetric"_s,
                                   u"GetScaleAppMetric"_s, u"GetChangeOrderMetric"_s})
        QCOMPARE(sent.count(ranking), 1);
    QCOMPARE(sent.count(u"DescribeApplicationGroups"_s), 3);
    QCOMPARE(sent.count(u"DescribeApplicationInstances"_s), 3);
    QCOMPARE(fleet.lastCycleCalls(), 5 + 3 + 3);
    QCOMPARE(sent.size(), fleet.lastCycleCalls());
    // The next cycle knows the groups: one call per detailed application.
    sent.clear();
    fleet.refreshNow();
    QVERIFY(finished.wait(20000));
    QCOMPARE(sent.count(u"DescribeApplicationInstances"_s), 3);
    QVERIFY(sent.count(u"DescribeApplicationGroups"_s) <= 1); // only a newly chosen one
    QCOMPARE(sent.size(), fleet.lastCycleCalls());

    // order-service in prod crash-loops: it is among the unhealthy, with its abnormal instances said.
    const FleetRow *orders = rowNamed(fleet.model(), u"order-service"_s, u"prod"_s);
    QVERIFY(orders);
    QVERIFY2(orders->health.score < FleetHealth::warningBelow,
             qPrintable(QString::number(orders->health.score)));
    QVERIFY(orders->health.reasons.join(u' ').contains(u"abnormal"_s));
    QVERIFY(orders->checkedAt.isValid());
    // A stopped application is inactive, not broken.
    const FleetRow *stopped = rowNamed(fleet.model(), u"cms-web"_s, u"dev"_s);
    QVERIFY(stopped);
    QCOMPARE(stopped->health.severity, Severity::Inactive);
    QVERIFY(fleet.model()->unhealthyCount() >= 1);
}

void TestFleetController::aLargeFleetStaysInsideTheBudget()
{
    // 200 applications and SAE's own limit of 60 calls a minute, on both sides.
    EmulatorOptions options;
    options.largeFleetApplications = 200;
    options.callsPerMinute = 60;
    LocalEmulator local(options);
    QVERIFY(local.isListening());
    RequestScheduler scheduler(&local.client());
    scheduler.setLimit(60);
    int retries = 0;
    connect(&scheduler, &RequestScheduler::requestSent, this,
            [&retries](const QString &, RequestScheduler::Priority, int attempt) {
                retries += attempt > 1 ? 1 : 0;
            });
    FleetController fleet(&scheduler);
    fleet.setRegion(u"cn-shenzhen"_s);
    fleet.setMinimumInterval(0);

    QSignalSpy finished(&fleet, &FleetController::cycleFinished);
    QSignalSpy failed(&fleet, &FleetController::readFailed);
    QElapsedTimer cycle;
    cycle.start();
    fleet.start();
    QVERIFY(finished.wait(60000));
    qInfo("a 200-application cycle: %d calls in %lld ms", fleet.lastCycleCalls(), cycle.elapsed());
    QCOMPARE(fleet.model()->rowCount(), 200);
    // Two full pages, an empty third, four rankings; then the instances of at most 3 that need
    // someone (their groups, then their instances).
    QVERIFY2(fleet.lastCycleCalls() >= 3 + 4 && fleet.lastCycleCalls() <= 3 + 4 + 2 * 3,
             qPrintable(QString::number(fleet.lastCycleCalls())));
    QVERIFY(cycle.elapsed() < 60000); // fresh within a minute
    QCOMPARE(retries, 0);             // nothing throttled, nothing sent twice
    // The next cycle keeps to the fleet's share of the budget and still within a minute.
    fleet.setMinimumInterval(30000);
    fleet.refreshNow();
    QVERIFY(finished.wait(60000));
    const int next = fleet.nextCycleIn();
    qInfo("then %d calls, the next cycle in %d ms", fleet.lastCycleCalls(), next);
    QVERIFY(next >= 30000 - 1000);
    QVERIFY(next <= 60000);
    QVERIFY(next >= fleet.lastCycleCalls() * 60000 / 15 - 1000);
    QCOMPARE(retries, 0);
    QVERIFY(failed.isEmpty());
}

void TestFleetController::aFailedRankingIsUnknownNotFine()
{
    EmulatorOptions options;
    options.callsPerMinute = 0;
    LocalEmulator local(options);
    QVERIFY(local.isListening());
    RequestScheduler scheduler(&local.client());
    FleetController fleet(&scheduler);
    fleet.setMinimumInterval(0);
    fleet.setDetailReadsPerCycle(0);
    // No region: GetWarningEventMetric wants one and refuses; the rest still tells.
    QSignalSpy failed(&fleet, &FleetController::readFailed);
    QSignalSpy finished(&fleet, &FleetController::cycleFinished);
    fleet.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"the Warning events"_s);
    QVERIFY(fleet.model()->rowCount() > 0);
    for (const FleetRow &row : fleet.model()->rows())
        QVERIFY(!row.health.reasons.join(u' ').contains(u"Warning event"_s));
}

void TestFleetController::detailsCountRestartsOfWhatNeedsSomeone()
{
    EmulatorOptions options;
    options.callsPerMinute = 0;
    options.manualStart = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
    LocalEmulator local(options);
    QVERIFY(local.isListening());
    RequestScheduler scheduler(&local.client());
    QStringList detailed;
    connect(&scheduler, &RequestScheduler::requestSent, this, [&detailed](const QString &action) {
        if (action == u"DescribeApplicationInstances"_s)
            detailed.append(action);
    });
    FleetController fleet(&scheduler);
    fleet.setRegion(u"cn-shenzhen"_s);
    fleet.setMinimumInterval(0);
    fleet.setDetailReadsPerCycle(1);
    fleet.setClock([&local] { return local.emulator().clock().now(); });
    QSignalSpy finished(&fleet, &FleetController::cycleFinished);
    fleet.start();
    QVERIFY(finished.wait(20000));
    const FleetRow *orders = rowNamed(fleet.model(), u"order-service"_s, u"prod"_s);
    QVERIFY(orders);
    // On screen goes first: order-service's instances are read in every cycle from now on.
    fleet.setVisibleApplications({orders->application.appId});
    fleet.refreshNow();
    QVERIFY(finished.wait(20000));
    QCOMPARE(detailed.size(), 2);
    // Ten minutes of crash loop later, its restarts are counted and cost it points.
    local.emulator().clock().advance(10 * 60 * 1000);
    fleet.refreshNow();
    QVERIFY(finished.wait(20000));
    orders = rowNamed(fleet.model(), u"order-service"_s, u"prod"_s);
    QVERIFY(orders);
    const QString reasons = orders->health.reasons.join(u" | "_s);
    QVERIFY2(reasons.contains(u"restart"_s), qPrintable(reasons));
    QCOMPARE(orders->checkedAt, local.emulator().clock().now());
    // One point a cycle in its trend, at the cycles' times.
    QCOMPARE(orders->trend.size(), 3);
    QCOMPARE(orders->trend.constLast().y(), double(orders->health.score));
}

void TestFleetController::newestChangesFromTheInboxShowWithoutACall()
{
    EmulatorOptions options;
    options.callsPerMinute = 0;
    LocalEmulator local(options);
    QVERIFY(local.isListening());
    RequestScheduler scheduler(&local.client());
    FleetController fleet(&scheduler);
    fleet.setRegion(u"cn-shenzhen"_s);
    fleet.setMinimumInterval(0);
    fleet.setDetailReadsPerCycle(0);
    QSignalSpy finished(&fleet, &FleetController::cycleFinished);
    fleet.start();
    QVERIFY(finished.wait(20000));
    const FleetRow *payments = rowNamed(fleet.model(), u"payment-service"_s, u"prod"_s);
    QVERIFY(payments);
    const int scoreBefore = payments->health.score;
    QSignalSpy sent(&scheduler, &RequestScheduler::requestSent);
    ChangeOrder waiting;
    waiting.appId = payments->application.appId;
    waiting.changeOrderId = u"co-1"_s;
    waiting.status = ChangeOrderStatus::WaitingForConfirmation;
    waiting.createdAt = QDateTime::currentDateTimeUtc();
    fleet.setNewestChange(waiting);
    payments = rowNamed(fleet.model(), u"payment-service"_s, u"prod"_s);
    QVERIFY(FleetTableModel::waitsForSignOff(*payments));
    QVERIFY(payments->health.score < scoreBefore); // waiting for a person costs points
    // An older order read late does not replace it.
    ChangeOrder older = waiting;
    older.changeOrderId = u"co-0"_s;
    older.status = ChangeOrderStatus::Succeeded;
    older.createdAt = waiting.createdAt.addSecs(-3600);
    fleet.setNewestChange(older);
    payments = rowNamed(fleet.model(), u"payment-service"_s, u"prod"_s);
    QCOMPARE(payments->lastChange->changeOrderId, u"co-1"_s);
    QCOMPARE(sent.size(), 0);
}

void TestFleetController::everyRegionOfTheProfileWithinOneBudget()
{
    // Two regions of one AccessKey: two emulators, one scheduler (the budget is the user's).
    EmulatorOptions shenzhen;
    shenzhen.callsPerMinute = 0;
    EmulatorOptions hangzhou = shenzhen;
    hangzhou.regionId = u"cn-hangzhou"_s;
    hangzhou.seed = shenzhen.seed + 1; // another region, other applications (IDs are unique in SAE)
    LocalEmulator first(shenzhen);
    LocalEmulator second(hangzhou);
    QVERIFY(first.isListening() && second.isListening());
    RequestScheduler scheduler(&first.client());
    QStringList sent;
    connect(&scheduler, &RequestScheduler::requestSent, this,
            [&sent](const QString &action) { sent.append(action); });
    FleetController fleet(&scheduler);
    fleet.setRegions({{u"cn-shenzhen"_s, {}}, {u"cn-hangzhou"_s, second.emulator().url()}});
    fleet.setMinimumInterval(0);
    fleet.setDetailReadsPerCycle(50); // every application that needs someone, in both regions
    QSignalSpy finished(&fleet, &FleetController::cycleFinished);
    QSignalSpy failed(&fleet, &FleetController::readFailed);
    fleet.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(failed.isEmpty());
    const int inShenzhen = int(first.emulator().fleet().applications.size());
    const int inHangzhou = int(second.emulator().fleet().applications.size());
    QCOMPARE(fleet.model()->rowCount(), inShenzhen + inHangzhou);
    QCOMPARE(sent.count(u"ListApplications"_s), 2);
    // Each region's details went to that region: not one read failed.
    QVERIFY(sent.count(u"DescribeApplicationInstances"_s) >= 2);
    QVERIFY(fleet.lastCycleCalls() > 2 * 5);
    int hangzhouRows = 0;
    for (const FleetRow &row : fleet.model()->rows())
        hangzhouRows += row.application.regionId == u"cn-hangzhou"_s ? 1 : 0;
    QCOMPARE(hangzhouRows, inHangzhou);

    // A region that cannot be read keeps its rows, as they were, and says which region it was.
    QHash<QString, FleetHealth> before;
    for (const FleetRow &row : fleet.model()->rows())
        before.insert(row.application.appId, row.health);
    second.emulator().close();
    fleet.setDetailReadsPerCycle(0);
    fleet.refreshNow();
    QVERIFY(finished.wait(60000));
    QCOMPARE(fleet.model()->rowCount(), inShenzhen + inHangzhou);
    for (const FleetRow &row : fleet.model()->rows()) {
        if (row.application.regionId == u"cn-hangzhou"_s)
            QCOMPARE(row.health.score, before.value(row.application.appId).score);
    }
    QVERIFY(!failed.isEmpty());
    QVERIFY2(failed.first().at(0).toString().endsWith(u" in cn-hangzhou"_s),
             qPrintable(failed.first().at(0).toString()));
}

void TestFleetController::anotherProfileReadsWithItsOwnKeyAndBudget()
{
    // The fleet of all profiles: another account, its own AccessKey and its own scheduler.
    EmulatorOptions ours;
    ours.callsPerMinute = 0;
    EmulatorOptions theirs = ours;
    theirs.regionId = u"cn-hangzhou"_s;
    theirs.seed = ours.seed + 1;
    theirs.accessKeyId = u"LTAI5tOtherAccount0000001"_s;
    theirs.accessKeySecret = "other-account-secret";
    LocalEmulator first(ours);
    LocalEmulator second(theirs);
    QVERIFY(first.isListening() && second.isListening());
    RequestScheduler ownScheduler(&first.client());
    RequestScheduler otherScheduler(&second.client());
    QSignalSpy ownSent(&ownScheduler, &RequestScheduler::requestSent);
    QSignalSpy otherSent(&otherScheduler, &RequestScheduler::requestSent);
    FleetController fleet(&ownScheduler);
    fleet.setRegions({{u"cn-shenzhen"_s},
                      {u"cn-hangzhou"_s, second.emulator().url(), &otherScheduler, u"staging-account"_s}});
    fleet.setMinimumInterval(0);
    fleet.setDetailReadsPerCycle(50);
    QSignalSpy finished(&fleet, &FleetController::cycleFinished);
    QSignalSpy failed(&fleet, &FleetController::readFailed);
    fleet.start();
    QVERIFY(finished.wait(20000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<ApiError>().detailedText()));
    const int theirApplications = int(second.emulator().fleet().applications.size());
    QCOMPARE(fleet.model()->rowCount(),
             int(first.emulator().fleet().applications.size()) + theirApplications);
    // Each account's calls went through its own budget, signed with its own key.
    QVERIFY(otherSent.size() >= 5);
    QVERIFY(ownSent.size() >= 5);
    QCOMPARE(ownSent.size() + otherSent.size(), fleet.lastCycleCalls());
    int theirRows = 0;
    for (int row = 0; row < fleet.model()->rowCount(); ++row) {
        const FleetRow &fleetRow = fleet.model()->rows().at(row);
        if (fleetRow.profile != u"staging-account"_s)
            continue;
        ++theirRows;
        QCOMPARE(fleetRow.application.regionId, u"cn-hangzhou"_s);
        QCOMPARE(fleet.model()->index(row, FleetTableModel::RegionColumn).data().toString(),
                 u"cn-hangzhou · staging-account"_s);
    }
    QCOMPARE(theirRows, theirApplications);
}

QTEST_MAIN(TestFleetController)
#include "tst_fleetcontroller.moc"
