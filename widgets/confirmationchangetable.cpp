#include "confirmationchangetable.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace {

/// The widest the table asks to be, so that long values do not make a dialog wider than a screen.
constexpr int maximumWidthInCharacters = 120;
constexpr int minimumVisibleRows = 3;

} // namespace

ConfirmationChangeTable::ConfirmationChangeTable(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    //: the column of a list of changes that names what changes ("Maximum instances")
    setHorizontalHeaderLabels({tr("Field"),
                               //: the column of a list of changes with the values before the change
                               tr("Before"),
                               //: the column of a list of changes with the values after the change
                               tr("After")});
    //: the accessible name of the table of what a confirmed action changes
    setAccessibleName(tr("Changes"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // over the values
    horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfirmationChangeTable::setChanges(const QList<ConfirmationChange> &changes)
{
    m_changes = changes;
    clearContents();
    setRowCount(int(changes.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const ConfirmationChange &change = changes.at(row);
        const auto cell = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (column != FieldColumn)
                item->setToolTip(text);
            setItem(row, column, item);
            return item;
        };
        cell(FieldColumn, change.field);
        QTableWidgetItem *before = cell(BeforeColumn, change.before);
        QFont struck = font();
        struck.setStrikeOut(true);
        before->setFont(struck);
        QTableWidgetItem *after = cell(AfterColumn, change.after);
        QFont bold = font();
        bold.setBold(true);
        after->setFont(bold);
    }
    applyPalette();
    updateGeometry();
}

QSize ConfirmationChangeTable::sizeHint() const
{
    int width = 2 * frameWidth();
    for (int column = 0; column < columnCount(); ++column)
        width += std::max(sizeHintForColumn(column), horizontalHeader()->sectionSizeHint(column));
    if (rowCount() > maximumVisibleRows)
        width += verticalScrollBar()->sizeHint().width();
    width = std::min(width, fontMetrics().averageCharWidth() * maximumWidthInCharacters);
    return {width, heightFor(std::min(rowCount(), maximumVisibleRows))};
}

QSize ConfirmationChangeTable::minimumSizeHint() const
{
    return {QTableWidget::minimumSizeHint().width(), heightFor(std::min(rowCount(), minimumVisibleRows))};
}

void ConfirmationChangeTable::changeEvent(QEvent *event)
{
    QTableWidget::changeEvent(event);
    // The muted colour and the fonts derive from the widget's own, which a theme change replaces.
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        setChanges(m_changes);
}

int ConfirmationChangeTable::heightFor(int rows) const
{
    int height = 2 * frameWidth() + horizontalHeader()->sizeHint().height();
    // As the vertical header sizes its ResizeToContents sections, which it does only once shown.
    const QHeaderView *header = verticalHeader();
    for (int row = 0; row < rows; ++row) {
        height += std::clamp(std::max(sizeHintForRow(row), header->sectionSizeHint(row)),
                             header->minimumSectionSize(), header->maximumSectionSize());
    }
    return height;
}

void ConfirmationChangeTable::applyPalette()
{
    // The old value recedes: the palette's muted text colour, which each theme makes readable.
    const QBrush muted = palette().brush(QPalette::PlaceholderText);
    for (int row = 0; row < rowCount(); ++row)
        item(row, BeforeColumn)->setForeground(muted);
}
