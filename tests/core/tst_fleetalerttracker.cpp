#include "core/fleetalerttracker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using Kind = FleetAlert::Kind;

namespace {

const QDateTime s_start(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);

QDateTime at(std::chrono::seconds offset)
{
    return s_start.addSecs(offset.count());
}

FleetAlertTracker::Observation app(const QString &id, bool unhealthy = false,
                                   const QString &namespaceId = u"ns-prod"_s)
{
    FleetAlertTracker::Observation observation;
    observation.appId = id;
    observation.appName = id == u"app-1" ? u"order-service"_s : u"member-service"_s;
    observation.namespaceId = namespaceId;
    observation.namespaceName = namespaceId == u"ns-prod" ? u"prod"_s : u"staging"_s;
    observation.unhealthy = unhealthy;
    observation.unhealthyReason = unhealthy ? u"2 of 6 instances not ready"_s : QString();
    return observation;
}

FleetAlertTracker::Observation withChange(FleetAlertTracker::Observation observation,
                                          const ChangeOrder &order)
{
    observation.lastChange = order;
    return observation;
}

ChangeOrder change(const QString &id, ChangeOrderStatus status)
{
    ChangeOrder order;
    order.changeOrderId = id;
    order.appId = u"app-1"_s;
    order.appName = u"order-service"_s;
    order.coTypeCode = u"CoDeploy"_s;
    order.status = status;
    order.createdAt = s_start.addSecs(-3600);
    if (isTerminal(status))
        order.finishedAt = s_start.addSecs(-60);
    if (status == ChangeOrderStatus::Failed || status == ChangeOrderStatus::SystemFailure)
        order.errorMessage = u"Image pull failed"_s;
    return order;
}

/// A 3-batch manual deploy whose batch `waiting` (0-based) has waited for a person since `since`.
ChangeOrder waitingOrder(const QString &id, int waiting, const QDateTime &since)
{
    ChangeOrder order = change(id, ChangeOrderStatus::WaitingForConfirmation);
    for (int i = 0; i < 3; ++i) {
        Pipeline batch;
        batch.pipelineId = id + u"-"_s + QString::number(i);
        batch.status = i < waiting    ? ChangeOrderStatus::Succeeded
                       : i == waiting ? ChangeOrderStatus::WaitingForConfirmation
                                      : ChangeOrderStatus::Preparing;
        batch.updatedAt = i == waiting ? since : since.addSecs(-600);
        order.pipelines.append(batch);
    }
    order.currentPipeline = waiting;
    return order;
}

QList<Kind> kinds(const QList<FleetAlert> &alerts)
{
    QList<Kind> result;
    for (const FleetAlert &alert : alerts)
        result.append(alert.kind);
    return result;
}

QStringList appIds(const QList<FleetAlert> &alerts)
{
    QStringList result;
    for (const FleetAlert &alert : alerts)
        result.append(alert.appId);
    return result;
}

QStringList titles(const QList<FleetAlert> &alerts, const QDateTime &now)
{
    QStringList result;
    for (const FleetAlert &alert : alerts)
        result.append(alert.title(now));
    return result;
}

} // namespace

class TestFleetAlertTracker final : public QObject
{
    Q_OBJECT

private slots:
    void firstLookAtUnhealthyApplicationRaisesOnce();
    void firstLookAtFailedOrderIsHistory();
    void turnsAndRecoveriesAreSaidOnce();
    void flappingIsOneCondition_data();
    void flappingIsOneCondition();
    void flappingKeepsQuietUntilStable();
    void failedOrderIsSaidOncePerId_data();
    void failedOrderIsSaidOncePerId();
    void newOrderFailingAtOnceIsSaid();
    void failureKnownOnlyLaterIsHistory();
    void failureIsNotRepeatedAfterAnUnknownLook();
    void signOffOverdueOncePerBatch();
    void signOffThresholdIsConfigurable();
    void signOffOverdueAtFirstLook();
    void approvalIsNotASignOffWait();
    void mutedNamespaceRaisesNothingAndReplaysNothing();
    void mutedFailuresAndWaitsAreNotReplayed();
    void missingApplicationIsForgotten();
    void repeatedApplicationIsReadOnce();
    void titlesAndBodies();
};

