#include "core/handoverreport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHandOverReport : public QObject
{
    Q_OBJECT

private slots:
    void headerSaysWhoWhenAndHowMany();
    void needsAttentionIsWorstFirstWithSince();
    void waitingAndChangingRows();
    void whatHappenedIsTheShiftsAlertsInTimeOrder();
    void whatWasDoneGroupsAChangeOrdersEntries();
    void entriesWithinKeepsTheWindow();
    void alertsWithinKeepsTheWindow();
    void cellsAndLinesAreEscaped();
    void anEmptyShiftSaysNothingInEverySection();

private:
    static QDateTime at(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
    }
    static QDateTime now() { return at(28, 8); }
    static FleetRow row(const QString &id, const QString &name, int target, int running, qint64 abnormal = 0,
                        std::optional<ChangeOrder> lastChange = std::nullopt);
    static ChangeOrder order(const QString &id, const QString &type, ChangeOrderStatus status);
    static FleetAlert alert(FleetAlert::Kind kind, const QString &appId, const QString &appName,
                            const QDateTime &since, const QString &detail = {});
    static JournalEntry::Where where(const QString &appId, const QString &appName);
    /// The report of a busy night: every section has something.
    static HandOverReport busyNight();
    /// The text of one "## " section, without its heading.
    static QString sectionOf(const QString &markdown, const QString &heading);
};

FleetRow TestHandOverReport::row(const QString &id, const QString &name, int target, int running,
                                 qint64 abnormal, std::optional<ChangeOrder> lastChange)
{
    FleetRow fleetRow;
    fleetRow.application.appId = id;
    fleetRow.application.appName = name;
    fleetRow.application.namespaceId = u"cn-shenzhen:production"_s;
    fleetRow.application.namespaceName = u"production"_s;
    fleetRow.application.regionId = u"cn-shenzhen"_s;
    fleetRow.application.targetInstances = target;
    fleetRow.application.runningInstances = running;
    FleetHealth::Input input;
    input.targetInstances = target;
    input.runningInstances = running;
    input.abnormalInstances = abnormal;
    input.lastChange = lastChange;
    fleetRow.health = FleetHealth::of(input, now());
    fleetRow.lastChange = lastChange;
    fleetRow.checkedAt = now().addSecs(-20);
    return fleetRow;
}

ChangeOrder TestHandOverReport::order(const QString &id, const QString &type, ChangeOrderStatus status)
{
    ChangeOrder changeOrder;
    changeOrder.changeOrderId = id;
    changeOrder.coTypeCode = type;
    changeOrder.status = status;
    changeOrder.createdAt = at(28, 7, 30);
    return changeOrder;
}

FleetAlert TestHandOverReport::alert(FleetAlert::Kind kind, const QString &appId, const QString &appName,
                                     const QDateTime &since, const QString &detail)
{
    FleetAlert fleetAlert;
    fleetAlert.kind = kind;
    fleetAlert.appId = appId;
    fleetAlert.appName = appName;
    fleetAlert.namespaceName = u"production"_s;
    fleetAlert.since = since;
    fleetAlert.detail = detail;
    return fleetAlert;
}

JournalEntry::Where TestHandOverReport::where(const QString &appId, const QString &appName)
{
    return {u"cn-shenzhen"_s, u"cn-shenzhen:production"_s, u"production"_s, appId, appName, {}};
}

