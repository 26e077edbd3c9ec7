#include "matchhighlightdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

namespace {

constexpr int detailSpacing = 12;
constexpr int trailingSpacing = 16;

/// Bold ranges for sorted positions, merging neighbours into one range.
QList<QTextLayout::FormatRange> boldRanges(const QList<qsizetype> &positions, const QFont &font)
{
    QTextCharFormat bold;
    QFont boldFont = font;
    boldFont.setBold(true);
    bold.setFont(boldFont);
    QList<QTextLayout::FormatRange> ranges;
    for (const qsizetype position : positions) {
        if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == position) {
            ++ranges.last().length;
            continue;
        }
        ranges.append({int(position), 1, bold});
    }
    return ranges;
}

/// Draws one line of text with bold matches from `left`, clipped at `right`; returns its width.
qreal drawHighlighted(QPainter *painter, const QString &text, const QList<qsizetype> &positions,
                      const QFont &font, const QRect &rect)
{
    QTextLayout layout(text, font);
    layout.setFormats(boldRanges(positions, font));
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    const qreal top = rect.top() + (rect.height() - line.height()) / 2;
    painter->save();
    painter->setClipRect(rect);
    layout.draw(painter, QPointF(rect.left(), top));
    painter->restore();
    return line.naturalTextWidth();
}

QColor dimmed(const QStyleOptionViewItem &option)
{
    if (option.state & QStyle::State_Selected)
        return option.palette.color(QPalette::HighlightedText);
    return option.palette.color(QPalette::PlaceholderText);
}

} // namespace

MatchHighlightDelegate::MatchHighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void MatchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem itemOption = option;
    initStyleOption(&itemOption, index);
    const QString text = itemOption.text;
    itemOption.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &itemOption, painter, widget); // background, selection

    // The whole row: the style's text rectangle shrinks to the (here cleared) text in list views.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &itemOption, widget) + 3;
    QRect rect = option.rect.adjusted(margin, 0, -margin, 0);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));

    const QString trailing = index.data(TrailingRole).toString();
    if (!trailing.isEmpty()) {
        // elidedText() elides a text given exactly its own advance: elide only what does not fit.
        const int available = rect.width() / 3;
        const int advance = option.fontMetrics.horizontalAdvance(trailing);
        const QString shown = advance <= available
                                  ? trailing
                                  : option.fontMetrics.elidedText(trailing, Qt::ElideMiddle, available);
        const int width = qMin(advance, available);
        const QRect trailingRect(rect.right() - width + 1, rect.top(), width, rect.height());
        painter->save();
        painter->setPen(dimmed(option));
        painter->drawText(trailingRect, Qt::AlignVCenter | Qt::AlignRight | Qt::TextDontClip, shown);
        painter->restore();
        rect.setRight(trailingRect.left() - trailingSpacing);
    }

    const auto positions = index.data(PositionsRole).value<QList<qsizetype>>();
    const qreal textWidth = drawHighlighted(painter, text, positions, option.font, rect);

    const QString detail = index.data(DetailRole).toString();
    const int detailLeft = rect.left() + qCeil(textWidth) + detailSpacing;
    if (!detail.isEmpty() && detailLeft < rect.right()) {
        painter->setPen(dimmed(option));
        const auto detailPositions = index.data(DetailPositionsRole).value<QList<qsizetype>>();
        drawHighlighted(painter, detail, detailPositions, option.font,
                        QRect(detailLeft, rect.top(), rect.right() - detailLeft + 1, rect.height()));
    }
    painter->restore();
}

QSize MatchHighlightDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}
