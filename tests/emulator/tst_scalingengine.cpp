#include "emulator/applicationmetricsource.h"
#include "emulator/fleet.h"
#include "emulator/fleetsimulator.h"
#include "emulator/retailfleet.h"
#include "emulator/scalingengine.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// A deterministic load: a total CPU demand per application (in percent x instances), shared
/// evenly by the application's instances.
class TestLoad final : public ApplicationMetricSource
{
public:
    QHash<QString, double> totalCpu;

    std::optional<double> averageValue(const EmulatedApplication &application, ScalingMetricType metric,
                                       const QDateTime &) const override
    {
        const int instances = application.application.targetInstances;
        if (metric != ScalingMetricType::Cpu || instances <= 0
            || !totalCpu.contains(application.application.appId))
            return std::nullopt;
        return totalCpu.value(application.application.appId) / instances;
    }
};

ScalingRule cpuRule(int minimum, int maximum, ScalingMetricPolicy::StepRule up,
                    ScalingMetricPolicy::StepRule down)
{
    ScalingRule rule;
    rule.name = u"cpu-rule"_s;
    rule.type = ScalingRuleType::Metric;
    ScalingMetricPolicy metric;
    metric.minReplicas = minimum;
    metric.maxReplicas = maximum;
    metric.metrics = {{u"CPU"_s, 50, {}, {}, {}, {}}};
    metric.scaleUp = up;
    metric.scaleDown = down;
    rule.metric = metric;
    return rule;
}

ScalingRule timerRule(const QString &period, QList<ScalingTimer::Schedule> schedules)
{
    ScalingRule rule;
    rule.name = u"timer-rule"_s;
    rule.type = ScalingRuleType::Timing;
    ScalingTimer timer;
    timer.period = period;
    timer.schedules = std::move(schedules);
    rule.timer = timer;
    return rule;
}

ScalingTimer::Schedule at(const QString &time, int target)
{
    return {time, target, std::nullopt, std::nullopt};
}

} // namespace

class TestScalingEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void metricRuleScalesOutStepByStep();
    void newInstancesFollowTheNewestOne();
    void recordsKubernetesEvents();
    void stepLimitsEachEvaluation();
    void scaleOutWaitsForItsWindow();
    void scaleInWaitsForItsWindow();
    void staysWithinMinAndMax();
    void bringsReplicasBackWithinBounds();
    void disabledDirectionsDoNotScale();
    void stoppedApplicationIsNotScaled();
    void disabledRuleDoesNothing();
    void metricsStatusIsLive();
    void noMetricSourceHolds();
    void timerFiresAtEightGmtPlus8();
    void timerRespectsPeriodAndDates_data();
    void timerRespectsPeriodAndDates();
    void timerCatchesUpAfterALongPause();
    void mixRuleTakesBoundsFromItsSchedule();
    void sameRunSameInstances();

private:
    EmulatedApplication &app(const QString &namespaceName, const QString &appName);
    /// Advances the simulation by `seconds` and returns the application's target instances.
    int advance(int seconds);
    void startAt(const QDateTime &start);

    Fleet m_fleet;
    FleetSimulator m_simulator;
    std::shared_ptr<TestLoad> m_load;
    QDateTime m_now;
    QString m_appId;
};

void TestScalingEngine::init()
{
    m_simulator = FleetSimulator();
    m_load = std::make_shared<TestLoad>();
    m_simulator.addStep(std::make_unique<ScalingEngine>(m_load));
    // Monday 23 November 2026, 10:00 in Shanghai.
    startAt(QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC));
}

void TestScalingEngine::startAt(const QDateTime &start)
{
    m_now = start;
    m_fleet = RetailFleet::build(7, u"cn-shenzhen"_s, m_now);
    for (EmulatedApplication &application : m_fleet.applications)
        application.scalingRules.clear();
    m_simulator.advanceTo(m_fleet, m_now);
    m_appId = app(u"prod"_s, u"payment-service"_s).application.appId; // 4 healthy instances
}

