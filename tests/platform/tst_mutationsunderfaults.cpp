#include "core/retrypolicy.h"
#include "emulator/faultplan.h"
#include "platform/changeorderapi.h"
#include "platform/deploymentapi.h"
#include "platform/requestscheduler.h"
#include "platform/scalingruleapi.h"
#include "support/apitestutils.h"
#include "support/localemulator.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(FaultPlan)

namespace {

using Kinds = QList<ApiError::Kind>;

/// How long a call may take before the test calls it a hang: far beyond any timeout in play.
constexpr int s_hangMs = 30000;

FaultPlan plan(double errorRate, double malformedRate, double truncateRate, double dropRate,
               std::chrono::milliseconds latency = 0ms)
{
    FaultPlan faults;
    faults.errorRate = errorRate;
    faults.malformedRate = malformedRate;
    faults.truncateRate = truncateRate;
    faults.dropRate = dropRate;
    faults.minimumLatency = latency;
    faults.maximumLatency = latency;
    faults.seed = 11;
    return faults;
}

ScalingRule weekendRule(const QString &appId, const QString &name)
{
    ScalingRule rule;
    rule.appId = appId;
    rule.name = name;
    rule.type = ScalingRuleType::Timing;
    rule.enabled = false;
    ScalingTimer timer;
    timer.period = u"* * Sat,Sun"_s;
    timer.schedules = {{u"09:00"_s, 3, std::nullopt, std::nullopt}};
    rule.timer = timer;
    return rule;
}

} // namespace

/**
 * Every mutating call under the emulator's faults: server errors, malformed, truncated and lost
 * replies, and replies later than the client's transfer timeout. Each call must end with an
 * ApiError (never a crash, a hang or a success), and through the RequestScheduler a mutation is
 * sent exactly once and carried out at most once, as the emulator's fleet shows.
 */
class TestMutationsUnderFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyMutationFails_data();
    void everyMutationFails();
    void schedulerSendsAMutationOnce_data();
    void schedulerSendsAMutationOnce();

private:
    void faultRows();
    QString appIdOf(const QString &namespaceName, const QString &appName) const;
    int changeOrdersOf(const QString &appId) const;
    /// Sends `call` and records in m_problems what is wrong with its answer.
    template <typename T>
    void expectError(const QString &name, const ApiCall<T> &call, const Kinds &kinds);

    std::unique_ptr<LocalEmulator> m_local;
    QStringList m_problems;
};

void TestMutationsUnderFaults::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC);
    options.callsPerMinute = 0;
    m_local = std::make_unique<LocalEmulator>(options);
    QVERIFY(m_local->isListening());
    m_local->emulator().clock().advance(1000);
    m_problems.clear();
}

void TestMutationsUnderFaults::cleanup()
{
    m_local.reset();
}

QString TestMutationsUnderFaults::appIdOf(const QString &namespaceName, const QString &appName) const
{
    const EmulatedApplication *application =
        m_local->emulator().fleet().findApplicationNamed(namespaceName, appName);
    return application ? application->application.appId : QString();
}

int TestMutationsUnderFaults::changeOrdersOf(const QString &appId) const
{
    int count = 0;
    for (const EmulatedChangeOrder &changeOrder : m_local->emulator().fleet().changeOrders)
        count += changeOrder.order.appId == appId ? 1 : 0;
    return count;
}

template <typename T>
void TestMutationsUnderFaults::expectError(const QString &name, const ApiCall<T> &call, const Kinds &kinds)
{
    if (!call.request.mutating)
        m_problems.append(name + u": not marked mutating"_s);
    std::optional<ApiResult<T>> result;
    QObject context;
    m_local->client().call(call, &context, [&result](const ApiResult<T> &received) { result = received; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, s_hangMs)) {
        m_problems.append(name + u": no answer within %1 ms"_s.arg(s_hangMs));
        return;
    }
    if (result->isOk()) {
        m_problems.append(name + u": succeeded"_s);
        return;
    }
    const ApiError &error = result->error();
    if (!kinds.contains(error.kind))
        m_problems.append(
            name + u": "
            + QString::fromLatin1(QMetaEnum::fromType<ApiError::Kind>().valueToKey(int(error.kind))) + u" "
            + error.detailedText());
    if (error.message.isEmpty())
        m_problems.append(name + u": no message"_s);
    if (error.kind == ApiError::Kind::Platform && (error.code.isEmpty() || error.requestId.isEmpty()))
        m_problems.append(name + u": a platform error without code or RequestId: "_s + error.detailedText());
}

