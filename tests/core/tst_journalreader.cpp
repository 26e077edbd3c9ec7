#include "core/journalreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJournalReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips();
    void readsAnEmptyJournal();
    void aMissingFileIsAnEmptyJournal();
    void skipsATornLastLine_data();
    void skipsATornLastLine();
    void skipsGarbageInTheMiddle();
    void readsEntriesWithUnknownFields();
    void skipsAnOverlongLine();
    void readsALineOfTheLongestLengthAndNoLonger();
    void readsAFileLineByLine();
    void reportsAFileItCannotRead();
};

namespace {

JournalEntry entryNumber(int number)
{
    JournalEntry entry = JournalEntry::requested(
        JournalAction::rescale, {u"prod"_s, u"LTAI-example"_s, u"alice"_s},
        {u"cn-shenzhen"_s, u"cn-shenzhen:production"_s, u"Production"_s, u"app-1"_s, u"order-service"_s, {}},
        {{u"Replicas"_s, number}}, QDateTime(QDate(2026, 11, 23), QTime(4, 0), Qt::UTC).addSecs(number));
    // Stable ids, so that the same number makes an equal entry.
    entry.id = QUuid::createUuidV5(QUuid(), u"entry %1"_s.arg(number));
    entry.operationId = QUuid::createUuidV5(QUuid(), u"operation %1"_s.arg(number));
    return entry;
}

QByteArray linesOf(const QList<JournalEntry> &entries)
{
    QByteArray bytes;
    for (const JournalEntry &entry : entries)
        bytes += entry.toLine();
    return bytes;
}

} // namespace

void TestJournalReader::roundTrips()
{
    const QList<JournalEntry> entries{entryNumber(1), entryNumber(2), entryNumber(3)};
    const JournalReader::Result result = JournalReader::readBytes(linesOf(entries));
    QVERIFY(result.isOk());
    QCOMPARE(result.warnings, QList<JournalReader::Warning>());
    QCOMPARE(result.entries, entries);
}

void TestJournalReader::readsAnEmptyJournal()
{
    const JournalReader::Result result = JournalReader::readBytes({});
    QVERIFY(result.isOk());
    QVERIFY(result.entries.isEmpty());
    QVERIFY(result.warnings.isEmpty());
}

void TestJournalReader::aMissingFileIsAnEmptyJournal()
{
    QTemporaryDir folder;
    const JournalReader::Result result = JournalReader::readFile(folder.filePath(u"journal.jsonl"_s));
    QVERIFY(result.isOk());
    QVERIFY(result.entries.isEmpty());
    QVERIFY(result.warnings.isEmpty());
}

void TestJournalReader::skipsATornLastLine_data()
{
    QTest::addColumn<QByteArray>("tail");
    const QByteArray complete = entryNumber(3).toLine();
    QTest::newRow("cut inside the JSON") << complete.left(complete.size() / 2);
    QTest::newRow("cut before the newline") << complete.chopped(1); // valid JSON, but never confirmed
    QTest::newRow("one byte") << QByteArray("{");
    QTest::newRow("binary zeros") << QByteArray(37, '\0');
}

void TestJournalReader::skipsATornLastLine()
{
    QFETCH(QByteArray, tail);
    const QList<JournalEntry> complete{entryNumber(1), entryNumber(2)};
    const JournalReader::Result result = JournalReader::readBytes(linesOf(complete) + tail);
    QVERIFY(result.isOk());
    QCOMPARE(result.entries, complete);
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.at(0).line, 3);
    QVERIFY2(result.warnings.at(0).reason.startsWith(u"incomplete last line"_s),
             qPrintable(result.warnings.at(0).reason));
}

void TestJournalReader::skipsGarbageInTheMiddle()
{
    const QByteArray bytes = entryNumber(1).toLine() + "this is not JSON\n" + entryNumber(2).toLine()
                             + R"({"v":1,"what":"deploy"})" + "\n" + "\n" + entryNumber(3).toLine().chopped(9)
                             + entryNumber(4).toLine() + entryNumber(5).toLine();
    const JournalReader::Result result = JournalReader::readBytes(bytes);
    QVERIFY(result.isOk());
    QCOMPARE(result.entries, (QList<JournalEntry>{entryNumber(1), entryNumber(2), entryNumber(5)}));
    QCOMPARE(result.warnings.size(), 4);
    QCOMPARE(result.warnings.at(0).line, 2);
    QVERIFY2(result.warnings.at(0).reason.startsWith(u"not valid JSON ("_s),
             qPrintable(result.warnings.at(0).reason));
    QVERIFY(result.warnings.at(0).reason.endsWith(u"; skipped"_s));
    QCOMPARE(result.warnings.at(1), (JournalReader::Warning{4, u"id is missing or not a UUID; skipped"_s}));
    QCOMPARE(result.warnings.at(2), (JournalReader::Warning{5, u"empty line; skipped"_s}));
    // A torn line followed by a full one without a newline between: both are lost as one line,
    // which is why the writer starts a new line after a torn one.
    QCOMPARE(result.warnings.at(3).line, 6);
}

