#include "emulator/faultplan.h"
#include "platform/requestscheduler.h"
#include "platform/saeapi.h"
#include "support/localemulator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/**
 * The call budget against the emulator's real flow control, over loopback: reads stay under the
 * limit without a Throttling error reaching a caller, user actions overtake background reads,
 * duplicates are coalesced, callers that go away take their calls with them, and a mutation is
 * never sent twice.
 */
class TestRequestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void hundredReadsWithinTheLimit();
    void userActionOvertakesBackgroundReads();
    void identicalReadsAreCoalesced();
    void callsOfAGoneViewAreDropped();
    void throttledReadsBackOffAndSucceed();
    void mutationIsNeverSentTwice();
    void throttledMutationIsSentAgainOnce();

private:
    static EmulatorOptions options(int calls, qint64 windowMs);
    static RetryPolicy quickRetries();
    static ApiCall<QJsonObject> rescale(const QString &appId, int replicas);
    static QList<ApiCall<Page<Instance>>> instanceCalls(LocalEmulator &local);
};

EmulatorOptions TestRequestScheduler::options(int calls, qint64 windowMs)
{
    EmulatorOptions options;
    options.callsPerMinute = calls;
    options.rateLimitWindowMs = windowMs;
    return options;
}

RetryPolicy TestRequestScheduler::quickRetries()
{
    RetryPolicy policy;
    policy.initialDelay = 100ms;
    policy.maximumDelay = 800ms;
    policy.maximumAttempts = 8;
    return policy;
}

ApiCall<QJsonObject> TestRequestScheduler::rescale(const QString &appId, int replicas)
{
    ApiRequest request;
    request.method = "PUT";
    request.path = u"/pop/v1/sam/app/rescaleApplication"_s;
    request.action = u"RescaleApplication"_s;
    request.mutating = true;
    request.addQuery(u"AppId"_s, appId).addQuery(u"Replicas"_s, replicas);
    return {request, [](const QJsonObject &body) { return ApiResult<QJsonObject>(body); }};
}

QList<ApiCall<Page<Instance>>> TestRequestScheduler::instanceCalls(LocalEmulator &local)
{
    QList<ApiCall<Page<Instance>>> calls;
    for (const EmulatedApplication &application : local.emulator().fleet().applications) {
        calls.append(SaeApi::describeApplicationInstances(
            {application.application.appId, application.group.groupId, 1, 100}));
    }
    return calls;
}