EmulatedApplication &TestScalingEngine::app(const QString &namespaceName, const QString &appName)
{
    for (EmulatedApplication &application : m_fleet.applications) {
        if (application.application.namespaceName == namespaceName
            && application.application.appName == appName)
            return application;
    }
    qFatal("no such application");
}

int TestScalingEngine::advance(int seconds)
{
    m_now = m_now.addSecs(seconds);
    m_simulator.advanceTo(m_fleet, m_now);
    return m_fleet.findApplication(m_appId)->application.targetInstances;
}

void TestScalingEngine::metricRuleScalesOutStepByStep()
{
    EmulatedApplication &payment = *m_fleet.findApplication(m_appId);
    QCOMPARE(payment.application.targetInstances, 4);
    payment.scalingRules.append(cpuRule(2, 7, {1, false, 0}, {1, false, 300}));
    m_load->totalCpu.insert(m_appId, 400); // 100 % on 4 instances, target 50 %: 8 wanted
    QCOMPARE(advance(10), 4);              // no evaluation yet: the grid is every 15 s
    QCOMPARE(advance(5), 5);
    QCOMPARE(advance(15), 6);
    QCOMPARE(advance(15), 7);
    QCOMPARE(advance(15), 7); // maxReplicas
    QCOMPARE(advance(600), 7);
    const EmulatedApplication &after = *m_fleet.findApplication(m_appId);
    QCOMPARE(after.instances.size(), 7);
    QCOMPARE(after.group.replicas, 7);
}

void TestScalingEngine::newInstancesFollowTheNewestOne()
{
    EmulatedApplication &payment = *m_fleet.findApplication(m_appId);
    const QList<Instance> before = payment.instances;
    const Instance model = before.constLast();
    payment.scalingRules.append(cpuRule(2, 10, {2, false, 0}, {1, false, 300}));
    m_load->totalCpu.insert(m_appId, 300); // 6 wanted
    QCOMPARE(advance(15), 6);
    const EmulatedApplication &after = *m_fleet.findApplication(m_appId);
    const QString templatePrefix = model.instanceId.section(u'-', 0, -2) + u'-';
    int added = 0;
    for (const Instance &instance : after.instances) {
        if (before.contains(instance))
            continue;
        ++added;
        QCOMPARE(instance.status, InstanceStatus::Pending);
        QCOMPARE(instance.statusText, u"Pending"_s);
        QCOMPARE(instance.createdAt, m_now);
        const qint64 startup = instance.createdAt.secsTo(instance.readyAt);
        QVERIFY2(startup >= 20 && startup <= 60, qPrintable(QString::number(startup)));
        QVERIFY2(instance.instanceId.startsWith(templatePrefix), qPrintable(instance.instanceId));
        QCOMPARE(instance.instanceId.size(), model.instanceId.size());
        QCOMPARE(instance.groupId, model.groupId);
        QCOMPARE(instance.packageVersion, model.packageVersion);
        QCOMPARE(instance.imageUrl, model.imageUrl);
        QCOMPARE(instance.vSwitchId, model.vSwitchId);
        QCOMPARE(instance.health, InstanceHealth::NotCheckedYet);
        QCOMPARE(instance.ip.section(u'.', 0, 2), model.ip.section(u'.', 0, 2));
    }
    QCOMPARE(added, 2);
    // Running counts are the lifecycle's business: the new instances are not running yet.
    QCOMPARE(after.application.runningInstances, 4);
    QCOMPARE(after.application.targetInstances, 6);
}