HandOverReport TestHandOverReport::busyNight()
{
    HandOverReport report;
    report.profile = u"prod-shenzhen"_s;
    report.region = u"cn-shenzhen"_s;
    report.from = at(27, 20);
    report.to = now();

    ChangeOrder failedDeploy = order(u"co-1"_s, u"CoDeploy"_s, ChangeOrderStatus::Failed);
    failedDeploy.createdAt = at(28, 2);
    ChangeOrder waitingDeploy = order(u"co-2"_s, u"CoDeploy"_s, ChangeOrderStatus::WaitingForConfirmation);
    waitingDeploy.description = u"Release 3.1"_s;
    const ChangeOrder restarting = order(u"co-3"_s, u"CoRestartApplication"_s, ChangeOrderStatus::Executing);
    report.rows = {row(u"app-audit"_s, u"audit-service"_s, 2, 2),
                   row(u"app-member"_s, u"member-service"_s, 4, 4, 1),
                   row(u"app-order"_s, u"order-service"_s, 6, 0, 0, failedDeploy),
                   row(u"app-pay"_s, u"payment-service"_s, 3, 3, 0, waitingDeploy),
                   row(u"app-inv"_s, u"inventory-service"_s, 2, 2, 0, restarting)};

    FleetAlert overdue = alert(FleetAlert::Kind::SignOffOverdue, u"app-pay"_s, u"payment-service"_s,
                               at(28, 6), u"Confirm batch 2 of 3"_s);
    overdue.changeOrderId = u"co-2"_s;
    report.alerts = {
        alert(FleetAlert::Kind::TurnedUnhealthy, u"app-order"_s, u"order-service"_s, at(28, 3, 2),
              u"No instance runs (0 of 6)"_s),
        alert(FleetAlert::Kind::TurnedUnhealthy, u"app-old"_s, u"old-service"_s,
              at(27, 10)), // before the shift
        overdue,
        alert(FleetAlert::Kind::Recovered, u"app-gw"_s, u"api-gateway"_s, at(28, 5),
              u"1 of 4 instances not ready"_s),
    };

    const JournalEntry::Who alice{u"prod-shenzhen"_s, u"LTAI5tAlice"_s, u"alice"_s};
    const JournalEntry::Who bob{u"prod-shenzhen"_s, u"LTAI5tBob"_s, u"bob"_s};
    JournalEntry before = JournalEntry::requested(u"rescale"_s, alice,
                                                  where(u"app-audit"_s, u"audit-service"_s), {}, at(27, 19));
    JournalEntry deploy =
        JournalEntry::requested(u"deploy"_s, alice, where(u"app-order"_s, u"order-service"_s), {}, at(28, 2));
    JournalEntry deployAccepted = deploy.followUp(JournalEntry::Outcome::Accepted, at(28, 2, 1));
    deployAccepted.requestId = u"REQ-1"_s;
    deployAccepted.changeOrderId = u"co-1"_s;
    JournalEntry restart = JournalEntry::requested(
        u"restart-instances"_s, bob, where(u"app-order"_s, u"order-service"_s), {}, at(28, 3, 10));
    restart.where.instanceIds = {u"order-7f9-abc"_s};
    JournalEntry restartDone = restart.followUp(JournalEntry::Outcome::Succeeded, at(28, 3, 11));
    restartDone.requestId = u"REQ-2"_s;
    JournalEntry deployFailed = deployAccepted.followUp(JournalEntry::Outcome::Failed, at(28, 3, 20));
    deployFailed.errorCode = u"Deploy.ImagePullFailed"_s;
    deployFailed.errorMessage = u"image not found"_s;
    JournalEntry after = JournalEntry::requested(u"rescale"_s, alice,
                                                 where(u"app-audit"_s, u"audit-service"_s), {}, at(28, 9));
    // Out of time order on purpose: the journal of two consoles merged, say.
    report.entries = {before, deploy, restart, deployAccepted, restartDone, deployFailed, after};
    return report;
}

QString TestHandOverReport::sectionOf(const QString &markdown, const QString &heading)
{
    const QString start = u"## "_s + heading + u"\n\n"_s;
    const qsizetype from = markdown.indexOf(start);
    if (from < 0)
        return u"(no section %1)"_s.arg(heading);
    const qsizetype end = markdown.indexOf(u"\n## "_s, from + start.size());
    return markdown.mid(from + start.size(), end < 0 ? -1 : end + 1 - from - start.size());
}

void TestHandOverReport::headerSaysWhoWhenAndHowMany()
{
    const QString md = busyNight().toMarkdown(now());
    QVERIFY2(md.startsWith(u"# Hand-over — prod-shenzhen · cn-shenzhen\n\n"_s), qPrintable(md));
    QVERIFY(md.contains(u"- **Shift:** 2026-11-27 20:00:00 UTC to 2026-11-28 08:00:00 UTC\n"_s));
    QVERIFY(md.contains(u"- **Generated:** 2026-11-28 08:00:00 UTC\n"_s));
    // The newest entry of the shift (the deploy's failure) is alice's.
    QVERIFY(md.contains(u"- **By:** alice\n"_s));
    // order-service and member-service; payment-service waits; two operations in the shift.
    QVERIFY2(md.contains(u"- **Summary:** 2 of 5 application(s) need someone; 1 change(s) wait for sign-off; "
                         "2 action(s) taken\n"_s),
             qPrintable(md));

    HandOverReport report = busyNight();
    report.generatedBy = u"carol"_s;
    QVERIFY(report.toMarkdown(now()).contains(u"- **By:** carol\n"_s));
    report.generatedBy.clear();
    report.entries.clear();
    QVERIFY(!report.toMarkdown(now()).contains(u"**By:**"_s));
    report.region.clear();
    QVERIFY(report.toMarkdown(now()).startsWith(u"# Hand-over — prod-shenzhen\n"_s));
}