void TestRequestScheduler::hundredReadsWithinTheLimit()
{
    // SAE's flow control at 10 calls per window; the window is a second instead of a minute so
    // that the budget empties and refills many times within the test.
    constexpr int limit = 10;
    constexpr qint64 windowMs = 1000;
    LocalEmulator local(options(limit, windowMs));
    QVERIFY(local.isListening());
    RequestScheduler scheduler(&local.client());
    scheduler.setLimit(limit, std::chrono::milliseconds(windowMs));
    scheduler.setRetryPolicy(quickRetries());

    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt;
    connect(&scheduler, &RequestScheduler::requestSent, this,
            [&](const QString &, RequestScheduler::Priority, int) { sentAt.append(clock.elapsed()); });

    // 100 reads of three kinds, some of them repeats, as refreshing views make them.
    const QList<ApiCall<Page<Instance>>> instances = instanceCalls(local);
    int answered = 0;
    int failed = 0;
    int throttled = 0;
    QObject view;
    const auto count = [&](const ApiError *error) {
        ++answered;
        if (error) {
            ++failed;
            throttled += error->kind == ApiError::Kind::Throttled ? 1 : 0;
        }
    };
    for (int i = 0; i < 100; ++i) {
        const auto priority = RequestScheduler::Priority(i % 3);
        if (i % 5 == 4) {
            scheduler.schedule(
                SaeApi::describeNamespaces(), priority, &view,
                [&](const ApiResult<Page<Namespace>> &r) { count(r.isOk() ? nullptr : &r.error()); });
        } else if (i % 2 == 0) {
            ApplicationQuery query;
            query.currentPage = 1 + (i / 2) % 12;
            query.pageSize = 4;
            scheduler.schedule(
                SaeApi::listApplications(query), priority, &view,
                [&](const ApiResult<Page<Application>> &r) { count(r.isOk() ? nullptr : &r.error()); });
        } else {
            scheduler.schedule(
                instances.at(i % instances.size()), priority, &view,
                [&](const ApiResult<Page<Instance>> &r) { count(r.isOk() ? nullptr : &r.error()); });
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 100, 60000);
    QCOMPARE(failed, 0);
    QCOMPARE(throttled, 0);
    qInfo("%lld calls sent for 100 reads, the last after %lld ms", qlonglong(sentAt.size()), sentAt.last());
    QVERIFY(sentAt.size() < 100);       // coalesced
    QVERIFY(sentAt.size() > 2 * limit); // and enough to need the window to refill twice
    // Never more than the limit in any window, measured where the calls leave.
    for (qsizetype i = 0; i + limit < sentAt.size(); ++i)
        QVERIFY2(sentAt.at(i + limit) - sentAt.at(i) >= windowMs,
                 qPrintable(u"calls %1..%2 within %3 ms"_s.arg(i).arg(i + limit).arg(sentAt.at(i + limit)
                                                                                     - sentAt.at(i))));
    const RequestScheduler::Budget budget = scheduler.budget();
    QCOMPARE(budget.queued, 0);
    QCOMPARE(budget.inFlight, 0);
    QCOMPARE(budget.limit, limit);
}

void TestRequestScheduler::userActionOvertakesBackgroundReads()
{
    LocalEmulator local(options(0, 60000));
    FaultPlan slow; // so that the background reads are still queued when the user acts
    slow.minimumLatency = slow.maximumLatency = 20ms;
    local.emulator().setFaultPlan(slow);
    RequestScheduler scheduler(&local.client());
    scheduler.setMaximumInFlight(1);
    QStringList order;
    connect(&scheduler, &RequestScheduler::requestSent, this,
            [&](const QString &action, RequestScheduler::Priority, int) { order.append(action); });
    const QList<ApiCall<Page<Instance>>> instances = instanceCalls(local);
    int answered = 0;
    QObject view;
    for (int i = 0; i < 50; ++i) {
        ApplicationQuery query;
        query.currentPage = 1 + i; // all different: nothing to coalesce
        query.pageSize = 1;
        scheduler.schedule(SaeApi::listApplications(query), RequestScheduler::Priority::Background, &view,
                           [&](const ApiResult<Page<Application>> &) { ++answered; });
    }
    QTRY_VERIFY(order.size() >= 2); // the background reads are under way
    scheduler.schedule(instances.first(), RequestScheduler::Priority::UserAction, &view,
                       [&](const ApiResult<Page<Instance>> &) { ++answered; });
    const qsizetype queuedAt = order.size();
    QTRY_COMPARE_WITH_TIMEOUT(answered, 51, 30000);
    // The very next call to leave after the user's is queued is the user's, well before the end.
    QVERIFY2(queuedAt < 40, qPrintable(QString::number(queuedAt)));
    QCOMPARE(order.indexOf(u"DescribeApplicationInstances"_s), queuedAt);
}

void TestRequestScheduler::identicalReadsAreCoalesced()
{
    LocalEmulator local(options(0, 60000));
    RequestScheduler scheduler(&local.client());
    QSignalSpy sent(&scheduler, &RequestScheduler::requestSent);
    QList<int> totals;
    QObject view;
    for (int i = 0; i < 5; ++i) {
        scheduler.schedule(SaeApi::listApplications({}), RequestScheduler::Priority::Visible, &view,
                           [&](const ApiResult<Page<Application>> &result) {
                               totals.append(result.isOk() ? result.value().totalSize : -1);
                           });
    }
    QTRY_COMPARE(totals.size(), 5);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(totals, QList<int>(5, 48));
}

void TestRequestScheduler::callsOfAGoneViewAreDropped()
{
    LocalEmulator local(options(0, 60000));
    RequestScheduler scheduler(&local.client());
    scheduler.setMaximumInFlight(1);
    QSignalSpy sent(&scheduler, &RequestScheduler::requestSent);
    int answeredToGoneView = 0;
    int answered = 0;
    QObject stays;
    {
        QObject view;
        for (int i = 0; i < 10; ++i) {
            ApplicationQuery query;
            query.currentPage = i + 1;
            query.pageSize = 1;
            scheduler.schedule(SaeApi::listApplications(query), RequestScheduler::Priority::Visible, &view,
                               [&](const ApiResult<Page<Application>> &) { ++answeredToGoneView; });
        }
    } // the view closes before the event loop runs
    const quint64 ticket =
        scheduler.schedule(SaeApi::describeNamespaces(), RequestScheduler::Priority::Visible, &stays,
                           [&](const ApiResult<Page<Namespace>> &) { ++answered; });
    scheduler.schedule(SaeApi::listApplications({}), RequestScheduler::Priority::Visible, &stays,
                       [&](const ApiResult<Page<Application>> &) { ++answered; });
    scheduler.cancel(ticket);
    QTRY_COMPARE(answered, 1);
    QTest::qWait(100);
    QCOMPARE(answeredToGoneView, 0);
    QCOMPARE(sent.size(), 1); // only the call someone still wants
    QCOMPARE(scheduler.budget().queued, 0);
}

void TestRequestScheduler::throttledReadsBackOffAndSucceed()
{
    LocalEmulator local(options(0, 60000));
    FaultPlan storm;
    storm.throttlingStorm = true;
    local.emulator().setFaultPlan(storm);
    RequestScheduler scheduler(&local.client());
    scheduler.setRetryPolicy(quickRetries());
    QSignalSpy sent(&scheduler, &RequestScheduler::requestSent);
    std::optional<ApiResult<Page<Application>>> result;
    QObject view;
    scheduler.schedule(SaeApi::listApplications({}), RequestScheduler::Priority::Visible, &view,
                       [&](const ApiResult<Page<Application>> &received) { result = received; });
    QTRY_VERIFY(sent.size() >= 2);     // throttled once at least, and tried again
    QVERIFY(!result);                  // the caller has not seen the throttling
    local.emulator().setFaultPlan({}); // the storm passes
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(result->isOk());
    QCOMPARE(result->value().totalSize, 48);
}

void TestRequestScheduler::mutationIsNeverSentTwice()
{
    LocalEmulator local(options(0, 60000));
    const EmulatedApplication *payment =
        local.emulator().fleet().findApplicationNamed(u"prod", u"payment-service");
    QVERIFY(payment);
    const QString appId = payment->application.appId;
    const auto changeOrdersOfPayment = [&local, &appId] {
        int count = 0;
        for (const EmulatedChangeOrder &order : local.emulator().fleet().changeOrders)
            count += order.order.appId == appId ? 1 : 0;
        return count;
    };
    const int history = changeOrdersOfPayment(); // the fleet's week before the test
    RequestScheduler scheduler(&local.client());
    scheduler.setRetryPolicy(quickRetries());
    QSignalSpy sent(&scheduler, &RequestScheduler::requestSent);
    QObject controller;

    // The platform fails with a 5xx: not carried out here, but the client cannot know that.
    FaultPlan errors;
    errors.errorRate = 1.0;
    local.emulator().setFaultPlan(errors);
    std::optional<ApiResult<QJsonObject>> failed;
    scheduler.schedule(rescale(appId, 5), RequestScheduler::Priority::UserAction, &controller,
                       [&](const ApiResult<QJsonObject> &result) { failed = result; });
    QTRY_VERIFY(failed.has_value());
    QVERIFY(!failed->isOk());
    QVERIFY(RetryPolicy::mayHaveBeenApplied(failed->error()));
    QTest::qWait(300); // longer than any retry delay
    QCOMPARE(sent.size(), 1);

    // The reply is lost after the platform carried it out: still one call, and one rescale.
    FaultPlan drops;
    drops.dropRate = 1.0;
    local.emulator().setFaultPlan(drops);
    std::optional<ApiResult<QJsonObject>> lost;
    scheduler.schedule(rescale(appId, 2), RequestScheduler::Priority::UserAction, &controller,
                       [&](const ApiResult<QJsonObject> &result) { lost = result; });
    QTRY_VERIFY(lost.has_value());
    QVERIFY(!lost->isOk());
    QTest::qWait(300);
    QCOMPARE(sent.size(), 2);
    local.emulator().setFaultPlan({});
    const int rescales = changeOrdersOfPayment() - history;
    QCOMPARE(rescales, 1);
}

void TestRequestScheduler::throttledMutationIsSentAgainOnce()
{
    // Throttling is the one refusal that certainly did not carry a change out: it is retried.
    LocalEmulator local(options(0, 60000));
    const EmulatedApplication *coupon =
        local.emulator().fleet().findApplicationNamed(u"prod", u"coupon-service");
    QVERIFY(coupon);
    const QString appId = coupon->application.appId;
    FaultPlan storm;
    storm.throttlingStorm = true;
    local.emulator().setFaultPlan(storm);
    RequestScheduler scheduler(&local.client());
    RetryPolicy slowRetries = quickRetries();
    slowRetries.initialDelay = 400ms; // time to end the storm before the next try
    scheduler.setRetryPolicy(slowRetries);
    QSignalSpy sent(&scheduler, &RequestScheduler::requestSent);
    std::optional<ApiResult<QJsonObject>> result;
    QObject controller;
    scheduler.schedule(rescale(appId, 3), RequestScheduler::Priority::UserAction, &controller,
                       [&](const ApiResult<QJsonObject> &received) { result = received; });
    QTRY_COMPARE(sent.size(), 1);
    QTest::qWait(100); // the throttled answer is back
    QVERIFY(!result);
    local.emulator().setFaultPlan({});
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(result->isOk());
    QVERIFY(sent.size() >= 2);
    QCOMPARE(sent.last().at(2).toInt(), int(sent.size()));
    int rescales = 0;
    for (const EmulatedChangeOrder &order : local.emulator().fleet().changeOrders)
        rescales += order.order.appId == appId ? 1 : 0;
    QCOMPARE(rescales, 1);
}

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
