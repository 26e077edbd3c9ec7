#include "changeorderview.h"

#include "core/applicationtablemodel.h"
#include "core/batchgate.h"
#include "core/durationformat.h"
#include "core/instancetablemodel.h"
#include "core/itemroles.h"
#include "core/severity.h"
#include "widgets/messagebanner.h"
#include "widgets/progressbardelegate.h"
#include "widgets/statusdelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Severity severityOf(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Succeeded:
        return Severity::Normal;
    case TaskStatus::Failed:
        return Severity::Critical;
    case TaskStatus::Terminated:
    case TaskStatus::PendingRetry:
        return Severity::Warning;
    case TaskStatus::Preparing:
        return Severity::Inactive;
    case TaskStatus::Executing:
        break;
    }
    return Severity::Progress;
}

QString taskStatusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Preparing:
        return ChangeOrderView::tr("Preparing");
    case TaskStatus::Executing:
        return ChangeOrderView::tr("Running");
    case TaskStatus::Succeeded:
        return ChangeOrderView::tr("Succeeded");
    case TaskStatus::Failed:
        return ChangeOrderView::tr("Failed");
    case TaskStatus::PendingRetry:
        //: a change order's task failed and will be tried again
        return ChangeOrderView::tr("Waiting to retry");
    case TaskStatus::Terminated:
        return ChangeOrderView::tr("Terminated");
    }
    //: a task status code this console does not know
    return ChangeOrderView::tr("Status %1").arg(int(status));
}

/// The key of the i-th of a list's objects: its ID, or its place when the platform gave none.
QString keyOf(const QString &id, int index)
{
    return id.isEmpty() ? u"#"_s + QString::number(index) : id;
}

/// Makes `parent`'s children stand for `keys`, in order: existing children keep their item (and
/// so their selection and expansion), the others are removed, new keys get new items.
void syncChildren(QTreeWidgetItem *parent, const QStringList &keys)
{
    for (int i = parent->childCount() - 1; i >= 0; --i) {
        if (!keys.contains(parent->child(i)->data(0, ItemRoles::IdRole).toString()))
            delete parent->takeChild(i);
    }
    for (int i = 0; i < keys.size(); ++i) {
        if (i < parent->childCount() && parent->child(i)->data(0, ItemRoles::IdRole).toString() == keys.at(i))
            continue;
        QTreeWidgetItem *item = nullptr;
        for (int j = i + 1; j < parent->childCount(); ++j) {
            if (parent->child(j)->data(0, ItemRoles::IdRole).toString() == keys.at(i)) {
                item = parent->takeChild(j);
                break;
            }
        }
        if (!item) {
            item = new QTreeWidgetItem;
            item->setData(0, ItemRoles::IdRole, keys.at(i));
        }
        parent->insertChild(i, item);
    }
}

void setStatus(QTreeWidgetItem *item, const QString &text, Severity severity)
{
    item->setText(ChangeOrderView::StatusColumn, text);
    item->setData(ChangeOrderView::StatusColumn, ItemRoles::SeverityRole, int(severity));
}

void setProgress(QTreeWidgetItem *item, int percent, const QString &text)
{
    item->setText(ChangeOrderView::ProgressColumn, text);
    item->setData(ChangeOrderView::ProgressColumn, ProgressBarDelegate::ProgressRole, percent);
}

void setMessage(QTreeWidgetItem *item, const QString &text, bool failure, const QPalette &palette)
{
    item->setText(ChangeOrderView::MessageColumn, text);
    item->setToolTip(ChangeOrderView::MessageColumn, text);
    if (failure)
        item->setForeground(ChangeOrderView::MessageColumn,
                            StatusDelegate::severityColor(int(Severity::Critical), palette));
    else
        item->setData(ChangeOrderView::MessageColumn, Qt::ForegroundRole, QVariant());
}

