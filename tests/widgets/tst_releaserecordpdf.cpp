#include "core/releaserecord.h"
#include "widgets/releaserecordpdf.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

QString sampleMarkdown(int batches)
{
    QString markdown =
        u"# Release record: order-service · Deploy\n\n"
        u"- **Application:** order-service (app-order)\n"
        u"- **Change order:** co-1\n\n"
        u"## Batches\n\n| Batch | Instances | Status | Message |\n| --- | --- | --- | --- |\n"_s;
    for (int i = 1; i <= batches; ++i)
        markdown += u"| %1 | 2 | Succeeded | deployed \\| ok |\n"_s.arg(i);
    markdown += u"\n## Sign-offs\n\n> Gray looks healthy.\n"_s;
    return markdown;
}

/// A record as the console builds it: a gray release, a sign-off with its metrics, a stop and rollback.
ReleaseRecord realRecord()
{
    const QDateTime start(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
    const JournalEntry::Who alice{u"prod-shenzhen"_s, u"LTAI5tAlice"_s, u"alice"_s};
    const JournalEntry::Where where{u"cn-shenzhen"_s, u"cn-shenzhen:production"_s, u"production"_s,
                                    u"app-order"_s,   u"order-service"_s,          {}};
    JournalEntry deploy = JournalEntry::requested(
        JournalAction::deploy, alice, where,
        QJsonObject{{u"ImageUrl"_s, u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:5.2.8"_s},
                    {u"MinReadyInstances"_s, 3},
                    {u"UpdateStrategy"_s, u"{\"type\":\"GrayBatchUpdate\",\"batchUpdate\":{\"batch\":2,"
                                          u"\"releaseType\":\"manual\"},\"grayUpdate\":{\"gray\":1}}"_s}},
        start);
    deploy.evidence = QJsonObject{
        {u"changes"_s,
         QJsonArray{
             QJsonObject{{u"field"_s, u"Image"_s},
                         {u"before"_s, u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:5.2.7"_s},
                         {u"after"_s, u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:5.2.8"_s}},
             QJsonObject{{u"field"_s, u"Environment LOG_LEVEL"_s},
                         {u"before"_s, u"info"_s},
                         {u"after"_s, u"debug"_s}}}},
        {u"batches"_s,
         QJsonArray{QJsonObject{{u"instances"_s, 1}, {u"gray"_s, true}, {u"waitsForConfirmation"_s, true}},
                    QJsonObject{{u"instances"_s, 2}, {u"waitsForConfirmation"_s, true}},
                    QJsonObject{{u"instances"_s, 2}, {u"waitsForConfirmation"_s, true}}}},
        {u"consequence"_s, u"2 of 5 instances restart at a time; at least 3 stay ready."_s}};
    JournalEntry accepted = deploy.followUp(JournalEntry::Outcome::Accepted, start.addSecs(1));
    accepted.requestId = u"91F93257-7A4A-4BD3-9A7E-2F6EAE6D1234"_s;
    accepted.changeOrderId = u"ba386059-69b1-4e65-b1e5-0682d9fa4f9c"_s;
    JournalEntry confirm = JournalEntry::requested(
        JournalAction::confirmBatch, alice, where,
        QJsonObject{{u"PipelineId"_s, u"p0"_s}, {u"Confirm"_s, true}}, start.addSecs(600));
    confirm.changeOrderId = accepted.changeOrderId;
    confirm.comment = u"Gray instance healthy for 10 minutes; RT flat, no restarts.\nGo ahead."_s;
    confirm.evidence =
        QJsonObject{{u"windowMinutes"_s, 10},
                    {u"from"_s, u"2026-11-27T03:00:00Z"_s},
                    {u"to"_s, u"2026-11-27T03:10:00Z"_s},
                    {u"batch"_s, QJsonObject{{u"instanceIds"_s, QJsonArray{u"order-service-7d9f-x2k4q"_s}},
                                             {u"instances"_s, 1},
                                             {u"ready"_s, 1},
                                             {u"restarts"_s, 0},
                                             {u"cpuPercent"_s, 31.5},
                                             {u"memoryPercent"_s, 40.1},
                                             {u"rtMs"_s, 120.3}}},
                    {u"rest"_s, QJsonObject{{u"instances"_s, 4},
                                            {u"ready"_s, 4},
                                            {u"restarts"_s, 0},
                                            {u"cpuPercent"_s, 29.0},
                                            {u"memoryPercent"_s, 39.2},
                                            {u"rtMs"_s, 118.9}}}};
    JournalEntry confirmed = confirm.followUp(JournalEntry::Outcome::Accepted, start.addSecs(601));
    confirmed.requestId = u"0C1D2E3F-4A5B-4C6D-8E7F-0123456789AB"_s;

    ReleaseRecord record;
    record.order.changeOrderId = accepted.changeOrderId;
    record.order.appId = u"app-order"_s;
    record.order.appName = u"order-service"_s;
    record.order.coTypeCode = u"CoDeploy"_s;
    record.order.description = u"Release 5.2.8: faster checkout"_s;
    record.order.status = ChangeOrderStatus::Succeeded;
    record.order.createdAt = start.addSecs(1);
    record.order.finishedAt = start.addSecs(1500);
    record.order.pipelines = {{u"p0"_s,
                               u"Batch 1 Change"_s,
                               ChangeOrderStatus::Succeeded,
                               1,
                               true,
                               start.addSecs(5),
                               start.addSecs(300),
                               u"deployed"_s,
                               {}},
                              {u"p1"_s,
                               u"Batch 2 Change"_s,
                               ChangeOrderStatus::Succeeded,
                               2,
                               false,
                               start.addSecs(602),
                               start.addSecs(900),
                               u"deployed"_s,
                               {}},
                              {u"p2"_s,
                               u"Batch 3 Change"_s,
                               ChangeOrderStatus::Succeeded,
                               2,
                               false,
                               start.addSecs(1000),
                               start.addSecs(1500),
                               u"deployed"_s,
                               {}}};
    record.entries =
        ReleaseRecord::entriesFor({deploy, accepted, confirm, confirmed}, record.order.changeOrderId);
    return record;
}

} // namespace

class TestReleaseRecordPdf final : public QObject
{
    Q_OBJECT

private slots:
    void writesAPdf();
    void longRecordsTakeSeveralPages();
    void rendersAPage();
    void unwritablePathIsAnError();
    void realRecordFitsItsPages();
    void escapedTextReadsAsWritten();
};

void TestReleaseRecordPdf::writesAPdf()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"co-1.pdf"_s);
    QString error;
    QVERIFY2(ReleaseRecordPdf::write(sampleMarkdown(3), u"Release record co-1"_s, path, &error),
             qPrintable(error));
    QVERIFY(error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY2(pdf.size() > 1024, QByteArray::number(pdf.size()).constData());
    QVERIFY(pdf.contains("/Count 1")); // one page
}

void TestReleaseRecordPdf::longRecordsTakeSeveralPages()
{
    QCOMPARE(ReleaseRecordPdf::pageCount(sampleMarkdown(3)), 1);
    const int pages = ReleaseRecordPdf::pageCount(sampleMarkdown(200));
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QTemporaryDir directory;
    const QString path = directory.filePath(u"long.pdf"_s);
    QString error;
    QVERIFY(ReleaseRecordPdf::write(sampleMarkdown(200), u"Long"_s, path, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray count = "/Count " + QByteArray::number(pages);
    QVERIFY(file.readAll().contains(count));
}

void TestReleaseRecordPdf::rendersAPage()
{
    const QImage page = ReleaseRecordPdf::renderPage(sampleMarkdown(3), 0, 96);
    QVERIFY(!page.isNull());
    QCOMPARE(page.size(), QSize(794, 1123)); // A4 at 96 dpi
    // Something is drawn, in dark ink on white paper.
    QCOMPARE(page.pixelColor(2, 2), QColor(Qt::white));
    bool ink = false;
    for (int y = 50; y < 200 && !ink; ++y) {
        for (int x = 50; x < 700 && !ink; ++x)
            ink = page.pixelColor(x, y).lightness() < 100;
    }
    QVERIFY(ink);
    QCOMPARE(ReleaseRecordPdf::renderPage(sampleMarkdown(3), 0, 150).width(), 1240);
    QVERIFY(ReleaseRecordPdf::renderPage(sampleMarkdown(3), 1).isNull());
    QVERIFY(ReleaseRecordPdf::renderPage(sampleMarkdown(3), -1).isNull());
}

void TestReleaseRecordPdf::unwritablePathIsAnError()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"missing/folder/co-1.pdf"_s);
    QString error;
    QVERIFY(!ReleaseRecordPdf::write(sampleMarkdown(1), u"x"_s, path, &error));
    QVERIFY2(error.startsWith(u"Could not write "_s), qPrintable(error));
    QVERIFY(error.contains(u"co-1.pdf"_s));
    QVERIFY(!QFileInfo::exists(path));
}

void TestReleaseRecordPdf::realRecordFitsItsPages()
{
    const QString markdown = realRecord().toMarkdown();
    QVERIFY(markdown.contains(u"> Gray instance healthy for 10 minutes; RT flat, no restarts."_s));
    const int pages = ReleaseRecordPdf::pageCount(markdown);
    QVERIFY(pages >= 1);
    QTemporaryDir directory;
    QString error;
    QVERIFY2(ReleaseRecordPdf::write(markdown, u"Release record"_s, directory.filePath(u"r.pdf"_s), &error),
             qPrintable(error));
    for (int page = 0; page < pages; ++page) {
        const QImage image = ReleaseRecordPdf::renderPage(markdown, page, 110);
        QVERIFY(!image.isNull());
        // To look at the pages: OPSCONSOLE_SCREENSHOTS=/some/dir.
        if (const QString screenshots = qEnvironmentVariable("OPSCONSOLE_SCREENSHOTS");
            !screenshots.isEmpty())
            QVERIFY(image.save(u"%1/release-record-%2.png"_s.arg(screenshots).arg(page)));
    }
}

void TestReleaseRecordPdf::escapedTextReadsAsWritten()
{
    // What ReleaseRecord escapes comes out of the Markdown reader as the person wrote it.
    ReleaseRecord record = realRecord();
    record.order.description = u"<b>bold?</b> C:\\temp"_s;
    for (JournalEntry &entry : record.entries) {
        if (entry.what == JournalAction::confirmBatch && entry.outcome == JournalEntry::Outcome::Requested)
            entry.comment = u"# not a heading\n- not a list\n1. not numbered"_s;
    }
    QTextDocument document;
    document.setMarkdown(record.toMarkdown(), QTextDocument::MarkdownDialectGitHub);
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(u"Description: <b>bold?</b> C:\\temp"_s), qPrintable(text));
    QVERIFY(text.contains(u"# not a heading\n- not a list\n1. not numbered"_s));
}

QTEST_MAIN(TestReleaseRecordPdf)
#include "tst_releaserecordpdf.moc"
