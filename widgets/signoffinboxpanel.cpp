#include "signoffinboxpanel.h"

#include "core/itemroles.h"
#include "messagebanner.h"
#include "statusdelegate.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SignOffInboxPanel::SignOffInboxPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_checked(new QLabel(this))
{
    m_summary->setObjectName(u"signOffSummary"_s);
    m_banner->setObjectName(u"signOffBanner"_s);
    m_banner->hide();
    m_table->setObjectName(u"signOffTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new StatusDelegate(m_table));
    m_sorted->setSortRole(ItemRoles::SortRole);
    m_open->setObjectName(u"openSignOffButton"_s);
    m_open->setEnabled(false);
    m_checked->setObjectName(u"signOffCheckedAt"_s);
    m_checked->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checked, 1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &SignOffInboxPanel::openCurrent);
    connect(m_table, &QTableView::activated, this, &SignOffInboxPanel::openCurrent);
    updateSummary();
}

void SignOffInboxPanel::setModel(QAbstractItemModel *inbox)
{
    m_sorted->setSourceModel(inbox);
    m_table->setModel(m_sorted);
    // The longest waiting first: the oldest "waiting since".
    m_table->sortByColumn(m_sorted->columnCount() - 1, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_open->setEnabled(current.isValid()); });
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, &SignOffInboxPanel::updateSummary);
    connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, &SignOffInboxPanel::updateSummary);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &SignOffInboxPanel::updateSummary);
    m_table->resizeColumnsToContents();
    updateSummary();
}

void SignOffInboxPanel::setStaleReason(const QString &text)
{
    if (text.isEmpty()) {
        m_banner->hide();
        return;
    }
    m_banner->showMessage(
        MessageBanner::Level::Warning,
        tr("Not every application could be checked; the list may be incomplete. %1").arg(text));
}

void SignOffInboxPanel::setCheckedAt(const QDateTime &when)
{
    //: %1 is a time of day
    m_checked->setText(when.isValid()
                           ? tr("All applications checked at %1")
                                 .arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat))
                           : QString());
}

void SignOffInboxPanel::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString changeOrderId = current.siblingAtColumn(0).data(ItemRoles::IdRole).toString();
    if (!changeOrderId.isEmpty())
        emit openRequested(changeOrderId);
}

void SignOffInboxPanel::updateSummary()
{
    const int waiting = m_sorted->rowCount();
    m_summary->setText(waiting == 0 ? tr("Nothing waits for a sign-off.")
                                    : tr("%n change(s) wait for a person.", nullptr, waiting));
    m_open->setEnabled(m_table->currentIndex().isValid());
}
