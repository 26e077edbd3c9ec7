#include "core/releaserecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);

const JournalEntry::Who s_alice{u"prod-shenzhen"_s, u"LTAI5tAlice"_s, u"alice"_s};
const JournalEntry::Who s_bob{u"prod-shenzhen"_s, u"LTAI5tBob"_s, u"bob"_s};
const JournalEntry::Where s_orderService{u"cn-shenzhen"_s, u"cn-shenzhen:production"_s, u"production"_s,
                                         u"app-order"_s,   u"order-service"_s,          {}};

JournalEntry accepted(const JournalEntry &requested, int afterSeconds, const QString &requestId,
                      const QString &changeOrderId)
{
    JournalEntry entry =
        requested.followUp(JournalEntry::Outcome::Accepted, requested.time.addSecs(afterSeconds));
    entry.requestId = requestId;
    entry.changeOrderId = changeOrderId;
    return entry;
}

QJsonObject deployEvidence()
{
    return QJsonObject{
        {u"changes"_s, QJsonArray{QJsonObject{{u"field"_s, u"Image"_s},
                                              {u"before"_s, u"registry/order-service:5.2.7"_s},
                                              {u"after"_s, u"registry/order-service:5.2.8"_s}},
                                  QJsonObject{{u"field"_s, u"Environment FEATURE_FLAGS"_s},
                                              {u"before"_s, u"a|b"_s},
                                              {u"after"_s, u"a|b|c\nd"_s}}}},
        {u"batches"_s,
         QJsonArray{
             QJsonObject{{u"instances"_s, 1}, {u"gray"_s, true}, {u"waitsForConfirmation"_s, true}},
             QJsonObject{{u"instances"_s, 2}, {u"gray"_s, false}, {u"waitsForConfirmation"_s, true}},
             QJsonObject{{u"instances"_s, 2}, {u"gray"_s, false}, {u"waitsForConfirmation"_s, false}}}},
        {u"consequence"_s, u"2 of 5 instances restart at a time; at least 3 stay ready."_s},
    };
}

QJsonObject signOffEvidence()
{
    return QJsonObject{
        {u"windowMinutes"_s, 10},
        {u"from"_s, u"2026-11-27T03:00:00Z"_s},
        {u"to"_s, u"2026-11-27T03:10:00Z"_s},
        {u"batch"_s, QJsonObject{{u"instanceIds"_s, QJsonArray{u"order-gray-1"_s}},
                                 {u"instances"_s, 1},
                                 {u"ready"_s, 1},
                                 {u"restarts"_s, 0},
                                 {u"cpuPercent"_s, 31.5},
                                 {u"memoryPercent"_s, 40.1},
                                 {u"rtMs"_s, 120.3}}},
        {u"rest"_s, QJsonObject{{u"instances"_s, 4},
                                {u"ready"_s, 4},
                                {u"restarts"_s, 1},
                                {u"cpuPercent"_s, 28},
                                {u"memoryPercent"_s, 38.26}}},
    };
}

ChangeOrder grayAndTwoBatches()
{
    ChangeOrder order;
    order.changeOrderId = u"co-1"_s;
    order.appId = u"app-order"_s;
    order.appName = u"order-service"_s;
    order.coTypeCode = u"CoDeploy"_s;
    order.description = u"Release 5.2.8"_s;
    order.status = ChangeOrderStatus::Aborted;
    order.errorMessage = u"Stopped by a person and rolled back."_s;
    order.createdAt = s_start.addSecs(2);
    order.finishedAt = s_start.addSecs(1300);
    Pipeline gray{
        u"co-1-p0"_s,         u"Batch 1 Change"_s, ChangeOrderStatus::Succeeded, 1, true, s_start.addSecs(5),
        s_start.addSecs(300), u"deployed"_s,       {u"order-gray-1"_s}};
    Pipeline second{
        u"co-1-p1"_s,         u"Batch 2 Change"_s,   ChangeOrderStatus::Aborted,          2, false,
        s_start.addSecs(700), s_start.addSecs(1200), u"instance order-b2 | restarting"_s, {}};
    Pipeline third{u"co-1-p2"_s, u"Batch 3 Change"_s, ChangeOrderStatus::Preparing, 2, false, {}, {}, {}, {}};
    order.pipelines = {gray, second, third};
    order.currentPipeline = 1;
    return order;
}

