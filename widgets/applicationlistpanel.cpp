#include "applicationlistpanel.h"

#include "core/applicationfilterproxymodel.h"
#include "core/applicationtablemodel.h"
#include "core/itemroles.h"
#include "widgets/statusdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

ApplicationListPanel::ApplicationListPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_staleNotice(new QLabel(this))
    , m_view(new QTableView(this))
    , m_proxy(new ApplicationFilterProxyModel(this))
{
    m_filter->setObjectName(QStringLiteral("applicationFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, ID or version (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ApplicationFilterProxyModel::setFilterText);

    m_summary->setObjectName(QStringLiteral("applicationSummary"));
    m_staleNotice->setObjectName(QStringLiteral("applicationStaleNotice"));
    m_staleNotice->hide();

    m_view->setObjectName(QStringLiteral("applicationTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setItemDelegateForColumn(ApplicationTableModel::StatusColumn, new StatusDelegate(m_view));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // A row filtered out of view is not a new choice; keep showing what was chosen.
                if (current.isValid())
                    emit currentApplicationChanged(current.data(ItemRoles::IdRole).toString());
            });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            &ApplicationListPanel::selectFirstRowIfNoneCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
            &ApplicationListPanel::selectFirstRowIfNoneCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ApplicationListPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ApplicationListPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApplicationListPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ApplicationListPanel::updateSummary);

    auto *header = new QHBoxLayout;
    header->addWidget(m_filter, 1);
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
    m_proxy->setSourceModel(model);
    // Widths in character cells, so that they scale with the font and the language.
    const int character = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(ApplicationTableModel::NameColumn, 30 * character);
    m_view->setColumnWidth(ApplicationTableModel::NamespaceColumn, 14 * character);
    m_view->setColumnWidth(ApplicationTableModel::StatusColumn, 16 * character);
    m_view->setColumnWidth(ApplicationTableModel::InstancesColumn, 12 * character);
    m_view->setColumnWidth(ApplicationTableModel::SpecColumn, 20 * character);
    selectFirstRowIfNoneCurrent();
    updateSummary();
}

QString ApplicationListPanel::currentApplicationId() const
{
    return m_view->currentIndex().data(ItemRoles::IdRole).toString();
}

bool ApplicationListPanel::selectApplication(const QString &appId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ItemRoles::IdRole).toString() == appId) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void ApplicationListPanel::setStaleSince(const QDateTime &lastGoodUpdate)
{
    m_staleNotice->setVisible(lastGoodUpdate.isValid());
    if (lastGoodUpdate.isValid()) {
        //: shown next to a list whose refresh failed; %1 is the time of the last good data
        m_staleNotice->setText(
            tr("⚠ Stale: data from %1")
                .arg(QLocale().toString(lastGoodUpdate.toLocalTime().time(), QLocale::ShortFormat)));
    }
}

void ApplicationListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool ApplicationListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
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

void ApplicationListPanel::selectFirstRowIfNoneCurrent()
{
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}