int finishedStages(const Pipeline &pipeline)
{
    return int(std::count_if(pipeline.stages.cbegin(), pipeline.stages.cend(), [](const Stage &stage) {
        return stage.status == ChangeOrderStatus::Succeeded;
    }));
}

} // namespace

ChangeOrderView::ChangeOrderView(QWidget *parent)
    : QWidget(parent)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_description(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_overallProgress(new QProgressBar(this))
    , m_banner(new MessageBanner(this))
    , m_reviewButton(new QPushButton(tr("Review batch…"), this))
    , m_exportButton(new QPushButton(tr("Export record…"), this))
    , m_tree(new QTreeWidget(this))
    , m_instancesTitle(new QLabel(this))
    , m_instanceModel(new InstanceTableModel(this))
    , m_instanceTable(new QTableView(this))
{
    m_title->setObjectName(u"changeOrderTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"changeOrderStatus"_s);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_description->setObjectName(u"changeOrderDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_elapsed->setObjectName(u"changeOrderElapsed"_s);
    m_overallProgress->setObjectName(u"overallProgress"_s);
    m_overallProgress->setTextVisible(true);
    m_banner->setObjectName(u"changeOrderBanner"_s);
    m_banner->setDismissible(false);
    m_reviewButton->setObjectName(u"reviewBatchButton"_s);
    m_reviewButton->setToolTip(tr("Compare the released batch with the rest and decide on the next one"));
    m_reviewButton->hide();
    m_exportButton->setObjectName(u"exportRecordButton"_s);
    m_exportButton->setToolTip(tr("Save the release record of this change order as PDF and Markdown"));
    m_exportButton->setEnabled(false);
    connect(m_reviewButton, &QPushButton::clicked, this, [this] {
        if (!m_order.changeOrderId.isEmpty())
            emit signOffRequested(m_order.changeOrderId);
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (!m_order.changeOrderId.isEmpty())
            emit exportRequested(m_order.changeOrderId);
    });

    m_tree->setObjectName(u"batchTree"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({
        //: batch tree column: the batch, stage or task
        tr("Step"),
        tr("Status"),
        tr("Progress"),
        tr("Instances"),
        tr("Started"),
        tr("Duration"),
        tr("Message"),
    });
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setItemDelegateForColumn(StatusColumn, new StatusDelegate(m_tree));
    m_tree->setItemDelegateForColumn(ProgressColumn, new ProgressBarDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(NameColumn, 200);
    m_tree->setColumnWidth(StatusColumn, 170);
    m_tree->setColumnWidth(ProgressColumn, 130);
    m_tree->setColumnWidth(InstancesColumn, 80);
    m_tree->setColumnWidth(StartedColumn, 80);
    m_tree->setColumnWidth(DurationColumn, 90);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ChangeOrderView::onSelectionChanged);

    m_instancesTitle->setObjectName(u"batchInstancesTitle"_s);
    m_instanceTable->setObjectName(u"batchInstances"_s);
    m_instanceTable->setModel(m_instanceModel);
    m_instanceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_instanceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_instanceTable->verticalHeader()->hide();
    m_instanceTable->horizontalHeader()->setStretchLastSection(true);
    m_instanceTable->setItemDelegateForColumn(InstanceTableModel::StatusColumn,
                                              new StatusDelegate(m_instanceTable));
    m_instanceTable->setItemDelegateForColumn(InstanceTableModel::HealthColumn,
                                              new StatusDelegate(m_instanceTable));
    m_instanceTable->setItemDelegateForColumn(InstanceTableModel::RestartsColumn,
                                              new StatusDelegate(m_instanceTable));
    m_instanceTable->setColumnHidden(InstanceTableModel::IpColumn, true);
    m_instanceTable->setColumnHidden(InstanceTableModel::GroupColumn, true);
    m_instanceTable->setColumnWidth(InstanceTableModel::InstanceColumn, 240);
    m_instanceTable->setColumnWidth(InstanceTableModel::StatusColumn, 130);
    m_instanceTable->setColumnWidth(InstanceTableModel::HealthColumn, 150);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_status);
    titleRow->addStretch(1);
    titleRow->addWidget(m_reviewButton);
    titleRow->addWidget(m_exportButton);
    auto *detailRow = new QHBoxLayout;
    detailRow->addWidget(m_description, 1);
    detailRow->addWidget(m_elapsed);

    auto *instancesBox = new QWidget(this);
    auto *instancesLayout = new QVBoxLayout(instancesBox);
    instancesLayout->setContentsMargins(0, 0, 0, 0);
    instancesLayout->addWidget(m_instancesTitle);
    instancesLayout->addWidget(m_instanceTable);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(instancesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(detailRow);
    layout->addWidget(m_overallProgress);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    updateHeader();
    updateBanner();
    updateInstances();
}

const ChangeOrder &ChangeOrderView::changeOrder() const
{
    return m_order;
}

void ChangeOrderView::setChangeOrder(const ChangeOrder &order)
{
    const bool sameOrder = !m_order.changeOrderId.isEmpty() && order.changeOrderId == m_order.changeOrderId;
    const int currentBefore = m_order.currentPipeline;
    ChangeOrder merged = order;
    if (sameOrder) {
        // DescribeChangeOrder has no stages: keep what DescribePipeline said.
        for (Pipeline &pipeline : merged.pipelines) {
            const auto known = std::find_if(
                m_order.pipelines.cbegin(), m_order.pipelines.cend(),
                [&pipeline](const Pipeline &old) { return old.pipelineId == pipeline.pipelineId; });
            if (known == m_order.pipelines.cend() || !pipeline.stages.isEmpty())
                continue;
            pipeline.stages = known->stages;
            pipeline.currentStageId = known->currentStageId;
            pipeline.nextPipelineId = known->nextPipelineId;
            pipeline.nextBatchReady = known->nextBatchReady;
        }
    } else {
        m_updating = true;
        m_tree->clear();
        m_updating = false;
        m_batchInstances.clear();
        m_expandedFailures.clear();
        m_userPicked = false;
    }
    m_order = merged;
    updateHeader();
    updateBanner();
    updateTree();
    if (!sameOrder || (!m_userPicked && currentBefore != m_order.currentPipeline))
        selectBatch(m_order.currentPipeline);
}

void ChangeOrderView::setPipelineDetail(const Pipeline &pipeline)
{
    for (Pipeline &known : m_order.pipelines) {
        if (known.pipelineId != pipeline.pipelineId)
            continue;
        known.stages = pipeline.stages;
        known.currentStageId = pipeline.currentStageId;
        known.nextPipelineId = pipeline.nextPipelineId;
        known.nextBatchReady = pipeline.nextBatchReady;
        if (known.name.isEmpty())
            known.name = pipeline.name;
        updateTree();
        return;
    }
}

void ChangeOrderView::setBatchInstances(const QString &pipelineId, const QList<Instance> &instances)
{
    m_batchInstances.insert(pipelineId, instances);
    if (pipelineId == m_selectedPipelineId)
        updateInstances();
}

void ChangeOrderView::setReferenceTime(const QDateTime &now)
{
    m_now = now;
    m_instanceModel->setReferenceTime(now);
    updateTimes();
}

void ChangeOrderView::setStaleReason(const QString &text)
{
    m_staleReason = text;
    updateHeader();
    updateBanner();
}

QString ChangeOrderView::selectedPipelineId() const
{
    return m_selectedPipelineId;
}

QString ChangeOrderView::elapsedText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        //: an elapsed time: "45 s"
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        //: an elapsed time: "4 min 12 s"
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    //: an elapsed time: "2 h 5 min"
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

void ChangeOrderView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        updateHeader();
        updateTree();
    }
}

QString ChangeOrderView::timeOfDay(const QDateTime &time) const
{
    const QDateTime local = time.toLocalTime();
    if (local.date() == m_now.toLocalTime().date())
        return local.toString(u"HH:mm:ss"_s);
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

void ChangeOrderView::updateHeader()
{
    const bool hasOrder = !m_order.changeOrderId.isEmpty();
    m_exportButton->setEnabled(hasOrder);
    m_reviewButton->setVisible(m_order.status == ChangeOrderStatus::WaitingForConfirmation && hasOrder);
    if (!hasOrder) {
        m_title->setText(tr("No change order"));
        m_status->clear();
        m_description->clear();
        m_elapsed->clear();
        m_overallProgress->setRange(0, 1);
        m_overallProgress->setValue(0);
        m_overallProgress->setFormat(QString());
        return;
    }
    const QString application = m_order.appName.isEmpty() ? m_order.appId : m_order.appName;
    //: change order view title: %1 the change type ("Deploy"), %2 the application
    m_title->setText(
        tr("%1 · %2").arg(ApplicationTableModel::changeTypeText(m_order.coTypeCode), application));
    m_title->setToolTip(m_order.changeOrderId);
    QString status = ApplicationTableModel::changeStatusText(m_order.status);
    if (isStale())
        //: the change order's status as last read; the last refresh failed
        status = tr("%1 (not up to date)").arg(status);
    m_status->setText(status);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, StatusDelegate::severityColor(
                                                     int(changeOrderSeverity(m_order.status)), palette()));
    m_status->setPalette(statusPalette);
    m_description->setText(m_order.description);

    const int batches = int(m_order.pipelines.size());
    const int finished =
        int(std::count_if(m_order.pipelines.cbegin(), m_order.pipelines.cend(), [](const Pipeline &pipeline) {
            return pipeline.status == ChangeOrderStatus::Succeeded;
        }));
    m_overallProgress->setRange(0, std::max(1, batches));
    m_overallProgress->setValue(finished);
    //: overall progress of a change order: %1 finished batches, %2 all batches
    m_overallProgress->setFormat(tr("%1 of %2 batches").arg(finished).arg(batches));
    updateTimes();
}

void ChangeOrderView::updateTimes()
{
    if (m_order.changeOrderId.isEmpty() || !m_order.createdAt.isValid()) {
        m_elapsed->clear();
    } else {
        const QDateTime end = m_order.finishedAt.isValid() ? m_order.finishedAt : m_now;
        //: %1 the time of day the change order started, %2 how long it has run ("4 min 12 s")
        m_elapsed->setText(
            tr("Started %1 · %2")
                .arg(timeOfDay(m_order.createdAt), elapsedText(m_order.createdAt.secsTo(end))));
        m_elapsed->setToolTip(
            m_order.finishedAt.isValid() ? tr("Finished %1").arg(timeOfDay(m_order.finishedAt)) : QString());
    }
    for (int i = 0; i < m_tree->topLevelItemCount() && i < m_order.pipelines.size(); ++i) {
        const Pipeline &pipeline = m_order.pipelines.at(i);
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (!pipeline.startedAt.isValid()) {
            item->setText(StartedColumn, QString());
            item->setText(DurationColumn, QString());
            continue;
        }
        const bool running = pipeline.status == ChangeOrderStatus::Executing;
        const QDateTime end = running || !pipeline.updatedAt.isValid() ? m_now : pipeline.updatedAt;
        item->setText(StartedColumn, timeOfDay(pipeline.startedAt));
        item->setText(DurationColumn, elapsedText(pipeline.startedAt.secsTo(end)));
    }
}

void ChangeOrderView::updateBanner()
{
    QString text;
    MessageBanner::Level level = MessageBanner::Level::Information;
    switch (m_order.status) {
    case ChangeOrderStatus::Failed:
    case ChangeOrderStatus::SystemFailure:
        level = MessageBanner::Level::Error;
        text = m_order.errorMessage.isEmpty() ? tr("The change failed.") : m_order.errorMessage;
        break;
    case ChangeOrderStatus::Aborted:
        level = MessageBanner::Level::Warning;
        //: a change order was stopped before it finished
        text = m_order.errorMessage.isEmpty() ? tr("Terminated")
                                              : tr("Terminated: %1").arg(m_order.errorMessage);
        break;
    case ChangeOrderStatus::WaitingForConfirmation:
        if (const std::optional<BatchGate> gate = BatchGate::of(m_order))
            //: %1 the batch that waits, %2 all batches
            text = tr("Waits for your confirmation of batch %1 of %2.")
                       .arg(gate->waitingBatch + 1)
                       .arg(m_order.pipelines.size());
        else
            text = tr("Waits for your confirmation of the next batch.");
        break;
    case ChangeOrderStatus::PendingApproval:
        text = tr("Waits for approval.");
        break;
    default:
        break;
    }
    if (m_order.changeOrderId.isEmpty())
        text.clear();
    if (isStale()) {
        //: %1: why the last read failed, with the platform's code and RequestId
        const QString stale = tr("Not up to date: %1").arg(m_staleReason);
        text = text.isEmpty() ? stale : QString(stale + u'\n' + text);
        if (level == MessageBanner::Level::Information)
            level = MessageBanner::Level::Warning;
    }
    if (text.isEmpty())
        m_banner->hide();
    else
        m_banner->showMessage(level, text);
}

void ChangeOrderView::updateTree()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    QStringList keys;
    for (int i = 0; i < m_order.pipelines.size(); ++i)
        keys.append(keyOf(m_order.pipelines.at(i).pipelineId, i));
    syncChildren(m_tree->invisibleRootItem(), keys);
    for (int i = 0; i < m_order.pipelines.size(); ++i)
        updatePipelineItem(m_tree->topLevelItem(i), m_order.pipelines.at(i));
    m_updating = wasUpdating;
    updateTimes();
    if (!m_updating)
        syncSelection();
}

