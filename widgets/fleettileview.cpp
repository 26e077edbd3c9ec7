#include "fleettileview.h"

#include "core/fleettablemodel.h"
#include "core/itemroles.h"
#include "core/severity.h"
#include "statusdelegate.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int margin = 8;
constexpr int spacing = 8;
constexpr int groupGap = 6;
constexpr int bandWidth = 5;
constexpr int padding = 8;
constexpr int sparklineHeight = 20;
constexpr double hourMs = 3600.0 * 1000.0;

QColor mix(const QColor &from, const QColor &to, float share)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * share,
                            from.greenF() + (to.greenF() - from.greenF()) * share,
                            from.blueF() + (to.blueF() - from.blueF()) * share);
}

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

int headerHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 10;
}

} // namespace

/// The fonts of a tile and their metrics, made once a paint rather than once a tile.
struct FleetTileView::TileFonts
{
    explicit TileFonts(const QFont &font)
        : normalFont(font)
        , bigFont(scaled(font, 1.7, true))
        , nameFont(scaled(font, 1.0, true))
        , smallFont(scaled(font, 0.85, false))
        , normal(normalFont)
        , big(bigFont)
        , name(nameFont)
        , small(smallFont)
        , scoreWidth(big.horizontalAdvance(u"100"_s))
    {}

    QFont normalFont;
    QFont bigFont;
    QFont nameFont;
    QFont smallFont;
    QFontMetrics normal;
    QFontMetrics big;
    QFontMetrics name;
    QFontMetrics small;
    int scoreWidth;
};

FleetTileView::FleetTileView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Window); // tiles are Base on it
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(tileHeight / 2);
    setAccessibleName(tr("Fleet tiles"));
}

void FleetTileView::setModel(QAbstractItemModel *fleet)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = fleet;
    if (fleet) {
        m_modelConnections = {
            connect(fleet, &QAbstractItemModel::modelReset, this, &FleetTileView::reloadAll),
            connect(fleet, &QAbstractItemModel::layoutChanged, this, &FleetTileView::reloadAll),
            connect(fleet, &QAbstractItemModel::rowsMoved, this, &FleetTileView::reloadAll),
            connect(fleet, &QAbstractItemModel::rowsInserted, this, &FleetTileView::onRowsInserted),
            connect(fleet, &QAbstractItemModel::rowsRemoved, this, &FleetTileView::onRowsRemoved),
            connect(fleet, &QAbstractItemModel::dataChanged, this, &FleetTileView::onDataChanged),
            connect(fleet, &QObject::destroyed, this, &FleetTileView::reloadAll),
        };
    }
    reloadAll();
}

void FleetTileView::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    reloadAll(); // the group of every tile changes
}

QRect FleetTileView::tileRect(const QString &appId) const
{
    const int row = rowOfApp(appId);
    return row < 0 ? QRect() : toViewport(m_tiles.at(row).rect);
}

void FleetTileView::setCurrentAppId(const QString &appId)
{
    if (appId != m_currentAppId) {
        const QString previous = m_currentAppId;
        m_currentAppId = appId;
        updateApp(previous);
        updateApp(appId);
        emit currentAppIdChanged(appId);
    }
    scrollToApp(appId);
}

void FleetTileView::scrollToApp(const QString &appId)
{
    const int row = rowOfApp(appId);
    if (row < 0)
        return;
    const QRect rect = m_tiles.at(row).rect;
    QScrollBar *bar = verticalScrollBar();
    if (rect.top() - margin < bar->value())
        bar->setValue(rect.top() - margin);
    else if (rect.bottom() + margin >= bar->value() + viewport()->height())
        bar->setValue(rect.bottom() + margin - viewport()->height() + 1);
}

QStringList FleetTileView::visibleAppIds() const
{
    QStringList visible;
    const QRect shown = viewport()->rect();
    for (const int row : m_order) {
        if (toViewport(m_tiles.at(row).rect).intersects(shown))
            visible.append(m_tiles.at(row).appId);
    }
    return visible;
}

