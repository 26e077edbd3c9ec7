#include "emulator/fleet.h"
#include "emulator/fleetsimulator.h"
#include "emulator/instancelifecycle.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

/** Instances move by their fate, at exact simulated times, with Kubernetes' Pod events. */
class TestInstanceLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pendingInstanceRunsAtReadyAt();
    void crashLoopBacksOffAndCountsRestarts();
    void imagePullFailureNeverRuns();
    void readinessFailureRunsUnready();
    void aWeekOfCrashLoopIsQuickAndFolded();

private:
    Instance &addInstance(const QString &id, InstanceStatus status, InstanceFate fate,
                          const QDateTime &readyAt);
    void advanceTo(const QDateTime &when) { m_simulator.advanceTo(m_fleet, when); }
    EmulatedApplication &app() { return m_fleet.applications.first(); }
    Instance &instance(int index) { return app().instances[index]; }
    int eventsWithReason(const QString &reason) const;

    Fleet m_fleet;
    FleetSimulator m_simulator;
    QDateTime m_start;
};

void TestInstanceLifecycle::init()
{
    m_fleet = Fleet();
    m_simulator = FleetSimulator();
    m_simulator.addStep(std::make_unique<InstanceLifecycle>());
    m_start = QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);
    EmulatedApplication application;
    application.application.appId = u"app-1"_s;
    application.application.appName = u"order-service"_s;
    application.application.namespaceId = u"cn-shenzhen:prod"_s;
    m_fleet.applications.append(application);
    advanceTo(m_start); // the simulation starts here
}

Instance &TestInstanceLifecycle::addInstance(const QString &id, InstanceStatus status, InstanceFate fate,
                                             const QDateTime &readyAt)
{
    Instance added;
    added.instanceId = id;
    added.ip = u"10.0.0.1"_s;
    added.imageUrl = u"registry.example/retail/order-service:2.0.0"_s;
    added.status = status;
    added.statusText = toWire(status);
    added.health =
        status == InstanceStatus::Running ? InstanceHealth::Healthy : InstanceHealth::NotCheckedYet;
    added.healthText = toWire(added.health);
    added.createdAt = m_start;
    added.readyAt = readyAt;
    app().instances.append(added);
    app().application.targetInstances = int(app().instances.size());
    if (fate != InstanceFate::Healthy)
        app().instanceFates.insert(id, fate);
    return app().instances.last();
}

int TestInstanceLifecycle::eventsWithReason(const QString &reason) const
{
    int count = 0;
    for (const FleetEvent &event : m_fleet.events)
        count += event.reason == reason ? event.count : 0;
    return count;
}

void TestInstanceLifecycle::pendingInstanceRunsAtReadyAt()
{
    addInstance(u"order-service-abc-1"_s, InstanceStatus::Pending, InstanceFate::Healthy,
                m_start.addSecs(35));
    advanceTo(m_start.addSecs(34));
    QCOMPARE(instance(0).status, InstanceStatus::Pending);
    QCOMPARE(app().application.runningInstances, 0);
    advanceTo(m_start.addSecs(35));
    QCOMPARE(instance(0).status, InstanceStatus::Running);
    QCOMPARE(instance(0).statusText, u"Running"_s);
    QCOMPARE(instance(0).health, InstanceHealth::Healthy);
    QCOMPARE(instance(0).readyAt, m_start.addSecs(35));
    QCOMPARE(app().application.runningInstances, 1);
    QCOMPARE(eventsWithReason(u"Started"_s), 1);
    QCOMPARE(m_fleet.events.last().objectKind, u"Pod"_s);
    QCOMPARE(m_fleet.events.last().objectName, u"order-service-abc-1"_s);
    advanceTo(m_start.addSecs(3600)); // and then nothing more happens
    QCOMPARE(instance(0).status, InstanceStatus::Running);
    QCOMPARE(eventsWithReason(u"Started"_s), 1);
}