void ChangeOrderView::updatePipelineItem(QTreeWidgetItem *item, const Pipeline &pipeline)
{
    //: a batch's name with its tag: "Batch 1 Change (gray)"
    item->setText(NameColumn, pipeline.gray ? tr("%1 (gray)").arg(pipeline.name) : pipeline.name);
    item->setToolTip(NameColumn, pipeline.pipelineId);
    setStatus(item, ApplicationTableModel::changeStatusText(pipeline.status),
              changeOrderSeverity(pipeline.status));
    if (pipeline.stages.isEmpty()) {
        const int percent = pipeline.status == ChangeOrderStatus::Succeeded ? 100 : 0;
        setProgress(item, percent, tr("%1 %").arg(percent));
    } else {
        const int done = finishedStages(pipeline);
        const int all = int(pipeline.stages.size());
        //: a batch's progress: %1 finished stages, %2 all stages
        setProgress(item, done * 100 / all, tr("%1 of %2 stages").arg(done).arg(all));
    }
    item->setText(InstancesColumn, QString::number(pipeline.instanceCount));
    item->setTextAlignment(InstancesColumn, Qt::AlignRight | Qt::AlignVCenter);
    const bool failed =
        pipeline.status == ChangeOrderStatus::Failed || pipeline.status == ChangeOrderStatus::SystemFailure;
    setMessage(item, pipeline.message, failed, palette());

    QStringList keys;
    for (int i = 0; i < pipeline.stages.size(); ++i)
        keys.append(keyOf(pipeline.stages.at(i).stageId, i));
    syncChildren(item, keys);
    for (int i = 0; i < pipeline.stages.size(); ++i)
        updateStageItem(item->child(i), pipeline.stages.at(i));
}

