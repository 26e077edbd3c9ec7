#pragma once

#include <QStyledItemDelegate>

/**
 * Paints a search result: the text with the characters the pattern matched in bold, optionally a
 * dimmed detail after it (such as the ID that matched, with its matched characters in bold) and a
 * dimmed note on the right (such as the namespace). The model supplies raw values through the
 * roles below; the delegate decides how they look, in light and dark palettes alike.
 */
class MatchHighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchHighlightDelegate)

public:
    enum Role : int
    {
        PositionsRole = Qt::UserRole + 100, ///< QList<qsizetype>: matched indexes of the DisplayRole text
        DetailRole,                         ///< QString drawn dimmed after the text; may be empty
        DetailPositionsRole,                ///< QList<qsizetype>: matched indexes of the detail
        TrailingRole,                       ///< QString drawn dimmed, right-aligned
    };

    explicit MatchHighlightDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
