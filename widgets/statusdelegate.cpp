#include "statusdelegate.h"

#include "core/itemroles.h"
#include "core/severity.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int dotDiameter = 8;
constexpr int dotSpacing = 6;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor StatusDelegate::severityColor(int severity, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (Severity(severity)) {
    case Severity::Normal:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case Severity::Progress:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case Severity::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case Severity::Critical:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Severity::Inactive:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const QVariant severity = index.data(ItemRoles::SeverityRole);
    if (!severity.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem textOption = option;
    initStyleOption(&textOption, index);
    const QString text = textOption.text;
    textOption.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &textOption, painter, widget); // background, selection, focus

    const QColor color = severityColor(severity.toInt(), option.palette);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &textOption, widget);
    const QRect dot(textRect.left() + 2, textRect.center().y() - dotDiameter / 2 + 1, dotDiameter,
                    dotDiameter);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(dot);
    const bool selected = option.state & QStyle::State_Selected;
    const bool critical = Severity(severity.toInt()) == Severity::Critical;
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                             : (critical ? color : option.palette.color(QPalette::Text)));
    const QRect labelRect = textRect.adjusted(2 + dotDiameter + dotSpacing, 0, 0, 0);
    painter->drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, labelRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += dotDiameter + dotSpacing + 2;
    return size;
}
