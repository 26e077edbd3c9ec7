#include "releasecontroller.h"

#include "appcontroller.h"
#include "changeorderfollower.h"
#include "core/batchcomparison.h"
#include "core/batchgate.h"
#include "core/journalreader.h"
#include "core/releaserecord.h"
#include "core/signoffinboxmodel.h"
#include "metricpageloader.h"
#include "operationcontroller.h"
#include "platform/changeorderapi.h"
#include "platform/cloudmonitorapi.h"
#include "platform/requestscheduler.h"
#include "platform/saeapi.h"
#include "signoffwatcher.h"
#include "widgets/batchgatepanel.h"
#include "widgets/changeorderview.h"
#include "widgets/mainwindow.h"
#include "widgets/releaserecordpdf.h"
#include "widgets/signoffinboxpanel.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// The batch a waiting order waits to start: the pipeline waiting for confirmation, else the
/// current one (reference 6.2: SAE accepts either as ConfirmPipelineBatch's PipelineId).
QString waitingPipelineId(const ChangeOrder &order)
{
    if (const std::optional<BatchGate> gate = BatchGate::of(order); gate && gate->waitingBatch >= 0)
        return order.pipelines.at(gate->waitingBatch).pipelineId;
    return {};
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

ReleaseController::ReleaseController(RequestScheduler *scheduler, RequestScheduler *metricsScheduler,
                                     AppController *navigation, OperationController *operations,
                                     MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_metricsScheduler(metricsScheduler)
    , m_navigation(navigation)
    , m_operations(operations)
    , m_window(window)
    , m_view(new ChangeOrderView)
    , m_gate(new BatchGatePanel)
    , m_inbox(new SignOffInboxPanel)
    , m_watcher(new SignOffWatcher(scheduler, operations->follower(), this))
    , m_clock(new QTimer(this))
{
    m_viewDock =
        window->addPanelDock(u"changeOrderDock"_s, tr("Change order"), m_view, Qt::BottomDockWidgetArea);
    m_gateDock = window->addPanelDock(u"batchGateDock"_s, tr("Batch gate"), m_gate, Qt::RightDockWidgetArea);
    m_inboxDock =
        window->addPanelDock(u"signOffDock"_s, tr("Sign-off inbox"), m_inbox, Qt::RightDockWidgetArea);
    window->setSignOffInbox(m_inboxDock);
    m_inbox->setModel(m_watcher->model());

    ChangeOrderFollower *follower = m_operations->follower();
    connect(follower, &ChangeOrderFollower::progressed, this, &ReleaseController::onProgressed);
    connect(follower, &ChangeOrderFollower::finished, this, &ReleaseController::onProgressed);
    connect(follower, &ChangeOrderFollower::readFailed, this,
            [this](const QString &changeOrderId, const ApiError &error) {
                if (changeOrderId == m_viewOrderId)
                    m_view->setStaleReason(error.detailedText());
            });

    connect(m_view, &ChangeOrderView::pipelineSelected, this, &ReleaseController::loadPipeline);
    connect(m_view, &ChangeOrderView::signOffRequested, this, &ReleaseController::openGate);
    connect(m_view, &ChangeOrderView::exportRequested, this, &ReleaseController::chooseExportPath);

    connect(m_gate, &BatchGatePanel::continueRequested, this,
            [this](const QString &comment) { decide(JournalAction::confirmBatch, comment); });
    connect(m_gate, &BatchGatePanel::stopRequested, this,
            [this](const QString &comment) { decide(JournalAction::abort, comment); });
    connect(m_gate, &BatchGatePanel::stopAndRollbackRequested, this,
            [this](const QString &comment) { decide(JournalAction::abortAndRollback, comment); });
    connect(m_gate, &BatchGatePanel::comparisonWindowChanged, this, [this](int minutes) {
        m_comparisonMinutes = minutes;
        loadGateComparison();
    });

    connect(m_inbox, &SignOffInboxPanel::openRequested, this, &ReleaseController::openGate);
    connect(m_watcher, &SignOffWatcher::countChanged, m_window, &MainWindow::setSignOffCount);
    connect(m_watcher, &SignOffWatcher::readFailed, this, [this](const ApiError &error) {
        m_watcherFailed = true;
        m_inbox->setStaleReason(error.detailedText());
    });
    connect(m_watcher, &SignOffWatcher::cycleFinished, this, [this] {
        if (!m_watcherFailed) {
            m_inbox->setStaleReason({});
            m_inbox->setCheckedAt(m_watcher->lastCycleEnd()); // only a whole check is one
        }
        m_watcherFailed = false;
    });

    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &ReleaseController::tick);
    m_clock->start();
}

ReleaseController::~ReleaseController() = default;

void ReleaseController::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_viewDock->isHidden())
        m_view->setReferenceTime(now);
    if (!m_gateDock->isHidden())
        m_gate->setReferenceTime(now);
}