void TestHandOverReport::needsAttentionIsWorstFirstWithSince()
{
    const QString section = sectionOf(busyNight().toMarkdown(now()), u"Needs attention now"_s);
    const QStringList lines = section.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"| Score | Application | What is wrong | Since (UTC) | Last change |"_s);
    QVERIFY2(lines.at(2).startsWith(u"| 20 | order-service (production) | No instance runs (0 of 6); "_s),
             qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).endsWith(u" | 2026-11-28 03:02 | Deploy · Failed · co-1 |"_s));
    QVERIFY2(lines.at(3).contains(u"| member-service (production) |"_s), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(3).endsWith(u" | — | — |"_s), qPrintable(lines.at(3)));

    // A recovery after the last turn to unhealthy: since when is not known.
    HandOverReport report = busyNight();
    report.alerts.append(alert(FleetAlert::Kind::Recovered, u"app-order"_s, u"order-service"_s, at(28, 4)));
    const QString again = sectionOf(report.toMarkdown(now()), u"Needs attention now"_s);
    QVERIFY(!again.contains(u"03:02"_s));
}

void TestHandOverReport::waitingAndChangingRows()
{
    const QString md = busyNight().toMarkdown(now());
    QCOMPARE(sectionOf(md, u"Waiting for sign-off"_s),
             u"| Application | Change order | Change | Waiting since (UTC) |\n"
             "| --- | --- | --- | --- |\n"
             "| payment-service (production) | co-2 | Deploy: Release 3.1 | 2026-11-28 06:00 |\n\n"_s);
    const QString changing = sectionOf(md, u"Changing"_s);
    QVERIFY2(changing.contains(u"| inventory-service (production) | co-3 | Restart | Running | 2026-11-28 "
                               "07:30 |\n"_s),
             qPrintable(changing));
    QVERIFY(!changing.contains(u"payment-service"_s)); // said once, where it waits
    QVERIFY(!changing.contains(u"order-service"_s));   // its order has ended
}

void TestHandOverReport::whatHappenedIsTheShiftsAlertsInTimeOrder()
{
    const QString section = sectionOf(busyNight().toMarkdown(now()), u"What happened"_s);
    QCOMPARE(section,
             u"- 2026-11-28 03:02:00 UTC · **order-service (production) is unhealthy** — No instance runs (0 "
             u"of 6)\n"
             "- 2026-11-28 05:00:00 UTC · **api-gateway (production) recovered** — Was: 1 of 4 instances not "
             "ready\n"
             "- 2026-11-28 06:00:00 UTC · **payment-service (production) waits for sign-off for 120 min** — "
             "Confirm batch 2 of 3 · Change order co-2\n\n"_s);
}

void TestHandOverReport::whatWasDoneGroupsAChangeOrdersEntries()
{
    const QString section = sectionOf(busyNight().toMarkdown(now()), u"What was done"_s);
    QCOMPARE(
        section,
        u"- **Change order co-1** · order-service (production)\n"
        "  - 2026-11-28 02:00:00 UTC · alice · Deploy · order-service (production) · Requested\n"
        "  - 2026-11-28 02:01:00 UTC · alice · Deploy · order-service (production) · Accepted · RequestId "
        "REQ-1 · ChangeOrderId co-1\n"
        "  - 2026-11-28 03:20:00 UTC · alice · Deploy · order-service (production) · Failed "
        "(Deploy.ImagePullFailed: image not found) · RequestId REQ-1 · ChangeOrderId co-1\n"
        "- 2026-11-28 03:10:00 UTC · bob · Restart instances · order-service (production): order-7f9-abc · "
        "Requested\n"
        "- 2026-11-28 03:11:00 UTC · bob · Restart instances · order-service (production): order-7f9-abc · "
        "Succeeded · RequestId REQ-2\n\n"_s);
    QVERIFY(!section.contains(u"Rescale"_s)); // before and after the shift
}

