#include "emulator/largefleet.h"
#include "support/gatewaycall.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

/** `--fleet large:N`: many distinct applications, deterministic, served like the retail fleet. */
class TestLargeFleet : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandDistinctApplications();
    void sameSeedSameFleet();
    void servedThroughTheGateway();
};

namespace {

const QDateTime now(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);

} // namespace

void TestLargeFleet::tenThousandDistinctApplications()
{
    QElapsedTimer timer;
    timer.start();
    const Fleet fleet = LargeFleet::build(1, u"cn-shenzhen"_s, now, LargeFleet::maximumApplications);
    qInfo("built %lld applications in %lld ms", qint64(fleet.applications.size()), timer.elapsed());
    QCOMPARE(fleet.applications.size(), LargeFleet::maximumApplications);
    QSet<QString> appIds;
    QSet<QString> names;
    QSet<QString> instanceIds;
    for (const EmulatedApplication &app : fleet.applications) {
        appIds.insert(app.application.appId);
        names.insert(app.application.namespaceId + u'/' + app.application.appName);
        QVERIFY(fleet.findNamespace(app.application.namespaceId));
        for (const Instance &instance : app.instances) {
            instanceIds.insert(instance.instanceId);
            QVERIFY(instance.instanceId.startsWith(app.application.appName + u'-'));
            QCOMPARE(instance.groupId, app.group.groupId);
        }
        for (const auto &[instanceId, fate] : app.instanceFates.asKeyValueRange())
            QVERIFY(std::any_of(app.instances.cbegin(), app.instances.cend(),
                                [&](const Instance &instance) { return instance.instanceId == instanceId; }));
    }
    QCOMPARE(appIds.size(), LargeFleet::maximumApplications);
    QCOMPARE(names.size(), LargeFleet::maximumApplications);
    qsizetype instances = 0;
    for (const EmulatedApplication &app : fleet.applications)
        instances += app.instances.size();
    QCOMPARE(instanceIds.size(), instances);
}

void TestLargeFleet::sameSeedSameFleet()
{
    const Fleet first = LargeFleet::build(3, u"cn-shenzhen"_s, now, 500);
    const Fleet second = LargeFleet::build(3, u"cn-shenzhen"_s, now, 500);
    const Fleet other = LargeFleet::build(4, u"cn-shenzhen"_s, now, 500);
    for (qsizetype i = 0; i < first.applications.size(); ++i) {
        QCOMPARE(first.applications.at(i).application, second.applications.at(i).application);
        QCOMPARE(first.applications.at(i).instances, second.applications.at(i).instances);
    }
    QVERIFY(first.applications.last().application.appId != other.applications.last().application.appId);
    QCOMPARE(LargeFleet::build(1, u"cn-shenzhen"_s, now, 7).applications.size(), 7);
}

void TestLargeFleet::servedThroughTheGateway()
{
    EmulatorOptions options;
    options.largeFleetApplications = 2000;
    options.manualStart = now;
    Emulator emulator(options);
    const GatewayAnswer answer =
        callGateway(emulator, "GET", u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s,
                    {{u"PageSize"_s, u"100"_s}, {u"CurrentPage"_s, u"20"_s}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.data().value(u"TotalSize").toInt(), 2000);
    QCOMPARE(answer.data().value(u"Applications").toArray().size(), 100);
}

QTEST_GUILESS_MAIN(TestLargeFleet)
#include "tst_largefleet.moc"