void ReleaseController::showChangeOrder(const QString &changeOrderId)
{
    if (changeOrderId.isEmpty())
        return;
    ChangeOrderFollower *follower = m_operations->follower();
    m_viewOrderId = changeOrderId;
    m_view->setStaleReason({});
    m_view->setReferenceTime(QDateTime::currentDateTimeUtc());
    if (const std::optional<ChangeOrder> known = follower->last(changeOrderId))
        m_view->setChangeOrder(*known);
    m_viewDock->show();
    m_viewDock->raise();
    followFor(&m_viewFollowed, changeOrderId); // its first read shows it
}

void ReleaseController::followFor(QString *interest, const QString &changeOrderId)
{
    // One interest per view: the order it showed before is no longer read for it.
    ChangeOrderFollower *follower = m_operations->follower();
    if (*interest == changeOrderId)
        return;
    if (!interest->isEmpty())
        follower->release(*interest);
    interest->clear();
    if (const std::optional<ChangeOrder> known = follower->last(changeOrderId);
        known && isTerminal(known->status))
        return;
    follower->follow(changeOrderId);
    *interest = changeOrderId;
}

void ReleaseController::onProgressed(const ChangeOrder &order)
{
    if (order.changeOrderId == m_viewOrderId) {
        m_view->setStaleReason({});
        m_view->setChangeOrder(order);
        // The selected batch's stages and tasks move on with it: read them again when the batch
        // reported something new (not on every poll).
        const QString selected = m_view->selectedPipelineId();
        for (const Pipeline &pipeline : order.pipelines) {
            if (pipeline.pipelineId != selected)
                continue;
            const QString seen = u"%1/%2/%3"_s.arg(int(pipeline.status))
                                     .arg(pipeline.updatedAt.toMSecsSinceEpoch())
                                     .arg(pipeline.message);
            if (m_pipelineSeen.value(selected) != seen) {
                m_pipelineSeen.insert(selected, seen);
                loadPipeline(selected);
            }
        }
    }
    if (order.changeOrderId == m_gateOrderId) {
        m_gate->setChangeOrder(order);
        // A batch released since the comparison was read: compare that one.
        if (const QString waiting = waitingPipelineId(order);
            !waiting.isEmpty() && waiting != m_comparedPipelineId)
            loadGateComparison();
    }
}