void TestHandOverReport::entriesWithinKeepsTheWindow()
{
    const HandOverReport night = busyNight();
    const QList<JournalEntry> within = HandOverReport::entriesWithin(night.entries, night.from, night.to);
    QCOMPARE(within.size(), 5);
    for (qsizetype i = 1; i < within.size(); ++i)
        QVERIFY(within.at(i - 1).time <= within.at(i).time);
    // Both ends belong to the window; an invalid end is open.
    JournalEntry atStart = night.entries.constFirst();
    atStart.time = night.from;
    JournalEntry atEnd = night.entries.constFirst();
    atEnd.time = night.to;
    QCOMPARE(HandOverReport::entriesWithin({atStart, atEnd}, night.from, night.to).size(), 2);
    QCOMPARE(HandOverReport::entriesWithin(night.entries, {}, night.to).size(), 6);
    QCOMPARE(HandOverReport::entriesWithin(night.entries, night.from, {}).size(), 6);
    QCOMPARE(HandOverReport::entriesWithin(night.entries, {}, {}).size(), 7);
    QCOMPARE(HandOverReport::entriesWithin({}, night.from, night.to).size(), 0);
}

void TestHandOverReport::alertsWithinKeepsTheWindow()
{
    const HandOverReport night = busyNight();
    const QList<FleetAlert> within = HandOverReport::alertsWithin(night.alerts, night.from, night.to);
    QCOMPARE(within.size(), 3);
    QCOMPARE(within.at(0).appId, u"app-order"_s);
    QCOMPARE(within.at(1).appId, u"app-gw"_s);
    QCOMPARE(within.at(2).appId, u"app-pay"_s);
    QVERIFY(!night.toMarkdown(now()).contains(u"old-service"_s));
}

void TestHandOverReport::cellsAndLinesAreEscaped()
{
    QCOMPARE(HandOverReport::escaped(u"a|b"_s), u"a\\|b"_s);
    QCOMPARE(HandOverReport::escaped(u"one\ntwo\r\nthree"_s), u"one two three"_s);
    QCOMPARE(HandOverReport::escaped(u"**bold** _it_ `code` [link](x) <b> &amp; \\"_s),
             u"\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> \\&amp; \\\\"_s);
    QCOMPARE(HandOverReport::escaped(QString()), u"—"_s);

    HandOverReport report = busyNight();
    report.rows[2].health.reasons = {u"pipe | in\nreason"_s};
    report.entries[2].comment = u"Restarted | the\nstuck one"_s;
    const QString md = report.toMarkdown(now());
    const QString attention = sectionOf(md, u"Needs attention now"_s);
    QVERIFY2(attention.contains(u"| order-service (production) | pipe \\| in reason | "_s),
             qPrintable(attention));
    // Every table line still has its five columns' six bars (escaped bars do not count).
    for (const QString &line : attention.trimmed().split(u'\n'))
        QCOMPARE(QString(line).remove(u"\\|"_s).count(u'|'), 6);
    QVERIFY(sectionOf(md, u"What was done"_s).contains(u"Requested · “Restarted \\| the stuck one”\n"_s));
}

void TestHandOverReport::anEmptyShiftSaysNothingInEverySection()
{
    HandOverReport report;
    report.profile = u"local"_s;
    report.region = u"cn-hangzhou"_s;
    report.from = at(27, 20);
    report.to = now();
    const QString md = report.toMarkdown(now());
    for (const QString &heading : {u"Needs attention now"_s, u"Waiting for sign-off"_s, u"Changing"_s,
                                   u"What happened"_s, u"What was done"_s})
        QCOMPARE(sectionOf(md, heading), u"Nothing.\n\n"_s);
    QVERIFY(md.contains(u"- **Summary:** 0 of 0 application(s) need someone; 0 change(s) wait for sign-off; "
                        "0 action(s) taken\n"_s));
}

QTEST_GUILESS_MAIN(TestHandOverReport)
#include "tst_handoverreport.moc"
