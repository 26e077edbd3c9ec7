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
    m_view->setItemDelegateForColumn(ApplicationTableModel::StatusColumn, new StatusDelegate(m_view));

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
    m_view->setColumnWidth(ApplicationTableModel::SpecColumn, 20 * character);
    reconcileCurrentRow();
    updateSummary();
}

QString ApplicationListPanel::currentApplicationId() const
{
    return m_chosenAppId;
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
    if (!m_chosenAppId.isEmpty() && !sourceContains(m_chosenAppId)) {
        // Gone from the platform (deleted, or a refresh of another namespace): choose afresh.
        m_chosenAppId.clear();
        emit currentApplicationChanged(QString());
    }
    if (m_chosenAppId.isEmpty()) {
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        return;
    }
    const QModelIndex chosen = proxyIndexOf(m_chosenAppId);
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

bool ApplicationListPanel::sourceContains(const QString &appId) const
{
    const QAbstractItemModel *source = m_proxy->sourceModel();
    if (!source)
        return false;
    for (int row = 0; row < source->rowCount(); ++row) {
        if (source->index(row, 0).data(ItemRoles::IdRole).toString() == appId)
            return true;
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
    emit currentApplicationChanged(appId);
}