void ChangeOrderView::updateStageItem(QTreeWidgetItem *item, const Stage &stage)
{
    item->setText(NameColumn, stage.name);
    setStatus(item, ApplicationTableModel::changeStatusText(stage.status), changeOrderSeverity(stage.status));
    if (stage.tasks.isEmpty()) {
        item->setText(ProgressColumn, QString());
        item->setData(ProgressColumn, ProgressBarDelegate::ProgressRole, QVariant());
    } else {
        const int done = stage.finishedTaskCount();
        const int all = int(stage.tasks.size());
        //: a stage's progress: %1 finished tasks, %2 all tasks
        setProgress(item, done * 100 / all, tr("%1 of %2 tasks").arg(done).arg(all));
    }
    const std::optional<Task> failed = stage.firstFailedTask();
    setMessage(item, failed ? failed->problem() : stage.lastMessage(), failed.has_value(), palette());

    QStringList keys;
    for (int i = 0; i < stage.tasks.size(); ++i)
        keys.append(keyOf(stage.tasks.at(i).taskId, i));
    syncChildren(item, keys);
    for (int i = 0; i < stage.tasks.size(); ++i)
        updateTaskItem(item->child(i), stage.tasks.at(i));
    // A failure is what one opens a stage for: open it (and its batch) once; the user may close it.
    const QString failureKey = item->parent()->data(0, ItemRoles::IdRole).toString() + u'/'
                               + item->data(0, ItemRoles::IdRole).toString();
    if (failed && !m_expandedFailures.contains(failureKey)) {
        m_expandedFailures.insert(failureKey);
        item->parent()->setExpanded(true);
        item->setExpanded(true);
    }
}