void ReleaseController::loadPipeline(const QString &pipelineId)
{
    if (pipelineId.isEmpty())
        return;
    m_scheduler->schedule(ChangeOrderApi::describePipeline(pipelineId), RequestScheduler::Priority::Visible,
                          this, [this](const ApiResult<Pipeline> &result) {
                              if (result.isOk())
                                  m_view->setPipelineDetail(result.value());
                              else
                                  m_view->setStaleReason(result.error().detailedText());
                          });
    const QString appId = m_view->changeOrder().appId;
    withGroup(appId, [this, appId, pipelineId](const QString &groupId) {
        if (groupId.isEmpty())
            return;
        InstanceQuery query;
        query.appId = appId;
        query.groupId = groupId;
        query.pipelineId = pipelineId;
        m_scheduler->schedule(SaeApi::describeApplicationInstances(query),
                              RequestScheduler::Priority::Visible, this,
                              [this, pipelineId](const ApiResult<Page<Instance>> &result) {
                                  if (result.isOk())
                                      m_view->setBatchInstances(pipelineId, result.value().items);
                              });
    });
}

void ReleaseController::withGroup(const QString &appId, const std::function<void(const QString &)> &next)
{
    if (appId.isEmpty())
        return;
    if (const auto known = m_groupOfApp.constFind(appId); known != m_groupOfApp.cend()) {
        next(*known);
        return;
    }
    m_scheduler->schedule(SaeApi::describeApplicationGroups(appId), RequestScheduler::Priority::Visible, this,
                          [this, appId, next](const ApiResult<QList<ApplicationGroup>> &result) {
                              if (!result.isOk() || result.value().isEmpty()) {
                                  next({});
                                  return;
                              }
                              m_groupOfApp.insert(appId, result.value().constFirst().groupId);
                              next(result.value().constFirst().groupId);
                          });
}

void ReleaseController::openGate(const QString &changeOrderId)
{
    if (changeOrderId.isEmpty())
        return;
    ChangeOrderFollower *follower = m_operations->follower();
    if (changeOrderId != m_gateOrderId) {
        m_gate->clearComment(); // a comment written for the same order stays
        m_gate->setBusy(false);
    }
    m_gateOrderId = changeOrderId;
    m_gateReady = false;
    m_gate->setReferenceTime(QDateTime::currentDateTimeUtc());
    m_gateDock->show();
    m_gateDock->raise();
    showChangeOrder(changeOrderId);
    loadGateChanges(changeOrderId);
    followFor(&m_gateFollowed, changeOrderId);
    const auto withOrder = [this](const ChangeOrder &order) {
        m_gate->setChangeOrder(order);
        loadGateComparison();
    };
    if (const std::optional<ChangeOrder> known = follower->last(changeOrderId)) {
        withOrder(*known);
        return;
    }
    m_gate->setComparisonLoading();
    m_scheduler->schedule(ChangeOrderApi::describeChangeOrder(changeOrderId),
                          RequestScheduler::Priority::UserAction, this,
                          [this, changeOrderId, withOrder](const ApiResult<ChangeOrder> &result) {
                              if (changeOrderId != m_gateOrderId)
                                  return;
                              if (!result.isOk()) {
                                  m_gate->setComparisonError(result.error().detailedText());
                                  m_gateReady = true;
                                  emit gateReady();
                                  return;
                              }
                              m_operations->follower()->note(result.value());
                              withOrder(result.value());
                          });
}