void TestScalingEngine::recordsKubernetesEvents()
{
    EmulatedApplication &payment = *m_fleet.findApplication(m_appId);
    payment.scalingRules.append(cpuRule(2, 10, {1, false, 0}, {1, false, 0}));
    m_load->totalCpu.insert(m_appId, 240); // 5 wanted
    const qsizetype eventsBefore = m_fleet.events.size();
    QCOMPARE(advance(15), 5);
    QCOMPARE(m_fleet.events.size(), eventsBefore + 2);
    const FleetEvent &rescale = m_fleet.events.at(eventsBefore);
    QCOMPARE(rescale.appId, m_appId);
    QCOMPARE(rescale.namespaceId, u"cn-shenzhen:prod"_s);
    QCOMPARE(rescale.eventType, u"Normal"_s);
    QCOMPARE(rescale.objectKind, u"HorizontalPodAutoscaler"_s);
    QCOMPARE(rescale.objectName, u"cpu-rule"_s);
    QCOMPARE(rescale.reason, u"SuccessfulRescale"_s);
    QCOMPARE(rescale.message,
             u"New size: 5; reason: cpu resource utilization (percentage of request) above target"_s);
    QCOMPARE(rescale.firstSeen, m_now);
    const FleetEvent &deployment = m_fleet.events.at(eventsBefore + 1);
    QCOMPARE(deployment.objectKind, u"Deployment"_s);
    QCOMPARE(deployment.reason, u"ScalingReplicaSet"_s);
    QVERIFY2(deployment.message.startsWith(u"Scaled up replica set payment-service-"_s),
             qPrintable(deployment.message));
    QVERIFY(deployment.message.endsWith(u" to 5"_s));

    m_load->totalCpu.insert(m_appId, 10);
    QCOMPARE(advance(15), 4);
    QCOMPARE(m_fleet.events.at(m_fleet.events.size() - 2).message,
             u"New size: 4; reason: All metrics below target"_s);
    QVERIFY(m_fleet.events.constLast().message.startsWith(u"Scaled down replica set"_s));
}

void TestScalingEngine::stepLimitsEachEvaluation()
{
    m_fleet.findApplication(m_appId)->scalingRules.append(cpuRule(2, 20, {3, false, 0}, {2, false, 0}));
    m_load->totalCpu.insert(m_appId, 600); // 12 wanted
    QCOMPARE(advance(15), 7);
    QCOMPARE(advance(15), 10);
    QCOMPARE(advance(15), 12); // ceil(10 x 60 / 50) = 12: less than a step left
    QCOMPARE(advance(15), 12);
    m_load->totalCpu.insert(m_appId, 100); // 2 wanted
    QCOMPARE(advance(15), 10);
    QCOMPARE(advance(15), 8);
}

void TestScalingEngine::scaleOutWaitsForItsWindow()
{
    m_fleet.findApplication(m_appId)->scalingRules.append(cpuRule(2, 20, {4, false, 60}, {1, false, 300}));
    m_load->totalCpu.insert(m_appId, 200); // exactly the target
    QCOMPARE(advance(120), 4);
    m_load->totalCpu.insert(m_appId, 400);
    // The lowest recommendation of the last 60 s rules: 4 until only high ones remain, the
    // fourth evaluation after the change.
    QCOMPARE(advance(15), 4);
    QCOMPARE(advance(15), 4);
    QCOMPARE(advance(15), 4);
    QCOMPARE(advance(15), 8);
}

void TestScalingEngine::scaleInWaitsForItsWindow()
{
    EmulatedApplication &payment = *m_fleet.findApplication(m_appId);
    payment.scalingRules.append(cpuRule(2, 20, {4, false, 0}, {1, false, 300}));
    m_load->totalCpu.insert(m_appId, 400);
    QCOMPARE(advance(15), 8);
    QCOMPARE(advance(300), 8);
    const QList<Instance> atEight = m_fleet.findApplication(m_appId)->instances;
    m_load->totalCpu.insert(m_appId, 100); // 2 wanted
    const QDateTime dropped = m_now;
    int replicas = 8;
    while (replicas == 8 && m_now < dropped.addSecs(600))
        replicas = advance(15);
    // Recommendations of 8 stay in the 300-second window until 300 s after the drop.
    QCOMPARE(dropped.secsTo(m_now), 300);
    QCOMPARE(replicas, 7);
    QCOMPARE(advance(15), 6);
    // The newest instances went first.
    const QList<Instance> &remaining = m_fleet.findApplication(m_appId)->instances;
    QCOMPARE(remaining.size(), 6);
    QList<Instance> oldestFirst = atEight;
    std::sort(oldestFirst.begin(), oldestFirst.end(), [](const Instance &a, const Instance &b) {
        return a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.instanceId < b.instanceId);
    });
    for (int i = 0; i < 4; ++i)
        QVERIFY(remaining.contains(oldestFirst.at(i)));
    QCOMPARE(advance(300), 2);
    QCOMPARE(advance(300), 2); // minReplicas
}

