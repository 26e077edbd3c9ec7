#include "releaserecordpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// The layout is done at this resolution, whatever the output: the PDF's, and images scale from it.
constexpr int layoutDpi = 300;
constexpr qreal millimetresPerInch = 25.4;
constexpr qreal pageWidthMm = 210;
constexpr qreal pageHeightMm = 297;
constexpr qreal marginMm = 15;
constexpr qreal footerMm = 7; ///< the footer's baseline, above the page's bottom edge
constexpr qreal bodyPointSize = 9.5;
constexpr qreal footerPointSize = 7.5;

qreal toLayout(qreal millimetres)
{
    return millimetres / millimetresPerInch * layoutDpi;
}

/// The page and its content area, in layout pixels.
struct PageGeometry
{
    QSizeF page{toLayout(pageWidthMm), toLayout(pageHeightMm)};
    QRectF content{toLayout(marginMm), toLayout(marginMm), toLayout(pageWidthMm - 2 * marginMm),
                   toLayout(pageHeightMm - 2 * marginMm)};
};

/// A 1x1 image at the layout resolution: what QTextDocument measures fonts against.
QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        const int dotsPerMetre = qRound(layoutDpi / millimetresPerInch * 1000);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        return image;
    }();
    return &device;
}

void styleTables(QTextFrame *frame)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            format.setBorder(0.5);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(QColor(0xb0, 0xb0, 0xb0));
            format.setBorderCollapse(true);
            format.setCellSpacing(0);
            format.setCellPadding(4);
            format.setTopMargin(4);
            format.setBottomMargin(8);
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            // A table that goes on over a page break (a large fleet's hand-over) repeats its
            // header row there, so that the columns still say what they are.
            format.setHeaderRowCount(1);
            table->setFormat(format);
            // Collapsed borders are the cells' own: a thin grey grid, and the header row bold on a
            // light grey, so that long tables read as tables.
            const QColor grid(0xb0, 0xb0, 0xb0);
            for (int row = 0; row < table->rows(); ++row) {
                for (int column = 0; column < table->columns(); ++column) {
                    QTextTableCell cell = table->cellAt(row, column);
                    QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                    cellFormat.setBorder(0.5);
                    cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                    cellFormat.setBorderBrush(grid);
                    if (row == 0)
                        cellFormat.setBackground(QColor(0xee, 0xee, 0xee));
                    cell.setFormat(cellFormat);
                    if (row == 0) {
                        QTextCursor cursor = cell.firstCursorPosition();
                        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                        QTextCharFormat bold;
                        bold.setFontWeight(QFont::Bold);
                        cursor.mergeCharFormat(bold);
                    }
                }
            }
        }
        styleTables(child);
    }
}

/// Headings a little larger than the text, with room above them (the importer's sizes shout), and
/// quoted comments in italics.
void styleBlocks(QTextDocument *document)
{
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0) {
            // A person's comment: set off from the facts around it.
            cursor.setPosition(block.position());
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            QTextCharFormat quoted;
            quoted.setFontItalic(true);
            quoted.setForeground(QColor(0x30, 0x30, 0x30));
            cursor.mergeCharFormat(quoted);
            QTextBlockFormat spacing;
            spacing.setTopMargin(4);
            spacing.setBottomMargin(8);
            cursor.mergeBlockFormat(spacing);
            continue;
        }
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat heading;
        // Steps of about 1.2 times the text's size (the importer uses larger steps).
        heading.setProperty(QTextFormat::FontSizeAdjustment, level == 1 ? 2 : level == 2 ? 1 : 0);
        heading.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(heading);
        QTextBlockFormat spacing;
        spacing.setTopMargin(level == 1 ? 0 : level == 2 ? 14 : 10);
        spacing.setBottomMargin(level == 1 ? 8 : 4);
        cursor.mergeBlockFormat(spacing);
    }
}

std::unique_ptr<QTextDocument> layOut(const QString &markdown)
{
    // Content and styles first, the layout last: once a document has its layout, every edit lays
    // out the whole document again, and a long record's tables would take minutes.
    auto document = std::make_unique<QTextDocument>();
    QFont font(u"Sans Serif"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(bodyPointSize);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    styleBlocks(document.get());
    styleTables(document->rootFrame());
    document->documentLayout()->setPaintDevice(layoutDevice());
    document->setPageSize(PageGeometry().content.size());
    return document;
}

/// Paints page `page` of `document` in layout pixels (the painter maps them to its device).
void paintPage(QPainter &painter, QTextDocument &document, int page, int pages, const QString &footer)
{
    const PageGeometry geometry;
    const QRectF content = geometry.content;
    painter.save();
    painter.setPen(Qt::black); // paper: the application's (perhaps dark) palette does not apply
    painter.translate(content.topLeft());
    const QRectF source(0, page * content.height(), content.width(), content.height());
    painter.translate(0, -source.top());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = source;
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(source);
    document.documentLayout()->draw(&painter, context);
    painter.restore();

    painter.save();
    QFont small = document.defaultFont();
    // In layout pixels: the painter maps them to its device, whatever that device's resolution.
    small.setPixelSize(qRound(footerPointSize / 72 * layoutDpi));
    painter.setFont(small);
    painter.setPen(QColor(0x61, 0x61, 0x61));
    const QRectF footerRect(content.left(), geometry.page.height() - toLayout(footerMm + 4), content.width(),
                            toLayout(4));
    painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, footer);
    //: footer of an exported record's page: %1 = this page, %2 = how many
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                     ReleaseRecordPdf::tr("Page %1 of %2").arg(page + 1).arg(pages));
    painter.restore();
}

/// The first heading of the Markdown, for the footer of images (the PDF gets its title).
QString firstHeading(const QString &markdown)
{
    const QStringList lines = markdown.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"# "_s))
            return line.mid(2).trimmed();
    }
    return {};
}

} // namespace

QByteArray ReleaseRecordPdf::toPdf(const QString &markdown, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<QTextDocument> document = layOut(markdown);
    const int pages = document->pageCount();
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(layoutDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(u"Ops Console"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, *document, page, pages, title);
        }
        painter.end();
    }
    return bytes;
}

bool ReleaseRecordPdf::write(const QString &markdown, const QString &title, const QString &path,
                             QString *error)
{
    const QByteArray pdf = toPdf(markdown, title);
    if (pdf.isEmpty()) {
        if (error)
            *error =
                tr("Could not write %1: the PDF could not be started").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            //: %1 = the file, %2 = the system's reason
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QImage ReleaseRecordPdf::renderPage(const QString &markdown, int page, int dpi)
{
    if (dpi <= 0)
        return {};
    const std::unique_ptr<QTextDocument> document = layOut(markdown);
    const int pages = document->pageCount();
    if (page < 0 || page >= pages)
        return {};
    const qreal scale = qreal(dpi) / layoutDpi;
    const PageGeometry geometry;
    QImage image((geometry.page * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = qRound(dpi / millimetresPerInch * 1000);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(painter, *document, page, pages, firstHeading(markdown));
    painter.end();
    return image;
}

int ReleaseRecordPdf::pageCount(const QString &markdown)
{
    return layOut(markdown)->pageCount();
}