void ChangeOrderView::updateTaskItem(QTreeWidgetItem *item, const Task &task)
{
    item->setText(NameColumn, task.name);
    setStatus(item, taskStatusText(task.status), severityOf(task.status));
    setMessage(item, task.problem(), task.hasFailed(), palette());
    if (task.startedAt.isValid())
        item->setText(StartedColumn, timeOfDay(task.startedAt));
    if (task.startedAt.isValid() && task.updatedAt.isValid() && task.isFinished())
        item->setText(DurationColumn, elapsedText(task.startedAt.secsTo(task.updatedAt)));
}

void ChangeOrderView::selectBatch(int index)
{
    if (index < 0 || index >= m_tree->topLevelItemCount())
        return;
    m_updating = true;
    m_tree->setCurrentItem(m_tree->topLevelItem(index));
    m_updating = false;
    syncSelection();
}

void ChangeOrderView::onSelectionChanged()
{
    if (m_updating)
        return;
    if (!m_tree->selectedItems().isEmpty())
        m_userPicked = true;
    syncSelection();
}

void ChangeOrderView::syncSelection()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    QTreeWidgetItem *batch = selected.isEmpty() ? nullptr : selected.constFirst();
    while (batch && batch->parent())
        batch = batch->parent();
    const int index = batch ? m_tree->indexOfTopLevelItem(batch) : -1;
    const QString pipelineId =
        index >= 0 && index < m_order.pipelines.size() ? m_order.pipelines.at(index).pipelineId : QString();
    if (pipelineId == m_selectedPipelineId)
        return;
    m_selectedPipelineId = pipelineId;
    updateInstances();
    if (!pipelineId.isEmpty())
        emit pipelineSelected(pipelineId);
}

void ChangeOrderView::updateInstances()
{
    const auto pipeline =
        std::find_if(m_order.pipelines.cbegin(), m_order.pipelines.cend(),
                     [this](const Pipeline &one) { return one.pipelineId == m_selectedPipelineId; });
    if (pipeline == m_order.pipelines.cend()) {
        m_instancesTitle->setText(tr("Select a batch to see its instances."));
        m_instanceModel->setRows({});
        return;
    }
    const auto known = m_batchInstances.constFind(m_selectedPipelineId);
    if (known == m_batchInstances.cend()) {
        //: %1: a batch's name
        m_instancesTitle->setText(tr("Instances of %1: reading…").arg(pipeline->name));
        m_instanceModel->setRows({});
        return;
    }
    //: %1: a batch's name, %2: how many instances it started
    m_instancesTitle->setText(tr("Instances of %1 (%2)").arg(pipeline->name).arg(known->size()));
    m_instanceModel->setRows(*known);
}
