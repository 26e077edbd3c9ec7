#include "fleetpanel.h"

#include "core/fleettablemodel.h"
#include "core/itemroles.h"
#include "fleetfilterproxymodel.h"
#include "messagebanner.h"
#include "statusdelegate.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int visibleChangeDelayMs = 250;

int groupColumnOf(FleetTileView::Grouping grouping)
{
    switch (grouping) {
    case FleetTileView::Grouping::Namespace:
        return FleetTableModel::NamespaceColumn;
    case FleetTileView::Grouping::Region:
        return FleetTableModel::RegionColumn;
    case FleetTileView::Grouping::None:
        break;
    }
    return -1;
}

} // namespace

FleetPanel::FleetPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_mutedNote(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_filter(new QLineEdit(this))
    , m_unhealthyOnly(new QCheckBox(tr("&Unhealthy only"), this))
    , m_changingOnly(new QCheckBox(tr("C&hanging"), this))
    , m_waitingOnly(new QCheckBox(tr("&Waiting for sign-off"), this))
    , m_allProfiles(new QCheckBox(tr("All &profiles"), this))
    , m_grouping(new QComboBox(this))
    , m_tableButton(new QToolButton(this))
    , m_tilesButton(new QToolButton(this))
    , m_viewButtons(new QButtonGroup(this))
    , m_exportCsv(new QPushButton(tr("Export &CSV…"), this))
    , m_handOver(new QPushButton(tr("Hand-over &report…"), this))
    , m_views(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_tiles(new FleetTileView(this))
    , m_shown(new FleetFilterProxyModel(this))
    , m_visibleChanged(new QTimer(this))
{
    m_summary->setObjectName(u"fleetSummary"_s);
    m_mutedNote->setObjectName(u"fleetMutedNote"_s);
    m_mutedNote->setWordWrap(true);
    m_mutedNote->hide();
    m_banner->setObjectName(u"fleetBanner"_s);
    m_banner->hide();
    m_filter->setObjectName(u"fleetFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by application, namespace or region"));
    m_filter->setClearButtonEnabled(true);

    const QString anyOfThem =
        tr("With several of these on, an application is shown when it matches any of them.");
    m_unhealthyOnly->setObjectName(u"fleetUnhealthyOnly"_s);
    m_unhealthyOnly->setToolTip(tr("Critical and warning applications.") + u'\n' + anyOfThem);
    m_changingOnly->setObjectName(u"fleetChangingOnly"_s);
    m_changingOnly->setToolTip(tr("Applications whose newest change order runs or waits.") + u'\n'
                               + anyOfThem);
    m_waitingOnly->setObjectName(u"fleetWaitingOnly"_s);
    m_waitingOnly->setToolTip(
        tr("Applications whose change order waits for someone to sign off the next batch.") + u'\n'
        + anyOfThem);

    m_grouping->setObjectName(u"fleetGrouping"_s);
    //: group the fleet page by: nothing
    m_grouping->addItem(tr("None"), int(FleetTileView::Grouping::None));
    m_grouping->addItem(tr("Namespace"), int(FleetTileView::Grouping::Namespace));
    m_grouping->addItem(tr("Region"), int(FleetTileView::Grouping::Region));
    auto *groupingLabel = new QLabel(tr("&Group by:"), this);
    groupingLabel->setBuddy(m_grouping);

    m_tableButton->setObjectName(u"fleetTableButton"_s);
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the fleet as a table"));
    m_tilesButton->setObjectName(u"fleetTilesButton"_s);
    m_tilesButton->setText(tr("Tiles"));
    m_tilesButton->setToolTip(tr("Show the fleet as tiles"));
    for (QToolButton *button : {m_tableButton, m_tilesButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_viewButtons->setExclusive(true);
    m_viewButtons->addButton(m_tableButton);
    m_viewButtons->addButton(m_tilesButton);
    m_exportCsv->setObjectName(u"fleetExportCsv"_s);
    m_exportCsv->setToolTip(tr("Save the fleet table, as filtered, as a CSV file"));
    m_handOver->setObjectName(u"fleetHandOver"_s);
    m_handOver->setToolTip(tr("Write a report for the next on-call shift: what was unhealthy, what changed, "
                              "what was done"));

    m_table->setObjectName(u"fleetTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setItemDelegate(new StatusDelegate(m_table));
    m_tiles->setObjectName(u"fleetTiles"_s);
    m_views->addWidget(m_table);
    m_views->addWidget(m_tiles);

    m_visibleChanged->setSingleShot(true);
    m_visibleChanged->setInterval(visibleChangeDelayMs);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_tableButton);
    tools->addWidget(m_tilesButton);
    tools->addSpacing(8);
    tools->addWidget(groupingLabel);
    tools->addWidget(m_grouping);
    tools->addSpacing(8);
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_exportCsv);
    tools->addWidget(m_handOver);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_unhealthyOnly);
    filters->addWidget(m_changingOnly);
    filters->addWidget(m_waitingOnly);
    filters->addStretch(1);
    filters->addWidget(m_allProfiles);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_mutedNote);
    layout->addWidget(m_banner);
    layout->addLayout(tools);
    layout->addLayout(filters);
    layout->addWidget(m_views, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_shown->setText(text);
        updateSummary();
    });
    connect(m_unhealthyOnly, &QCheckBox::toggled, this, &FleetPanel::setUnhealthyOnly);
    connect(m_changingOnly, &QCheckBox::toggled, this, &FleetPanel::setChangingOnly);
    connect(m_waitingOnly, &QCheckBox::toggled, this, &FleetPanel::setWaitingOnly);
    m_allProfiles->setObjectName(u"fleetAllProfiles"_s);
    m_allProfiles->setToolTip(tr("Add the applications of every other Alibaba Cloud profile, each read with "
                                 "its own AccessKey and call budget"));
    m_allProfiles->hide();
    connect(m_allProfiles, &QCheckBox::toggled, this, &FleetPanel::allProfilesToggled);
    connect(m_grouping, &QComboBox::currentIndexChanged, this,
            [this](int index) { setGrouping(FleetTileView::Grouping(m_grouping->itemData(index).toInt())); });
    connect(m_tableButton, &QToolButton::clicked, this, [this] { setTileView(false); });
    connect(m_tilesButton, &QToolButton::clicked, this, [this] { setTileView(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, &FleetPanel::exportCsvRequested);
    connect(m_handOver, &QPushButton::clicked, this, &FleetPanel::handOverRequested);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const QString appId = index.siblingAtColumn(0).data(ItemRoles::IdRole).toString();
            !appId.isEmpty())
            emit applicationOpened(appId);
    });
    connect(m_tiles, &FleetTileView::applicationOpened, this, &FleetPanel::applicationOpened);

    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &FleetPanel::scheduleVisibleChanged);
    connect(m_tiles, &FleetTileView::visibleTilesChanged, this, &FleetPanel::scheduleVisibleChanged);
    connect(m_shown, &QAbstractItemModel::modelReset, this, &FleetPanel::scheduleVisibleChanged);
    connect(m_shown, &QAbstractItemModel::layoutChanged, this, &FleetPanel::scheduleVisibleChanged);
    connect(m_shown, &QAbstractItemModel::rowsInserted, this, &FleetPanel::scheduleVisibleChanged);
    connect(m_shown, &QAbstractItemModel::rowsRemoved, this, &FleetPanel::scheduleVisibleChanged);
    connect(m_shown, &QAbstractItemModel::modelReset, this, &FleetPanel::updateSummary);
    connect(m_shown, &QAbstractItemModel::rowsInserted, this, &FleetPanel::updateSummary);
    connect(m_shown, &QAbstractItemModel::rowsRemoved, this, &FleetPanel::updateSummary);
    connect(m_visibleChanged, &QTimer::timeout, this, &FleetPanel::visibleApplicationsChanged);

    setTileView(true);
    updateSummary();
    applyMutedColor();
}