void TestMutationsUnderFaults::faultRows()
{
    QTest::addColumn<FaultPlan>("faults");
    QTest::addColumn<int>("transferTimeoutMs");
    QTest::addColumn<Kinds>("kinds");
    QTest::addColumn<int>("applied"); // change orders a lone mutation leaves
    QTest::newRow("server errors") << plan(1, 0, 0, 0) << 15000 << Kinds{ApiError::Kind::Platform} << 0;
    QTest::newRow("malformed replies") << plan(0, 1, 0, 0) << 15000 << Kinds{ApiError::Kind::Parse} << 1;
    // A cut-short error answer still carries its 4xx status: an Http error, refused for sure.
    QTest::newRow("truncated replies")
        << plan(0, 0, 1, 0) << 15000 << Kinds{ApiError::Kind::Network, ApiError::Kind::Http} << 1;
    QTest::newRow("dropped connections") << plan(0, 0, 0, 1) << 15000 << Kinds{ApiError::Kind::Network} << 1;
    QTest::newRow("replies after the timeout")
        << plan(0, 0, 0, 0, 2500ms) << 600 << Kinds{ApiError::Kind::Timeout} << 1;
}

void TestMutationsUnderFaults::everyMutationFails_data()
{
    faultRows();
}

void TestMutationsUnderFaults::everyMutationFails()
{
    QFETCH(FaultPlan, faults);
    QFETCH(int, transferTimeoutMs);
    QFETCH(Kinds, kinds);

    // What the mutations act on, set up while the platform still answers.
    const QString releasing = appIdOf(u"prod"_s, u"member-service"_s);
    DeploymentPlan manual;
    manual.appId = releasing;
    manual.imageUrl = u"registry.cn-shenzhen.aliyuncs.com/retail/member-service:9.9.9"_s;
    UpdateStrategy twoBatches;
    twoBatches.type = UpdateStrategy::Type::BatchUpdate;
    twoBatches.batches = 2;
    twoBatches.release = UpdateStrategy::Release::Manual;
    manual.release.updateStrategy = twoBatches;
    const ApiResult<ChangeOrderTicket> deployed =
        waitForCall(m_local->client(), DeploymentApi::deployApplication(manual));
    QVERIFY(deployed.isOk());
    const QString waitingId = deployed.value().changeOrderId;
    ChangeOrder waiting;
    for (int i = 0; i < 180 && waiting.status != ChangeOrderStatus::WaitingForConfirmation; ++i) {
        m_local->emulator().clock().advance(5000);
        const ApiResult<ChangeOrder> described =
            waitForCall(m_local->client(), ChangeOrderApi::describeChangeOrder(waitingId));
        QVERIFY(described.isOk());
        waiting = described.value();
    }
    QCOMPARE(waiting.status, ChangeOrderStatus::WaitingForConfirmation);
    const QString nextBatch = waiting.pipelines.at(1).pipelineId;

    const QString ruled = appIdOf(u"prod"_s, u"coupon-service"_s);
    QVERIFY(
        waitForCall(m_local->client(), ScalingRuleApi::createScalingRule(weekendRule(ruled, u"weekend"_s)))
            .isOk());

    QList<const EmulatedApplication *> staging;
    for (const EmulatedApplication &application : m_local->emulator().fleet().applications) {
        if (application.application.namespaceName == u"staging" && !application.instances.isEmpty())
            staging.append(&application);
    }
    QVERIFY(staging.size() >= 8);
    const auto id = [&staging](int i) { return staging.at(i)->application.appId; };
    const auto firstInstance = [&staging](int i) {
        return QStringList{staging.at(i)->instances.first().instanceId};
    };

    m_local->client().setTransferTimeout(std::chrono::milliseconds(transferTimeoutMs));
    m_local->emulator().setFaultPlan(faults);
    const qsizetype ordersBefore = m_local->emulator().fleet().changeOrders.size();
    QList<int> ordersOfEachBefore; // the fleet's week of history
    for (int i = 0; i < 8; ++i)
        ordersOfEachBefore.append(changeOrdersOf(id(i)));

    DeploymentPlan deploy;
    deploy.appId = id(0);
    deploy.imageUrl = u"registry.cn-shenzhen.aliyuncs.com/retail/app:9.9.9"_s;
    deploy.acrInstanceId = u"cri-retail"_s; // with a form body too
    expectError(u"DeployApplication"_s, DeploymentApi::deployApplication(deploy), kinds);
    expectError(u"RollbackApplication"_s,
                DeploymentApi::rollbackApplication(id(1), staging.at(1)->versions.first().versionId), kinds);
    expectError(u"RescaleApplication"_s, DeploymentApi::rescaleApplication(id(2), 3), kinds);
    expectError(u"RestartApplication"_s, DeploymentApi::restartApplication(id(3)), kinds);
    expectError(u"StopApplication"_s, DeploymentApi::stopApplication(id(4)), kinds);
    expectError(u"StartApplication"_s, DeploymentApi::startApplication(id(5)), kinds);
    expectError(u"RestartInstances"_s, DeploymentApi::restartInstances(id(6), firstInstance(6)), kinds);
    expectError(u"DeleteInstances"_s, DeploymentApi::deleteInstances(id(7), firstInstance(7)), kinds);
    expectError(u"ConfirmPipelineBatch"_s, ChangeOrderApi::confirmPipelineBatch(nextBatch, true), kinds);
    expectError(u"AbortChangeOrder"_s, ChangeOrderApi::abortChangeOrder(waitingId), kinds);
    expectError(u"AbortAndRollbackChangeOrder"_s, ChangeOrderApi::abortAndRollbackChangeOrder(waitingId),
                kinds);
    expectError(u"CreateApplicationScalingRule"_s,
                ScalingRuleApi::createScalingRule(weekendRule(ruled, u"nights"_s)), kinds);
    ScalingRule changed = weekendRule(ruled, u"weekend"_s);
    changed.timer->schedules.first().targetReplicas = 4;
    expectError(u"UpdateApplicationScalingRule"_s, ScalingRuleApi::updateScalingRule(changed), kinds);
    expectError(u"EnableApplicationScalingRule"_s, ScalingRuleApi::enableScalingRule(ruled, u"weekend"_s),
                kinds);
    expectError(u"DisableApplicationScalingRule"_s, ScalingRuleApi::disableScalingRule(ruled, u"weekend"_s),
                kinds);
    expectError(u"DeleteApplicationScalingRule"_s, ScalingRuleApi::deleteScalingRule(ruled, u"weekend"_s),
                kinds);
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));

    // Nothing is carried out twice: at most one change order per lifecycle call that started one,
    // and a server error carries out nothing.
    const qsizetype started = m_local->emulator().fleet().changeOrders.size() - ordersBefore;
    QVERIFY2(started <= 9, qPrintable(QString::number(started)));
    if (faults.errorRate >= 1)
        QCOMPARE(started, 0);
    for (int i = 0; i < 8; ++i)
        QVERIFY(changeOrdersOf(id(i)) <= ordersOfEachBefore.at(i) + 1);
}