QStringList FleetTileView::groupHeaders() const
{
    QStringList headers;
    if (m_grouping == Grouping::None)
        return headers;
    for (const Group &group : m_groups)
        headers.append(headerText(group));
    return headers;
}

FleetTileView::Tile FleetTileView::readTile(int row) const
{
    Tile tile;
    const QModelIndex index = m_model->index(row, FleetTableModel::HealthColumn);
    tile.appId = index.data(ItemRoles::IdRole).toString();
    tile.score = index.data(FleetTableModel::ScoreRole).toInt();
    tile.needsAttention = index.data(ItemRoles::NeedsAttentionRole).toBool();
    if (m_grouping == Grouping::Namespace)
        tile.group = index.siblingAtColumn(FleetTableModel::NamespaceColumn).data().toString();
    else if (m_grouping == Grouping::Region)
        tile.group = index.siblingAtColumn(FleetTableModel::RegionColumn).data().toString();
    return tile;
}

void FleetTileView::reloadAll()
{
    m_tiles.clear();
    if (m_model) {
        const int rows = m_model->rowCount();
        m_tiles.reserve(rows);
        for (int row = 0; row < rows; ++row)
            m_tiles.append(readTile(row));
    }
    relayout();
}

void FleetTileView::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    QList<Tile> added;
    added.reserve(last - first + 1);
    for (int row = first; row <= last; ++row)
        added.append(readTile(row));
    m_tiles.insert(first, added.size(), Tile());
    std::move(added.begin(), added.end(), m_tiles.begin() + first);
    relayout();
}

void FleetTileView::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    m_tiles.remove(first, last - first + 1);
    relayout();
}

void FleetTileView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid())
        return;
    bool moves = false;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_tiles.size(); ++row) {
        Tile fresh = readTile(row);
        Tile &tile = m_tiles[row];
        // The score and attention order the groups and count in their headers; without groups
        // the model's order is the grid's and nothing moves.
        if (fresh.appId != tile.appId || fresh.group != tile.group
            || (m_grouping != Grouping::None
                && (fresh.score != tile.score || fresh.needsAttention != tile.needsAttention)))
            moves = true;
        fresh.rect = tile.rect;
        tile = std::move(fresh);
    }
    if (moves) {
        relayout();
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_tiles.size(); ++row)
        updateTile(row);
}

void FleetTileView::relayout()
{
    // Groups in the model's order, then the worst first; one unnamed group without grouping.
    m_groups.clear();
    QHash<QString, qsizetype> groupOf;
    for (int row = 0; row < m_tiles.size(); ++row) {
        const Tile &tile = m_tiles.at(row);
        auto found = groupOf.constFind(tile.group);
        if (found == groupOf.constEnd()) {
            found = groupOf.insert(tile.group, m_groups.size());
            m_groups.append(Group{tile.group, {}, 100, 0, {}});
        }
        Group &group = m_groups[*found];
        group.rows.append(row);
        group.worstScore = std::min(group.worstScore, tile.score);
        group.needingSomeone += tile.needsAttention ? 1 : 0;
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        return a.worstScore != b.worstScore ? a.worstScore < b.worstScore
                                            : a.name.localeAwareCompare(b.name) < 0;
    });

    const int available = std::max(tileWidth, viewport()->width() - 2 * margin);
    const int columns = std::max(1, (available + spacing) / (tileWidth + spacing));
    const int width = std::max(tileWidth, (available - (columns - 1) * spacing) / columns);
    const int header = m_grouping == Grouping::None ? 0 : headerHeight(QFontMetrics(font()));
    m_order.clear();
    m_order.reserve(m_tiles.size());
    int y = margin;
    for (Group &group : m_groups) {
        group.header = QRect(margin, y, available, header);
        y += header;
        for (qsizetype i = 0; i < group.rows.size(); ++i) {
            const int column = int(i % columns);
            const int line = int(i / columns);
            m_tiles[group.rows.at(i)].rect = QRect(margin + column * (width + spacing),
                                                   y + line * (tileHeight + spacing), width, tileHeight);
            m_order.append(group.rows.at(i));
        }
        const int lines = int((group.rows.size() + columns - 1) / columns);
        y += lines * (tileHeight + spacing) + groupGap;
    }
    m_contentHeight = m_groups.isEmpty() ? 0 : y - spacing - groupGap + margin;
    updateScrollBars();
    viewport()->update();
    emit visibleTilesChanged();
}

