#include "instancepanel.h"

#include "core/instancetablemodel.h"
#include "core/itemroles.h"
#include "widgets/statusdelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

InstancePanel::InstancePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_staleNotice(new QLabel(this))
    , m_attentionFilter(new QCheckBox(tr("Only instances needing attention"), this))
    , m_restartButton(new QPushButton(tr("Restart…"), this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_title->setObjectName(QStringLiteral("instanceTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_staleNotice->setObjectName(QStringLiteral("instanceStaleNotice"));
    m_staleNotice->hide();
    m_attentionFilter->setObjectName(QStringLiteral("instanceAttentionFilter"));
    m_attentionFilter->setToolTip(tr("Show only instances whose container or health check is failing"));
    m_restartButton->setObjectName(QStringLiteral("restartInstanceButton"));
    m_restartButton->setToolTip(tr("Restart the selected instances"));
    m_deleteButton->setObjectName(QStringLiteral("deleteInstanceButton"));
    m_deleteButton->setToolTip(tr("Delete the selected instances; the platform replaces them"));

    m_proxy->setSortRole(ItemRoles::SortRole);
    m_proxy->setFilterRole(ItemRoles::NeedsAttentionRole);
    connect(m_attentionFilter, &QCheckBox::toggled, this, &InstancePanel::setAttentionFilter);

    m_view->setObjectName(QStringLiteral("instanceTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InstanceTableModel::StatusColumn, Qt::AscendingOrder); // failures first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *statusDelegate = new StatusDelegate(m_view);
    m_view->setItemDelegateForColumn(InstanceTableModel::StatusColumn, statusDelegate);
    m_view->setItemDelegateForColumn(InstanceTableModel::HealthColumn, statusDelegate);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    connect(m_view, &QWidget::customContextMenuRequested, this, &InstancePanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InstancePanel::updateActions);
    connect(m_restartButton, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedInstanceIds(); !ids.isEmpty())
            emit restartRequested(ids);
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedInstanceIds(); !ids.isEmpty())
            emit deleteRequested(ids);
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_staleNotice);
    header->addWidget(m_attentionFilter);
    header->addWidget(m_restartButton);
    header->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    updateTitle();
    updateActions();
}

void InstancePanel::setModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    const int character = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(InstanceTableModel::InstanceColumn, 40 * character);
    m_view->setColumnWidth(InstanceTableModel::StatusColumn, 22 * character);
    m_view->setColumnWidth(InstanceTableModel::HealthColumn, 34 * character);
    m_view->setColumnWidth(InstanceTableModel::RestartsColumn, 9 * character);
    m_view->setColumnWidth(InstanceTableModel::IpColumn, 14 * character);
    m_view->setColumnWidth(InstanceTableModel::VersionColumn, 12 * character);
    m_view->setColumnWidth(InstanceTableModel::GroupColumn, 20 * character);
    connect(model, &QAbstractItemModel::modelReset, this, &InstancePanel::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InstancePanel::updateActions);
}

void InstancePanel::setApplicationName(const QString &appName)
{
    m_appName = appName;
    updateTitle();
}

void InstancePanel::setLoading(bool loading)
{
    m_loading = loading;
    updateTitle();
}

void InstancePanel::setStaleSince(const QDateTime &lastGoodUpdate)
{
    m_staleNotice->setVisible(lastGoodUpdate.isValid());
    if (lastGoodUpdate.isValid()) {
        m_staleNotice->setText(
            tr("⚠ Stale: data from %1")
                .arg(QLocale().toString(lastGoodUpdate.toLocalTime().time(), QLocale::ShortFormat)));
    }
}

void InstancePanel::setAttentionFilter(bool onlyNeedingAttention)
{
    if (m_attentionFilter->isChecked() != onlyNeedingAttention)
        m_attentionFilter->setChecked(onlyNeedingAttention); // comes back here through toggled()
    static const QRegularExpression needingAttention(QStringLiteral("^true$"));
    m_proxy->setFilterRegularExpression(onlyNeedingAttention ? needingAttention : QRegularExpression());
    updateTitle();
}

bool InstancePanel::isAttentionFilterOn() const
{
    return m_attentionFilter->isChecked();
}

QStringList InstancePanel::selectedInstanceIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(ItemRoles::IdRole).toString());
    ids.sort();
    return ids;
}

bool InstancePanel::selectInstance(const QString &instanceId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ItemRoles::IdRole).toString() == instanceId) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

int InstancePanel::visibleInstanceCount() const
{
    return m_proxy->rowCount();
}

void InstancePanel::updateTitle()
{
    if (m_appName.isEmpty()) {
        m_title->setText(tr("Instances"));
        return;
    }
    //: %1 is an application name
    QString title = tr("Instances of %1").arg(m_appName);
    if (m_attentionFilter->isChecked() && m_proxy->sourceModel())
        //: after the title while the attention filter is on: %1 shown of %2 instances
        title += u' '
                 + tr("(%1 of %2 need attention)")
                       .arg(m_proxy->rowCount())
                       .arg(m_proxy->sourceModel()->rowCount());
    if (m_loading)
        title += u' ' + tr("(loading…)");
    m_title->setText(title);
}

void InstancePanel::updateActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_restartButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
}

void InstancePanel::showContextMenu(const QPoint &position)
{
    const QModelIndex clicked = m_view->indexAt(position);
    if (!clicked.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(clicked.row(), clicked.parent()))
        m_view->selectionModel()->select(clicked,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QStringList ids = selectedInstanceIds();
    const QString clickedId = clicked.data(ItemRoles::IdRole).toString();

    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Show log"), this, [this, clickedId] { emit logRequested(clickedId); });
    menu->addAction(tr("Show events"), this, [this, clickedId] { emit eventsRequested(clickedId); });

    menu->addAction(tr("Copy instance ID"), this,
                    [clickedId] { QApplication::clipboard()->setText(clickedId); });
    menu->addSeparator();
    menu->addAction(tr("Restart %n instance(s)…", nullptr, int(ids.size())), this,
                    [this, ids] { emit restartRequested(ids); });
    menu->addAction(tr("Delete %n instance(s)…", nullptr, int(ids.size())), this,
                    [this, ids] { emit deleteRequested(ids); });
    menu->popup(m_view->viewport()->mapToGlobal(position));
}