void TestScalingEngine::staysWithinMinAndMax()
{
    m_fleet.findApplication(m_appId)->scalingRules.append(cpuRule(3, 5, {10, false, 0}, {10, false, 0}));
    m_load->totalCpu.insert(m_appId, 5000);
    QCOMPARE(advance(15), 5);
    QCOMPARE(advance(60), 5);
    m_load->totalCpu.insert(m_appId, 0);
    QCOMPARE(advance(15), 3);
    QCOMPARE(advance(60), 3);
}

void TestScalingEngine::bringsReplicasBackWithinBounds()
{
    m_fleet.findApplication(m_appId)->scalingRules.append(cpuRule(6, 10, {1, true, 0}, {1, true, 0}));
    m_load->totalCpu.insert(m_appId, 200); // at target: no metric reason to move
    QCOMPARE(advance(15), 6); // below minReplicas: straight to the bound, even with both directions off
    QCOMPARE(m_fleet.events.at(m_fleet.events.size() - 2).message,
             u"New size: 6; reason: Current number of replicas below Spec.MinReplicas"_s);
    m_fleet.findApplication(m_appId)->scalingRules.first().metric->minReplicas = 2;
    m_fleet.findApplication(m_appId)->scalingRules.first().metric->maxReplicas = 3;
    QCOMPARE(advance(15), 3);
    QCOMPARE(m_fleet.events.at(m_fleet.events.size() - 2).message,
             u"New size: 3; reason: Current number of replicas above Spec.MaxReplicas"_s);
}

void TestScalingEngine::disabledDirectionsDoNotScale()
{
    m_fleet.findApplication(m_appId)->scalingRules.append(cpuRule(2, 10, {2, true, 0}, {2, false, 0}));
    m_load->totalCpu.insert(m_appId, 1000);
    QCOMPARE(advance(60), 4);
    m_fleet.findApplication(m_appId)->scalingRules.first().metric->scaleUp.disabled = false;
    m_fleet.findApplication(m_appId)->scalingRules.first().metric->scaleDown.disabled = true;
    QCOMPARE(advance(15), 6);
    m_load->totalCpu.insert(m_appId, 0);
    QCOMPARE(advance(60), 6);
}

void TestScalingEngine::stoppedApplicationIsNotScaled()
{
    EmulatedApplication &cms = app(u"dev"_s, u"cms-web"_s);
    QCOMPARE(cms.application.targetInstances, 0);
    m_appId = cms.application.appId;
    cms.scalingRules.append(cpuRule(2, 10, {2, false, 0}, {2, false, 0}));
    cms.scalingRules.append(timerRule(u"* * *"_s, {at(u"10:01"_s, 5)}));
    m_load->totalCpu.insert(m_appId, 1000);
    QCOMPARE(advance(120), 0);
    const EmulatedApplication &after = *m_fleet.findApplication(m_appId);
    QVERIFY(after.instances.isEmpty());
    QCOMPARE(after.scalingRules.first().metricsStatus->desiredReplicas, 0);
}

void TestScalingEngine::disabledRuleDoesNothing()
{
    ScalingRule rule = cpuRule(2, 10, {2, false, 0}, {2, false, 0});
    rule.enabled = false;
    m_fleet.findApplication(m_appId)->scalingRules.append(rule);
    m_load->totalCpu.insert(m_appId, 1000);
    QCOMPARE(advance(120), 4);
    QVERIFY(!m_fleet.findApplication(m_appId)->scalingRules.first().metricsStatus);
}

