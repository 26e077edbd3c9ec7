#pragma once

#include <QAbstractScrollArea>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QPointer>
#include <QRect>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

/**
 * The fleet page's tile grid (issue 8): one tile per row of a FleetTableModel (or of a filter and
 * sort proxy over it), in a wrapping grid, for the on-call engineer who wants to see the whole
 * fleet at a glance. A tile shows the health score in its severity's colour, the application,
 * its namespace and region, running / target instances, the heaviest reason (all of them in the
 * tooltip), a sparkline of the last hour's score (FleetTableModel::TrendRole) and how fresh it is.
 *
 * Tiles can be grouped by namespace or region under a header line ("prod — 2 of 9 need someone");
 * groups come worst tile first, tiles keep the model's order within a group. A click selects,
 * a double-click or Enter opens (applicationOpened), the arrow keys move the selection. The
 * selection is kept by AppId, so it survives refreshes. It follows the model's signals: a
 * dataChanged that moves no tile repaints only the tiles it names, and only visible tiles are
 * ever painted.
 */
class FleetTileView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTileView)

public:
    enum class Grouping
    {
        None,
        Namespace,
        Region,
    };
    Q_ENUM(Grouping)

    static constexpr int tileWidth = 200; ///< the narrowest a tile gets; wider to fill a row
    static constexpr int tileHeight = 96;

    explicit FleetTileView(QWidget *parent = nullptr);

    /// `fleet` has FleetTableModel's columns and roles; the view does not own it.
    void setModel(QAbstractItemModel *fleet);
    QAbstractItemModel *model() const { return m_model; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    /// The tile of `appId` in viewport coordinates (outside the viewport when scrolled away);
    /// empty when the model does not show it.
    QRect tileRect(const QString &appId) const;
    /// The selected application; kept while a filter hides it, empty when none was chosen.
    QString currentAppId() const { return m_currentAppId; }
    /// Selects `appId` (empty: none) and scrolls its tile into view.
    void setCurrentAppId(const QString &appId);
    /// Scrolls so that the tile of `appId` is fully visible.
    void scrollToApp(const QString &appId);
    int tileCount() const { return int(m_tiles.size()); }
    /// The applications whose tiles intersect the viewport, in the grid's order.
    QStringList visibleAppIds() const;
    /// The group header lines, top to bottom (for tests and screenshots); empty without grouping.
    QStringList groupHeaders() const;

signals:
    void applicationOpened(const QString &appId);
    void currentAppIdChanged(const QString &appId);
    /// The set of visible tiles may have changed: scrolled, resized, laid out again.
    void visibleTilesChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// What the layout needs of one model row; the rest is read when the tile is painted.
    struct Tile
    {
        QString appId;
        QString group;
        int score = 100;
        bool needsAttention = false;
        QRect rect; ///< content coordinates; empty until laid out
    };
    struct Group
    {
        QString name;
        QList<int> rows; ///< model rows, in the model's order
        int worstScore = 100;
        int needingSomeone = 0;
        QRect header; ///< content coordinates
    };

    Tile readTile(int row) const;
    void reloadAll();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void relayout();
    void updateScrollBars();
    int rowOfApp(const QString &appId) const;
    int rowAt(const QPoint &viewportPos) const;
    QRect toViewport(const QRect &content) const;
    void updateTile(int row);
    void updateApp(const QString &appId);
    void moveCurrent(int key);
    void setHoveredApp(const QString &appId);
    struct TileFonts;
    void paintTile(QPainter &painter, const TileFonts &fonts, int row, const QRect &rect) const;
    QPixmap frameOf(const QSize &size, const QColor &severity, const QColor &fill, const QColor &border,
                    int borderWidth) const;
    QString headerText(const Group &group) const;
    QString tooltipOf(int row) const;

    QPointer<QAbstractItemModel> m_model;
    Grouping m_grouping = Grouping::None;
    QList<Tile> m_tiles;   ///< by model row
    QList<Group> m_groups; ///< in display order; one unnamed group without grouping
    QList<int> m_order;    ///< model rows in display order (for the arrow keys)
    int m_contentHeight = 0;
    QString m_currentAppId;
    QString m_hoveredAppId;
    QList<QMetaObject::Connection> m_modelConnections;
    mutable QHash<QString, QPixmap> m_frames; ///< tile backgrounds by size and colours
};
