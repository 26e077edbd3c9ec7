#pragma once

#include "widgets/fleettileview.h"

#include <QList>
#include <QString>
#include <QWidget>

class FleetFilterProxyModel;
class MessageBanner;
class QAbstractItemModel;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

/**
 * The fleet page (issue 8): every application of the profile with its health score and what is
 * wrong, the worst first, as tiles (the default) or as a table; a summary of how many need
 * someone. Filters: text, and "Unhealthy only", "Changing", "Waiting for sign-off" (several on:
 * any of them); grouping by namespace or region. Opening a tile or a row (double-click, Enter)
 * asks for that application, so that the on-call engineer goes from "something is wrong" to the
 * application in one step. It shows a FleetTableModel; when a read failed, a banner says what is
 * unknown and the rows stay. It tells its owner which applications are on screen, so that detail
 * reads are spent on them first.
 *
 * Grouping in the table: rows sort by the namespace (or region) name first, in the direction of
 * the sorted column, and by the sorted column within a group. The tiles order their groups worst
 * first instead, which a table sorted by one column cannot show.
 */
class FleetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetPanel)

public:
    explicit FleetPanel(QWidget *parent = nullptr);

    /// `fleet` is a FleetTableModel (or a model with its columns and roles).
    void setModel(QAbstractItemModel *fleet);
    QTableView *table() const { return m_table; }
    FleetTileView *tiles() const { return m_tiles; }
    /// Only the critical and warning rows.
    void setUnhealthyOnly(bool unhealthyOnly);
    /// Only the applications whose newest change order runs or waits.
    void setChangingOnly(bool changingOnly);
    /// Only the applications whose change order waits for someone to sign off the next batch.
    void setWaitingOnly(bool waitingOnly);
    /// What the last cycle could not read (with code and RequestId); empty clears it.
    void setStaleReason(const QString &text);
    /// Tiles (true, the default) or the table.
    void setTileView(bool tiles);
    bool isTileView() const;
    void setGrouping(FleetTileView::Grouping grouping);
    FleetTileView::Grouping grouping() const;
    /// The namespaces whose notifications are muted, said under the summary; empty hides it.
    void setMutedNamespaces(const QStringList &names);
    /// The applications on screen: the table's visible rows, or the tiles in the viewport.
    QList<QString> visibleAppIds() const;
    /// Offers "All profiles" (hidden when there is no other profile to add).
    void setAllProfilesAvailable(bool available);
    /// Whether the fleet includes the other profiles' applications (says nothing back).
    void setAllProfiles(bool allProfiles);
    bool isAllProfiles() const;
    /// Every application the filters let through, in the order shown (what an export writes).
    QList<QString> shownAppIds() const;

signals:
    void applicationOpened(const QString &appId);
    /// The user wants the fleet table as CSV; the owner asks where and writes it.
    void exportCsvRequested();
    /// The user wants the hand-over report between on-call shifts.
    void handOverRequested();
    /// The user wants the other profiles' applications on the page too (or no longer).
    void allProfilesToggled(bool allProfiles);
    /// visibleAppIds() may have changed (scrolled, resized, filtered, refreshed); ~250 ms after the
    /// last such change, so that a scroll gives one signal.
    void visibleApplicationsChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();
    void scheduleVisibleChanged();
    void applyMutedColor();

    QLabel *m_summary;
    QLabel *m_mutedNote;
    MessageBanner *m_banner;
    QLineEdit *m_filter;
    QCheckBox *m_unhealthyOnly;
    QCheckBox *m_changingOnly;
    QCheckBox *m_waitingOnly;
    QCheckBox *m_allProfiles;
    QComboBox *m_grouping;
    QToolButton *m_tableButton;
    QToolButton *m_tilesButton;
    QButtonGroup *m_viewButtons;
    QPushButton *m_exportCsv;
    QPushButton *m_handOver;
    QStackedWidget *m_views;
    QTableView *m_table;
    FleetTileView *m_tiles;
    FleetFilterProxyModel *m_shown;
    QTimer *m_visibleChanged;
};