void ReleaseController::loadGateComparison()
{
    const std::optional<ChangeOrder> known = m_operations->follower()->last(m_gateOrderId);
    if (!known)
        return;
    const ChangeOrder order = *known;
    const int generation = ++m_comparisonGeneration;
    m_comparedPipelineId = waitingPipelineId(order);
    m_comparisonCurrent = false;
    m_gate->setComparisonLoading();
    // The last minutes up to now — or up to the newest moment the platform reported, when its
    // clock runs ahead of ours: the window never ends before the batch was released.
    QDateTime to = QDateTime::currentDateTimeUtc();
    for (const Pipeline &pipeline : order.pipelines) {
        if (pipeline.updatedAt.isValid() && pipeline.updatedAt > to)
            to = pipeline.updatedAt;
    }
    const QDateTime from = to.addSecs(-60LL * m_comparisonMinutes);
    struct Reads
    {
        QList<Instance> instances;
        QStringList released;
        QList<MetricSeries> series;
        int pending = 0;
        QString failure;
    };
    auto reads = std::make_shared<Reads>();
    const auto done = [this, generation, reads, from, to] {
        if (--reads->pending > 0 || generation != m_comparisonGeneration)
            return;
        if (reads->instances.isEmpty() && !reads->failure.isEmpty()) {
            m_gate->setComparisonError(reads->failure);
        } else {
            m_gate->setComparison(
                BatchComparison::of(reads->instances, reads->released, reads->series, from, to));
            m_comparisonCurrent = true;
            if (!reads->failure.isEmpty())
                m_gate->setComparisonError(reads->failure); // what could be read, marked incomplete
        }
        m_gateReady = true;
        emit gateReady();
    };
    // The instances of the application and those the released batches started; then CPU, memory
    // and RT of every instance over the window.
    QStringList releasedPipelines;
    for (const Pipeline &pipeline : order.pipelines) {
        if (pipeline.status == ChangeOrderStatus::Succeeded)
            releasedPipelines.append(pipeline.pipelineId);
    }
    const QStringList metrics{u"cpu"_s, u"memoryPercent"_s, u"rt"_s};
    reads->pending = 1 + int(releasedPipelines.size()) + int(metrics.size());
    const QString appId = order.appId;
    withGroup(appId, [this, appId, reads, done, releasedPipelines](const QString &groupId) {
        if (groupId.isEmpty()) {
            // Without the group no instance can be read: those reads end here, failed.
            reads->failure = tr("Could not read the application's instance groups.");
            for (int read = 0; read <= releasedPipelines.size(); ++read)
                done();
            return;
        }
        InstanceQuery all;
        all.appId = appId;
        all.groupId = groupId;
        m_scheduler->schedule(SaeApi::describeApplicationInstances(all),
                              RequestScheduler::Priority::UserAction, this,
                              [reads, done](const ApiResult<Page<Instance>> &result) {
                                  if (result.isOk())
                                      reads->instances = result.value().items;
                                  else
                                      reads->failure = result.error().detailedText();
                                  done();
                              });
        for (const QString &pipelineId : releasedPipelines) {
            InstanceQuery batch = all;
            batch.pipelineId = pipelineId;
            m_scheduler->schedule(SaeApi::describeApplicationInstances(batch),
                                  RequestScheduler::Priority::UserAction, this,
                                  [reads, done](const ApiResult<Page<Instance>> &result) {
                                      if (result.isOk()) {
                                          for (const Instance &instance : result.value().items)
                                              reads->released.append(instance.instanceId);
                                      } else {
                                          reads->failure = result.error().detailedText();
                                      }
                                      done();
                                  });
        }
    });
    for (const QString &metric : metrics) {
        MetricQuery query;
        query.metricName = metric;
        query.appId = appId;
        query.start = from;
        query.end = to;
        query.periodSeconds = 60;
        query.length = MetricPageLoader::pageLength;
        MetricPageLoader::loadAll(
            m_metricsScheduler, query, RequestScheduler::Priority::UserAction, this, [](quint64) {},
            [reads, done](const ApiResult<MetricPage> &result) {
                if (result.isOk())
                    reads->series.append(result.value().series);
                else
                    reads->failure = result.error().detailedText();
                done();
            });
    }
}

void ReleaseController::loadGateChanges(const QString &changeOrderId)
{
    // The deploy's reviewed diff, as the journal recorded it when the person confirmed it. An
    // order started elsewhere has none here.
    readJournal([this, changeOrderId](const QList<JournalEntry> &journal) {
        if (changeOrderId != m_gateOrderId)
            return;
        QList<ConfirmationChange> changes;
        for (const JournalEntry &entry : ReleaseRecord::entriesFor(journal, changeOrderId)) {
            const QJsonArray recorded = entry.evidence.value(u"changes"_s).toArray();
            if (recorded.isEmpty())
                continue;
            for (const QJsonValue &value : recorded) {
                const QJsonObject change = value.toObject();
                changes.append({change.value(u"field"_s).toString(), change.value(u"before"_s).toString(),
                                change.value(u"after"_s).toString()});
            }
            break;
        }
        m_gate->setConfigChanges(changes);
    });
}

