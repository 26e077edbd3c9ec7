#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

/**
 * A Markdown report as an A4 PDF: the release record (ReleaseRecord::toMarkdown, issue 7) for the
 * release manager's files, and the on-call hand-over (HandOverReport::toMarkdown, issue 8). The
 * Markdown is laid out by QTextDocument with readable tables, a footer with the title and page
 * numbers. Rendering a page to an image uses the same layout, so that what a test or a
 * preview looks at is what the PDF holds.
 */
class ReleaseRecordPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseRecordPdf)

public:
    ReleaseRecordPdf() = delete;

    /// Writes `markdown` as an A4 PDF (QTextDocument::setMarkdown, QPdfWriter, title set), replacing
    /// the file only when all of it was written; false with a translated reason in *error when the
    /// file cannot be written.
    static bool write(const QString &markdown, const QString &title, const QString &path, QString *error);
    /// The same PDF in memory, for writing off the GUI thread; empty when it could not be made.
    static QByteArray toPdf(const QString &markdown, const QString &title);
    /// Page `page` (0-based) of the same layout rendered to an image, for looking at it; a null
    /// image when there is no such page.
    static QImage renderPage(const QString &markdown, int page, int dpi = 96);
    static int pageCount(const QString &markdown);
};
