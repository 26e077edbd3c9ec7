#include "eventspanel.h"

#include "core/appeventfilterproxymodel.h"
#include "core/appeventtablemodel.h"
#include "widgets/messagebanner.h"
#include "widgets/statusdelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EventsPanel::EventsPanel(QWidget *parent)
    : QWidget(parent)
    , m_warningsOnly(new QCheckBox(tr("Warnings only"), this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_loadingNotice(new QLabel(tr("Loading…"), this))
    , m_staleNotice(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_errorBanner(new MessageBanner(this))
    , m_view(new QTableView)
    , m_details(new QPlainTextEdit)
    , m_model(new AppEventTableModel(this))
    , m_proxy(new AppEventFilterProxyModel(this))
{
    m_warningsOnly->setObjectName(u"warningsOnlyCheck"_s);
    m_warningsOnly->setToolTip(tr("Show only Warning events, and ask the platform for warnings only"));
    connect(m_warningsOnly, &QCheckBox::toggled, this, [this](bool checked) {
        m_proxy->setWarningsOnly(checked); // at once, before the platform answers
        emit warningsOnlyChanged(checked);
    });

    m_filter->setObjectName(u"eventFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by reason, object or message"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AppEventFilterProxyModel::setFilterText);

    m_summary->setObjectName(u"eventSummary"_s);
    m_loadingNotice->setObjectName(u"eventLoadingNotice"_s);
    m_loadingNotice->hide();
    m_staleNotice->setObjectName(u"eventStaleNotice"_s);
    m_staleNotice->hide();
    m_refresh->setObjectName(u"eventRefreshButton"_s);
    connect(m_refresh, &QPushButton::clicked, this, &EventsPanel::refreshRequested);
    m_errorBanner->setObjectName(u"eventErrorBanner"_s);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(u"eventTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AppEventTableModel::MessageColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setItemDelegateForColumn(AppEventTableModel::TypeColumn, new StatusDelegate(m_view));
    const int character = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(AppEventTableModel::LastSeenColumn, 21 * character);
    m_view->setColumnWidth(AppEventTableModel::TypeColumn, 12 * character);
    m_view->setColumnWidth(AppEventTableModel::ReasonColumn, 18 * character);
    m_view->setColumnWidth(AppEventTableModel::ObjectColumn, 32 * character);
    m_view->setColumnWidth(AppEventTableModel::CountColumn, 8 * character);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AppEventTableModel::LastSeenColumn, Qt::DescendingOrder); // newest first
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventsPanel::updateDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &EventsPanel::updateDetails);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EventsPanel::updateDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventsPanel::updateDetails);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventsPanel::updateDetails);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EventsPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EventsPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventsPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventsPanel::updateSummary);

    m_details->setObjectName(u"eventDetails"_s);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an event to read its whole message and cause analysis."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_warningsOnly);
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_loadingNotice);
    controls->addWidget(m_staleNotice);
    controls->addWidget(m_summary);
    controls->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_errorBanner);
    layout->addWidget(split, 1);
    updateSummary();
    updateDetails();
}

void EventsPanel::setEvents(const QList<AppEvent> &events)
{
    m_model->setEvents(events);
    updateSummary();
    updateDetails();
}

void EventsPanel::setLoading(bool loading)
{
    m_loadingNotice->setVisible(loading);
}

void EventsPanel::setError(const QString &message)
{
    if (message.isEmpty())
        m_errorBanner->hide();
    else
        m_errorBanner->showMessage(MessageBanner::Level::Error, message);
}

void EventsPanel::setStaleSince(const QDateTime &lastGoodUpdate)
{
    m_staleNotice->setVisible(lastGoodUpdate.isValid());
    if (lastGoodUpdate.isValid()) {
        //: shown next to events whose refresh failed; %1 is the time of the last good data
        m_staleNotice->setText(
            tr("⚠ Stale: data from %1")
                .arg(QLocale().toString(lastGoodUpdate.toLocalTime().time(), QLocale::ShortFormat)));
    }
}

void EventsPanel::clear()
{
    m_model->clear();
    setLoading(false);
    setError(QString());
    setStaleSince({});
    updateSummary();
    updateDetails();
}

bool EventsPanel::warningsOnly() const
{
    return m_warningsOnly->isChecked();
}

void EventsPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void EventsPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void EventsPanel::updateDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const AppEvent &event = m_model->eventAt(m_proxy->mapToSource(current).row());
    const auto time = [](const QDateTime &when) {
        return when.isValid() ? QLocale().toString(when.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s) : u"—"_s;
    };
    QStringList lines;
    //: first line of an event's details: its type, reason and object, e.g. "Warning · BackOff · Pod/x"
    lines.append(tr("%1 · %2 · %3")
                     .arg(AppEventTableModel::typeText(event.type, event.typeText), event.reason,
                          AppEventTableModel::objectText(event)));
    //: %1 and %2 are times, %3 how often the event happened
    lines.append(tr("First seen %1 · last seen %2 · count %3")
                     .arg(time(event.firstSeen), time(event.lastSeen))
                     .arg(event.count > 0 ? QString::number(event.count) : u"—"_s));
    lines.append(QString());
    lines.append(event.message);
    if (!event.causeAnalysis.isEmpty()) {
        lines.append(QString());
        //: heading of the platform's explanation of an event
        lines.append(tr("Cause analysis:"));
        lines.append(event.causeAnalysis);
    }
    const QString text = lines.join(u'\n');
    if (m_details->toPlainText() != text) // keeps the reader's selection across identical polls
        m_details->setPlainText(text);
}

void EventsPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        m_summary->setText(tr("%n event(s)", nullptr, total));
    else
        //: %1 of %2 events match the filter
        m_summary->setText(tr("%1 of %n event(s)", nullptr, total).arg(shown));
}
