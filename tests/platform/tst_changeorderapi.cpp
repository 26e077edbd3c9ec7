#include "core/retrypolicy.h"
#include "platform/changeorderapi.h"
#include "platform/deploymentapi.h"
#include "support/apitestutils.h"
#include "support/localemulator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString queryValue(const ApiRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.query) {
        if (key == name)
            return value;
    }
    return u"<absent>"_s;
}

UpdateStrategy manualBatches(int batches)
{
    UpdateStrategy strategy;
    strategy.type = UpdateStrategy::Type::BatchUpdate;
    strategy.batches = batches;
    strategy.release = UpdateStrategy::Release::Manual;
    return strategy;
}

} // namespace

/**
 * Change orders through the typed calls, against the in-process emulator over loopback with a
 * manual clock: deploy with manual batches, wait at status 8, confirm, abort, abort and roll back,
 * list; and SAE's refusals as Platform errors with their code and RequestId.
 */
class TestChangeOrderApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestShapes();
    void manualBatchesWaitForConfirmation();
    void confirmFalseEndsTheRelease();
    void abortEndsTheOrder();
    void abortAndRollbackRestoresTheVersion();
    void listPagesAndFilters();
    void refusalsArePlatformErrors();

private:
    template <typename T>
    ApiResult<T> call(const ApiCall<T> &apiCall)
    {
        return waitForCall(m_local->client(), apiCall);
    }
    /// Deploys `tag` of the application's image with `strategy`; the change order's ID.
    QString deploy(const QString &tag, const std::optional<UpdateStrategy> &strategy);
    /// Advances the clock in 5-second steps until the order has `status` (or 15 minutes passed).
    ChangeOrder advanceUntil(const QString &changeOrderId, ChangeOrderStatus status);
    QStringList versions() const;
    const EmulatedApplication &app() const { return *m_local->emulator().fleet().findApplication(m_appId); }

    std::unique_ptr<LocalEmulator> m_local;
    QString m_appId;
    QString m_image;
};

void TestChangeOrderApi::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC);
    options.callsPerMinute = 0; // the tests poll; the budget is RequestScheduler's business
    m_local = std::make_unique<LocalEmulator>(options);
    QVERIFY(m_local->isListening());
    for (const EmulatedApplication &application : m_local->emulator().fleet().applications) {
        if (application.application.namespaceName == u"prod"
            && application.application.appName == u"member-service")
            m_appId = application.application.appId;
    }
    QVERIFY(!m_appId.isEmpty());
    m_image = app().instances.first().imageUrl.section(u':', 0, -2);
    m_local->emulator().clock().advance(1000); // let the fleet settle into the manual clock
    QCOMPARE(app().application.targetInstances, 4);
}

void TestChangeOrderApi::cleanup()
{
    m_local.reset();
}

QString TestChangeOrderApi::deploy(const QString &tag, const std::optional<UpdateStrategy> &strategy)
{
    DeploymentPlan plan;
    plan.appId = m_appId;
    plan.imageUrl = m_image + u':' + tag;
    plan.release.updateStrategy = strategy;
    plan.release.minReadyInstances = 1;
    const ApiResult<ChangeOrderTicket> ticket = call(DeploymentApi::deployApplication(plan));
    if (!ticket.isOk())
        qWarning("deploy failed: %s", qPrintable(ticket.error().detailedText()));
    return ticket.isOk() ? ticket.value().changeOrderId : QString();
}

ChangeOrder TestChangeOrderApi::advanceUntil(const QString &changeOrderId, ChangeOrderStatus status)
{
    ChangeOrder order;
    for (int waited = 0; waited <= 900; waited += 5) {
        const ApiResult<ChangeOrder> described = call(ChangeOrderApi::describeChangeOrder(changeOrderId));
        if (!described.isOk()) {
            qWarning("%s", qPrintable(described.error().detailedText()));
            return order;
        }
        order = described.value();
        if (order.status == status)
            return order;
        m_local->emulator().clock().advance(5000);
    }
    return order;
}

QStringList TestChangeOrderApi::versions() const
{
    QStringList tags;
    for (const Instance &instance : app().instances)
        tags.append(instance.imageUrl.section(u':', -1));
    tags.sort();
    return tags;
}

