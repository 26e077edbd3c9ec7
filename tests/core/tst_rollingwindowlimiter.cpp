#include "core/rollingwindowlimiter.h"

#include <QTest>

/** The client's side of SAE's flow control: no more than N calls in any window. */
class TestRollingWindowLimiter : public QObject
{
    Q_OBJECT

private slots:
    void fillsThenWaitsForTheOldestToLeave();
    void neverMoreThanTheLimitInAnyWindow();
    void holdDelaysEveryCall();
};

void TestRollingWindowLimiter::fillsThenWaitsForTheOldestToLeave()
{
    RollingWindowLimiter limiter(3, 1000);
    for (const qint64 at : {0, 100, 200}) {
        QVERIFY(limiter.canSend(at));
        limiter.recordSend(at);
    }
    QVERIFY(!limiter.canSend(300));
    QCOMPARE(limiter.nextSendAt(300), 1001); // the call at 0 leaves the window after 1000
    QCOMPARE(limiter.used(300), 3);
    QVERIFY(limiter.canSend(1001));
    QCOMPARE(limiter.used(1001), 2);
}

void TestRollingWindowLimiter::neverMoreThanTheLimitInAnyWindow()
{
    RollingWindowLimiter limiter(9, 2000);
    QList<qint64> sent;
    qint64 now = 0;
    while (sent.size() < 100) {
        now = limiter.nextSendAt(now);
        limiter.recordSend(now);
        sent.append(now);
        now += 7; // a little later each time, as a real event loop would
    }
    for (qsizetype i = 0; i + 9 < sent.size(); ++i)
        QVERIFY2(sent.at(i + 9) - sent.at(i) > 2000, qPrintable(QString::number(i)));
    // And it is not idle either: 100 calls at 9 per 2 s take about 22 s.
    QVERIFY(sent.last() < 23000);
}

void TestRollingWindowLimiter::holdDelaysEveryCall()
{
    RollingWindowLimiter limiter(60, 60000);
    limiter.holdUntil(5000);
    QVERIFY(!limiter.canSend(0));
    QCOMPARE(limiter.nextSendAt(0), 5000);
    limiter.holdUntil(1000); // an earlier hold does not shorten a later one
    QCOMPARE(limiter.nextSendAt(0), 5000);
    QVERIFY(limiter.canSend(5000));
}

QTEST_GUILESS_MAIN(TestRollingWindowLimiter)
#include "tst_rollingwindowlimiter.moc"