void FleetTileView::updateScrollBars()
{
    QScrollBar *bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setRange(0, std::max(0, m_contentHeight - viewport()->height()));
}

int FleetTileView::rowOfApp(const QString &appId) const
{
    if (appId.isEmpty())
        return -1;
    const auto found = std::find_if(m_tiles.cbegin(), m_tiles.cend(),
                                    [&appId](const Tile &tile) { return tile.appId == appId; });
    return found == m_tiles.cend() ? -1 : int(found - m_tiles.cbegin());
}

int FleetTileView::rowAt(const QPoint &viewportPos) const
{
    const QPoint content = viewportPos + QPoint(0, verticalScrollBar()->value());
    for (int row = 0; row < m_tiles.size(); ++row) {
        if (m_tiles.at(row).rect.contains(content))
            return row;
    }
    return -1;
}

QRect FleetTileView::toViewport(const QRect &content) const
{
    return content.isNull() ? QRect() : content.translated(0, -verticalScrollBar()->value());
}

void FleetTileView::updateTile(int row)
{
    if (row >= 0 && row < m_tiles.size())
        viewport()->update(toViewport(m_tiles.at(row).rect).adjusted(-2, -2, 2, 2));
}

void FleetTileView::updateApp(const QString &appId)
{
    updateTile(rowOfApp(appId));
}

void FleetTileView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect dirty = event->rect();
    const QFont headerFont = scaled(font(), 1.0, true);
    const TileFonts fonts(font());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor muted = mix(text, palette().color(QPalette::Window), 0.45f);
    for (const Group &group : std::as_const(m_groups)) {
        if (m_grouping != Grouping::None) {
            const QRect header = toViewport(group.header);
            if (header.intersects(dirty)) {
                painter.setFont(headerFont);
                painter.setPen(text);
                painter.drawText(
                    header.adjusted(2, 0, -2, -3), Qt::AlignLeft | Qt::AlignVCenter,
                    painter.fontMetrics().elidedText(headerText(group), Qt::ElideRight, header.width() - 4));
                painter.setPen(mix(text, palette().color(QPalette::Window), 0.75f));
                painter.drawLine(header.bottomLeft() + QPoint(0, -2), header.bottomRight() + QPoint(0, -2));
            }
        }
        for (const int row : group.rows) {
            const QRect rect = toViewport(m_tiles.at(row).rect);
            if (rect.top() > dirty.bottom())
                break; // the rest of this group is below
            if (rect.intersects(dirty))
                paintTile(painter, fonts, row, rect);
        }
    }
    if (m_tiles.isEmpty() && m_model) {
        painter.setPen(muted);
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No application to show."));
    }
}