void TestMutationsUnderFaults::schedulerSendsAMutationOnce_data()
{
    faultRows();
}

void TestMutationsUnderFaults::schedulerSendsAMutationOnce()
{
    QFETCH(FaultPlan, faults);
    QFETCH(int, transferTimeoutMs);
    QFETCH(Kinds, kinds);
    QFETCH(int, applied);

    const QString appId = appIdOf(u"prod"_s, u"member-service"_s);
    QCOMPARE(changeOrdersOf(appId), 0);
    RequestScheduler scheduler(&m_local->client());
    RetryPolicy quick;
    quick.initialDelay = 50ms;
    quick.maximumDelay = 200ms;
    quick.maximumAttempts = 8;
    scheduler.setRetryPolicy(quick);
    QSignalSpy sent(&scheduler, &RequestScheduler::requestSent);
    m_local->client().setTransferTimeout(std::chrono::milliseconds(transferTimeoutMs));
    m_local->emulator().setFaultPlan(faults);

    std::optional<ApiResult<ChangeOrderTicket>> result;
    QObject controller;
    scheduler.schedule(DeploymentApi::rescaleApplication(appId, 5), RequestScheduler::Priority::UserAction,
                       &controller,
                       [&result](const ApiResult<ChangeOrderTicket> &received) { result = received; });
    QVERIFY2(QTest::qWaitFor([&result] { return result.has_value(); }, s_hangMs), "no answer: a hang");
    QVERIFY(!result->isOk());
    QVERIFY2(kinds.contains(result->error().kind), qPrintable(result->error().detailedText()));
    // The reply said nothing certain: the caller must re-read, not resubmit.
    QVERIFY(RetryPolicy::mayHaveBeenApplied(result->error()));
    QTest::qWait(600); // beyond any retry delay of the policy
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().at(0).toString(), u"RescaleApplication"_s);
    QCOMPARE(scheduler.budget().queued, 0);
    QCOMPARE(scheduler.budget().inFlight, 0);

    m_local->emulator().setFaultPlan({});
    QCOMPARE(changeOrdersOf(appId), applied);
    if (applied == 1) {
        // What the caller does next: read the state, and find the change order it started.
        const ApiResult<Page<ChangeOrder>> orders = waitForCall(
            m_local->client(), ChangeOrderApi::listChangeOrders({appId, std::nullopt, {}, {}, 1, 20}));
        QVERIFY(orders.isOk());
        QCOMPARE(orders.value().items.size(), 1);
        QCOMPARE(orders.value().items.first().coTypeCode, u"CoScaleOut"_s);
    }
}

QTEST_GUILESS_MAIN(TestMutationsUnderFaults)
#include "tst_mutationsunderfaults.moc"
