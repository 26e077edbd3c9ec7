// What a release record costs to export: a long release (20 batches, each signed off with the
// metrics that were on screen) in a journal of 10,000 lines of other operations. The record is
// picked out of the journal and written as Markdown (core), then laid out and written as PDF on
// the GUI thread (only the file writing goes to a worker); QBENCHMARK prints the times, nothing is
// asserted about them.

#include "core/releaserecord.h"
#include "widgets/releaserecordpdf.h"

#include <QApplication>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class BenchReleaseRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entriesForOfALongJournal();
    void markdown();
    void pdf();

private:
    ReleaseRecord m_record;
    QList<JournalEntry> m_journal;
};

void BenchReleaseRecord::initTestCase()
{
    const QDateTime start(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
    JournalEntry::Who who{u"Production"_s, u"LTAI5tExampleKey"_s, u"release.manager"_s};
    JournalEntry::Where where{u"cn-shenzhen"_s, u"cn-shenzhen:prod"_s, u"prod"_s,
                              u"app-1"_s,       u"order-service"_s,    {}};
    ChangeOrder order;
    order.changeOrderId = u"co-long"_s;
    order.appId = u"app-1"_s;
    order.appName = u"order-service"_s;
    order.coTypeCode = u"CoDeploy"_s;
    order.description = u"Release 5.3.0"_s;
    order.status = ChangeOrderStatus::Succeeded;
    order.createdAt = start;
    order.finishedAt = start.addSecs(20 * 600);
    for (int batch = 0; batch < 20; ++batch) {
        Pipeline pipeline{u"p-%1"_s.arg(batch),
                          u"Batch %1 Change"_s.arg(batch + 1),
                          ChangeOrderStatus::Succeeded,
                          5,
                          batch == 0,
                          start.addSecs(batch * 600),
                          start.addSecs(batch * 600 + 300),
                          {},
                          {}};
        order.pipelines.append(pipeline);
    }
    // Other operations first, then the release and its 19 sign-offs.
    for (int i = 0; i < 10000; ++i) {
        JournalEntry other = JournalEntry::requested(u"restart-application"_s, who, where,
                                                     {{u"AppId"_s, u"app-2"_s}}, start.addSecs(-i));
        other.changeOrderId = u"co-other-%1"_s.arg(i);
        m_journal.append(other);
    }
    JournalEntry deploy =
        JournalEntry::requested(u"deploy"_s, who, where, {{u"ImageUrl"_s, u"…:5.3.0"_s}}, start);
    deploy.evidence = {{u"changes"_s, QJsonArray{QJsonObject{{u"field"_s, u"Image"_s},
                                                             {u"before"_s, u"…:5.2.7"_s},
                                                             {u"after"_s, u"…:5.3.0"_s}}}}};
    m_journal.append(deploy);
    JournalEntry accepted = deploy.followUp(JournalEntry::Outcome::Accepted, start);
    accepted.changeOrderId = order.changeOrderId;
    accepted.requestId = u"REQ-1"_s;
    m_journal.append(accepted);
    for (int batch = 1; batch < 20; ++batch) {
        JournalEntry signOff = JournalEntry::requested(
            u"confirm-batch"_s, who, where, {{u"PipelineId"_s, u"p-%1"_s.arg(batch)}, {u"Confirm"_s, true}},
            start.addSecs(batch * 600 - 10));
        signOff.changeOrderId = order.changeOrderId;
        signOff.comment = u"Batch %1 looks like the rest: RT flat, no restarts."_s.arg(batch);
        const QJsonObject side{{u"instances"_s, 5},        {u"ready"_s, 5},
                               {u"restarts"_s, 0},         {u"cpuPercent"_s, 38.5},
                               {u"memoryPercent"_s, 55.1}, {u"rtMs"_s, 52.0}};
        signOff.evidence = {{u"windowMinutes"_s, 10}, {u"batch"_s, side}, {u"rest"_s, side}};
        m_journal.append(signOff);
        JournalEntry took = signOff.followUp(JournalEntry::Outcome::Accepted, signOff.time.addSecs(1));
        took.requestId = u"REQ-%1"_s.arg(batch + 1);
        m_journal.append(took);
    }
    m_record.order = order;
    m_record.entries = ReleaseRecord::entriesFor(m_journal, order.changeOrderId);
    QVERIFY(m_record.entries.size() == 40);
}

void BenchReleaseRecord::entriesForOfALongJournal()
{
    QList<JournalEntry> found;
    QBENCHMARK
    {
        found = ReleaseRecord::entriesFor(m_journal, m_record.order.changeOrderId);
    }
    QCOMPARE(found.size(), qsizetype(40));
}

void BenchReleaseRecord::markdown()
{
    QString markdown;
    QBENCHMARK
    {
        markdown = m_record.toMarkdown();
    }
    QVERIFY(markdown.contains(u"Batch 19 looks like the rest"_s));
}

void BenchReleaseRecord::pdf()
{
    const QString markdown = m_record.toMarkdown();
    QByteArray pdf;
    QBENCHMARK
    {
        pdf = ReleaseRecordPdf::toPdf(markdown, u"Release record"_s);
    }
    QVERIFY(pdf.startsWith("%PDF-"));
    qInfo("record: %d pages, %lld KiB of PDF", ReleaseRecordPdf::pageCount(markdown), pdf.size() / 1024);
}

QTEST_MAIN(BenchReleaseRecord)
#include "bench_releaserecord.moc"
