#include "core/journalentry.h"
#include "core/journalreader.h"
#include "platform/journalwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestJournalWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesInOrderAndAnswersOnTheCallerThread();
    void createsTheFileForItsOwnerOnly();
    void reportsAPlaceItCannotWrite_data();
    void reportsAPlaceItCannotWrite();
    void keepsTheOrderAcrossAFailure();
    void startsANewLineAfterATornOne();
    void finishesPendingWritesWhenDestroyed();
    void defaultsToTheDataFolder();
    void losesNoConfirmedEntryWhenKilled();
};

namespace {

constexpr int generousTimeoutMs = 30000;

JournalEntry entryNumber(int number)
{
    return JournalEntry::requested(
        JournalAction::rescale, {u"prod"_s, u"LTAI-example"_s, u"alice"_s},
        {u"cn-shenzhen"_s, u"cn-shenzhen:production"_s, u"Production"_s, u"app-1"_s, u"order-service"_s, {}},
        {{u"sequence"_s, number}});
}

/// Every result of a writer, in arrival order: "written <id>" or "failed <id>: <message>".
class ResultLog
{
public:
    explicit ResultLog(JournalWriter *writer)
    {
        QObject::connect(writer, &JournalWriter::entryWritten, writer, [this](const QUuid &id) {
            threads.insert(QThread::currentThread());
            lines.append(u"written "_s + id.toString(QUuid::WithoutBraces));
        });
        QObject::connect(
            writer, &JournalWriter::writeFailed, writer, [this](const QUuid &id, const QString &message) {
                threads.insert(QThread::currentThread());
                lines.append(u"failed "_s + id.toString(QUuid::WithoutBraces) + u": "_s + message);
            });
    }

    QStringList lines;
    QSet<QThread *> threads;
};

QString written(const JournalEntry &entry)
{
    return u"written "_s + entry.id.toString(QUuid::WithoutBraces);
}

} // namespace

void TestJournalWriter::writesInOrderAndAnswersOnTheCallerThread()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"journal.jsonl"_s);
    JournalWriter writer(path);
    QCOMPARE(writer.path(), path);
    ResultLog log(&writer);
    QSignalSpy writtenSpy(&writer, &JournalWriter::entryWritten);

    QList<JournalEntry> entries;
    QStringList expected;
    for (int i = 0; i < 50; ++i) {
        entries.append(entryNumber(i));
        expected.append(written(entries.last()));
        writer.append(entries.last());
    }
    QCOMPARE(writer.pendingWrites(), 50);
    QCOMPARE(writtenSpy.count(), 0); // never synchronously: the I/O runs on the writer's thread
    QTRY_COMPARE_WITH_TIMEOUT(log.lines.size(), 50, generousTimeoutMs);
    QCOMPARE(log.lines, expected);
    QCOMPARE(log.threads, QSet<QThread *>{QThread::currentThread()});
    QCOMPARE(writer.pendingWrites(), 0);
    QCOMPARE(writtenSpy.at(0).at(0).value<QUuid>(), entries.at(0).id);

    const JournalReader::Result read = JournalReader::readFile(path);
    QCOMPARE(read.warnings, QList<JournalReader::Warning>());
    QCOMPARE(read.entries, entries);
}

void TestJournalWriter::createsTheFileForItsOwnerOnly()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"new/folder/journal.jsonl"_s);
    JournalWriter writer(path);
    QSignalSpy writtenSpy(&writer, &JournalWriter::entryWritten);
    writer.append(entryNumber(1));
    QTRY_COMPARE_WITH_TIMEOUT(writtenSpy.count(), 1, generousTimeoutMs);
    // 0600: nobody but the user reads who did what.
    QCOMPARE(QFileInfo(path).permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(JournalReader::readFile(path).entries.size(), 1);
}

