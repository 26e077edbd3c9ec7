#include "changehistorypanel.h"

#include "core/appversiontablemodel.h"
#include "core/changeordertablemodel.h"
#include "core/itemroles.h"
#include "widgets/messagebanner.h"
#include "widgets/statusdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QTableView *historyTable(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *sectionTitle(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

ChangeHistoryPanel::ChangeHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_changeOrderProxy(new QSortFilterProxyModel(this))
    , m_versionProxy(new QSortFilterProxyModel(this))
    , m_loadingNotice(new QLabel(tr("Loading…"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_banner(new MessageBanner(this))
    , m_changeOrderView(historyTable(u"changeOrderTable"_s, this))
    , m_openButton(new QPushButton(tr("Open"), this))
    , m_exportButton(new QPushButton(tr("Export record…"), this))
    , m_versionView(historyTable(u"versionTable"_s, this))
    , m_rollbackButton(new QPushButton(tr("Roll back to this version…"), this))
{
    m_loadingNotice->setObjectName(u"historyLoadingNotice"_s);
    m_loadingNotice->hide();
    m_refreshButton->setObjectName(u"refreshHistoryButton"_s);
    m_banner->setObjectName(u"historyBanner"_s);
    // The banner says what holds while its cause lasts: closing it would hide why a button is off.
    m_banner->setDismissible(false);
    m_banner->hide();
    m_openButton->setObjectName(u"openChangeOrderButton"_s);
    m_openButton->setToolTip(tr("Show the change order's batches, stages and tasks"));
    m_exportButton->setObjectName(u"exportRecordButton"_s);
    m_exportButton->setToolTip(tr("Save the release record of the change order as PDF and Markdown"));
    m_rollbackButton->setObjectName(u"rollbackButton"_s);

    m_changeOrderProxy->setSortRole(ItemRoles::SortRole);
    m_versionProxy->setSortRole(ItemRoles::SortRole);
    // When a refresh drops the selected row, a single-selection view selects its neighbour: a
    // rollback to a version the user did not pick would be one click away. Nothing stays selected
    // instead. Connected before the views get their models, so that this runs before the view moves.
    const QList<std::pair<QTableView *, QSortFilterProxyModel *>> tables{
        {m_changeOrderView, m_changeOrderProxy}, {m_versionView, m_versionProxy}};
    for (const auto &[view, proxy] : tables) {
        const auto selectedRowGoes = std::make_shared<bool>(false);
        connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [view, selectedRowGoes](const QModelIndex &removedFrom, int first, int last) {
                    if (removedFrom.isValid() || !view->selectionModel())
                        return;
                    const QModelIndexList rows = view->selectionModel()->selectedRows();
                    *selectedRowGoes = !rows.isEmpty() && rows.constFirst().row() >= first
                                       && rows.constFirst().row() <= last;
                });
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, [this, view, selectedRowGoes] {
            if (*selectedRowGoes) {
                *selectedRowGoes = false;
                view->selectionModel()->clear();
            }
            updateActions();
        });
        connect(proxy, &QAbstractItemModel::modelReset, this, &ChangeHistoryPanel::updateActions);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &ChangeHistoryPanel::updateActions);
    }
    m_changeOrderView->setModel(m_changeOrderProxy);
    m_versionView->setModel(m_versionProxy);
    for (QTableView *view : {m_changeOrderView, m_versionView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ChangeHistoryPanel::updateActions);
    m_changeOrderView->setItemDelegateForColumn(ChangeOrderTableModel::StatusColumn,
                                                new StatusDelegate(m_changeOrderView));
    connect(m_refreshButton, &QPushButton::clicked, this, &ChangeHistoryPanel::refreshRequested);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedChangeOrderId(); !id.isEmpty())
            emit changeOrderOpened(id);
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedChangeOrderId(); !id.isEmpty())
            emit exportRequested(id);
    });
    connect(m_rollbackButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedVersionId();
        if (!id.isEmpty() && m_rollbackBlockedReason.isEmpty())
            emit rollbackRequested(id);
    });
    // Activation is a double-click or Return, once either way.
    connect(m_changeOrderView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ItemRoles::IdRole).toString();
        if (!id.isEmpty())
            emit changeOrderOpened(id);
    });
    m_changeOrderView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_changeOrderView, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_changeOrderView->indexAt(position);
        if (!index.isValid())
            return;
        m_changeOrderView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
        auto *menu = new QMenu(this);
        menu->setObjectName(u"changeOrderMenu"_s);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_openButton->text(), m_openButton, &QPushButton::click);
        menu->addAction(m_exportButton->text(), m_exportButton, &QPushButton::click);
        menu->popup(m_changeOrderView->viewport()->mapToGlobal(position));
    });
    auto *header = new QHBoxLayout;
    header->addWidget(sectionTitle(tr("Change orders"), u"changeOrdersTitle"_s, this));
    header->addWidget(m_loadingNotice);
    header->addStretch();
    header->addWidget(m_openButton);
    header->addWidget(m_exportButton);
    header->addWidget(m_refreshButton);

    auto *changeOrders = new QWidget(this);
    auto *changeOrdersLayout = new QVBoxLayout(changeOrders);
    changeOrdersLayout->setContentsMargins(0, 0, 0, 0);
    changeOrdersLayout->addLayout(header);
    changeOrdersLayout->addWidget(m_changeOrderView);

    auto *versionHeader = new QHBoxLayout;
    //: the versions an application ran, to roll back to
    versionHeader->addWidget(sectionTitle(tr("Versions"), u"versionsTitle"_s, this));
    versionHeader->addStretch();
    versionHeader->addWidget(m_rollbackButton);

    auto *versions = new QWidget(this);
    auto *versionsLayout = new QVBoxLayout(versions);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    versionsLayout->addLayout(versionHeader);
    versionsLayout->addWidget(m_versionView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"historySplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(changeOrders);
    splitter->addWidget(versions);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    updateActions();
}

