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
    // One page of applications and one call per ranking, whatever the fleet's size.
    QCOMPARE(fleet.lastCycleCalls(), 5);
    QCOMPARE(sent.size(), 5);
    QCOMPARE(sent.count(u"ListApplications"_s), 1);
    for (const QString &ranking : {u"GetAvailabilityMetric"_s, u"GetWarningEventMetric"_s,
                                   u"GetScaleAppMetric"_s, u"GetChangeOrderMetric"_s})
        QCOMPARE(sent.count(ranking), 1);

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
    QCOMPARE(fleet.lastCycleCalls(), 3 + 4); // two full pages, an empty third, four rankings
    QCOMPARE(retries, 0);                    // nothing throttled, nothing sent twice
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

QTEST_MAIN(TestFleetController)
#include "tst_fleetcontroller.moc"
