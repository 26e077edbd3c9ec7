#include "applicationlistpanel.h"

#include "core/applicationfilterproxymodel.h"
#include "core/applicationtablemodel.h"
#include "core/durationformat.h"
#include "core/itemroles.h"
#include "core/manualchangelock.h"
#include "widgets/statusdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

ApplicationListPanel::ApplicationListPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_staleNotice(new QLabel(this))
    , m_view(new QTableView(this))
    , m_proxy(new ApplicationFilterProxyModel(this))
    , m_visibleRowsTimer(new QTimer(this))
    , m_staleAgeTimer(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("applicationFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, ID or version (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ApplicationFilterProxyModel::setFilterText);

    using Status = ApplicationTableModel::Status;
    m_statusFilter->setObjectName(QStringLiteral("applicationStatusFilter"));
    m_statusFilter->setToolTip(tr("Show applications of one status"));
    m_statusFilter->addItem(tr("All statuses"));
    for (Status status : {Status::Unhealthy, Status::Changing, Status::Running, Status::Stopped})
        m_statusFilter->addItem(ApplicationTableModel::statusText(status), int(status));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant status = m_statusFilter->itemData(index);
        m_proxy->setStatusFilter(status.isValid() ? std::optional<int>(status.toInt()) : std::nullopt);
    });

    m_visibleRowsTimer->setSingleShot(true);
    m_visibleRowsTimer->setInterval(300);
    connect(m_visibleRowsTimer, &QTimer::timeout, this,
            [this] { emit visibleApplicationsChanged(visibleApplicationIds()); });
    m_staleAgeTimer->setInterval(5000);
    connect(m_staleAgeTimer, &QTimer::timeout, this, &ApplicationListPanel::updateStaleNotice);

    m_summary->setObjectName(QStringLiteral("applicationSummary"));
    m_staleNotice->setObjectName(QStringLiteral("applicationStaleNotice"));
    m_staleNotice->hide();

    // While the proxy reshapes itself, the view's current row wanders (Qt moves it to a
    // neighbour of a hidden row); those moves are not choices. The "about to" connections are
    // made before the view's, the "done" ones after, so they bracket the view's own handling.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &ApplicationListPanel::beginModelChange);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &ApplicationListPanel::beginModelChange);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &ApplicationListPanel::beginModelChange);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &ApplicationListPanel::beginModelChange);

    m_view->setObjectName(QStringLiteral("applicationTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // Fixed heights let the header treat thousands of rows as one span instead of one section each.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto *statusDelegate = new StatusDelegate(m_view);
    m_view->setItemDelegateForColumn(ApplicationTableModel::StatusColumn, statusDelegate);
    m_view->setItemDelegateForColumn(ApplicationTableModel::LastChangeColumn, statusDelegate);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ApplicationListPanel::showContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(ItemRoles::IdRole).toString(), DetailPage::Overview);
    });
    const auto reportVisibleRows = [this] { m_visibleRowsTimer->start(); };
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, reportVisibleRows);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, reportVisibleRows);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, reportVisibleRows);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, reportVisibleRows);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, reportVisibleRows);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApplicationListPanel::onCurrentRowChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ApplicationListPanel::endModelChange);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ApplicationListPanel::endModelChange);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ApplicationListPanel::endModelChange);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApplicationListPanel::endModelChange);
    m_view->setSortingEnabled(true); // after the connections above: sorting reshapes the proxy
    m_view->sortByColumn(ApplicationTableModel::NameColumn, Qt::AscendingOrder);

    auto *header = new QHBoxLayout;
    header->addWidget(m_filter, 1);
    header->addWidget(m_statusFilter);
    header->addWidget(m_staleNotice);
    header->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    updateSummary();
}

void ApplicationListPanel::setModel(QAbstractItemModel *model)
{
    if (m_proxy->sourceModel())
        m_proxy->sourceModel()->disconnect(this);
    m_proxy->setSourceModel(model);
    // The proxy drops rows while the source is only about to remove them; whether the chosen
    // application is gone is known once the source has removed them.
    const auto reconcileWhenSettled = [this] {
        if (m_modelChangeDepth == 0)
            reconcileCurrentRow();
    };
    connect(model, &QAbstractItemModel::rowsRemoved, this, reconcileWhenSettled);
    connect(model, &QAbstractItemModel::modelReset, this, reconcileWhenSettled);
    // Widths in character cells, so that they scale with the font and the language.
    const int character = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(ApplicationTableModel::NameColumn, 30 * character);
    m_view->setColumnWidth(ApplicationTableModel::NamespaceColumn, 14 * character);
    m_view->setColumnWidth(ApplicationTableModel::StatusColumn, 16 * character);
    m_view->setColumnWidth(ApplicationTableModel::InstancesColumn, 12 * character);
    m_view->setColumnWidth(ApplicationTableModel::SpecColumn, 18 * character);
    m_view->setColumnWidth(ApplicationTableModel::VersionColumn, 14 * character);
    m_view->setColumnWidth(ApplicationTableModel::ScalingColumn, 15 * character);
    reconcileCurrentRow();
    updateSummary();
}

