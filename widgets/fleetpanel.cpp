#include "fleetpanel.h"

#include "core/fleettablemodel.h"
#include "core/itemroles.h"
#include "messagebanner.h"
#include "statusdelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FleetPanel::FleetPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_filter(new QLineEdit(this))
    , m_unhealthyOnly(new QCheckBox(tr("&Unhealthy only"), this))
    , m_table(new QTableView(this))
    , m_byText(new QSortFilterProxyModel(this))
    , m_byHealth(new QSortFilterProxyModel(this))
{
    m_summary->setObjectName(u"fleetSummary"_s);
    m_banner->setObjectName(u"fleetBanner"_s);
    m_banner->hide();
    m_filter->setObjectName(u"fleetFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by application, namespace or region"));
    m_filter->setClearButtonEnabled(true);
    m_unhealthyOnly->setObjectName(u"fleetUnhealthyOnly"_s);
    m_table->setObjectName(u"fleetTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setItemDelegate(new StatusDelegate(m_table));

    m_byText->setFilterRole(ItemRoles::SearchTextRole);
    m_byText->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_byText->setFilterKeyColumn(0);
    m_byHealth->setSourceModel(m_byText);
    m_byHealth->setFilterRole(ItemRoles::NeedsAttentionRole);
    m_byHealth->setFilterKeyColumn(0);
    m_byHealth->setSortRole(ItemRoles::SortRole);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_unhealthyOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_byText->setFilterFixedString(text.trimmed().toLower());
        updateSummary();
    });
    connect(m_unhealthyOnly, &QCheckBox::toggled, this, &FleetPanel::setUnhealthyOnly);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const QString appId = index.siblingAtColumn(0).data(ItemRoles::IdRole).toString();
            !appId.isEmpty())
            emit applicationOpened(appId);
    });
    updateSummary();
}

void FleetPanel::setModel(QAbstractItemModel *fleet)
{
    m_byText->setSourceModel(fleet);
    m_table->setModel(m_byHealth);
    m_table->sortByColumn(FleetTableModel::HealthColumn, Qt::AscendingOrder); // the worst first
    m_table->horizontalHeader()->setSectionResizeMode(FleetTableModel::ProblemsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FleetTableModel::ApplicationColumn,
                                                      QHeaderView::ResizeToContents);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_byHealth, signal, this, &FleetPanel::updateSummary);
    connect(m_byHealth, &QAbstractItemModel::modelReset, this, &FleetPanel::updateSummary);
    connect(fleet, &QAbstractItemModel::dataChanged, this, &FleetPanel::updateSummary);
    updateSummary();
}

void FleetPanel::setUnhealthyOnly(bool unhealthyOnly)
{
    if (m_unhealthyOnly->isChecked() != unhealthyOnly)
        m_unhealthyOnly->setChecked(unhealthyOnly); // comes back here through toggled()
    m_byHealth->setFilterFixedString(unhealthyOnly ? u"true"_s : QString());
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

void FleetPanel::updateSummary()
{
    const QAbstractItemModel *fleet = m_byText->sourceModel();
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
