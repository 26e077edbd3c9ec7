// FleetExporter writes real files: the fleet's CSV, and the hand-over's Markdown and PDF from a
// journal on disk, all without blocking; a file that cannot be written says which and why.

#include "fleetexporter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFleetExporter : public QObject
{
    Q_OBJECT

private slots:
    void csvIsWrittenWithItsBytes();
    void handOverHasTheShiftsJournalOnly();
    void anUnwritableCsvPathFailsWithThePath();
    void anUnwritableHandOverPathFailsWithThePath();

private:
    static FleetRow row();
    static HandOverReport report();
    static QByteArray readAll(const QString &path);
    /// A journal with one entry inside the last 12 hours and one 2 days ago.
    static QString writeJournal(const QTemporaryDir &dir);
};

FleetRow TestFleetExporter::row()
{
    FleetRow fleetRow;
    fleetRow.application.appId = u"app-o"_s;
    fleetRow.application.appName = u"订单服务"_s;
    fleetRow.application.namespaceId = u"cn-shenzhen:prod"_s;
    fleetRow.application.namespaceName = u"prod"_s;
    fleetRow.application.regionId = u"cn-shenzhen"_s;
    fleetRow.application.targetInstances = 6;
    fleetRow.application.runningInstances = 0;
    FleetHealth::Input input;
    input.targetInstances = 6;
    input.runningInstances = 0;
    fleetRow.health = FleetHealth::of(input, QDateTime::currentDateTimeUtc());
    fleetRow.checkedAt = QDateTime::currentDateTimeUtc();
    return fleetRow;
}

HandOverReport TestFleetExporter::report()
{
    HandOverReport handOver;
    handOver.profile = u"prod-shenzhen"_s;
    handOver.region = u"cn-shenzhen"_s;
    handOver.to = QDateTime::currentDateTimeUtc().addSecs(60);
    handOver.from = handOver.to.addSecs(-12 * 3600);
    handOver.rows = {row()};
    return handOver;
}

QByteArray TestFleetExporter::readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString TestFleetExporter::writeJournal(const QTemporaryDir &dir)
{
    const JournalEntry::Who who{u"prod-shenzhen"_s, u"LTAI5tAlice"_s, u"alice"_s};
    const JournalEntry::Where where{u"cn-shenzhen"_s, u"cn-shenzhen:prod"_s, u"prod"_s,
                                    u"app-o"_s,       u"order-service"_s,    {u"order-7f9"_s}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    JournalEntry inside = JournalEntry::requested(u"restart-instances"_s, who, where, {}, now.addSecs(-3600));
    inside.comment = u"restarted the stuck one"_s;
    JournalEntry outside = JournalEntry::requested(u"rescale"_s, who, where, {}, now.addDays(-2));
    outside.comment = u"long before the shift"_s;
    const QString path = dir.filePath(u"journal.jsonl"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(outside.toLine());
    file.write(inside.toLine());
    return path;
}

void TestFleetExporter::csvIsWrittenWithItsBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FleetExporter exporter;
    QSignalSpy exported(&exporter, &FleetExporter::exported);
    QSignalSpy failed(&exporter, &FleetExporter::failed);
    const QString path = dir.filePath(u"fleet.csv"_s);
    exporter.exportCsv({row()}, path);
    QCOMPARE(exported.size(), 0); // not before the event loop ran: nothing blocked
    QVERIFY(exported.wait(10000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(exported.at(0).at(0).toStringList(), QStringList{path});
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "Score,Severity,Application,AppId,"));
    QVERIFY2(
        bytes.contains(u"\r\n40,Critical,订单服务,app-o,prod,cn-shenzhen:prod,cn-shenzhen,0,6,"_s.toUtf8()),
        bytes.constData());
    QVERIFY(bytes.endsWith(",0\r\n"));
}

void TestFleetExporter::handOverHasTheShiftsJournalOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString journal = writeJournal(dir);
    QVERIFY(!journal.isEmpty());
    FleetExporter exporter;
    QSignalSpy exported(&exporter, &FleetExporter::exported);
    QSignalSpy failed(&exporter, &FleetExporter::failed);
    const QString base = dir.filePath(u"handover"_s);
    exporter.exportHandOver(report(), journal, base);
    QVERIFY(exported.wait(30000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(exported.at(0).at(0).toStringList(), (QStringList{base + u".md"_s, base + u".pdf"_s}));

    const QString markdown = QString::fromUtf8(readAll(base + u".md"_s));
    QVERIFY2(markdown.startsWith(u"# Hand-over — prod-shenzhen · cn-shenzhen\n"_s), qPrintable(markdown));
    QVERIFY2(
        markdown.contains(u" · alice · Restart instances · order-service (prod): order-7f9 · Requested · "
                          "“restarted the stuck one”\n"_s),
        qPrintable(markdown));
    QVERIFY(!markdown.contains(u"long before the shift"_s));
    QVERIFY(markdown.contains(u"| 40 | 订单服务 (prod) |"_s));
    QVERIFY(readAll(base + u".pdf"_s).startsWith("%PDF-"));
}

void TestFleetExporter::anUnwritableCsvPathFailsWithThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A directory under a regular file cannot be made, whoever runs the test (root too).
    const QString blocker = dir.filePath(u"not-a-directory"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + u"/fleet.csv"_s;
    FleetExporter exporter;
    QSignalSpy exported(&exporter, &FleetExporter::exported);
    QSignalSpy failed(&exporter, &FleetExporter::failed);
    exporter.exportCsv({row()}, path);
    QVERIFY(failed.wait(10000));
    QCOMPARE(exported.size(), 0);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.startsWith(u"Could not write %1: "_s.arg(path)), qPrintable(message));
    QVERIFY(message.size() > u"Could not write %1: "_s.arg(path).size()); // the system's reason
}

void TestFleetExporter::anUnwritableHandOverPathFailsWithThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString base = dir.filePath(u"missing/deeper/handover"_s);
    FleetExporter exporter;
    QSignalSpy exported(&exporter, &FleetExporter::exported);
    QSignalSpy failed(&exporter, &FleetExporter::failed);
    exporter.exportHandOver(report(), {}, base);
    QVERIFY(failed.wait(30000));
    QCOMPARE(exported.size(), 0);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.startsWith(u"Could not write %1.md: "_s.arg(base)), qPrintable(message));
    QVERIFY(!QFile::exists(base + u".pdf"_s));
}

QTEST_MAIN(TestFleetExporter)
#include "tst_fleetexporter.moc"
