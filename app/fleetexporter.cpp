#include "fleetexporter.h"

#include "core/fleetcsv.h"
#include "core/journalreader.h"
#include "widgets/releaserecordpdf.h"

#include <QDir>
#include <QFuture>
#include <QSaveFile>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

/// Writes the whole file or leaves the old one; the system's reason when it could not.
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

/// What the worker made of the journal and the report.
struct HandOverText
{
    QString markdown;
    QString journalError;
};

/// Which file failed and why, when one did.
struct WriteFailure
{
    QString path;
    QString reason;
};

} // namespace

FleetExporter::FleetExporter(QObject *parent)
    : QObject(parent)
{}

void FleetExporter::exportCsv(const QList<FleetRow> &rows, const QString &path)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QtConcurrent::run([rows, path, now] {
        return writeFile(path, FleetCsv::toCsv(rows, now));
    }).then(this, [this, path](const QString &reason) {
        if (!reason.isEmpty()) {
            //: %1 = the file, %2 = the system's reason
            emit failed(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason));
            return;
        }
        emit exported({path});
    });
}

void FleetExporter::exportHandOver(const HandOverReport &reportWithoutJournal, const QString &journalPath,
                                   const QString &basePath)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Off the GUI thread: a journal of years can be large, and so can the report of a big fleet.
    QtConcurrent::run([report = reportWithoutJournal, journalPath, now]() mutable {
        HandOverText text;
        if (!journalPath.isEmpty()) {
            const JournalReader::Result journal = JournalReader::readFile(journalPath);
            if (!journal.isOk()) {
                text.journalError = journal.error;
                return text;
            }
            report.entries = HandOverReport::entriesWithin(journal.entries, report.from, report.to);
            // One journal holds every profile's actions: the hand-over is this profile's.
            if (!report.profile.isEmpty())
                report.entries.removeIf(
                    [&report](const JournalEntry &entry) { return entry.who.profile != report.profile; });
        } else {
            report.entries.clear();
        }
        text.markdown = report.toMarkdown(now);
        return text;
    }).then(this, [this, basePath, title = reportWithoutJournal.title()](const HandOverText &text) {
        if (!text.journalError.isEmpty()) {
            //: %1 = the system's reason, with the journal's file
            emit failed(tr("Could not make the hand-over: the operations journal could not be read. %1")
                            .arg(text.journalError));
            return;
        }
        const QString markdownPath = basePath + u".md"_s;
        const QString pdfPath = basePath + u".pdf"_s;
        // On the GUI thread, as the release record does: text layout and fonts are not promised to
        // work on other threads.
        const QByteArray pdf = ReleaseRecordPdf::toPdf(text.markdown, title);
        if (pdf.isEmpty()) {
            emit failed(
                tr("Could not write %1: the PDF could not be made").arg(QDir::toNativeSeparators(pdfPath)));
            return;
        }
        QtConcurrent::run([markdownPath, pdfPath, markdown = text.markdown, pdf] {
            QString reason = writeFile(markdownPath, markdown.toUtf8());
            if (!reason.isEmpty())
                return WriteFailure{markdownPath, reason};
            reason = writeFile(pdfPath, pdf);
            if (!reason.isEmpty())
                return WriteFailure{pdfPath, reason};
            return WriteFailure{};
        }).then(this, [this, markdownPath, pdfPath](const WriteFailure &failure) {
            if (!failure.reason.isEmpty()) {
                //: %1 = the file, %2 = the system's reason
                emit failed(
                    tr("Could not write %1: %2").arg(QDir::toNativeSeparators(failure.path), failure.reason));
                return;
            }
            emit exported({markdownPath, pdfPath});
        });
    });
}