struct Journal
{
    QList<JournalEntry> all;
    QList<JournalEntry> aboutCo1;
};

Journal journal()
{
    Journal result;
    JournalEntry deploy = JournalEntry::requested(
        JournalAction::deploy, s_alice, s_orderService,
        QJsonObject{{u"ImageUrl"_s, u"registry/order-service:5.2.8"_s}, {u"MinReadyInstances"_s, 3}},
        s_start);
    deploy.evidence = deployEvidence();
    deploy.comment = u"Release 5.2.8"_s;
    const JournalEntry deployAccepted = accepted(deploy, 2, u"REQ-DEPLOY"_s, u"co-1"_s);

    // Another application's rescale, in between.
    JournalEntry::Where cart = s_orderService;
    cart.appId = u"app-cart"_s;
    cart.appName = u"cart"_s;
    const JournalEntry rescale = JournalEntry::requested(JournalAction::rescale, s_bob, cart,
                                                         {{u"Replicas"_s, 3}}, s_start.addSecs(1));
    const JournalEntry rescaleAccepted = accepted(rescale, 2, u"REQ-RESCALE"_s, u"co-9"_s);

    JournalEntry confirm = JournalEntry::requested(
        JournalAction::confirmBatch, s_bob, s_orderService,
        QJsonObject{{u"PipelineId"_s, u"co-1-p0"_s}, {u"Confirm"_s, true}}, s_start.addSecs(600));
    confirm.changeOrderId = u"co-1"_s;
    confirm.comment = u"Gray looks healthy.\nRT is flat."_s;
    confirm.evidence = signOffEvidence();
    const JournalEntry confirmAccepted = accepted(confirm, 1, u"REQ-CONFIRM"_s, u"co-1"_s);

    JournalEntry stop =
        JournalEntry::requested(JournalAction::abortAndRollback, s_alice, s_orderService,
                                QJsonObject{{u"ChangeOrderId"_s, u"co-1"_s}}, s_start.addSecs(1250));
    stop.changeOrderId = u"co-1"_s;
    stop.comment = u"Batch 2 keeps restarting"_s;
    const JournalEntry stopAccepted = accepted(stop, 1, u"REQ-ROLLBACK"_s, u"co-2"_s);
    JournalEntry stopSucceeded =
        stopAccepted.followUp(JournalEntry::Outcome::Succeeded, s_start.addSecs(1500));

    // The same application, an older change order.
    JournalEntry older = JournalEntry::requested(JournalAction::restartApplication, s_alice, s_orderService,
                                                 {}, s_start.addSecs(-3600));
    const JournalEntry olderAccepted = accepted(older, 1, u"REQ-OLD"_s, u"co-0"_s);

    // Append order is not quite time order (two consoles may share a journal).
    result.all = {older,   olderAccepted,   deploy,       rescale, rescaleAccepted, deployAccepted,
                  confirm, confirmAccepted, stopAccepted, stop,    stopSucceeded};
    result.aboutCo1 = {deploy, deployAccepted, confirm, confirmAccepted, stop, stopAccepted, stopSucceeded};
    return result;
}

ReleaseRecord record()
{
    ReleaseRecord record;
    record.order = grayAndTwoBatches();
    record.entries = ReleaseRecord::entriesFor(journal().all, record.order.changeOrderId);
    return record;
}

} // namespace

class TestReleaseRecord final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entriesForPicksTheOperationsNamingTheOrder();
    void entriesForTheRollbackOrder();
    void factsAndRequest();
    void planAndChanges();
    void batches();
    void signOffs();
    void outcomeNamesTheRollbackOrder();
    void journalLines();
    void withoutJournal();
    void tableCellsAreEscaped_data();
    void tableCellsAreEscaped();
    void freeTextStaysText();
};

void TestReleaseRecord::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestReleaseRecord::entriesForPicksTheOperationsNamingTheOrder()
{
    const Journal all = journal();
    const QList<JournalEntry> found = ReleaseRecord::entriesFor(all.all, u"co-1"_s);
    QCOMPARE(found.size(), all.aboutCo1.size());
    for (qsizetype i = 0; i < found.size(); ++i)
        QCOMPARE(found.at(i).id, all.aboutCo1.at(i).id);
    QVERIFY(ReleaseRecord::entriesFor(all.all, QString()).isEmpty());
    QVERIFY(ReleaseRecord::entriesFor(all.all, u"co-404"_s).isEmpty());
}