void ReleaseController::readJournal(const std::function<void(const QList<JournalEntry> &)> &next)
{
    if (m_journalPath.isEmpty()) {
        next({});
        return;
    }
    // Off the GUI thread: a journal of years can be large.
    QtConcurrent::run([path = m_journalPath] {
        return JournalReader::readFile(path).entries;
    }).then(this, [next](const QList<JournalEntry> &entries) { next(entries); });
}

void ReleaseController::decide(QLatin1StringView what, const QString &comment)
{
    const std::optional<ChangeOrder> known = m_operations->follower()->last(m_gateOrderId);
    if (!known) {
        m_gate->setBusy(false);
        return;
    }
    const ChangeOrder order = *known;
    const int total = int(order.pipelines.size());
    const std::optional<BatchGate> waiting = BatchGate::of(order);
    const int next =
        waiting && waiting->waitingBatch >= 0 ? waiting->waitingBatch + 1 : 0; // as the gate shows it
    PlannedOperation planned;
    planned.what = what;
    planned.appId = order.appId;
    planned.subject = order.changeOrderId;
    planned.changeOrderId = order.changeOrderId;
    planned.comment = comment;
    // What was on screen, if it is the comparison of the batch decided on and not still reading.
    const QString decidedPipeline = waitingPipelineId(order);
    if (const std::optional<BatchComparison> &shown = m_gate->comparison();
        shown && m_comparisonCurrent && m_comparedPipelineId == decidedPipeline)
        planned.evidence = shown->toJson();
    // The release may have moved on while the person read the confirmation (another console
    // confirmed the batch): read it once more before sending.
    planned.recheck = [this, changeOrderId = order.changeOrderId,
                       decidedPipeline](const std::function<void(const QString &)> &goOn) {
        m_scheduler->schedule(
            ChangeOrderApi::describeChangeOrder(changeOrderId), RequestScheduler::Priority::UserAction, this,
            [this, goOn, decidedPipeline](const ApiResult<ChangeOrder> &result) {
                if (!result.isOk()) {
                    goOn(tr("Could not read the change order again: %1").arg(result.error().detailedText()));
                    return;
                }
                m_operations->follower()->note(result.value());
                if (result.value().status != ChangeOrderStatus::WaitingForConfirmation
                    || waitingPipelineId(result.value()) != decidedPipeline)
                    goOn(tr("The release moved on since the gate was opened; look at it again."));
                else
                    goOn({});
            });
    };
    //: %1 is the change order's description or type
    planned.target =
        tr("Change order %1 (%2)")
            .arg(order.changeOrderId, order.description.isEmpty() ? order.coType() : order.description);
    if (what == JournalAction::confirmBatch) {
        planned.title = tr("Continue the release");
        planned.impact = next > 0
                             ? tr("Batch %1 of %2 starts: its instances are replaced by the new version.")
                                   .arg(next)
                                   .arg(total)
                             : tr("The next batch starts.");
        planned.call = PlannedOperation::withoutChangeOrder(
            ChangeOrderApi::confirmPipelineBatch(waitingPipelineId(order), true));
    } else if (what == JournalAction::abort) {
        planned.title = tr("Stop the release");
        planned.impact =
            tr("The release ends here. Instances already released keep the new version; the rest "
               "keep the old one until another deploy.");
        planned.destructive = true;
        planned.call = PlannedOperation::withoutChangeOrder(
            ChangeOrderApi::confirmPipelineBatch(waitingPipelineId(order), false));
    } else {
        planned.title = tr("Stop and roll back");
        planned.impact =
            tr("The release ends and a rollback change order puts the previous version back on the "
               "released instances.");
        planned.destructive = true;
        planned.call = ChangeOrderApi::abortAndRollbackChangeOrder(order.changeOrderId);
        planned.startsChangeOrderType = u"CoRollback"_s;
        // SAE may answer with the stopped order's ID rather than the rollback's: it ends aborted.
        planned.succeedsWhenAborted = true;
    }
    const QString changeOrderId = order.changeOrderId;
    QPointer<BatchGatePanel> gate = m_gate;
    planned.cancelled = [gate] {
        if (gate)
            gate->setBusy(false);
    };
    planned.ended = [gate] {
        if (gate)
            gate->setBusy(false);
    };
    planned.accepted = [this, changeOrderId, what](const ChangeOrderTicket &ticket) {
        m_operations->follower()->pollNow(changeOrderId);
        m_watcher->refreshNow();
        if (m_gateOrderId != changeOrderId)
            return; // the person has moved on to another order meanwhile
        m_gate->clearComment();
        if (what == JournalAction::abortAndRollback && !ticket.changeOrderId.isEmpty()
            && ticket.changeOrderId != changeOrderId)
            showChangeOrder(ticket.changeOrderId); // follow the rollback
        else
            showChangeOrder(changeOrderId);
    };
    m_operations->propose(std::move(planned));
}