QString ApplicationListPanel::currentApplicationId() const
{
    return m_chosenAppId;
}

QString ApplicationListPanel::currentLockReason() const
{
    // The chosen row's source index follows it at no cost, also while the filter hides it.
    if (m_chosenSourceRow.isValid() && m_chosenSourceRow.data(ItemRoles::IdRole).toString() == m_chosenAppId)
        return m_chosenSourceRow.data(ItemRoles::LockReasonRole).toString();
    return proxyIndexOf(m_chosenAppId).data(ItemRoles::LockReasonRole).toString();
}

bool ApplicationListPanel::selectApplication(const QString &appId)
{
    const QModelIndex index = proxyIndexOf(appId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index); // a choice: reported through onCurrentRowChanged()
    m_view->scrollTo(index);
    return true;
}

void ApplicationListPanel::setPreferredApplication(const QString &appId)
{
    m_preferredAppId = appId;
}

void ApplicationListPanel::setStaleSince(const QDateTime &lastGoodUpdate)
{
    m_staleSince = lastGoodUpdate;
    m_staleNotice->setVisible(lastGoodUpdate.isValid());
    if (lastGoodUpdate.isValid())
        m_staleAgeTimer->start();
    else
        m_staleAgeTimer->stop();
    updateStaleNotice();
}

void ApplicationListPanel::updateStaleNotice()
{
    if (!m_staleSince.isValid())
        return;
    const qint64 age = qMax<qint64>(0, m_staleSince.secsTo(QDateTime::currentDateTimeUtc()));
    //: shown next to a list whose refresh failed; %1 its age ("3m"), %2 the time of the last good data
    m_staleNotice->setText(
        tr("⚠ Stale: %1 old (from %2)")
            .arg(DurationFormat::compact(age),
                 QLocale().toString(m_staleSince.toLocalTime().time(), QLocale::ShortFormat)));
}

void ApplicationListPanel::setStatusFilter(std::optional<int> status)
{
    const int index = status ? m_statusFilter->findData(*status) : 0;
    m_statusFilter->setCurrentIndex(qMax(0, index));
}

void ApplicationListPanel::clearFilters()
{
    m_filter->clear();
    m_statusFilter->setCurrentIndex(0);
}

QString ApplicationListPanel::filterText() const
{
    return m_filter->text();
}

int ApplicationListPanel::shownCount() const
{
    return m_proxy->rowCount();
}

QStringList ApplicationListPanel::visibleApplicationIds() const
{
    QStringList ids;
    const int rows = m_proxy->rowCount();
    // Behind another page (the fleet) no row is on screen; shown again, it reports its rows.
    if (rows == 0 || (window() != this && !isVisibleTo(window())))
        return ids;
    int first = m_view->rowAt(0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = rows - 1;
    for (int row = first; row <= last; ++row)
        ids.append(m_proxy->index(row, 0).data(ItemRoles::IdRole).toString());
    return ids;
}

QByteArray ApplicationListPanel::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void ApplicationListPanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void ApplicationListPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex clicked = m_view->indexAt(position);
    if (!clicked.isValid())
        return;
    m_view->setCurrentIndex(clicked); // acting on a row chooses it, as in every file manager
    const QString appId = clicked.data(ItemRoles::IdRole).toString();
    const QString appName =
        m_proxy->index(clicked.row(), ApplicationTableModel::NameColumn).data().toString();

    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto open = [this, menu, appId](const QString &text, DetailPage page) {
        menu->addAction(text, this, [this, appId, page] { emit openRequested(appId, page); });
    };
    open(tr("Overview"), DetailPage::Overview);
    open(tr("Instances"), DetailPage::Instances);
    open(tr("Monitoring"), DetailPage::Monitoring);
    open(tr("Events"), DetailPage::Events);
    open(tr("Logs"), DetailPage::Logs);
    open(tr("Scaling"), DetailPage::Scaling);
    open(tr("Changes"), DetailPage::Changes);
    menu->addSeparator();
    menu->addAction(tr("Copy application ID"), this, [appId] { QApplication::clipboard()->setText(appId); });
    menu->addAction(tr("Copy name"), this, [appName] { QApplication::clipboard()->setText(appName); });
    menu->addSeparator();
    // While a scaling rule is enabled, restart and stop are blocked (reference 7.1): say why.
    const QString lockReason = clicked.data(ItemRoles::LockReasonRole).toString();
    menu->setToolTipsVisible(true);
    const auto act = [this, menu, appId, &lockReason](const QString &text, LifecycleAction action) {
        QAction *item = menu->addAction(
            text, this, [this, appId, action] { emit lifecycleActionRequested(appId, action); });
        if (ManualChangeLock::blocks(action) && !lockReason.isEmpty()) {
            item->setEnabled(false);
            item->setToolTip(lockReason);
            item->setStatusTip(lockReason);
        }
    };
    act(tr("Deploy…"), LifecycleAction::Deploy);
    act(tr("Restart application…"), LifecycleAction::Restart);
    act(tr("Stop application…"), LifecycleAction::Stop);
    act(tr("Start application…"), LifecycleAction::Start);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

void ApplicationListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ApplicationListPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_visibleRowsTimer->start();
}