void ChangeHistoryPanel::setModels(QAbstractItemModel *changeOrders, QAbstractItemModel *versions)
{
    m_changeOrderProxy->setSourceModel(changeOrders);
    m_versionProxy->setSourceModel(versions);
    m_changeOrderView->sortByColumn(ChangeOrderTableModel::CreatedColumn, Qt::DescendingOrder);
    m_versionView->sortByColumn(AppVersionTableModel::CreatedColumn, Qt::DescendingOrder);
    // Widths once the columns exist.
    const QFontMetrics metrics = m_changeOrderView->fontMetrics();
    const int character = metrics.averageCharWidth();
    const int time = metrics.horizontalAdvance(u"2026-11-27 00:00:00"_s) + 3 * character;
    m_changeOrderView->setColumnWidth(ChangeOrderTableModel::CreatedColumn, time);
    m_changeOrderView->setColumnWidth(ChangeOrderTableModel::TypeColumn, 16 * character);
    m_changeOrderView->setColumnWidth(ChangeOrderTableModel::StatusColumn, 28 * character);
    m_changeOrderView->setColumnWidth(ChangeOrderTableModel::DescriptionColumn, 34 * character);
    m_changeOrderView->setColumnWidth(ChangeOrderTableModel::BatchesColumn, 9 * character);
    m_changeOrderView->setColumnWidth(ChangeOrderTableModel::DurationColumn, 10 * character);
    m_changeOrderView->setColumnWidth(ChangeOrderTableModel::FinishedColumn, time);
    m_versionView->setColumnWidth(AppVersionTableModel::CreatedColumn, time);
    m_versionView->setColumnWidth(AppVersionTableModel::TypeColumn, 10 * character);
    m_versionView->setColumnWidth(AppVersionTableModel::WhatRanColumn, 50 * character);

    updateActions();
}

void ChangeHistoryPanel::setLoading(bool loading)
{
    m_loading = loading;
    m_loadingNotice->setVisible(loading);
    m_refreshButton->setEnabled(!loading);
}

void ChangeHistoryPanel::setStaleReason(const QString &text)
{
    m_staleReason = text;
    updateBanner();
}

void ChangeHistoryPanel::setRollbackBlockedReason(const QString &reason)
{
    m_rollbackBlockedReason = reason;
    updateBanner();
    updateActions();
}

QString ChangeHistoryPanel::selectedChangeOrderId() const
{
    return selectedId(m_changeOrderView);
}

QString ChangeHistoryPanel::selectedVersionId() const
{
    return selectedId(m_versionView);
}

QString ChangeHistoryPanel::selectedId(const QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(ItemRoles::IdRole).toString();
}

void ChangeHistoryPanel::updateActions()
{
    const bool changeOrder = !selectedChangeOrderId().isEmpty();
    m_openButton->setEnabled(changeOrder);
    m_exportButton->setEnabled(changeOrder);
    const bool version = !selectedVersionId().isEmpty();
    m_rollbackButton->setEnabled(version && m_rollbackBlockedReason.isEmpty());
    m_rollbackButton->setToolTip(!m_rollbackBlockedReason.isEmpty() ? m_rollbackBlockedReason
                                 : version ? tr("Review a rollback to the selected version")
                                           : tr("Select a version to roll back to"));
}

void ChangeHistoryPanel::updateBanner()
{
    QStringList lines;
    if (!m_staleReason.isEmpty())
        lines.append(m_staleReason);
    if (!m_rollbackBlockedReason.isEmpty())
        //: %1: why a rollback cannot start now
        lines.append(tr("Rollback is not possible now: %1").arg(m_rollbackBlockedReason));
    if (lines.isEmpty()) {
        m_banner->hide();
        return;
    }
    m_banner->showMessage(m_staleReason.isEmpty() ? MessageBanner::Level::Information
                                                  : MessageBanner::Level::Warning,
                          lines.join(u'\n'));
    m_banner->show();
}
