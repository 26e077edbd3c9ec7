#pragma once

#include <QStyledItemDelegate>

/**
 * Paints a cell as a progress bar: the percentage from ProgressRole (0–100), the text on the bar
 * from the display role ("2 of 3 stages"). Cells without ProgressRole paint as usual. The bar is
 * the style's own, so it follows light and dark palettes.
 */
class ProgressBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressBarDelegate)

public:
    /// An int, 0–100.
    static constexpr int ProgressRole = Qt::UserRole + 100;

    explicit ProgressBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