void TestJournalReader::readsEntriesWithUnknownFields()
{
    QByteArray line = entryNumber(1).toLine();
    line.insert(1, R"("signOff":{"approver":"carol","ticket":["OPS-1"]},)");
    const JournalReader::Result result = JournalReader::readBytes(line + entryNumber(2).toLine());
    QCOMPARE(result.warnings, QList<JournalReader::Warning>());
    QCOMPARE(result.entries, (QList<JournalEntry>{entryNumber(1), entryNumber(2)}));
}

void TestJournalReader::skipsAnOverlongLine()
{
    JournalEntry huge = entryNumber(2);
    huge.comment = QString(JournalEntry::maximumLineBytes, u'x');
    const QByteArray bytes = entryNumber(1).toLine() + huge.toLine() + entryNumber(3).toLine();
    const JournalReader::Result result = JournalReader::readBytes(bytes);
    QCOMPARE(result.entries, (QList<JournalEntry>{entryNumber(1), entryNumber(3)}));
    QCOMPARE(result.warnings, (QList<JournalReader::Warning>{{2, u"longer than 1048576 bytes; skipped"_s}}));

    // An overlong line at the end of the file, without a newline, costs only itself as well.
    const JournalReader::Result torn =
        JournalReader::readBytes(entryNumber(1).toLine() + huge.toLine().chopped(1));
    QCOMPARE(torn.entries, (QList<JournalEntry>{entryNumber(1)}));
    QCOMPARE(torn.warnings, (QList<JournalReader::Warning>{{2, u"longer than 1048576 bytes; skipped"_s}}));
}

void TestJournalReader::readsALineOfTheLongestLengthAndNoLonger()
{
    JournalEntry longest = entryNumber(2);
    const qsizetype withoutComment = longest.toLine().size();
    const qsizetype commentJson = QByteArray(R"(,"comment":"")").size();
    longest.comment = QString(JournalEntry::maximumLineBytes - withoutComment - commentJson, u'x');
    QCOMPARE(longest.toLine().size(), JournalEntry::maximumLineBytes);
    const JournalReader::Result result = JournalReader::readBytes(longest.toLine() + entryNumber(3).toLine());
    QCOMPARE(result.warnings, QList<JournalReader::Warning>());
    QCOMPARE(result.entries, (QList<JournalEntry>{longest, entryNumber(3)}));

    longest.comment += u'x';
    const JournalReader::Result oneMore =
        JournalReader::readBytes(longest.toLine() + entryNumber(3).toLine());
    QCOMPARE(oneMore.warnings, (QList<JournalReader::Warning>{{1, u"longer than 1048576 bytes; skipped"_s}}));
    QCOMPARE(oneMore.entries, (QList<JournalEntry>{entryNumber(3)}));
}

void TestJournalReader::readsAFileLineByLine()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"journal.jsonl"_s);
    QList<JournalEntry> entries;
    for (int i = 0; i < 2000; ++i)
        entries.append(entryNumber(i));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(linesOf(entries) + "{\"v\":1,\"id\":");
    file.close();
    const JournalReader::Result result = JournalReader::readFile(path);
    QVERIFY(result.isOk());
    QCOMPARE(result.entries.size(), 2000);
    QCOMPARE(result.entries.constFirst(), entries.constFirst());
    QCOMPARE(result.entries.constLast(), entries.constLast());
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.at(0).line, 2001);
}

void TestJournalReader::reportsAFileItCannotRead()
{
    QTemporaryDir folder;
    const JournalReader::Result result = JournalReader::readFile(folder.path()); // a folder, not a file
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.startsWith(u"Cannot open "_s + folder.path()), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestJournalReader)
#include "tst_journalreader.moc"