void TestReleaseRecord::entriesForTheRollbackOrder()
{
    // The rollback order's lines: the whole abort-and-rollback operation, whose "requested" names co-1.
    const QList<JournalEntry> found = ReleaseRecord::entriesFor(journal().all, u"co-2"_s);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).what, u"abort-and-rollback"_s);
    QCOMPARE(found.at(0).outcome, JournalEntry::Outcome::Requested);
    QCOMPARE(found.at(0).changeOrderId, u"co-1"_s);
    QCOMPARE(found.at(1).changeOrderId, u"co-2"_s);
    QCOMPARE(found.at(2).outcome, JournalEntry::Outcome::Succeeded);

    ReleaseRecord rollback;
    rollback.order.changeOrderId = u"co-2"_s;
    rollback.order.appId = u"app-order"_s;
    rollback.order.appName = u"order-service"_s;
    rollback.order.coTypeCode = u"CoRollback"_s;
    rollback.order.status = ChangeOrderStatus::Succeeded;
    rollback.entries = found;
    const QString markdown = rollback.toMarkdown();
    // It is the rollback's request, not a sign-off of it.
    QVERIFY2(markdown.contains(
                 u"## Requested\n\n- **Who:** alice (profile prod-shenzhen, AccessKey ID LTAI5tAlice)\n"
                 u"- **When:** 2026-11-27 03:20:50 UTC\n- **Action:** abort-and-rollback\n"_s),
             qPrintable(markdown));
    QVERIFY(markdown.contains(u"## Sign-offs\n\nNo sign-offs were recorded.\n"_s));
    QVERIFY(!markdown.contains(u"Rolled back by"_s));
}

void TestReleaseRecord::factsAndRequest()
{
    const QString markdown = record().toMarkdown();
    QVERIFY2(markdown.startsWith(u"# Release record: order-service · Deploy\n\n"
                                 u"- **Application:** order-service (app-order)\n"
                                 u"- **Namespace:** production (cn-shenzhen:production)\n"
                                 u"- **Region:** cn-shenzhen\n"
                                 u"- **Change order:** co-1\n"
                                 u"- **Type:** Deploy\n"
                                 u"- **Status:** Stopped\n"
                                 u"- **Created:** 2026-11-27 03:00:02 UTC\n"
                                 u"- **Finished:** 2026-11-27 03:21:40 UTC\n"
                                 u"- **Description:** Release 5.2.8\n\n"_s),
             qPrintable(markdown));
    QVERIFY(markdown.contains(u"## Requested\n\n"
                              u"- **Who:** alice (profile prod-shenzhen, AccessKey ID LTAI5tAlice)\n"
                              u"- **When:** 2026-11-27 03:00:00 UTC\n"
                              u"- **Action:** deploy\n"
                              u"- **Outcome:** Accepted (RequestId REQ-DEPLOY)\n\n"
                              u"| Parameter | Value |\n| --- | --- |\n"
                              u"| ImageUrl | registry/order-service:5.2.8 |\n"
                              u"| MinReadyInstances | 3 |\n\n"_s));
}

void TestReleaseRecord::planAndChanges()
{
    const QString markdown = record().toMarkdown();
    QVERIFY2(markdown.contains(u"## Plan\n\n| Batch | Instances | Then |\n| --- | --- | --- |\n"
                               u"| 1 (gray) | 1 | Waits for confirmation |\n"
                               u"| 2 | 2 | Waits for confirmation |\n"
                               u"| 3 | 2 | Continues |\n\n"
                               u"2 of 5 instances restart at a time; at least 3 stay ready.\n\n"_s),
             qPrintable(markdown));
    QVERIFY(markdown.contains(u"## Changes\n\n| Field | Before | After |\n| --- | --- | --- |\n"
                              u"| Image | registry/order-service:5.2.7 | registry/order-service:5.2.8 |\n"
                              u"| Environment FEATURE_FLAGS | a\\|b | a\\|b\\|c d |\n\n"_s));
}

