#pragma once

#include "core/confirmationchange.h"

#include <QList>
#include <QTableWidget>

/**
 * What an update changes, as a compact read-only Field | Before | After table: the old value
 * struck through in a muted colour, the new one in bold, both from the palette so that they read
 * in light and dark themes. An empty Before cell is an added item, an empty After cell a removed
 * one. The table asks for the height of its rows up to maximumVisibleRows and scrolls beyond;
 * values are one line each, elided in the middle (both ends of an image name or a date range stay
 * visible) and whole in their tooltips. Generic: scaling rule changes and deployment config
 * changes alike.
 */
class ConfirmationChangeTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmationChangeTable)

public:
    enum Column
    {
        FieldColumn,
        BeforeColumn,
        AfterColumn,
    };

    /// More rows than this scroll.
    static constexpr int maximumVisibleRows = 10;

    explicit ConfirmationChangeTable(QWidget *parent = nullptr);

    void setChanges(const QList<ConfirmationChange> &changes);
    const QList<ConfirmationChange> &changes() const { return m_changes; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The height of the header and of the first `rows` rows, with the frame.
    int heightFor(int rows) const;
    void applyPalette();

    QList<ConfirmationChange> m_changes;
};