void TestInstanceLifecycle::crashLoopBacksOffAndCountsRestarts()
{
    addInstance(u"order-service-abc-2"_s, InstanceStatus::Running, InstanceFate::CrashLoop, m_start);
    advanceTo(m_start.addSecs(29)); // it runs for 30 s ...
    QCOMPARE(instance(0).status, InstanceStatus::Running);
    advanceTo(m_start.addSecs(30)); // ... then fails its liveness probe
    QCOMPARE(instance(0).status, InstanceStatus::CrashLoopBackOff);
    QCOMPARE(instance(0).health, InstanceHealth::LivenessUnhealthy);
    QCOMPARE(instance(0).restarts, 0);
    QCOMPARE(app().application.runningInstances, 0);
    // Back-off 10 s, then it starts again and crashes 30 s later; then 20 s, 40 s ...
    advanceTo(m_start.addSecs(40));
    QCOMPARE(instance(0).status, InstanceStatus::Running);
    QCOMPARE(instance(0).restarts, 1);
    advanceTo(m_start.addSecs(70));
    QCOMPARE(instance(0).status, InstanceStatus::CrashLoopBackOff);
    advanceTo(m_start.addSecs(89));
    QCOMPARE(instance(0).status, InstanceStatus::CrashLoopBackOff);
    advanceTo(m_start.addSecs(90));
    QCOMPARE(instance(0).status, InstanceStatus::Running);
    QCOMPARE(instance(0).restarts, 2);
    QCOMPARE(InstanceLifecycle::backOffSeconds(0), 10);
    QCOMPARE(InstanceLifecycle::backOffSeconds(3), 80);
    QCOMPARE(InstanceLifecycle::backOffSeconds(17), 300);
    QVERIFY(eventsWithReason(u"BackOff"_s) >= 2);
}

void TestInstanceLifecycle::imagePullFailureNeverRuns()
{
    addInstance(u"mall-web-x-1"_s, InstanceStatus::Pending, InstanceFate::ImagePullFailure,
                m_start.addSecs(30));
    advanceTo(m_start.addSecs(5));
    QCOMPARE(instance(0).status, InstanceStatus::ErrImagePull);
    QVERIFY(instance(0).unhealthyMessage.contains(u"order-service:2.0.0"_s));
    advanceTo(m_start.addSecs(25));
    QCOMPARE(instance(0).status, InstanceStatus::ImagePullBackOff);
    QCOMPARE(instance(0).statusText, u"ImagePullBackOff"_s);
    advanceTo(m_start.addSecs(7200));
    QCOMPARE(instance(0).status, InstanceStatus::ImagePullBackOff);
    QCOMPARE(app().application.runningInstances, 0);
    QCOMPARE(eventsWithReason(u"Failed"_s), 1);
}

void TestInstanceLifecycle::readinessFailureRunsUnready()
{
    addInstance(u"inventory-1"_s, InstanceStatus::Pending, InstanceFate::ReadinessFailure,
                m_start.addSecs(20));
    advanceTo(m_start.addSecs(20));
    QCOMPARE(instance(0).status, InstanceStatus::Running);
    QCOMPARE(instance(0).health, InstanceHealth::ReadinessUnhealthy);
    QVERIFY(instance(0).needsAttention());
    advanceTo(m_start.addSecs(20 + 3 * InstanceLifecycle::repeatedEventSeconds));
    QCOMPARE(eventsWithReason(u"Unhealthy"_s), 4); // folded into one entry with a count
    QCOMPARE(m_fleet.events.size(), 4);            // Pulled, Created, Started, Unhealthy
}

void TestInstanceLifecycle::aWeekOfCrashLoopIsQuickAndFolded()
{
    addInstance(u"order-service-abc-3"_s, InstanceStatus::CrashLoopBackOff, InstanceFate::CrashLoop, {});
    app().instances.first().restarts = 17;
    QElapsedTimer timer;
    timer.start();
    advanceTo(m_start.addDays(7));
    // 5-minute back-offs and 30-second runs: about 1,833 restarts in a week.
    const qint64 restarts = instance(0).restarts - 17;
    QVERIFY2(restarts > 1800 && restarts < 1850, qPrintable(QString::number(restarts)));
    QVERIFY(m_fleet.events.size() < 10);                     // Kubernetes folds repeats into counts
    qInfo("a week of crash loop: %lld ms", timer.elapsed()); // informative, not asserted
}

QTEST_GUILESS_MAIN(TestInstanceLifecycle)
#include "tst_instancelifecycle.moc"