void TestReleaseRecord::batches()
{
    const QString markdown = record().toMarkdown();
    QVERIFY2(
        markdown.contains(u"## Batches\n\n| Batch | Instances | Status | Started | Updated | Message |\n"
                          u"| --- | --- | --- | --- | --- | --- |\n"
                          u"| 1 (gray) | 1 | Succeeded | 2026-11-27 03:00:05 UTC | 2026-11-27 03:05:00 UTC "
                          u"| deployed |\n"
                          u"| 2 | 2 | Stopped | 2026-11-27 03:11:40 UTC | 2026-11-27 03:20:00 UTC "
                          u"| instance order-b2 \\| restarting |\n"
                          u"| 3 | 2 | Preparing | — | — | — |\n\n"_s),
        qPrintable(markdown));
}

void TestReleaseRecord::signOffs()
{
    const QString markdown = record().toMarkdown();
    QVERIFY2(markdown.contains(
                 u"## Sign-offs\n\n"
                 u"### Continue · 2026-11-27 03:10:00 UTC\n\n"
                 u"- **Decision:** Continue\n"
                 u"- **Person:** bob (profile prod-shenzhen, AccessKey ID LTAI5tBob)\n"
                 u"- **Time:** 2026-11-27 03:10:00 UTC\n"
                 u"- **Pipeline:** co-1-p0, batch 1 (gray) of 3\n"
                 u"- **Outcome:** Accepted (RequestId REQ-CONFIRM)\n\n"
                 u"> Gray looks healthy.  \n> RT is flat.\n\n"
                 u"Metrics shown, over 10 min from 2026-11-27 03:00:00 UTC to 2026-11-27 03:10:00 UTC:\n\n"
                 u"| Metric | This batch (1) | The rest (4) |\n| --- | --- | --- |\n"
                 u"| CPU | 31.5 % | 28.0 % |\n"
                 u"| Memory | 40.1 % | 38.3 % |\n"
                 u"| RT | 120.3 ms | — |\n"
                 u"| Restarts | 0 | 1 |\n"
                 u"| Ready | 1 of 1 | 4 of 4 |\n\n"
                 u"Instances of this batch: order-gray-1\n\n"_s),
             qPrintable(markdown));
    QVERIFY(
        markdown.contains(u"### Stop and roll back · 2026-11-27 03:20:50 UTC\n\n"
                          u"- **Decision:** Stop and roll back\n"
                          u"- **Person:** alice (profile prod-shenzhen, AccessKey ID LTAI5tAlice)\n"
                          u"- **Time:** 2026-11-27 03:20:50 UTC\n"
                          u"- **Outcome:** Accepted (RequestId REQ-ROLLBACK); rollback change order co-2\n\n"
                          u"> Batch 2 keeps restarting\n\n"_s));
    // A stop by ConfirmPipelineBatch(false), refused by the platform.
    ReleaseRecord stopped = record();
    JournalEntry stop = JournalEntry::requested(
        JournalAction::confirmBatch, s_bob, s_orderService,
        QJsonObject{{u"PipelineId"_s, u"co-1-p1"_s}, {u"Confirm"_s, false}}, s_start.addSecs(1210));
    stop.changeOrderId = u"co-1"_s;
    stop.comment = u"no"_s;
    JournalEntry refused = stop.followUp(JournalEntry::Outcome::Failed, s_start.addSecs(1211));
    refused.errorCode = u"Pipeline.NotWaiting"_s;
    refused.errorMessage = u"The batch does not wait."_s;
    refused.requestId = u"REQ-REFUSED"_s;
    stopped.entries =
        ReleaseRecord::entriesFor(journal().all + QList<JournalEntry>{stop, refused}, u"co-1"_s);
    const QString withStop = stopped.toMarkdown();
    QVERIFY2(withStop.contains(u"### Stop · 2026-11-27 03:20:10 UTC\n\n- **Decision:** Stop\n"_s),
             qPrintable(withStop));
    QVERIFY(withStop.contains(u"- **Pipeline:** co-1-p1, batch 2 of 3\n- **Outcome:** Refused "
                              u"(Pipeline.NotWaiting): The batch does "
                              u"not wait. (RequestId REQ-REFUSED)\n\n> no\n\n"_s));
}

void TestReleaseRecord::outcomeNamesTheRollbackOrder()
{
    const QString markdown = record().toMarkdown();
    QVERIFY2(markdown.contains(u"## Outcome\n\n- **Final status:** Stopped\n"
                               u"- **Error:** Stopped by a person and rolled back.\n"
                               u"- **Rolled back by:** change order co-2\n"
                               u"- **Finished:** 2026-11-27 03:21:40 UTC\n\n"_s),
             qPrintable(markdown));
}

