#pragma once

#include "core/journalentry.h"

#include <QList>
#include <QString>

class QIODevice;

/**
 * Reads the operations journal back: the entries of every valid line, and a warning for each line
 * that is not one. One bad line costs only itself: a torn last line (a write interrupted by a crash
 * or a full disk: no '\n' at the end of the file) and garbage in the middle are skipped, the lines
 * around them are read. Files are read line by line, so a long journal never sits in memory twice.
 *
 * Reading is synchronous file I/O: call it off the GUI thread (QtConcurrent::run).
 */
class JournalReader final
{
public:
    /// A line that is not an entry: where (1-based) and why.
    struct Warning
    {
        qint64 line = 0;
        QString reason;

        friend bool operator==(const Warning &, const Warning &) = default;
    };

    struct Result
    {
        QList<JournalEntry> entries; ///< in file order
        QList<Warning> warnings;
        QString error; ///< set when the file could not be read at all (entries read so far stay)

        bool isOk() const { return error.isEmpty(); }
    };

    /// Reads a journal file; a file that does not exist yet is an empty journal.
    static Result readFile(const QString &path);
    /// Reads from an open device until its end.
    static Result readDevice(QIODevice *device);
    static Result readBytes(const QByteArray &bytes);

    JournalReader() = delete;
};