void TestChangeOrderApi::requestShapes()
{
    const ApiCall<Acknowledgement> confirm = ChangeOrderApi::confirmPipelineBatch(u"p-1"_s, true);
    QCOMPARE(confirm.request.method, QByteArray("GET")); // a GET that changes things (reference 9.4)
    QCOMPARE(confirm.request.path, u"/pop/v1/sam/changeorder/ConfirmPipelineBatch"_s);
    QCOMPARE(confirm.request.action, u"ConfirmPipelineBatch"_s);
    QVERIFY(confirm.request.mutating);
    QCOMPARE(queryValue(confirm.request, u"PipelineId"_s), u"p-1"_s);
    QCOMPARE(queryValue(confirm.request, u"Confirm"_s), u"true"_s);
    QCOMPARE(confirm.request.summary, (QJsonObject{{u"PipelineId"_s, u"p-1"_s}, {u"Confirm"_s, true}}));
    QCOMPARE(queryValue(ChangeOrderApi::confirmPipelineBatch(u"p-1"_s, false).request, u"Confirm"_s),
             u"false"_s);

    const ApiRequest abort = ChangeOrderApi::abortChangeOrder(u"co-1"_s).request;
    QCOMPARE(abort.method, QByteArray("PUT"));
    QCOMPARE(abort.path, u"/pop/v1/sam/changeorder/AbortChangeOrder"_s);
    QVERIFY(abort.mutating);
    QCOMPARE(abort.query, (QList<std::pair<QString, QString>>{{u"ChangeOrderId"_s, u"co-1"_s}}));
    QCOMPARE(abort.summary, (QJsonObject{{u"ChangeOrderId"_s, u"co-1"_s}}));
    const ApiRequest rollback = ChangeOrderApi::abortAndRollbackChangeOrder(u"co-1"_s).request;
    QCOMPARE(rollback.method, QByteArray("PUT"));
    QCOMPARE(rollback.path, u"/pop/v1/sam/changeorder/AbortAndRollbackChangeOrder"_s);
    QCOMPARE(rollback.action, u"AbortAndRollbackChangeOrder"_s);
    QVERIFY(rollback.mutating);

    ChangeOrderQuery query;
    query.appId = u"app-1"_s;
    query.status = ChangeOrderStatus::WaitingForConfirmation;
    query.coTypeCode = u"CoDeploy"_s;
    query.key = u"2.15"_s;
    query.currentPage = 2;
    query.pageSize = 5;
    const ApiRequest list = ChangeOrderApi::listChangeOrders(query).request;
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.path, u"/pop/v1/sam/changeorder/ListChangeOrders"_s);
    QVERIFY(!list.mutating);
    QVERIFY(list.summary.isEmpty());
    QCOMPARE(list.query, (QList<std::pair<QString, QString>>{{u"AppId"_s, u"app-1"_s},
                                                             {u"CurrentPage"_s, u"2"_s},
                                                             {u"PageSize"_s, u"5"_s},
                                                             {u"CoStatus"_s, u"8"_s},
                                                             {u"CoType"_s, u"CoDeploy"_s},
                                                             {u"Key"_s, u"2.15"_s}}));
    QVERIFY(!ChangeOrderApi::describeChangeOrder(u"co-1"_s).request.mutating);
    QCOMPARE(ChangeOrderApi::describePipeline(u"p-1"_s).request.path,
             u"/pop/v1/sam/changeorder/DescribePipeline"_s);
}

