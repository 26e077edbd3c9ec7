#include "instancepanel.h"

#include "core/instancetablemodel.h"
#include "core/itemroles.h"
#include "widgets/statusdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

InstancePanel::InstancePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_staleNotice(new QLabel(this))
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_title->setObjectName(QStringLiteral("instanceTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_staleNotice->setObjectName(QStringLiteral("instanceStaleNotice"));
    m_staleNotice->hide();

    m_proxy->setSortRole(ItemRoles::SortRole);
    m_view->setObjectName(QStringLiteral("instanceTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InstanceTableModel::StatusColumn, Qt::AscendingOrder); // failures first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *statusDelegate = new StatusDelegate(m_view);
    m_view->setItemDelegateForColumn(InstanceTableModel::StatusColumn, statusDelegate);
    m_view->setItemDelegateForColumn(InstanceTableModel::HealthColumn, statusDelegate);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_staleNotice);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    updateTitle();
}

void InstancePanel::setModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    const int character = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(InstanceTableModel::InstanceColumn, 46 * character);
    m_view->setColumnWidth(InstanceTableModel::StatusColumn, 22 * character);
    m_view->setColumnWidth(InstanceTableModel::HealthColumn, 22 * character);
    m_view->setColumnWidth(InstanceTableModel::RestartsColumn, 10 * character);
    m_view->setColumnWidth(InstanceTableModel::IpColumn, 15 * character);
    m_view->setColumnWidth(InstanceTableModel::VersionColumn, 14 * character);
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

void InstancePanel::updateTitle()
{
    if (m_appName.isEmpty()) {
        m_title->setText(tr("Instances"));
        return;
    }
    //: %1 is an application name
    QString title = tr("Instances of %1").arg(m_appName);
    if (m_loading)
        title += u' ' + tr("(loading…)");
    m_title->setText(title);
}