void TestJournalWriter::reportsAPlaceItCannotWrite_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("folder is a file")
        << u"plain-file/journal.jsonl"_s << u"Cannot create the journal folder "_s;
    QTest::newRow("journal is a folder") << u"folder"_s << u"Cannot open the journal "_s;
}

void TestJournalWriter::reportsAPlaceItCannotWrite()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, messageStart);
    QTemporaryDir folder;
    QFile plainFile(folder.filePath(u"plain-file"_s));
    QVERIFY(plainFile.open(QIODevice::WriteOnly));
    plainFile.close();
    QVERIFY(QDir(folder.path()).mkdir(u"folder"_s));

    JournalWriter writer(folder.filePath(relativePath));
    QSignalSpy failedSpy(&writer, &JournalWriter::writeFailed);
    QSignalSpy writtenSpy(&writer, &JournalWriter::entryWritten);
    const JournalEntry entry = entryNumber(1);
    writer.append(entry);
    QTRY_COMPARE_WITH_TIMEOUT(failedSpy.count(), 1, generousTimeoutMs);
    QCOMPARE(failedSpy.at(0).at(0).value<QUuid>(), entry.id);
    const QString message = failedSpy.at(0).at(1).toString();
    QVERIFY2(message.startsWith(messageStart + folder.path()), qPrintable(message));
    QCOMPARE(writtenSpy.count(), 0);
    QCOMPARE(writer.pendingWrites(), 0);
}

void TestJournalWriter::keepsTheOrderAcrossAFailure()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"journal.jsonl"_s);
    JournalWriter writer(path);
    ResultLog log(&writer);
    JournalEntry tooLarge = entryNumber(2);
    tooLarge.comment = QString(JournalEntry::maximumLineBytes, u'x');
    const QList<JournalEntry> entries{entryNumber(1), tooLarge, entryNumber(3)};
    for (const JournalEntry &entry : entries)
        writer.append(entry);
    QTRY_COMPARE_WITH_TIMEOUT(log.lines.size(), 3, generousTimeoutMs);
    QCOMPARE(log.lines, (QStringList{written(entries.at(0)),
                                     u"failed "_s + tooLarge.id.toString(QUuid::WithoutBraces)
                                         + u": The journal entry is too large ("_s
                                         + QString::number(tooLarge.toLine().size()) + u" bytes)."_s,
                                     written(entries.at(2))}));
    const JournalReader::Result read = JournalReader::readFile(path);
    QCOMPARE(read.warnings, QList<JournalReader::Warning>());
    QCOMPARE(read.entries, (QList<JournalEntry>{entries.at(0), entries.at(2)}));
}

void TestJournalWriter::startsANewLineAfterATornOne()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"journal.jsonl"_s);
    const JournalEntry before = entryNumber(1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(before.toLine() + entryNumber(2).toLine().left(40)); // a crash in the middle of a line
    file.close();

    JournalWriter writer(path);
    QSignalSpy writtenSpy(&writer, &JournalWriter::entryWritten);
    const JournalEntry after = entryNumber(3);
    writer.append(after);
    QTRY_COMPARE_WITH_TIMEOUT(writtenSpy.count(), 1, generousTimeoutMs);

    const JournalReader::Result read = JournalReader::readFile(path);
    QCOMPARE(read.entries, (QList<JournalEntry>{before, after}));
    QCOMPARE(read.warnings.size(), 1);
    QCOMPARE(read.warnings.at(0).line, 2); // the torn line, now in the middle
}

void TestJournalWriter::finishesPendingWritesWhenDestroyed()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"journal.jsonl"_s);
    QList<JournalEntry> entries;
    {
        JournalWriter writer(path);
        for (int i = 0; i < 20; ++i) {
            entries.append(entryNumber(i));
            writer.append(entries.last());
        }
    }
    const JournalReader::Result read = JournalReader::readFile(path);
    QCOMPARE(read.warnings, QList<JournalReader::Warning>());
    QCOMPARE(read.entries, entries);
}

