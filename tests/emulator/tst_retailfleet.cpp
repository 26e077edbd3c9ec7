#include "emulator/retailfleet.h"

#include <QSet>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

class TestRetailFleet : public QObject
{
    Q_OBJECT

private slots:
    void shape();
    void sameSeedSameFleet();
    void otherSeedOtherIds();
    void specsAreOnesSaeOffers();
    void countsMatchInstances();
    void someInstancesAreSick();
};

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

} // namespace

void TestRetailFleet::shape()
{
    const Fleet fleet = RetailFleet::build(1, u"cn-shenzhen"_s, now);
    QCOMPARE(fleet.regionId, u"cn-shenzhen"_s);
    QCOMPARE(fleet.namespaces.size(), 3);
    QCOMPARE(fleet.namespaces.at(0).id, u"cn-shenzhen:prod"_s);
    QVERIFY(fleet.applications.size() >= 20);
    QSet<QString> appIds;
    QSet<QString> instanceIds;
    std::map<QString, int> perNamespace;
    for (const EmulatedApplication &app : fleet.applications) {
        QVERIFY(!appIds.contains(app.application.appId));
        appIds.insert(app.application.appId);
        QCOMPARE(app.application.appId.size(), 36);
        QVERIFY(fleet.findNamespace(app.application.namespaceId));
        ++perNamespace[app.application.namespaceId];
        for (const Instance &instance : app.instances) {
            QVERIFY(!instanceIds.contains(instance.instanceId));
            instanceIds.insert(instance.instanceId);
            QCOMPARE(instance.groupId, app.group.groupId);
            QVERIFY(instance.instanceId.startsWith(app.application.appName + u'-'));
            QVERIFY(instance.createdAt <= now);
        }
    }
    QCOMPARE(perNamespace.size(), std::size_t(3));
    QVERIFY(perNamespace[u"cn-shenzhen:prod"_s] >= 20);
}

void TestRetailFleet::sameSeedSameFleet()
{
    const Fleet first = RetailFleet::build(42, u"cn-shenzhen"_s, now);
    const Fleet second = RetailFleet::build(42, u"cn-shenzhen"_s, now);
    QCOMPARE(first.applications.size(), second.applications.size());
    for (qsizetype i = 0; i < first.applications.size(); ++i) {
        QCOMPARE(first.applications.at(i).application, second.applications.at(i).application);
        QCOMPARE(first.applications.at(i).instances, second.applications.at(i).instances);
    }
}

void TestRetailFleet::otherSeedOtherIds()
{
    const Fleet first = RetailFleet::build(1, u"cn-shenzhen"_s, now);
    const Fleet second = RetailFleet::build(2, u"cn-shenzhen"_s, now);
    QVERIFY(first.applications.first().application.appId != second.applications.first().application.appId);
    QCOMPARE(first.applications.first().application.appName, second.applications.first().application.appName);
}

void TestRetailFleet::specsAreOnesSaeOffers()
{
    // CPU (millicores) and memory (MB) pairs documented for SAE (reference 8.1 and ListApplications.Mem).
    const std::map<int, QList<int>> cpusForMemory{{1024, {500, 1000}},          {2048, {500, 1000, 2000}},
                                                  {4096, {1000, 2000, 4000}},   {8192, {2000, 4000, 8000}},
                                                  {16384, {4000, 8000, 16000}}, {32768, {16000}}};
    for (const EmulatedApplication &app : RetailFleet::build(1, u"cn-shenzhen"_s, now).applications) {
        const auto allowed = cpusForMemory.find(app.application.memoryMb);
        QVERIFY2(allowed != cpusForMemory.end(), qPrintable(app.application.appName));
        QVERIFY2(allowed->second.contains(app.application.cpuMillicores),
                 qPrintable(app.application.appName));
    }
}

void TestRetailFleet::countsMatchInstances()
{
    bool sawStopped = false;
    for (const EmulatedApplication &app : RetailFleet::build(1, u"cn-shenzhen"_s, now).applications) {
        QCOMPARE(app.instances.size(), app.application.targetInstances);
        const auto running =
            std::count_if(app.instances.cbegin(), app.instances.cend(),
                          [](const Instance &i) { return i.status == InstanceStatus::Running; });
        QCOMPARE(app.application.runningInstances, int(running));
        QCOMPARE(app.group.replicas, app.application.targetInstances);
        sawStopped = sawStopped || app.application.state() == ApplicationState::Stopped;
    }
    QVERIFY(sawStopped);
}

void TestRetailFleet::someInstancesAreSick()
{
    int failing = 0;
    int unhealthyButRunning = 0;
    for (const EmulatedApplication &app : RetailFleet::build(1, u"cn-shenzhen"_s, now).applications) {
        for (const Instance &instance : app.instances) {
            failing += isFailure(instance.status) ? 1 : 0;
            unhealthyButRunning +=
                instance.status == InstanceStatus::Running && isFailure(instance.health) ? 1 : 0;
            if (instance.needsAttention())
                QVERIFY2(!instance.unhealthyMessage.isEmpty(), qPrintable(instance.instanceId));
        }
    }
    QVERIFY(failing >= 2);
    QVERIFY(unhealthyButRunning >= 1);
}

QTEST_GUILESS_MAIN(TestRetailFleet)
#include "tst_retailfleet.moc"