void FleetPanel::setModel(QAbstractItemModel *fleet)
{
    if (QAbstractItemModel *previous = m_shown->sourceModel())
        disconnect(previous, &QAbstractItemModel::dataChanged, this, &FleetPanel::updateSummary);
    m_shown->setSourceModel(fleet);
    m_table->setModel(m_shown);
    m_tiles->setModel(m_shown);
    m_table->sortByColumn(FleetTableModel::HealthColumn, Qt::AscendingOrder); // the worst first
    m_table->horizontalHeader()->setSectionResizeMode(FleetTableModel::ProblemsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FleetTableModel::ApplicationColumn,
                                                      QHeaderView::ResizeToContents);
    if (fleet)
        connect(fleet, &QAbstractItemModel::dataChanged, this, &FleetPanel::updateSummary);
    updateSummary();
    scheduleVisibleChanged();
}

void FleetPanel::setUnhealthyOnly(bool unhealthyOnly)
{
    if (m_unhealthyOnly->isChecked() != unhealthyOnly)
        m_unhealthyOnly->setChecked(unhealthyOnly); // comes back here through toggled()
    m_shown->setUnhealthyOnly(unhealthyOnly);
    updateSummary();
}

void FleetPanel::setChangingOnly(bool changingOnly)
{
    if (m_changingOnly->isChecked() != changingOnly)
        m_changingOnly->setChecked(changingOnly);
    m_shown->setChangingOnly(changingOnly);
    updateSummary();
}

void FleetPanel::setWaitingOnly(bool waitingOnly)
{
    if (m_waitingOnly->isChecked() != waitingOnly)
        m_waitingOnly->setChecked(waitingOnly);
    m_shown->setWaitingOnly(waitingOnly);
    updateSummary();
}