void TestJournalWriter::defaultsToTheDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!folder.isEmpty());
    QCOMPARE(JournalWriter::defaultPath(), folder + u"/journal.jsonl"_s);
    const JournalWriter writer;
    QCOMPARE(writer.path(), folder + u"/journal.jsonl"_s);
    QStandardPaths::setTestModeEnabled(false);
}

void TestJournalWriter::losesNoConfirmedEntryWhenKilled()
{
    constexpr int entriesToWrite = 1000;
    constexpr int confirmationsBeforeKill = 300;
    QTemporaryDir folder;
    const QString path = folder.filePath(u"journal.jsonl"_s);

    QProcess child;
    child.setProgram(QStringLiteral(JOURNAL_WRITER_CHILD_PATH));
    child.setArguments({path, QString::number(entriesToWrite)});
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList confirmed;
    QByteArray unfinishedLine;
    const auto collectConfirmations = [&child, &confirmed, &unfinishedLine] {
        unfinishedLine += child.readAllStandardOutput();
        qsizetype newline = 0;
        while ((newline = unfinishedLine.indexOf('\n')) >= 0) {
            confirmed.append(QString::fromLatin1(unfinishedLine.left(newline)));
            unfinishedLine.remove(0, newline + 1);
        }
    };
    connect(&child, &QProcess::readyReadStandardOutput, this, [&] {
        collectConfirmations();
        if (confirmed.size() >= confirmationsBeforeKill && child.state() == QProcess::Running)
            child.kill(); // SIGKILL: no handler, no flush, no destructor runs
    });
    child.start();
    QVERIFY(child.waitForStarted(generousTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(child.state(), QProcess::NotRunning, 120000);
    collectConfirmations(); // what the child printed just before it died
    QVERIFY2(
        child.exitStatus() == QProcess::CrashExit,
        qPrintable(u"the child ended by itself: "_s + QString::fromLocal8Bit(child.readAllStandardError())));
    QVERIFY(confirmed.size() >= confirmationsBeforeKill);

    // Every line but the last is complete, valid JSON.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QList<QByteArray> lines = bytes.split('\n');
    const QByteArray afterLastNewline = lines.takeLast(); // empty unless the kill tore a line
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        QVERIFY2(QJsonDocument::fromJson(lines.at(i), &error).isObject(),
                 qPrintable(u"line %1: %2"_s.arg(i + 1).arg(error.errorString())));
    }
    QVERIFY2(lines.size() < entriesToWrite,
             "the child wrote every entry before it was killed: not a crash test");

    // The reader gets every complete line, warns at most about a torn last one, and loses nothing
    // that the writer confirmed.
    const JournalReader::Result read = JournalReader::readFile(path);
    QVERIFY(read.isOk());
    QCOMPARE(read.entries.size(), lines.size());
    if (afterLastNewline.isEmpty()) {
        QCOMPARE(read.warnings, QList<JournalReader::Warning>());
    } else {
        QCOMPARE(read.warnings.size(), 1);
        QCOMPARE(read.warnings.at(0).line, lines.size() + 1);
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < read.entries.size(); ++i) {
        const JournalEntry &entry = read.entries.at(i);
        ids.insert(entry.id.toString(QUuid::WithoutBraces));
        QCOMPARE(entry.request.value(u"sequence"_s).toInt(-1), int(i)); // in order, none skipped
    }
    QCOMPARE(ids.size(), read.entries.size()); // no duplicates
    QVERIFY(read.entries.size() >= confirmed.size());
    for (const QString &id : std::as_const(confirmed))
        QVERIFY2(ids.contains(id), qPrintable(u"confirmed entry %1 is not in the journal"_s.arg(id)));
    qInfo("killed after %lld confirmations; %lld entries on disk%s", qlonglong(confirmed.size()),
          qlonglong(read.entries.size()), afterLastNewline.isEmpty() ? "" : ", and a torn last line");
}

QTEST_GUILESS_MAIN(TestJournalWriter)
#include "tst_journalwriter.moc"