void FleetTileView::paintTile(QPainter &painter, const TileFonts &fonts, int row, const QRect &rect) const
{
    const Tile &tile = m_tiles.at(row);
    const QModelIndex index = m_model->index(row, FleetTableModel::HealthColumn);
    const QPalette &colors = palette();
    const QColor base = colors.color(QPalette::Base);
    const QColor text = colors.color(QPalette::Text);
    const QColor highlight = colors.color(QPalette::Highlight);
    const QColor muted = mix(text, base, 0.42f);
    const int severity = index.data(ItemRoles::SeverityRole).toInt();
    const QColor severityColor = StatusDelegate::severityColor(severity, colors);
    const bool current = tile.appId == m_currentAppId;
    const bool hovered = tile.appId == m_hoveredAppId;

    QColor fill = base;
    if (current)
        fill = mix(base, highlight, 0.16f);
    else if (hovered)
        fill = mix(base, highlight, 0.07f);
    QColor border = mix(text, base, 0.78f);
    int borderWidth = 1;
    if (current) {
        border = highlight;
        borderWidth = hasFocus() ? 2 : 1;
    }
    painter.save();
    painter.drawPixmap(rect.topLeft(), frameOf(rect.size(), severityColor, fill, border, borderWidth));
    painter.setRenderHint(QPainter::Antialiasing);

    const QRect inner = rect.adjusted(bandWidth + padding, 6, -padding, -6);
    const QFont &normalFont = fonts.normalFont;
    const QFont &bigFont = fonts.bigFont;
    const QFont &nameFont = fonts.nameFont;
    const QFont &smallFont = fonts.smallFont;
    const QFontMetrics &big = fonts.big;
    const QFontMetrics &name = fonts.name;
    const QFontMetrics &normal = fonts.normal;
    const QFontMetrics &small = fonts.small;

    // The score, large, in its severity's colour; the name and where it runs beside it.
    const int topHeight = std::max(big.height(), name.height() + small.height());
    const QRect scoreRect(inner.left(), inner.top(), fonts.scoreWidth, topHeight);
    painter.setFont(bigFont);
    painter.setPen(severityColor);
    painter.drawText(scoreRect, Qt::AlignLeft | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());

    const QString instances = index.siblingAtColumn(FleetTableModel::InstancesColumn).data().toString();
    const int textLeft = scoreRect.right() + 8;
    const int textTop = inner.top() + (topHeight - name.height() - small.height()) / 2;
    const int instancesWidth = normal.horizontalAdvance(instances);
    painter.setFont(normalFont);
    painter.setPen(text);
    const QRect instancesRect(inner.right() - instancesWidth + 1, textTop, instancesWidth, name.height());
    painter.drawText(instancesRect, Qt::AlignRight | Qt::AlignVCenter, instances);

    const QRect nameRect(textLeft, textTop, instancesRect.left() - 6 - textLeft, name.height());
    painter.setFont(nameFont);
    painter.drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        name.elidedText(index.siblingAtColumn(FleetTableModel::ApplicationColumn).data().toString(),
                        Qt::ElideRight, nameRect.width()));

    const QString where = index.siblingAtColumn(FleetTableModel::NamespaceColumn).data().toString() + u" · "_s
                          + index.siblingAtColumn(FleetTableModel::RegionColumn).data().toString();
    const QRect whereRect(textLeft, textTop + name.height(), inner.right() - textLeft + 1, small.height());
    painter.setFont(smallFont);
    painter.setPen(muted);
    painter.drawText(whereRect, Qt::AlignLeft | Qt::AlignVCenter,
                     small.elidedText(where, Qt::ElideRight, whereRect.width()));

    // The heaviest reason; all of them are in the tooltip.
    const QString reason = index.siblingAtColumn(FleetTableModel::ProblemsColumn)
                               .data(Qt::ToolTipRole)
                               .toString()
                               .section(u'\n', 0, 0);
    const QRect reasonRect(inner.left(), inner.top() + topHeight + 3, inner.width(), normal.height());
    painter.setFont(normalFont);
    painter.setPen(reason.isEmpty() ? muted : text);
    painter.drawText(reasonRect, Qt::AlignLeft | Qt::AlignVCenter,
                     normal.elidedText(reason.isEmpty() ? tr("Nothing wrong known") : reason, Qt::ElideRight,
                                       reasonRect.width()));

    // How fresh, small at the bottom right; the last hour's score to its left.
    const QString checked = index.siblingAtColumn(FleetTableModel::CheckedColumn).data().toString();
    const int checkedWidth = small.horizontalAdvance(checked);
    const QRect checkedRect(inner.right() - checkedWidth + 1, inner.bottom() - small.height() + 1,
                            checkedWidth, small.height());
    painter.setFont(smallFont);
    painter.setPen(muted);
    painter.drawText(checkedRect, Qt::AlignRight | Qt::AlignVCenter, checked);

    const QRectF spark(inner.left(), inner.bottom() - sparklineHeight + 1,
                       std::max(0, checkedRect.left() - 10 - inner.left()), sparklineHeight - 1);
    const auto trend = index.data(FleetTableModel::TrendRole).value<QList<QPointF>>();
    if (trend.size() >= 2 && spark.width() > 8) {
        const double end = trend.last().x();
        const double start = end - hourMs;
        QPainterPath line;
        int drawn = 0;
        for (const QPointF &point : trend) {
            if (point.x() < start || point.x() > end)
                continue;
            const QPointF at(spark.left() + (point.x() - start) / hourMs * spark.width(),
                             spark.bottom() - std::clamp(point.y(), 0.0, 100.0) / 100.0 * spark.height());
            if (drawn++ == 0)
                line.moveTo(at);
            else
                line.lineTo(at);
        }
        if (drawn >= 2) {
            painter.setPen(QPen(mix(text, base, 0.85f), 1));
            painter.drawLine(spark.bottomLeft(), spark.bottomRight());
            painter.setPen(QPen(severityColor, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(line);
        }
    }
    painter.restore();
}

QPixmap FleetTileView::frameOf(const QSize &size, const QColor &severity, const QColor &fill,
                               const QColor &border, int borderWidth) const
{
    // An antialiased rounded card with a clipped band costs more than all of a tile's text: it is
    // drawn once for each look and reused.
    const qreal ratio = viewport()->devicePixelRatioF();
    const QString key = u"%1x%2@%3 %4 %5 %6 %7"_s.arg(size.width())
                            .arg(size.height())
                            .arg(ratio)
                            .arg(severity.rgba())
                            .arg(fill.rgba())
                            .arg(border.rgba())
                            .arg(borderWidth);
    if (const auto found = m_frames.constFind(key); found != m_frames.constEnd())
        return *found;
    if (m_frames.size() > 64)
        m_frames.clear(); // a few looks a width; widths change on resize
    QPixmap frame(size * ratio);
    frame.setDevicePixelRatio(ratio);
    frame.fill(Qt::transparent);
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath outline;
    outline.addRoundedRect(card, 4, 4);
    painter.fillPath(outline, fill);
    painter.save();
    painter.setClipPath(outline);
    painter.fillRect(QRectF(card.left(), card.top(), bandWidth, card.height()), severity);
    painter.restore();
    painter.setPen(QPen(border, borderWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
    return m_frames.insert(key, frame).value();
}

QString FleetTileView::headerText(const Group &group) const
{
    QString name = group.name;
    if (name.isEmpty())
        name = m_grouping == Grouping::Region ? tr("(no region)") : tr("(no namespace)");
    //: a group of tiles: "prod — 2 of 9 need someone"; %1: namespace or region, %2: how many need someone
    return tr("%1 — %2 of %n need someone", nullptr, int(group.rows.size()))
        .arg(name)
        .arg(group.needingSomeone);
}

QString FleetTileView::tooltipOf(int row) const
{
    const QModelIndex index = m_model->index(row, FleetTableModel::HealthColumn);
    const QString reasons =
        index.siblingAtColumn(FleetTableModel::ProblemsColumn).data(Qt::ToolTipRole).toString();
    //: tooltip of a fleet tile: "order-service: 40", then one reason per line
    const QString title =
        tr("%1: %2").arg(index.siblingAtColumn(FleetTableModel::ApplicationColumn).data().toString(),
                         index.data(Qt::DisplayRole).toString());
    return reasons.isEmpty() ? title : title + u'\n' + reasons;
}

void FleetTileView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void FleetTileView::scrollContentsBy(int dx, int dy)
{
    viewport()->scroll(dx, dy);
    emit visibleTilesChanged();
}

void FleetTileView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const int row = rowAt(event->position().toPoint()); row >= 0) {
            const QString previous = m_currentAppId;
            m_currentAppId = m_tiles.at(row).appId; // no scrolling under the mouse
            if (previous != m_currentAppId) {
                updateApp(previous);
                updateTile(row);
                emit currentAppIdChanged(m_currentAppId);
            }
        }
        event->accept(); // between tiles too: the grid is the target, not the page behind it
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void FleetTileView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void FleetTileView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const int row = rowAt(event->position().toPoint()); row >= 0) {
            const QString appId = m_tiles.at(row).appId;
            emit applicationOpened(appId);
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void FleetTileView::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    setHoveredApp(row < 0 ? QString() : m_tiles.at(row).appId);
    QAbstractScrollArea::mouseMoveEvent(event);
}

void FleetTileView::setHoveredApp(const QString &appId)
{
    if (appId == m_hoveredAppId)
        return;
    const QString previous = m_hoveredAppId;
    m_hoveredAppId = appId;
    updateApp(previous);
    updateApp(appId);
}

void FleetTileView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        moveCurrent(event->key());
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (rowOfApp(m_currentAppId) >= 0) {
            emit applicationOpened(m_currentAppId);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void FleetTileView::moveCurrent(int key)
{
    if (m_order.isEmpty())
        return;
    const int row = rowOfApp(m_currentAppId);
    if (row < 0) {
        setCurrentAppId(m_tiles.at(m_order.first()).appId);
        return;
    }
    const qsizetype position = m_order.indexOf(row);
    qsizetype next = position;
    switch (key) {
    case Qt::Key_Left:
        next = std::max<qsizetype>(0, position - 1);
        break;
    case Qt::Key_Right:
        next = std::min(m_order.size() - 1, position + 1);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = m_order.size() - 1;
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // The nearest line above or below (across group headers), then the nearest column.
        const QRect from = m_tiles.at(row).rect;
        const bool up = key == Qt::Key_Up;
        int bestLine = -1;
        int bestDistance = 0;
        for (qsizetype i = 0; i < m_order.size(); ++i) {
            const QRect rect = m_tiles.at(m_order.at(i)).rect;
            if (up ? rect.top() >= from.top() : rect.top() <= from.top())
                continue;
            const int distance = std::abs(rect.center().x() - from.center().x());
            const bool nearerLine = bestLine < 0
                                    || (up ? rect.top() > m_tiles.at(m_order.at(bestLine)).rect.top()
                                           : rect.top() < m_tiles.at(m_order.at(bestLine)).rect.top());
            const bool sameLine = bestLine >= 0 && rect.top() == m_tiles.at(m_order.at(bestLine)).rect.top();
            if (nearerLine || (sameLine && distance < bestDistance)) {
                bestLine = int(i);
                bestDistance = distance;
            }
        }
        if (bestLine >= 0)
            next = bestLine;
        break;
    }
    default:
        break;
    }
    setCurrentAppId(m_tiles.at(m_order.at(next)).appId);
}

void FleetTileView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    // Tabbing in with nothing chosen: the first tile, so that the focus shows and Enter works.
    const bool byKeyboard = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason
                            || event->reason() == Qt::ShortcutFocusReason;
    if (byKeyboard && rowOfApp(m_currentAppId) < 0 && !m_order.isEmpty())
        setCurrentAppId(m_tiles.at(m_order.first()).appId);
    updateApp(m_currentAppId);
}

void FleetTileView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    updateApp(m_currentAppId);
}

bool FleetTileView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const int row = rowAt(help->pos()); row >= 0)
            QToolTip::showText(help->globalPos(), tooltipOf(row), viewport(),
                               toViewport(m_tiles.at(row).rect));
        else
            QToolTip::hideText();
        return true;
    }
    case QEvent::Leave:
        setHoveredApp({});
        break;
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void FleetTileView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        relayout();
    else if (event->type() == QEvent::PaletteChange)
        viewport()->update(); // the frames are keyed by their colours
}