bool ApplicationListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape
            && (!m_filter->text().isEmpty() || m_statusFilter->currentIndex() > 0)) {
            clearFilters();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ApplicationListPanel::updateSummary()
{
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    if (shown == total)
        m_summary->setText(tr("%n application(s)", nullptr, total));
    else
        //: %1 of %2 applications match the filter
        m_summary->setText(tr("%1 of %n application(s)", nullptr, total).arg(shown));
}

void ApplicationListPanel::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_modelChangeDepth > 0 || !current.isValid())
        return;
    choose(current.data(ItemRoles::IdRole).toString());
}

void ApplicationListPanel::beginModelChange()
{
    ++m_modelChangeDepth;
}

void ApplicationListPanel::endModelChange()
{
    // Connected to the "done" signals only, which can arrive without a matching "about to" when
    // the model is set; never go below zero.
    m_modelChangeDepth = qMax(0, m_modelChangeDepth - 1);

    if (m_modelChangeDepth == 0)
        reconcileCurrentRow();
    updateSummary();
}

/// Puts the view's current row back on the chosen application after the rows changed shape.
void ApplicationListPanel::reconcileCurrentRow()
{
    if (!m_chosenAppId.isEmpty() && !anchorChosen()) {
        // Gone from the platform (deleted, or a refresh of another namespace): choose afresh.
        m_chosenAppId.clear();
        emit currentApplicationChanged(QString());
    }
    if (m_chosenAppId.isEmpty()) {
        if (m_proxy->rowCount() == 0)
            return;
        const QModelIndex preferred =
            m_preferredAppId.isEmpty() ? QModelIndex() : proxyIndexOf(std::exchange(m_preferredAppId, {}));
        m_view->setCurrentIndex(preferred.isValid() ? preferred : m_proxy->index(0, 0));
        if (preferred.isValid())
            m_view->scrollTo(preferred, QAbstractItemView::PositionAtCenter);
        return;
    }
    const QModelIndex chosen = m_proxy->mapFromSource(m_chosenSourceRow);
    QItemSelectionModel *selection = m_view->selectionModel();
    ++m_modelChangeDepth; // restoring the current row is not a new choice
    if (chosen.isValid()) {
        if (selection->currentIndex().row() != chosen.row())
            selection->setCurrentIndex(chosen,
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        // Filtered out of view: highlight nothing rather than an application nobody chose.
        selection->clear();
    }
    --m_modelChangeDepth;
}

bool ApplicationListPanel::anchorChosen()
{
    if (m_chosenSourceRow.isValid() && m_chosenSourceRow.data(ItemRoles::IdRole).toString() == m_chosenAppId)
        return true; // the common case, at no cost: the persistent index followed the row
    m_chosenSourceRow = QPersistentModelIndex();
    const QAbstractItemModel *source = m_proxy->sourceModel();
    if (!source)
        return false;
    for (int row = 0; row < source->rowCount(); ++row) {
        const QModelIndex index = source->index(row, 0);
        if (index.data(ItemRoles::IdRole).toString() == m_chosenAppId) {
            m_chosenSourceRow = index;
            return true;
        }
    }
    return false;
}

QModelIndex ApplicationListPanel::proxyIndexOf(const QString &appId) const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ItemRoles::IdRole).toString() == appId)
            return index;
    }
    return {};
}

void ApplicationListPanel::choose(const QString &appId)
{
    if (appId == m_chosenAppId)
        return;
    m_chosenAppId = appId;
    m_chosenSourceRow = QPersistentModelIndex();
    anchorChosen();
    emit currentApplicationChanged(appId);
}