void TestChangeOrderApi::manualBatchesWaitForConfirmation()
{
    const QString id = deploy(u"9.9.9"_s, manualBatches(2));
    QVERIFY(!id.isEmpty());
    const ApiResult<ChangeOrder> first = call(ChangeOrderApi::describeChangeOrder(id));
    QVERIFY(first.isOk());
    QCOMPARE(first.value().status, ChangeOrderStatus::Preparing);
    QCOMPARE(first.value().coTypeCode, u"CoDeploy"_s);
    QCOMPARE(first.value().appId, m_appId);

    const ChangeOrder waiting = advanceUntil(id, ChangeOrderStatus::WaitingForConfirmation);
    QCOMPARE(waiting.status, ChangeOrderStatus::WaitingForConfirmation);
    QCOMPARE(waiting.autoRelease, false);
    QCOMPARE(waiting.supportRollback, true);
    QCOMPARE(waiting.pipelines.size(), 2);
    QCOMPARE(waiting.pipelines.at(0).status, ChangeOrderStatus::Succeeded);
    QCOMPARE(waiting.pipelines.at(1).status, ChangeOrderStatus::WaitingForConfirmation);
    QVERIFY(waiting.createdAt.isValid());
    QCOMPARE(versions().count(u"9.9.9"_s), 2);

    // The batch that waits, with its stage and task.
    const QString next = waiting.pipelines.at(1).pipelineId;
    const ApiResult<Pipeline> batch = call(ChangeOrderApi::describePipeline(next));
    QVERIFY(batch.isOk());
    QCOMPARE(batch.value().pipelineId, next);
    QCOMPARE(batch.value().name, u"Batch 2 Change"_s);
    QCOMPARE(batch.value().nextBatchReady, true);
    QCOMPARE(batch.value().stages.size(), 1);
    QCOMPARE(batch.value().stages.first().tasks.size(), 1);
    QCOMPARE(batch.value().stages.first().tasks.first().status, TaskStatus::Preparing);
    const ApiResult<Pipeline> done =
        call(ChangeOrderApi::describePipeline(waiting.pipelines.at(0).pipelineId));
    QVERIFY(done.isOk());
    QCOMPARE(done.value().status, ChangeOrderStatus::Succeeded);
    QCOMPARE(done.value().nextPipelineId, next);
    QCOMPARE(done.value().stages.first().tasks.first().status, TaskStatus::Succeeded);

    const ApiResult<Acknowledgement> confirmed = call(ChangeOrderApi::confirmPipelineBatch(next, true));
    QVERIFY(confirmed.isOk());
    QVERIFY(!confirmed.value().requestId.isEmpty());
    const ChangeOrder finished = advanceUntil(id, ChangeOrderStatus::Succeeded);
    QCOMPARE(finished.status, ChangeOrderStatus::Succeeded);
    QCOMPARE(finished.pipelines.at(1).status, ChangeOrderStatus::Succeeded);
    QCOMPARE(versions(), QStringList(4, u"9.9.9"_s));
}

void TestChangeOrderApi::confirmFalseEndsTheRelease()
{
    const QString id = deploy(u"9.9.9"_s, manualBatches(2));
    const ChangeOrder waiting = advanceUntil(id, ChangeOrderStatus::WaitingForConfirmation);
    QCOMPARE(waiting.status, ChangeOrderStatus::WaitingForConfirmation);
    QVERIFY(call(ChangeOrderApi::confirmPipelineBatch(waiting.pipelines.at(1).pipelineId, false)).isOk());
    const ApiResult<ChangeOrder> ended = call(ChangeOrderApi::describeChangeOrder(id));
    QCOMPARE(ended.value().status, ChangeOrderStatus::Aborted);
    QCOMPARE(versions().count(u"9.9.9"_s), 2); // the first batch stays
}

void TestChangeOrderApi::abortEndsTheOrder()
{
    const QString id = deploy(u"9.9.9"_s, manualBatches(2));
    QCOMPARE(advanceUntil(id, ChangeOrderStatus::WaitingForConfirmation).status,
             ChangeOrderStatus::WaitingForConfirmation);
    const ApiResult<ChangeOrderTicket> aborted = call(ChangeOrderApi::abortChangeOrder(id));
    QVERIFY(aborted.isOk());
    QCOMPARE(aborted.value().changeOrderId, id);
    QVERIFY(!aborted.value().requestId.isEmpty());
    QCOMPARE(call(ChangeOrderApi::describeChangeOrder(id)).value().status, ChangeOrderStatus::Aborted);
    QCOMPARE(m_local->emulator().fleet().findChangeOrder(id)->order.status, ChangeOrderStatus::Aborted);

    // An order that has ended cannot be aborted again.
    const ApiResult<ChangeOrderTicket> again = call(ChangeOrderApi::abortChangeOrder(id));
    QVERIFY(!again.isOk());
    QCOMPARE(again.error().kind, ApiError::Kind::Platform);
    QCOMPARE(again.error().code, u"InvalidParameter.WithMessage"_s);
}

void TestChangeOrderApi::abortAndRollbackRestoresTheVersion()
{
    const QStringList before = versions();
    const QString id = deploy(u"9.9.9"_s, manualBatches(2));
    QCOMPARE(advanceUntil(id, ChangeOrderStatus::WaitingForConfirmation).status,
             ChangeOrderStatus::WaitingForConfirmation);
    QCOMPARE(versions().count(u"9.9.9"_s), 2);
    const ApiResult<ChangeOrderTicket> rolledBack = call(ChangeOrderApi::abortAndRollbackChangeOrder(id));
    QVERIFY(rolledBack.isOk());
    const QString rollbackId = rolledBack.value().changeOrderId;
    QVERIFY(!rollbackId.isEmpty());
    QVERIFY(rollbackId != id);
    QCOMPARE(call(ChangeOrderApi::describeChangeOrder(id)).value().status, ChangeOrderStatus::Aborted);
    const ChangeOrder rollback = advanceUntil(rollbackId, ChangeOrderStatus::Succeeded);
    QCOMPARE(rollback.status, ChangeOrderStatus::Succeeded);
    QCOMPARE(rollback.coTypeCode, u"CoRollback"_s);
    QCOMPARE(versions(), before);
}

