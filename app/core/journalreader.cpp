#include "journalreader.h"

#include <QBuffer>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

/// Reads and drops the rest of an overlong line; false when the device ended first.
bool skipRestOfLine(QIODevice *device)
{
    while (!device->atEnd()) {
        const QByteArray piece = device->readLine(JournalEntry::maximumLineBytes);
        if (piece.endsWith('\n'))
            return true;
        if (piece.isEmpty())
            return false;
    }
    return false;
}

} // namespace

JournalReader::Result JournalReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {}, u"Cannot open %1: %2"_s.arg(path, file.errorString())};
    Result result = readDevice(&file);
    if (result.isOk() && file.error() != QFileDevice::NoError)
        result.error = u"Cannot read %1: %2"_s.arg(path, file.errorString());
    return result;
}

JournalReader::Result JournalReader::readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(&buffer);
}

JournalReader::Result JournalReader::readDevice(QIODevice *device)
{
    Result result;
    qint64 lineNumber = 0;
    // One byte more than the longest line allowed, so that a line of exactly the limit still fits.
    const qint64 pieceLimit = JournalEntry::maximumLineBytes + 1;
    while (!device->atEnd()) {
        const QByteArray line = device->readLine(pieceLimit);
        if (line.isEmpty()) {
            if (!device->atEnd())
                result.error = u"Cannot read line %1: %2"_s.arg(lineNumber + 1).arg(device->errorString());
            break;
        }
        ++lineNumber;
        const bool complete = line.endsWith('\n');
        if (!complete && !device->atEnd()) {
            const bool ended = !skipRestOfLine(device);
            result.warnings.append(
                {lineNumber, u"longer than %1 bytes; skipped"_s.arg(JournalEntry::maximumLineBytes)});
            if (ended)
                break;
            continue;
        }
        if (line.size() > JournalEntry::maximumLineBytes) {
            result.warnings.append(
                {lineNumber, u"longer than %1 bytes; skipped"_s.arg(JournalEntry::maximumLineBytes)});
            continue;
        }
        if (!complete) {
            result.warnings.append({lineNumber,
                                    u"incomplete last line (no newline at the end of the file): an "
                                    u"interrupted write; skipped"_s});
            break;
        }
        if (line.trimmed().isEmpty()) {
            result.warnings.append({lineNumber, u"empty line; skipped"_s});
            continue;
        }
        std::variant<JournalEntry, QString> entry = JournalEntry::fromLine(line);
        if (auto *why = std::get_if<QString>(&entry)) {
            result.warnings.append({lineNumber, *why + u"; skipped"_s});
            continue;
        }
        result.entries.append(std::get<JournalEntry>(std::move(entry)));
    }
    return result;
}