void TestScalingEngine::metricsStatusIsLive()
{
    m_fleet.findApplication(m_appId)->scalingRules.append(cpuRule(2, 10, {1, false, 0}, {1, false, 300}));
    m_load->totalCpu.insert(m_appId, 260); // 65 % on 4
    QCOMPARE(advance(15), 5);
    const QDateTime scaledAt = m_now;
    const EmulatedApplication &payment = *m_fleet.findApplication(m_appId);
    ScalingMetricsStatus status = *payment.scalingRules.first().metricsStatus;
    QCOMPARE(status.desiredReplicas, 5);
    QCOMPARE(status.currentReplicas, 4); // the new one is still Pending
    QCOMPARE(status.minReplicas, 2);
    QCOMPARE(status.maxReplicas, 10);
    QCOMPARE(status.lastScaleTime, scaledAt);
    QCOMPARE(status.currentMetrics.size(), 1);
    QCOMPARE(status.currentMetrics.first().name, u"cpu"_s);
    QCOMPARE(status.currentMetrics.first().type, u"Resource"_s);
    QCOMPARE(status.currentMetrics.first().currentValue, 65);
    QCOMPARE(status.nextScaleMetrics.first().nextScaleOutAverageUtilization, 51);
    QCOMPARE(status.nextScaleMetrics.first().nextScaleInAverageUtilization, 37); // 50 x 3/4

    QCOMPARE(advance(15), 6); // 260 on 5 = 52 %: still above
    status = *m_fleet.findApplication(m_appId)->scalingRules.first().metricsStatus;
    QCOMPARE(status.currentMetrics.first().currentValue, 52);
    QCOMPARE(advance(15), 6); // 43 % on 6: within the target, and the scale-in window holds anyway
    status = *m_fleet.findApplication(m_appId)->scalingRules.first().metricsStatus;
    QCOMPARE(status.currentMetrics.first().currentValue, 43);
    QCOMPARE(status.lastScaleTime, scaledAt.addSecs(15));

    const ScalingMetricsStatus described = ScalingEngine::metricsStatusAt(
        *m_fleet.findApplication(m_appId), m_fleet.findApplication(m_appId)->scalingRules.first(),
        m_now.addSecs(4));
    QCOMPARE(described.nextScaleTimePeriod, 11);
    QCOMPARE(described.desiredReplicas, 6);
}

void TestScalingEngine::noMetricSourceHolds()
{
    m_simulator = FleetSimulator();
    m_simulator.addStep(std::make_unique<ScalingEngine>());
    m_simulator.advanceTo(m_fleet, m_now);
    m_fleet.findApplication(m_appId)->scalingRules.append(cpuRule(2, 10, {1, false, 0}, {1, false, 0}));
    QCOMPARE(advance(120), 4);
    QVERIFY(m_fleet.findApplication(m_appId)->scalingRules.first().metricsStatus->currentMetrics.isEmpty());
}

void TestScalingEngine::timerFiresAtEightGmtPlus8()
{
    // Tuesday 24 November, 07:50 in Shanghai.
    startAt(QDateTime(QDate(2026, 11, 23), QTime(23, 50), Qt::UTC));
    m_fleet.findApplication(m_appId)->scalingRules.append(
        timerRule(u"* * *"_s, {at(u"08:00"_s, 10), at(u"20:00"_s, 3)}));
    QCOMPARE(advance(9 * 60 + 45), 4); // 07:59:45
    QCOMPARE(advance(15), 10);         // 08:00:00 GMT+8 = 00:00 UTC
    const EmulatedApplication &application = *m_fleet.findApplication(m_appId);
    QCOMPARE(application.instances.constLast().createdAt,
             QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC));
    QCOMPARE(m_fleet.events.at(m_fleet.events.size() - 2).objectName, u"timer-rule"_s);
    QCOMPARE(m_fleet.events.at(m_fleet.events.size() - 2).message,
             u"New size: 10; reason: scheduled by rule timer-rule at 08:00"_s);
    QCOMPARE(advance(3600), 10);
    QCOMPARE(advance(11 * 3600 - 15), 10); // 19:59:45
    QCOMPARE(advance(15), 3);
    QCOMPARE(advance(12 * 3600), 10); // the next morning
}

