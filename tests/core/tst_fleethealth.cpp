#include "core/fleethealth.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestFleetHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthyIsAHundredAndNormal();
    void nothingRunningIsCritical();
    void missingAndAbnormalInstancesCostTheirShare();
    void restartsAndWarningsAreCapped();
    void aRecentFailedChangeCountsAnOldOneDoesNot();
    void waitingForAPersonIsAWarningSign();
    void runningAtTheScalingMaximum();
    void stoppedIsInactive();
    void changingWithNothingWrongIsProgress();
    void aReleaseReplacingInstancesIsNotAShortfall();

    void unknownsCostNothing();
    void worstFirst();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC); }
    static FleetHealth::Input running(int target, int runningInstances)
    {
        FleetHealth::Input input;
        input.targetInstances = target;
        input.runningInstances = runningInstances;
        return input;
    }
    static ChangeOrder change(ChangeOrderStatus status, const QDateTime &at)
    {
        ChangeOrder order;
        order.changeOrderId = u"co-1"_s;
        order.coTypeCode = u"CoDeploy"_s;
        order.status = status;
        order.createdAt = at.addSecs(-600);
        if (isTerminal(status))
            order.finishedAt = at;
        return order;
    }
};

void TestFleetHealth::initTestCase()
{
    // The English plural forms come from the shipped translation.
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestFleetHealth::healthyIsAHundredAndNormal()
{
    FleetHealth::Input input = running(6, 6);
    input.abnormalInstances = 0;
    input.restartsLastHour = 0;
    input.warningEvents = 0;
    input.lastChange = change(ChangeOrderStatus::Succeeded, now().addSecs(-3600));
    const FleetHealth health = FleetHealth::of(input, now());
    QCOMPARE(health.score, 100);
    QCOMPARE(health.severity, Severity::Normal);
    QVERIFY(health.reasons.isEmpty());
}

void TestFleetHealth::nothingRunningIsCritical()
{
    const FleetHealth health = FleetHealth::of(running(6, 0), now());
    QCOMPARE(health.score, 40);
    QCOMPARE(health.severity, Severity::Critical);
    QCOMPARE(health.reasons, QStringList{u"No instance runs (0 of 6)"_s});
}

void TestFleetHealth::missingAndAbnormalInstancesCostTheirShare()
{
    FleetHealth::Input input = running(6, 5);
    input.abnormalInstances = 2;
    const FleetHealth health = FleetHealth::of(input, now());
    // 10 + 30 x 2/6 = 20 for the abnormal ones, 10 + 30 x 1/6 = 15 for the missing one.
    QCOMPARE(health.score, 65);
    QCOMPARE(health.severity, Severity::Warning);
    QCOMPARE(health.reasons, (QStringList{u"2 instances abnormal"_s, u"5 of 6 instances run"_s}));
}

void TestFleetHealth::restartsAndWarningsAreCapped()
{
    FleetHealth::Input input = running(2, 2);
    input.restartsLastHour = 17;
    input.warningEvents = 40;
    FleetHealth health = FleetHealth::of(input, now());
    QCOMPARE(health.score, 100 - 20 - 15);
    QCOMPARE(health.severity, Severity::Warning);
    QCOMPARE(health.reasons, (QStringList{u"17 restarts in the last hour"_s, u"40 Warning events"_s}));
    input.restartsLastHour = 1;
    input.warningEvents = 1;
    health = FleetHealth::of(input, now());
    QCOMPARE(health.score, 97);
    QCOMPARE(health.severity, Severity::Normal);
    QCOMPARE(health.reasons, (QStringList{u"1 restart in the last hour"_s, u"1 Warning event"_s}));
}

void TestFleetHealth::aRecentFailedChangeCountsAnOldOneDoesNot()
{
    FleetHealth::Input input = running(4, 4);
    input.lastChange = change(ChangeOrderStatus::Failed, now().addSecs(-3600));
    FleetHealth health = FleetHealth::of(input, now());
    QCOMPARE(health.score, 80);
    QCOMPARE(health.reasons, QStringList{u"The last change failed (Deploy)"_s});
    input.lastChange = change(ChangeOrderStatus::SystemFailure, now().addDays(-2));
    health = FleetHealth::of(input, now());
    QCOMPARE(health.score, 100);
    QVERIFY(health.reasons.isEmpty());
    input.lastChange = change(ChangeOrderStatus::Aborted, now().addSecs(-60));
    QCOMPARE(FleetHealth::of(input, now()).score, 100); // stopped by a person: not a failure
    // The region's ranking counts failures of the day; the newest's own failure is not counted twice.
    input.failedChanges = 2;
    health = FleetHealth::of(input, now());
    QCOMPARE(health.score, 80);
    QCOMPARE(health.reasons, QStringList{u"2 changes failed in the last 24 hours"_s});
    input.lastChange = change(ChangeOrderStatus::Failed, now().addSecs(-60));
    health = FleetHealth::of(input, now());
    QCOMPARE(health.score, 80);
    QCOMPARE(health.reasons, QStringList{u"The last change failed (Deploy)"_s});
}

void TestFleetHealth::waitingForAPersonIsAWarningSign()
{
    FleetHealth::Input input = running(4, 4);
    input.lastChange = change(ChangeOrderStatus::WaitingForConfirmation, now());
    const FleetHealth health = FleetHealth::of(input, now());
    QCOMPARE(health.score, 95);
    QCOMPARE(health.reasons, QStringList{u"A change waits for a person"_s});
    QCOMPARE(health.severity, Severity::Progress); // the change is under way, at its gate
}

void TestFleetHealth::runningAtTheScalingMaximum()
{
    FleetHealth::Input input = running(20, 20);
    input.scalingMaximum = 20;
    FleetHealth health = FleetHealth::of(input, now());
    QCOMPARE(health.score, 90);
    QCOMPARE(health.reasons, QStringList{u"At the scaling rule's maximum (20 instances)"_s});
    input.runningInstances = 19;
    input.targetInstances = 19;
    QCOMPARE(FleetHealth::of(input, now()).score, 100);
}

void TestFleetHealth::stoppedIsInactive()
{
    const FleetHealth health = FleetHealth::of(running(0, 0), now());
    QCOMPARE(health.score, 100);
    QCOMPARE(health.severity, Severity::Inactive);
    QCOMPARE(health.reasons, QStringList{u"Stopped"_s});
}

void TestFleetHealth::changingWithNothingWrongIsProgress()
{
    FleetHealth::Input input = running(4, 4);
    input.lastChange = change(ChangeOrderStatus::Executing, now());
    QCOMPARE(FleetHealth::of(input, now()).severity, Severity::Progress);
    input.restartsLastHour = 30; // something else is wrong: that colour wins
    QCOMPARE(FleetHealth::of(input, now()).severity, Severity::Warning);
}

void TestFleetHealth::aReleaseReplacingInstancesIsNotAShortfall()
{
    // 3 of 4 run while a release replaces one: said, but it costs nothing and is in progress.
    FleetHealth::Input input = running(4, 3);
    input.lastChange = change(ChangeOrderStatus::Executing, now());
    FleetHealth health = FleetHealth::of(input, now());
    QCOMPARE(health.score, 100);
    QCOMPARE(health.severity, Severity::Progress);
    QCOMPARE(health.reasons, QStringList{u"3 of 4 instances run during the change"_s});
    // Waiting for a person at the gate: the same, less the wait's 5.
    input.lastChange = change(ChangeOrderStatus::WaitingForConfirmation, now());
    health = FleetHealth::of(input, now());
    QCOMPARE(health.score, 95);
    QCOMPARE(health.severity, Severity::Progress);
    // None at all is not a release's doing, and the same shortfall once it ended is one.
    input.runningInstances = 0;
    QCOMPARE(FleetHealth::of(input, now()).severity, Severity::Critical);
    input.runningInstances = 3;
    input.lastChange = change(ChangeOrderStatus::Succeeded, now());
    QCOMPARE(FleetHealth::of(input, now()).severity, Severity::Warning);
}

void TestFleetHealth::unknownsCostNothing()
{
    // Only the list's counts are known: nothing else is held against the application.
    const FleetHealth health = FleetHealth::of(running(3, 3), now());
    QCOMPARE(health.score, 100);
    QVERIFY(health.reasons.isEmpty());
}

void TestFleetHealth::worstFirst()
{
    FleetHealth down = FleetHealth::of(running(6, 0), now());
    FleetHealth degraded = FleetHealth::of(running(6, 5), now());
    FleetHealth fine = FleetHealth::of(running(6, 6), now());
    FleetHealth stopped = FleetHealth::of(running(0, 0), now());
    QList<FleetHealth> fleet{fine, stopped, degraded, down};
    std::sort(fleet.begin(), fleet.end(), &FleetHealth::isWorse);
    QCOMPARE(fleet, (QList<FleetHealth>{down, degraded, fine, stopped}));
}

QTEST_MAIN(TestFleetHealth)
#include "tst_fleethealth.moc"
