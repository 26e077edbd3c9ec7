#include "journalwriter.h"

#include "core/journalentry.h"
#include <fcntl.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cerrno>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPlatformJournal, "opsconsole.platform.journal", QtInfoMsg)

namespace {

/// Makes a folder's entries (a new file's name) durable; the OS error text on failure.
std::optional<QString> syncFolder(const QString &folder)
{
    const int descriptor = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0)
        return qt_error_string(errno);
    std::optional<QString> error;
    if (::fsync(descriptor) != 0)
        error = qt_error_string(errno);
    ::close(descriptor);
    return error;
}

} // namespace

JournalWriter::JournalWriter(QObject *parent)
    : JournalWriter(defaultPath(), parent)
{}

JournalWriter::JournalWriter(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_threadContext(new QObject)
{
    m_thread.setObjectName(u"journal writer"_s);
    m_threadContext->moveToThread(&m_thread);
    // Deferred deletes still run when the thread finishes, so the context dies in its own thread.
    connect(&m_thread, &QThread::finished, m_threadContext, &QObject::deleteLater);
    m_thread.start();
}

JournalWriter::~JournalWriter()
{
    // quit() is queued behind the pending writes, so they all reach the disk before the thread ends.
    QMetaObject::invokeMethod(
        m_threadContext, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

QString JournalWriter::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : folder + u"/journal.jsonl"_s;
}

void JournalWriter::append(const JournalEntry &entry)
{
    ++m_pendingWrites;
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, path = m_path, id = entry.id, line = entry.toLine()] {
            const std::optional<QString> error = appendDurably(path, line);
            // The writer outlives this call: its destructor waits for the thread.
            QMetaObject::invokeMethod(
                this, [this, id, error] { finishWrite(id, error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void JournalWriter::finishWrite(const QUuid &id, const std::optional<QString> &error)
{
    --m_pendingWrites;
    if (error) {
        qCWarning(lcPlatformJournal).noquote()
            << "journal entry" << id.toString(QUuid::WithoutBraces) << "not written:" << *error;
        emit writeFailed(id, *error);
        return;
    }
    emit entryWritten(id);
}

std::optional<QString> JournalWriter::appendDurably(const QString &path, const QByteArray &line)
{
    if (path.isEmpty())
        return tr("The journal has no location: the system gives no folder for application data.");
    if (line.size() > JournalEntry::maximumLineBytes)
        return tr("The journal entry is too large (%1 bytes).").arg(line.size());

    const QString shownPath = QDir::toNativeSeparators(path);
    const QString folder = QFileInfo(path).absolutePath();
    const bool folderExisted = QFileInfo(folder).isDir();
    if (!folderExisted && !QDir().mkpath(folder))
        return tr("Cannot create the journal folder %1.").arg(QDir::toNativeSeparators(folder));
    const bool fileExisted = QFileInfo::exists(path);

    QFile file(path);
    // Append is O_APPEND: every write lands at the end, even with another console writing too.
    // Read access is only for the last byte; Unbuffered makes write() one system call.
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return tr("Cannot open the journal %1: %2").arg(shownPath, file.errorString());

    QByteArray data = line;
    const qint64 size = file.size();
    if (size > 0) {
        char last = '\n';
        if (::pread(file.handle(), &last, 1, size - 1) != 1)
            return tr("Cannot read the journal %1: %2").arg(shownPath, qt_error_string(errno));
        if (last != '\n')
            data.prepend('\n'); // a torn line from a crash stays on its own line
    }

    if (file.write(data) != data.size())
        return tr("Cannot write to the journal %1: %2").arg(shownPath, file.errorString());
    if (!file.flush())
        return tr("Cannot write to the journal %1: %2").arg(shownPath, file.errorString());
    if (::fsync(file.handle()) != 0)
        return tr("Cannot save the journal %1 to disk: %2").arg(shownPath, qt_error_string(errno));
    file.close();

    // A new file is only durable once the folder that names it is.
    if (!fileExisted) {
        if (const std::optional<QString> error = syncFolder(folder))
            return tr("Cannot save the journal %1 to disk: %2").arg(shownPath, *error);
    }
    if (!folderExisted) {
        if (const std::optional<QString> error = syncFolder(QFileInfo(folder).absolutePath()))
            return tr("Cannot save the journal %1 to disk: %2").arg(shownPath, *error);
    }
    return std::nullopt;
}