void TestScalingEngine::timerRespectsPeriodAndDates_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("beginDate");
    QTest::addColumn<QString>("endDate");
    QTest::addColumn<int>("expected");
    // The point is 08:00 on Tuesday 24 November 2026 (Shanghai).
    QTest::newRow("every day") << u"* * *"_s << QString() << QString() << 10;
    QTest::newRow("on Tuesdays") << u"* * Tue,Sat"_s << QString() << QString() << 10;
    QTest::newRow("on Mondays") << u"* * Mon"_s << QString() << QString() << 4;
    QTest::newRow("on the 24th") << u"24 * *"_s << QString() << QString() << 10;
    QTest::newRow("on the 1st") << u"1 * *"_s << QString() << QString() << 4;
    QTest::newRow("within dates") << u"* * *"_s << u"2026-11-24"_s << u"2026-11-24"_s << 10;
    QTest::newRow("ended") << u"* * *"_s << u"2026-11-01"_s << u"2026-11-23"_s << 4;
    QTest::newRow("not begun") << u"* * *"_s << u"2026-11-25"_s << u"2026-12-25"_s << 4;
}

void TestScalingEngine::timerRespectsPeriodAndDates()
{
    QFETCH(QString, period);
    QFETCH(QString, beginDate);
    QFETCH(QString, endDate);
    QFETCH(int, expected);
    startAt(QDateTime(QDate(2026, 11, 23), QTime(23, 50), Qt::UTC));
    ScalingRule rule = timerRule(period, {at(u"08:00"_s, 10)});
    rule.timer->beginDate = beginDate;
    rule.timer->endDate = endDate;
    m_fleet.findApplication(m_appId)->scalingRules.append(rule);
    QCOMPARE(advance(20 * 60), expected);
}

void TestScalingEngine::timerCatchesUpAfterALongPause()
{
    m_fleet.findApplication(m_appId)->scalingRules.append(
        timerRule(u"* * *"_s, {at(u"08:00"_s, 10), at(u"20:00"_s, 3)}));
    // Monday 10:00 -> Thursday 09:00 (Shanghai): the latest point was Thursday 08:00.
    QCOMPARE(advance(3 * 24 * 3600 - 3600), 10);
    QCOMPARE(m_fleet.findApplication(m_appId)->instances.constLast().createdAt,
             QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC));
    // Thursday 09:00 -> Saturday 21:30: the latest point was Saturday 20:00.
    QCOMPARE(advance(2 * 24 * 3600 + 12 * 3600 + 1800), 3);
}

void TestScalingEngine::mixRuleTakesBoundsFromItsSchedule()
{
    startAt(QDateTime(QDate(2026, 11, 23), QTime(23, 50), Qt::UTC)); // 07:50 in Shanghai
    ScalingRule rule = cpuRule(2, 4, {10, false, 0}, {10, false, 0});
    rule.name = u"mix-rule"_s;
    rule.type = ScalingRuleType::Mix;
    ScalingTimer timer;
    timer.schedules = {{u"08:00"_s, std::nullopt, 6, 9}, {u"20:00"_s, std::nullopt, 1, 3}};
    rule.timer = timer;
    m_fleet.findApplication(m_appId)->scalingRules.append(rule);
    m_load->totalCpu.insert(m_appId, 150);
    QCOMPARE(advance(9 * 60 + 45), 3); // the metric part's bounds before the first point
    QCOMPARE(advance(15), 6);          // 08:00: min 6
    QCOMPARE(m_fleet.findApplication(m_appId)->scalingRules.first().metricsStatus->minReplicas, 6);
    m_load->totalCpu.insert(m_appId, 2000);
    QCOMPARE(advance(15), 9); // max 9
    m_load->totalCpu.insert(m_appId, 50);
    QCOMPARE(advance(12 * 3600), 1); // 20:00: min 1
}

void TestScalingEngine::sameRunSameInstances()
{
    const auto run = [this] {
        init();
        m_fleet.findApplication(m_appId)->scalingRules.append(cpuRule(2, 10, {3, false, 0}, {1, false, 0}));
        m_load->totalCpu.insert(m_appId, 500);
        advance(45);
        return m_fleet.findApplication(m_appId)->instances;
    };
    const QList<Instance> first = run();
    const QList<Instance> second = run();
    QCOMPARE(first.size(), 10);
    QCOMPARE(first, second);
}

QTEST_GUILESS_MAIN(TestScalingEngine)
#include "tst_scalingengine.moc"
