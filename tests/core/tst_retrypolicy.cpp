#include "core/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/** What is tried again, when, and what a mutation's failure may mean. */
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void readsRetryWhatMayPass_data();
    void readsRetryWhatMayPass();
    void mutationsRetryOnlyWhenNotCarriedOut();
    void backOffGrowsWithJitterAndCap();
    void givesUpAfterTheLastAttempt();
    void mayHaveBeenApplied();
    void replayedNonceMayHaveBeenApplied();
};

void TestRetryPolicy::readsRetryWhatMayPass_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("retry");
    QTest::newRow("throttled") << ApiError::fromPlatform(400, u"Throttling.User"_s, {}, {}) << true;
    QTest::newRow("503") << ApiError::fromPlatform(503, u"ServiceUnavailable"_s, {}, {}) << true;
    QTest::newRow("500") << ApiError::fromPlatform(500, u"InternalError"_s, {}, {}) << true;
    QTest::newRow("timeout") << ApiError::timeout(u"slow"_s) << true;
    QTest::newRow("dropped") << ApiError::network(u"closed"_s) << true;
    QTest::newRow("garbled") << ApiError::parse(u"not JSON"_s) << true;
    QTest::newRow("change order running")
        << ApiError::fromPlatform(400, u"Application.ChangerOrderRunning"_s, {}, {}) << true;
    QTest::newRow("bad signature") << ApiError::fromPlatform(400, u"SignatureDoesNotMatch"_s, {}, {})
                                   << false;
    QTest::newRow("not found") << ApiError::fromPlatform(404, u"InvalidAppId.NotFound"_s, {}, {}) << false;
    QTest::newRow("invalid parameter")
        << ApiError::fromPlatform(400, u"InvalidParameter.WithMessage"_s, {}, {}) << false;
    QTest::newRow("cancelled") << ApiError::cancelled() << false;
}

void TestRetryPolicy::readsRetryWhatMayPass()
{
    QFETCH(ApiError, error);
    QFETCH(bool, retry);
    const RetryPolicy policy;
    QCOMPARE(policy.decide(error, false, 1, 0.5).retry, retry);
}

void TestRetryPolicy::mutationsRetryOnlyWhenNotCarriedOut()
{
    const RetryPolicy policy;
    QVERIFY(policy.decide(ApiError::fromPlatform(400, u"Throttling.User"_s, {}, {}), true, 1, 0.5).retry);
    QVERIFY(!policy.decide(ApiError::fromPlatform(503, u"ServiceUnavailable"_s, {}, {}), true, 1, 0.5).retry);
    QVERIFY(!policy.decide(ApiError::timeout(u"slow"_s), true, 1, 0.5).retry);
    QVERIFY(!policy.decide(ApiError::network(u"closed"_s), true, 1, 0.5).retry);
    QVERIFY(!policy.decide(ApiError::parse(u"garbled"_s), true, 1, 0.5).retry);
    QVERIFY(
        !policy
             .decide(ApiError::fromPlatform(400, u"Application.ChangerOrderRunning"_s, {}, {}), true, 1, 0.5)
             .retry);
}

void TestRetryPolicy::backOffGrowsWithJitterAndCap()
{
    RetryPolicy policy;
    policy.initialDelay = 1000ms;
    policy.maximumDelay = 30000ms;
    QCOMPARE(policy.delayAfter(1, 0.5), 1000ms);
    QCOMPARE(policy.delayAfter(2, 0.5), 2000ms);
    QCOMPARE(policy.delayAfter(3, 0.5), 4000ms);
    QCOMPARE(policy.delayAfter(3, 0.0), 3000ms); // -25 %
    QCOMPARE(policy.delayAfter(3, 1.0), 5000ms); // +25 %
    QCOMPARE(policy.delayAfter(10, 0.5), 30000ms);
    QCOMPARE(policy.delayAfter(60, 0.5), 30000ms);
}

void TestRetryPolicy::givesUpAfterTheLastAttempt()
{
    // An endpoint that refuses or does not answer gets one more try, not five.
    const RetryPolicy defaults;
    QVERIFY(defaults.decide(ApiError::network(u"refused"_s), false, 1, 0.5).retry);
    QVERIFY(!defaults.decide(ApiError::network(u"refused"_s), false, 2, 0.5).retry);
    QVERIFY(!defaults.decide(ApiError::timeout(u"slow"_s), false, 2, 0.5).retry);

    RetryPolicy policy;
    policy.maximumAttempts = 3;
    const ApiError throttled = ApiError::fromPlatform(400, u"Throttling.User"_s, {}, {});
    QVERIFY(policy.decide(throttled, false, 2, 0.5).retry);
    QVERIFY(!policy.decide(throttled, false, 3, 0.5).retry);
}

void TestRetryPolicy::mayHaveBeenApplied()
{
    QVERIFY(RetryPolicy::mayHaveBeenApplied(ApiError::timeout(u"slow"_s)));
    QVERIFY(RetryPolicy::mayHaveBeenApplied(ApiError::parse(u"garbled"_s)));
    QVERIFY(RetryPolicy::mayHaveBeenApplied(ApiError::fromPlatform(500, u"InternalError"_s, {}, {})));
    QVERIFY(!RetryPolicy::mayHaveBeenApplied(ApiError::fromPlatform(400, u"Throttling.User"_s, {}, {})));
    QVERIFY(
        !RetryPolicy::mayHaveBeenApplied(ApiError::fromPlatform(404, u"InvalidAppId.NotFound"_s, {}, {})));
}

void TestRetryPolicy::replayedNonceMayHaveBeenApplied()
{
    // Qt re-sent a mutation whose kept-alive connection closed unanswered; the gateway refused the
    // copy. The first copy reached the platform: the outcome is unknown, and it is not retried.
    const ApiError replayed = ApiError::fromPlatform(400, u"SignatureNonceUsed"_s,
                                                     u"Specified signature nonce was used already."_s, {});
    QCOMPARE(replayed.kind, ApiError::Kind::Authentication);
    QVERIFY(RetryPolicy::mayHaveBeenApplied(replayed));
    QVERIFY(!RetryPolicy().decide(replayed, true, 1, 0.5).retry);
    // Other authentication failures mean the request was refused before anything happened.
    QVERIFY(
        !RetryPolicy::mayHaveBeenApplied(ApiError::fromPlatform(400, u"SignatureDoesNotMatch"_s, {}, {})));
    QVERIFY(
        !RetryPolicy::mayHaveBeenApplied(ApiError::fromPlatform(400, u"InvalidTimeStamp.Expired"_s, {}, {})));
    QVERIFY(!RetryPolicy::mayHaveBeenApplied(ApiError::fromPlatform(403, u"Forbidden.RAM"_s, {}, {})));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
