#pragma once

#include <QStyledItemDelegate>

/**
 * Paints a status cell as a coloured dot and its text. The colour comes from the model's
 * ItemRoles::SeverityRole, so models decide what is critical and this decides how it looks,
 * in light and dark palettes alike.
 */
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The colour for a severity (core/severity.h), readable on the given palette's base colour.
    static QColor severityColor(int severity, const QPalette &palette);
};
