#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QUuid>

#include <optional>

struct JournalEntry;

/**
 * Appends events to the operations journal durably, off the GUI thread. Each entry becomes one
 * line, written with one write() to a file opened with O_APPEND, then fsync'd (and its directory
 * too when the file was just created); only then does entryWritten() say so. The UI reports an
 * operation's success only after that signal.
 *
 * Writes happen one at a time, in the order of append(), on a thread the writer owns. Results
 * arrive on the thread the writer lives in. A failure (full disk, unwritable folder) is a
 * writeFailed() with a message, never a crash; the next append() tries again. If the file ends in
 * a torn line (a crash mid-write), the next entry starts on a line of its own, so the torn line
 * costs only itself.
 *
 * Destroying the writer waits for the pending writes: entries confirmed by the user are not
 * dropped when the console quits.
 */
class JournalWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalWriter)

public:
    /// Writes to defaultPath().
    explicit JournalWriter(QObject *parent = nullptr);
    explicit JournalWriter(const QString &path, QObject *parent = nullptr);
    ~JournalWriter() override;

    /// `journal.jsonl` in the application's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    QString path() const { return m_path; }
    /// Entries appended whose entryWritten() or writeFailed() has not arrived yet.
    int pendingWrites() const { return m_pendingWrites; }

    /// Queues an entry; exactly one of entryWritten(entry.id) or writeFailed(entry.id, ...) follows.
    void append(const JournalEntry &entry);

signals:
    /// The entry is on disk (written and fsync'd).
    void entryWritten(const QUuid &id);
    /// The entry may not be on disk; `message` says why, for the user.
    void writeFailed(const QUuid &id, const QString &message);

private:
    /// Runs on the writer thread: appends one line durably; an error message on failure.
    static std::optional<QString> appendDurably(const QString &path, const QByteArray &line);
    void finishWrite(const QUuid &id, const std::optional<QString> &error);

    QString m_path;
    QThread m_thread;
    QObject *m_threadContext; ///< lives in m_thread; queued work runs there, in order
    int m_pendingWrites = 0;
};