void TestChangeOrderApi::listPagesAndFilters()
{
    const QString first = deploy(u"9.9.8"_s, std::nullopt);
    QCOMPARE(advanceUntil(first, ChangeOrderStatus::Succeeded).status, ChangeOrderStatus::Succeeded);
    const QString second = deploy(u"9.9.9"_s, manualBatches(2));
    QCOMPARE(advanceUntil(second, ChangeOrderStatus::WaitingForConfirmation).status,
             ChangeOrderStatus::WaitingForConfirmation);

    ChangeOrderQuery query;
    query.appId = m_appId;
    query.pageSize = 1;
    const ApiResult<Page<ChangeOrder>> newest = call(ChangeOrderApi::listChangeOrders(query));
    QVERIFY(newest.isOk());
    QCOMPARE(newest.value().items.size(), 1);
    QCOMPARE(newest.value().items.first().changeOrderId, second); // newest first
    QCOMPARE(newest.value().items.first().status, ChangeOrderStatus::WaitingForConfirmation);
    QVERIFY(newest.value().totalSize >= 2);
    QVERIFY(newest.value().hasMore());

    query.pageSize = 20;
    query.status = ChangeOrderStatus::WaitingForConfirmation;
    const ApiResult<Page<ChangeOrder>> waiting = call(ChangeOrderApi::listChangeOrders(query));
    QVERIFY(waiting.isOk());
    QCOMPARE(waiting.value().items.size(), 1);
    QCOMPARE(waiting.value().items.first().changeOrderId, second);
    QCOMPARE(waiting.value().items.first().autoRelease, false);

    query.status.reset();
    query.key = u"9.9.8"_s;
    const ApiResult<Page<ChangeOrder>> byKey = call(ChangeOrderApi::listChangeOrders(query));
    QVERIFY(byKey.isOk());
    QCOMPARE(byKey.value().items.size(), 1);
    QCOMPARE(byKey.value().items.first().changeOrderId, first);
    QVERIFY(byKey.value().items.first().finishedAt.isValid());
}

void TestChangeOrderApi::refusalsArePlatformErrors()
{
    const ApiResult<ChangeOrder> unknown = call(ChangeOrderApi::describeChangeOrder(u"no-such-order"_s));
    QVERIFY(!unknown.isOk());
    QCOMPARE(unknown.error().kind, ApiError::Kind::Platform);
    QCOMPARE(unknown.error().code, u"InvalidChangeOrder.NotFound"_s);
    QCOMPARE(unknown.error().httpStatus, 400);
    QVERIFY(!unknown.error().requestId.isEmpty());

    // A batch that does not wait cannot be confirmed.
    const QString id = deploy(u"9.9.9"_s, manualBatches(2));
    const ApiResult<ChangeOrder> preparing = call(ChangeOrderApi::describeChangeOrder(id));
    const ApiResult<Acknowledgement> early =
        call(ChangeOrderApi::confirmPipelineBatch(preparing.value().pipelines.at(1).pipelineId, true));
    QVERIFY(!early.isOk());
    QCOMPARE(early.error().code, u"InvalidParameter.WithMessage"_s);
    QVERIFY(!early.error().requestId.isEmpty());

    // One change order per application at a time.
    const ApiResult<ChangeOrderTicket> second = call(DeploymentApi::restartApplication(m_appId));
    QVERIFY(!second.isOk());
    QCOMPARE(second.error().kind, ApiError::Kind::Platform);
    QCOMPARE(second.error().code, u"Application.ChangerOrderRunning"_s);
    QCOMPARE(second.error().httpStatus, 400);
    QVERIFY(!second.error().requestId.isEmpty());
    QVERIFY(!RetryPolicy::mayHaveBeenApplied(second.error()));
}

QTEST_GUILESS_MAIN(TestChangeOrderApi)
#include "tst_changeorderapi.moc"