void TestReleaseRecord::journalLines()
{
    const QString markdown = record().toMarkdown();
    QVERIFY2(markdown.endsWith(
                 u"## Journal\n\n| Time | Action | Outcome | RequestId | ChangeOrderId |\n"
                 u"| --- | --- | --- | --- | --- |\n"
                 u"| 2026-11-27 03:00:00 UTC | deploy | requested | — | — |\n"
                 u"| 2026-11-27 03:00:02 UTC | deploy | accepted | REQ-DEPLOY | co-1 |\n"
                 u"| 2026-11-27 03:10:00 UTC | confirm-batch | requested | — | co-1 |\n"
                 u"| 2026-11-27 03:10:01 UTC | confirm-batch | accepted | REQ-CONFIRM | co-1 |\n"
                 u"| 2026-11-27 03:20:50 UTC | abort-and-rollback | requested | — | co-1 |\n"
                 u"| 2026-11-27 03:20:51 UTC | abort-and-rollback | accepted | REQ-ROLLBACK | co-2 |\n"
                 u"| 2026-11-27 03:25:00 UTC | abort-and-rollback | succeeded | REQ-ROLLBACK | co-2 |\n"_s),
             qPrintable(markdown));
    QVERIFY(!markdown.contains(u"REQ-RESCALE"_s));
    QVERIFY(!markdown.contains(u"REQ-OLD"_s));
}

void TestReleaseRecord::withoutJournal()
{
    ReleaseRecord bare;
    bare.order.changeOrderId = u"co-7"_s;
    bare.order.appId = u"app-x"_s;
    bare.order.coTypeCode = u"CoRestartApplication"_s;
    bare.order.status = ChangeOrderStatus::Succeeded;
    const QString markdown = bare.toMarkdown();
    QCOMPARE(markdown, u"# Release record: app-x · Restart\n\n"
                       u"- **Application:** app-x\n"
                       u"- **Change order:** co-7\n"
                       u"- **Type:** Restart\n"
                       u"- **Status:** Succeeded\n\n"
                       u"## Sign-offs\n\nNo sign-offs were recorded.\n\n"
                       u"## Outcome\n\n- **Final status:** Succeeded\n\n"_s);
}

void TestReleaseRecord::tableCellsAreEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << u"5.2.8"_s << u"5.2.8"_s;
    QTest::newRow("empty") << QString() << u"—"_s;
    QTest::newRow("pipe") << u"a|b"_s << u"a\\|b"_s;
    QTest::newRow("backslash") << u"C:\\x|"_s << u"C:\\\\x\\|"_s;
    QTest::newRow("newlines") << u"one\ntwo\r\nthree\rfour"_s << u"one two three four"_s;
    QTest::newRow("html") << u"<b>x</b>"_s << u"\\<b>x\\</b>"_s;
}

void TestReleaseRecord::tableCellsAreEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(ReleaseRecord::tableCell(text), cell);
}

void TestReleaseRecord::freeTextStaysText()
{
    ReleaseRecord escaped = record();
    escaped.order.description = u"<img src=x> and C:\\path\nsecond line"_s;
    escaped.order.errorMessage = u"# not a heading"_s;
    for (JournalEntry &entry : escaped.entries) {
        if (entry.what == JournalAction::confirmBatch && entry.outcome == JournalEntry::Outcome::Requested)
            entry.comment = u"# Looks fine\n- no restarts\n2. RT flat\n> quoted\nplain <b>"_s;
    }
    const QString markdown = escaped.toMarkdown();
    QVERIFY2(markdown.contains(u"- **Description:** \\<img src=x> and C:\\\\path second line\n"_s),
             qPrintable(markdown));
    QVERIFY(markdown.contains(u"- **Error:** # not a heading\n"_s)); // inside a list item: no heading
    QVERIFY(markdown.contains(u"> \\# Looks fine  \n> \\- no restarts  \n> 2\\. RT flat  \n> \\> quoted  \n"
                              u"> plain \\<b>\n\n"_s));
}

QTEST_GUILESS_MAIN(TestReleaseRecord)
#include "tst_releaserecord.moc"
