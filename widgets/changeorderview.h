#pragma once

#include "core/changeorder.h"
#include "core/instance.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

class InstanceTableModel;
class MessageBanner;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * One change order followed live: its batches, stages and tasks with their statuses, messages and
 * errors, a progress bar per batch and overall, the elapsed time and the instances of the
 * selected batch. The lead feeds it what the ChangeOrderTracker reads (DescribeChangeOrder,
 * DescribePipeline, DescribeApplicationInstances with PipelineId); it survives closing the wizard
 * (lives in a dock). It only shows and asks: "Review batch…" while the order waits for a
 * confirmation, "Export record…" always.
 */
class ChangeOrderView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeOrderView)

public:
    /// The batch tree's columns.
    enum Column
    {
        NameColumn,
        StatusColumn,
        ProgressColumn,
        InstancesColumn,
        StartedColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };

    explicit ChangeOrderView(QWidget *parent = nullptr);

    /// The change order as DescribeChangeOrder reads it (pipelines without stages); replaces the
    /// shown one or updates it when the ID is the same (selection and expansion kept, and the
    /// stages setPipelineDetail gave). A new order selects its current batch, and so does a moving
    /// order until the user picks a batch; either says so with pipelineSelected.
    void setChangeOrder(const ChangeOrder &order);
    const ChangeOrder &changeOrder() const;
    /// DescribePipeline's detail of one batch: its stages and tasks, merged into that batch.
    void setPipelineDetail(const Pipeline &pipeline);
    /// The instances a batch started (DescribeApplicationInstances with PipelineId).
    void setBatchInstances(const QString &pipelineId, const QList<Instance> &instances);
    /// Now, for elapsed times (the lead ticks it every second, and tests set it).
    void setReferenceTime(const QDateTime &now);
    /// The last read failed (text has code and RequestId): the data stays, marked stale; an
    /// empty text clears the mark.
    void setStaleReason(const QString &text);
    bool isStale() const { return !m_staleReason.isEmpty(); }
    QString selectedPipelineId() const;

    /// "4 min 12 s": an elapsed time to the second, translated.
    static QString elapsedText(qint64 seconds);

signals:
    /// The user selected a batch: the lead reads its stages and instances.
    void pipelineSelected(const QString &pipelineId);
    /// "Review batch…" (shown while the order waits for confirmation, status 8).
    void signOffRequested(const QString &changeOrderId);
    /// "Export record…".
    void exportRequested(const QString &changeOrderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeader();
    void updateBanner();
    void updateTree();
    void updateTimes();
    void updatePipelineItem(QTreeWidgetItem *item, const Pipeline &pipeline);
    void updateStageItem(QTreeWidgetItem *item, const Stage &stage);
    void updateTaskItem(QTreeWidgetItem *item, const Task &task);
    void updateInstances();
    void selectBatch(int index);
    /// The user changed the selection.
    void onSelectionChanged();
    /// Follows the selected batch: its instances, and pipelineSelected when it is another one.
    void syncSelection();
    QString timeOfDay(const QDateTime &time) const;

    ChangeOrder m_order;
    QDateTime m_now;
    QString m_staleReason;
    QString m_selectedPipelineId;
    QHash<QString, QList<Instance>> m_batchInstances;
    QSet<QString> m_expandedFailures; ///< failed stages opened for the user once ("batch/stage")
    bool m_updating = false;
    bool m_userPicked = false;

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_description;
    QLabel *m_elapsed;
    QProgressBar *m_overallProgress;
    MessageBanner *m_banner;
    QPushButton *m_reviewButton;
    QPushButton *m_exportButton;
    QTreeWidget *m_tree;
    QLabel *m_instancesTitle;
    InstanceTableModel *m_instanceModel;
    QTableView *m_instanceTable;
};