void TestFleetAlertTracker::firstLookAtUnhealthyApplicationRaisesOnce()
{
    FleetAlertTracker tracker;
    const QList<FleetAlert> alerts = tracker.observe({app(u"app-1"_s, true), app(u"app-2"_s)}, at(0s));
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::TurnedUnhealthy});
    QCOMPARE(appIds(alerts), QStringList{u"app-1"_s});
    QCOMPARE(titles(alerts, at(0s)), QStringList{u"order-service (prod) is unhealthy"_s});
    QCOMPARE(alerts.first().body(), u"2 of 6 instances not ready"_s);
    QCOMPARE(alerts.first().since, at(0s));

    QCOMPARE(tracker.observe({app(u"app-1"_s, true), app(u"app-2"_s)}, at(60s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({app(u"app-1"_s, true), app(u"app-2"_s)}, at(600s)), QList<FleetAlert>{});
}

void TestFleetAlertTracker::firstLookAtFailedOrderIsHistory()
{
    FleetAlertTracker tracker;
    const auto failed = withChange(app(u"app-1"_s), change(u"co-1"_s, ChangeOrderStatus::Failed));
    QCOMPARE(tracker.observe({failed}, at(0s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({failed}, at(60s)), QList<FleetAlert>{});
}

void TestFleetAlertTracker::turnsAndRecoveriesAreSaidOnce()
{
    FleetAlertTracker tracker;
    QCOMPARE(tracker.observe({app(u"app-1"_s)}, at(0s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({app(u"app-1"_s)}, at(60s)), QList<FleetAlert>{});

    QList<FleetAlert> alerts = tracker.observe({app(u"app-1"_s, true)}, at(120s));
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::TurnedUnhealthy});
    QCOMPARE(titles(alerts, at(120s)), QStringList{u"order-service (prod) is unhealthy"_s});
    QCOMPARE(alerts.first().since, at(120s));
    QCOMPARE(tracker.observe({app(u"app-1"_s, true)}, at(180s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({app(u"app-1"_s, true)}, at(240s)), QList<FleetAlert>{});

    alerts = tracker.observe({app(u"app-1"_s)}, at(300s));
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::Recovered});
    QCOMPARE(appIds(alerts), QStringList{u"app-1"_s});
    QCOMPARE(titles(alerts, at(300s)), QStringList{u"order-service (prod) recovered"_s});
    QCOMPARE(alerts.first().body(), u"Was: 2 of 6 instances not ready"_s);
    QCOMPARE(alerts.first().since, at(300s));
    QCOMPARE(tracker.observe({app(u"app-1"_s)}, at(360s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({app(u"app-1"_s)}, at(1200s)), QList<FleetAlert>{});

    // Well after the quiet period, a new turn is a new condition.
    alerts = tracker.observe({app(u"app-1"_s, true)}, at(1260s));
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::TurnedUnhealthy});
    QCOMPARE(alerts.first().since, at(1260s));
}

void TestFleetAlertTracker::flappingIsOneCondition_data()
{
    QTest::addColumn<int>("secondsAfterRecovery");
    QTest::addColumn<QList<Kind>>("expected");
    QCOMPARE(FleetAlertTracker::flapQuietPeriod, 2min);
    QTest::newRow("at once") << 60 << QList<Kind>{};
    QTest::newRow("just inside") << 119 << QList<Kind>{};
    QTest::newRow("at the quiet period") << 120 << QList<Kind>{Kind::TurnedUnhealthy};
    QTest::newRow("later") << 600 << QList<Kind>{Kind::TurnedUnhealthy};
}

void TestFleetAlertTracker::flappingIsOneCondition()
{
    QFETCH(int, secondsAfterRecovery);
    QFETCH(QList<Kind>, expected);
    FleetAlertTracker tracker;
    QCOMPARE(kinds(tracker.observe({app(u"app-1"_s, true)}, at(0s))), QList<Kind>{Kind::TurnedUnhealthy});
    QCOMPARE(kinds(tracker.observe({app(u"app-1"_s)}, at(60s))), QList<Kind>{Kind::Recovered});
    const QDateTime returned = at(60s + std::chrono::seconds(secondsAfterRecovery));
    const QList<FleetAlert> alerts = tracker.observe({app(u"app-1"_s, true)}, returned);
    QCOMPARE(kinds(alerts), expected);
    if (!alerts.isEmpty())
        QCOMPARE(alerts.first().since, returned);
    // Staying unhealthy after the turn raises nothing in either case.
    QCOMPARE(tracker.observe({app(u"app-1"_s, true)}, returned.addSecs(600)), QList<FleetAlert>{});
}

void TestFleetAlertTracker::flappingKeepsQuietUntilStable()
{
    FleetAlertTracker tracker;
    QCOMPARE(kinds(tracker.observe({app(u"app-1"_s, true)}, at(0s))), QList<Kind>{Kind::TurnedUnhealthy});
    QCOMPARE(kinds(tracker.observe({app(u"app-1"_s)}, at(60s))), QList<Kind>{Kind::Recovered});
    // Back and forth within the quiet period: the condition and its recovery were said already.
    QCOMPARE(tracker.observe({app(u"app-1"_s, true)}, at(120s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({app(u"app-1"_s)}, at(180s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({app(u"app-1"_s, true)}, at(240s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({app(u"app-1"_s)}, at(300s)), QList<FleetAlert>{});
    // Healthy for the quiet period since the last recovery: a turn now is news again.
    const QList<FleetAlert> alerts = tracker.observe({app(u"app-1"_s, true)}, at(420s));
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::TurnedUnhealthy});
    QCOMPARE(alerts.first().since, at(420s));
    QCOMPARE(kinds(tracker.observe({app(u"app-1"_s)}, at(480s))), QList<Kind>{Kind::Recovered});
}

void TestFleetAlertTracker::failedOrderIsSaidOncePerId_data()
{
    QTest::addColumn<ChangeOrderStatus>("status");
    QTest::addColumn<QList<Kind>>("expected");
    QTest::newRow("failed") << ChangeOrderStatus::Failed << QList<Kind>{Kind::ChangeOrderFailed};
    QTest::newRow("system failure") << ChangeOrderStatus::SystemFailure
                                    << QList<Kind>{Kind::ChangeOrderFailed};
    QTest::newRow("aborted") << ChangeOrderStatus::Aborted << QList<Kind>{};
    QTest::newRow("succeeded") << ChangeOrderStatus::Succeeded << QList<Kind>{};
    QTest::newRow("waiting") << ChangeOrderStatus::WaitingForNextBatch << QList<Kind>{};
}

void TestFleetAlertTracker::failedOrderIsSaidOncePerId()
{
    QFETCH(ChangeOrderStatus, status);
    QFETCH(QList<Kind>, expected);
    FleetAlertTracker tracker;
    const auto running = withChange(app(u"app-1"_s), change(u"co-1"_s, ChangeOrderStatus::Executing));
    const auto ended = withChange(app(u"app-1"_s), change(u"co-1"_s, status));
    QCOMPARE(tracker.observe({running, app(u"app-2"_s)}, at(0s)), QList<FleetAlert>{});
    const QList<FleetAlert> alerts = tracker.observe({ended, app(u"app-2"_s)}, at(60s));
    QCOMPARE(kinds(alerts), expected);
    if (!expected.isEmpty()) {
        QCOMPARE(appIds(alerts), QStringList{u"app-1"_s});
        QCOMPARE(titles(alerts, at(60s)), QStringList{u"Deploy of order-service (prod) failed"_s});
        QCOMPARE(alerts.first().body(), u"Image pull failed\nChange order co-1"_s);
        QCOMPARE(alerts.first().changeOrderId, u"co-1"_s);
        QCOMPARE(alerts.first().since, at(-60s));
    }
    QCOMPARE(tracker.observe({ended, app(u"app-2"_s)}, at(120s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({ended, app(u"app-2"_s)}, at(180s)), QList<FleetAlert>{});
}

void TestFleetAlertTracker::newOrderFailingAtOnceIsSaid()
{
    FleetAlertTracker tracker;
    const auto old = withChange(app(u"app-1"_s), change(u"co-1"_s, ChangeOrderStatus::Failed));
    QCOMPARE(tracker.observe({old}, at(0s)), QList<FleetAlert>{});
    // A newer order, never seen running, that has failed by the next look.
    ChangeOrder failed = change(u"co-2"_s, ChangeOrderStatus::SystemFailure);
    failed.finishedAt = QDateTime();
    const QList<FleetAlert> alerts = tracker.observe({withChange(app(u"app-1"_s), failed)}, at(60s));
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::ChangeOrderFailed});
    QCOMPARE(alerts.first().changeOrderId, u"co-2"_s);
    QCOMPARE(alerts.first().since, at(60s)); // no end time: first seen
    QCOMPARE(tracker.observe({withChange(app(u"app-1"_s), failed)}, at(120s)), QList<FleetAlert>{});
}

void TestFleetAlertTracker::failureKnownOnlyLaterIsHistory()
{
    // The refresh reads an application's change orders only when it must: the first look that
    // knows them is the baseline, not the application's first look.
    FleetAlertTracker tracker;
    QCOMPARE(tracker.observe({app(u"app-1"_s)}, at(0s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({app(u"app-1"_s)}, at(60s)), QList<FleetAlert>{});
    const auto old = withChange(app(u"app-1"_s), change(u"co-1"_s, ChangeOrderStatus::Failed));
    QCOMPARE(tracker.observe({old}, at(120s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({old}, at(180s)), QList<FleetAlert>{});
    const auto next = withChange(app(u"app-1"_s), change(u"co-2"_s, ChangeOrderStatus::Failed));
    QCOMPARE(kinds(tracker.observe({next}, at(240s))), QList<Kind>{Kind::ChangeOrderFailed});
}

void TestFleetAlertTracker::failureIsNotRepeatedAfterAnUnknownLook()
{
    FleetAlertTracker tracker;
    const auto running = withChange(app(u"app-1"_s), change(u"co-1"_s, ChangeOrderStatus::Executing));
    const auto failed = withChange(app(u"app-1"_s), change(u"co-1"_s, ChangeOrderStatus::Failed));
    QCOMPARE(tracker.observe({running}, at(0s)), QList<FleetAlert>{});
    QCOMPARE(kinds(tracker.observe({failed}, at(60s))), QList<Kind>{Kind::ChangeOrderFailed});
    QCOMPARE(tracker.observe({app(u"app-1"_s)}, at(120s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({failed}, at(180s)), QList<FleetAlert>{});
}

void TestFleetAlertTracker::signOffOverdueOncePerBatch()
{
    FleetAlertTracker tracker;
    QCOMPARE(tracker.signOffThreshold(), 15min);
    const QDateTime waitStart = at(0s);
    const auto waitingFirst = withChange(app(u"app-1"_s), waitingOrder(u"co-1"_s, 1, waitStart));
    QCOMPARE(tracker.observe({waitingFirst}, at(60s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({waitingFirst}, at(15min)), QList<FleetAlert>{}); // not longer than
    QList<FleetAlert> alerts = tracker.observe({waitingFirst}, at(15min + 30s));
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::SignOffOverdue});
    QCOMPARE(appIds(alerts), QStringList{u"app-1"_s});
    QCOMPARE(alerts.first().changeOrderId, u"co-1"_s);
    QCOMPARE(alerts.first().since, waitStart);
    QCOMPARE(titles(alerts, at(15min + 30s)),
             QStringList{u"order-service (prod) waits for sign-off for 15 min"_s});
    QCOMPARE(titles(alerts, at(25min)), QStringList{u"order-service (prod) waits for sign-off for 25 min"_s});
    QCOMPARE(alerts.first().body(), u"Confirm batch 2 of 3\nChange order co-1"_s);
    QCOMPARE(tracker.observe({waitingFirst}, at(16min)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({waitingFirst}, at(60min)), QList<FleetAlert>{});

    // Confirmed; the next batch runs, then waits again: a new wait, said again once overdue.
    const auto running = withChange(app(u"app-1"_s), change(u"co-1"_s, ChangeOrderStatus::Executing));
    QCOMPARE(tracker.observe({running}, at(61min)), QList<FleetAlert>{});
    const auto waitingNext = withChange(app(u"app-1"_s), waitingOrder(u"co-1"_s, 2, at(65min)));
    QCOMPARE(tracker.observe({waitingNext}, at(70min)), QList<FleetAlert>{});
    alerts = tracker.observe({waitingNext}, at(81min));
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::SignOffOverdue});
    QCOMPARE(alerts.first().body(), u"Confirm batch 3 of 3\nChange order co-1"_s);
    QCOMPARE(titles(alerts, at(81min)), QStringList{u"order-service (prod) waits for sign-off for 16 min"_s});
    QCOMPARE(tracker.observe({waitingNext}, at(90min)), QList<FleetAlert>{});
}

void TestFleetAlertTracker::signOffThresholdIsConfigurable()
{
    FleetAlertTracker tracker;
    tracker.setSignOffThreshold(5min);
    QCOMPARE(tracker.signOffThreshold(), 5min);
    const auto waiting = withChange(app(u"app-1"_s), waitingOrder(u"co-1"_s, 0, at(0s)));
    QCOMPARE(tracker.observe({waiting}, at(5min)), QList<FleetAlert>{});
    QCOMPARE(kinds(tracker.observe({waiting}, at(6min))), QList<Kind>{Kind::SignOffOverdue});
}

void TestFleetAlertTracker::signOffOverdueAtFirstLook()
{
    // A batch waiting now is not history: the first look says it when it is overdue already.
    FleetAlertTracker tracker;
    const auto waiting = withChange(app(u"app-1"_s, true), waitingOrder(u"co-1"_s, 1, at(0s)));
    const QList<FleetAlert> alerts = tracker.observe({waiting}, at(20min));
    QCOMPARE(kinds(alerts), (QList<Kind>{Kind::TurnedUnhealthy, Kind::SignOffOverdue}));
    QCOMPARE(tracker.observe({waiting}, at(21min)), QList<FleetAlert>{});
}

void TestFleetAlertTracker::approvalIsNotASignOffWait()
{
    FleetAlertTracker tracker;
    const auto approval = withChange(app(u"app-1"_s), change(u"co-1"_s, ChangeOrderStatus::PendingApproval));
    QCOMPARE(tracker.observe({approval}, at(0s)), QList<FleetAlert>{});
    QCOMPARE(tracker.observe({approval}, at(24h)), QList<FleetAlert>{});
}

void TestFleetAlertTracker::mutedNamespaceRaisesNothingAndReplaysNothing()
{
    FleetAlertTracker tracker;
    QVERIFY(!tracker.isMuted(u"ns-staging"_s));
    tracker.setMuted(u"ns-staging"_s, true);
    QVERIFY(tracker.isMuted(u"ns-staging"_s));
    QVERIFY(!tracker.isMuted(u"ns-prod"_s));

    QList<FleetAlert> alerts =
        tracker.observe({app(u"app-1"_s, true), app(u"app-2"_s, true, u"ns-staging"_s)}, at(0s));
    QCOMPARE(appIds(alerts), QStringList{u"app-1"_s});
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::TurnedUnhealthy});

    // Unmuted while the condition lasts: it is not replayed.
    tracker.setMuted(u"ns-staging"_s, false);
    QVERIFY(!tracker.isMuted(u"ns-staging"_s));
    QCOMPARE(tracker.observe({app(u"app-1"_s, true), app(u"app-2"_s, true, u"ns-staging"_s)}, at(60s)),
             QList<FleetAlert>{});
    // What happens after unmuting is said.
    alerts = tracker.observe({app(u"app-1"_s, true), app(u"app-2"_s, false, u"ns-staging"_s)}, at(120s));
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::Recovered});
    QCOMPARE(titles(alerts, at(120s)), QStringList{u"member-service (staging) recovered"_s});

    // Muted again: a recovery and a turn are tracked, not said; the flap rule still sees them.
    tracker.setMuted(u"ns-prod"_s, true);
    QCOMPARE(tracker.observe({app(u"app-1"_s), app(u"app-2"_s, false, u"ns-staging"_s)}, at(600s)),
             QList<FleetAlert>{});
    QCOMPARE(tracker.observe({app(u"app-1"_s, true), app(u"app-2"_s, false, u"ns-staging"_s)}, at(900s)),
             QList<FleetAlert>{});
    tracker.setMuted(u"ns-prod"_s, false);
    QCOMPARE(tracker.observe({app(u"app-1"_s, true), app(u"app-2"_s, false, u"ns-staging"_s)}, at(960s)),
             QList<FleetAlert>{});
    QCOMPARE(kinds(tracker.observe({app(u"app-1"_s), app(u"app-2"_s, false, u"ns-staging"_s)}, at(1020s))),
             QList<Kind>{Kind::Recovered});
}

void TestFleetAlertTracker::mutedFailuresAndWaitsAreNotReplayed()
{
    FleetAlertTracker tracker;
    const auto running = withChange(app(u"app-1"_s), change(u"co-1"_s, ChangeOrderStatus::Executing));
    const auto failed = withChange(app(u"app-1"_s), change(u"co-1"_s, ChangeOrderStatus::Failed));
    const auto waiting = withChange(app(u"app-1"_s), waitingOrder(u"co-2"_s, 1, at(0s)));
    QCOMPARE(tracker.observe({running}, at(0s)), QList<FleetAlert>{});
    tracker.setMuted(u"ns-prod"_s, true);
    QCOMPARE(tracker.observe({failed}, at(60s)), QList<FleetAlert>{});
    tracker.setMuted(u"ns-prod"_s, false);
    QCOMPARE(tracker.observe({failed}, at(120s)), QList<FleetAlert>{});

    tracker.setMuted(u"ns-prod"_s, true);
    QCOMPARE(tracker.observe({waiting}, at(20min)), QList<FleetAlert>{});
    tracker.setMuted(u"ns-prod"_s, false);
    QCOMPARE(tracker.observe({waiting}, at(21min)), QList<FleetAlert>{});
}

void TestFleetAlertTracker::missingApplicationIsForgotten()
{
    FleetAlertTracker tracker;
    const auto running = withChange(app(u"app-1"_s, true), change(u"co-1"_s, ChangeOrderStatus::Executing));
    QCOMPARE(kinds(tracker.observe({running}, at(0s))), QList<Kind>{Kind::TurnedUnhealthy});
    QCOMPARE(tracker.observe({}, at(60s)), QList<FleetAlert>{});
    // Back: a first look again. Unhealthy is news; the failure that happened meanwhile is history.
    const auto failed = withChange(app(u"app-1"_s, true), change(u"co-1"_s, ChangeOrderStatus::Failed));
    const QList<FleetAlert> alerts = tracker.observe({failed}, at(120s));
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::TurnedUnhealthy});
    QCOMPARE(alerts.first().since, at(120s));
    QCOMPARE(tracker.observe({failed}, at(180s)), QList<FleetAlert>{});
}

void TestFleetAlertTracker::repeatedApplicationIsReadOnce()
{
    FleetAlertTracker tracker;
    const QList<FleetAlert> alerts = tracker.observe({app(u"app-1"_s, true), app(u"app-1"_s, true)}, at(0s));
    QCOMPARE(kinds(alerts), QList<Kind>{Kind::TurnedUnhealthy});
}

void TestFleetAlertTracker::titlesAndBodies()
{
    FleetAlert alert;
    alert.appId = u"app-9"_s;
    alert.namespaceId = u"cn-hangzhou:dev"_s;
    QCOMPARE(alert.subject(), u"app-9 (cn-hangzhou:dev)"_s);
    alert.namespaceId.clear();
    QCOMPARE(alert.title(s_start), u"app-9 is unhealthy"_s);
    QCOMPARE(alert.body(), QString());
    alert.appName = u"order-service"_s;
    alert.namespaceName = u"prod"_s;
    alert.kind = Kind::ChangeOrderFailed;
    alert.changeTypeCode = u"CoRollback"_s;
    QCOMPARE(alert.title(s_start), u"Rollback of order-service (prod) failed"_s);
    alert.changeTypeCode.clear();
    QCOMPARE(alert.title(s_start), u"A change of order-service (prod) failed"_s);
    alert.kind = Kind::SignOffOverdue;
    alert.since = s_start;
    QCOMPARE(alert.title(s_start.addSecs(-30)), u"order-service (prod) waits for sign-off for 0 min"_s);
    alert.kind = Kind::Recovered;
    QCOMPARE(alert.body(), QString());
}

QTEST_GUILESS_MAIN(TestFleetAlertTracker)
#include "tst_fleetalerttracker.moc"