void FleetPanel::setStaleReason(const QString &text)
{
    if (text.isEmpty()) {
        m_banner->hide();
        return;
    }
    m_banner->showMessage(
        MessageBanner::Level::Warning,
        tr("Part of the fleet's health could not be read; it is shown as unknown. %1").arg(text));
}

void FleetPanel::setTileView(bool tiles)
{
    (tiles ? m_tilesButton : m_tableButton)->setChecked(true);
    QWidget *wanted = tiles ? static_cast<QWidget *>(m_tiles) : m_table;
    if (m_views->currentWidget() == wanted)
        return;
    // The same application stays selected in the other view.
    if (tiles) {
        if (const QModelIndex current = m_table->currentIndex(); current.isValid())
            m_tiles->setCurrentAppId(current.siblingAtColumn(0).data(ItemRoles::IdRole).toString());
    } else if (const QString appId = m_tiles->currentAppId(); !appId.isEmpty() && m_table->model()) {
        const QAbstractItemModel *shown = m_table->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex index = shown->index(row, 0);
            if (index.data(ItemRoles::IdRole).toString() == appId) {
                m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                      | QItemSelectionModel::Rows);
                m_table->scrollTo(index);
                break;
            }
        }
    }
    m_views->setCurrentWidget(wanted);
    scheduleVisibleChanged();
}

bool FleetPanel::isTileView() const
{
    return m_views->currentWidget() == m_tiles;
}

void FleetPanel::setGrouping(FleetTileView::Grouping grouping)
{
    if (const int index = m_grouping->findData(int(grouping)); index != m_grouping->currentIndex())
        m_grouping->setCurrentIndex(index); // comes back here through currentIndexChanged()
    m_shown->setGroupColumn(groupColumnOf(grouping));
    m_tiles->setGrouping(grouping);
}

FleetTileView::Grouping FleetPanel::grouping() const
{
    return m_tiles->grouping();
}

void FleetPanel::setMutedNamespaces(const QStringList &names)
{
    m_mutedNote->setVisible(!names.isEmpty());
    //: %1: namespace names, comma-separated
    m_mutedNote->setText(names.isEmpty() ? QString()
                                         : tr("Notifications muted for: %1").arg(names.join(u", "_s)));
}

void FleetPanel::setAllProfilesAvailable(bool available)
{
    m_allProfiles->setVisible(available);
}

void FleetPanel::setAllProfiles(bool allProfiles)
{
    const QSignalBlocker quiet(m_allProfiles);
    m_allProfiles->setChecked(allProfiles);
}

bool FleetPanel::isAllProfiles() const
{
    return m_allProfiles->isChecked();
}

QList<QString> FleetPanel::shownAppIds() const
{
    QList<QString> shown;
    shown.reserve(m_shown->rowCount());
    for (int row = 0; row < m_shown->rowCount(); ++row)
        shown.append(m_shown->index(row, 0).data(ItemRoles::IdRole).toString());
    return shown;
}

QList<QString> FleetPanel::visibleAppIds() const
{
    if (isTileView())
        return m_tiles->visibleAppIds();
    QList<QString> visible;
    const QAbstractItemModel *shown = m_table->model();
    if (!shown)
        return visible;
    const int first = m_table->rowAt(0);
    if (first < 0)
        return visible;
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = shown->rowCount() - 1;
    for (int row = first; row <= last; ++row)
        visible.append(shown->index(row, 0).data(ItemRoles::IdRole).toString());
    return visible;
}

void FleetPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleVisibleChanged();
}

void FleetPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleVisibleChanged();
}

void FleetPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyMutedColor(); // light or dark: the muted line stays readable
}

void FleetPanel::applyMutedColor()
{
    // Between the text and the background, as the tiles' secondary lines; PlaceholderText is not
    // set by every dark palette and then stays a dark grey.
    const QColor text = palette().color(QPalette::WindowText);
    const QColor window = palette().color(QPalette::Window);
    QPalette colors = m_mutedNote->palette();
    colors.setColor(QPalette::WindowText, QColor::fromRgbF(text.redF() * 0.6f + window.redF() * 0.4f,
                                                           text.greenF() * 0.6f + window.greenF() * 0.4f,
                                                           text.blueF() * 0.6f + window.blueF() * 0.4f));
    m_mutedNote->setPalette(colors);
}

void FleetPanel::scheduleVisibleChanged()
{
    m_visibleChanged->start(); // restarts: one signal after the last change
}

void FleetPanel::updateSummary()
{
    const QAbstractItemModel *fleet = m_shown->sourceModel();
    if (!fleet) {
        m_summary->clear();
        return;
    }
    int unhealthy = 0;
    for (int row = 0; row < fleet->rowCount(); ++row)
        unhealthy += fleet->index(row, 0).data(ItemRoles::NeedsAttentionRole).toBool() ? 1 : 0;
    //: %1: applications needing someone; %n: applications in all
    m_summary->setText(
        tr("%1 of %n application(s) need someone.", nullptr, fleet->rowCount()).arg(unhealthy));
}