void ReleaseController::chooseExportPath(const QString &changeOrderId)
{
    if (changeOrderId.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(m_window, tr("Export release record"),
                                   QDir(folder).filePath(u"release-%1.pdf"_s.arg(changeOrderId)),
                                   tr("PDF and Markdown (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"pdf"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this, changeOrderId](const QString &path) {
        const QFileInfo chosen(path);
        exportRecord(changeOrderId, chosen.dir().filePath(chosen.completeBaseName()));
    });
    dialog->open();
}

void ReleaseController::exportRecord(const QString &changeOrderId, const QString &basePath)
{
    m_window->showNotice(tr("Exporting the release record of %1…").arg(changeOrderId));
    m_scheduler->schedule(
        ChangeOrderApi::describeChangeOrder(changeOrderId), RequestScheduler::Priority::UserAction, this,
        [this, changeOrderId, basePath](const ApiResult<ChangeOrder> &result) {
            if (!result.isOk()) {
                const QString text = tr("Could not read change order %1 for its record. %2")
                                         .arg(changeOrderId, result.error().detailedText());
                m_window->showErrorMessage(text);
                emit exportFailed(text);
                return;
            }
            const ChangeOrder order = result.value();
            readJournal([this, order, basePath](const QList<JournalEntry> &journal) {
                ReleaseRecord record;
                record.order = order;
                record.entries = ReleaseRecord::entriesFor(journal, order.changeOrderId);
                const QString markdown = record.toMarkdown();
                const QString title = tr("Release record %1").arg(order.changeOrderId);
                const QByteArray pdf = ReleaseRecordPdf::toPdf(markdown, title);
                const QString markdownPath = basePath + u".md"_s;
                const QString pdfPath = basePath + u".pdf"_s;
                QtConcurrent::run([markdownPath, pdfPath, markdown, pdf] {
                    QString error = writeFile(markdownPath, markdown.toUtf8());
                    if (error.isEmpty())
                        error = writeFile(pdfPath, pdf);
                    return error;
                }).then(this, [this, markdownPath, pdfPath](const QString &error) {
                    if (!error.isEmpty()) {
                        const QString text = tr("Could not write the release record: %1").arg(error);
                        m_window->showErrorMessage(text);
                        emit exportFailed(text);
                        return;
                    }
                    m_window->showNotice(
                        tr("Release record written to %1 and %2.")
                            .arg(QDir::toNativeSeparators(pdfPath), QFileInfo(markdownPath).fileName()));
                    emit recordExported(markdownPath, pdfPath);
                });
            });
        });
}
