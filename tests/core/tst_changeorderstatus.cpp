#include "core/changeorderstatus.h"

#include <QTest>

using namespace Qt::StringLiterals;

/** Change-order status codes (reference 6.1): terminal, waiting, and the application's spelling. */
class TestChangeOrderStatus : public QObject
{
    Q_OBJECT

private slots:
    void classes_data();
    void classes();
};

void TestChangeOrderStatus::classes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("waiting");
    QTest::addColumn<QString>("lastChangeOrderStatus");
    QTest::newRow("0") << 0 << false << false << u"READY"_s;
    QTest::newRow("1") << 1 << false << false << u"RUNNING"_s;
    QTest::newRow("2") << 2 << true << false << u"SUCCESS"_s;
    QTest::newRow("3") << 3 << true << false << u"FAIL"_s;
    QTest::newRow("6") << 6 << true << false << u"ABORT"_s;
    QTest::newRow("8") << 8 << false << true << u"WAIT_BATCH_CONFIRM"_s;
    QTest::newRow("9") << 9 << false << true << u"AUTO_BATCH_WAIT"_s;
    QTest::newRow("10") << 10 << true << false << u"SYSTEM_FAIL"_s;
    QTest::newRow("11") << 11 << false << true << u"WAIT_APPROVAL"_s;
    QTest::newRow("12") << 12 << false << true << u"APPROVED"_s;
    // A code SAE adds later: neither, so a tracker keeps following the order.
    QTest::newRow("13") << 13 << false << false << u"READY"_s;
}

void TestChangeOrderStatus::classes()
{
    QFETCH(int, code);
    QFETCH(bool, terminal);
    QFETCH(bool, waiting);
    QFETCH(QString, lastChangeOrderStatus);
    const auto status = ChangeOrderStatus(code);
    QCOMPARE(isTerminal(status), terminal);
    QCOMPARE(isWaiting(status), waiting);
    QCOMPARE(lastChangeOrderStatusText(status), lastChangeOrderStatus);
}

QTEST_GUILESS_MAIN(TestChangeOrderStatus)
#include "tst_changeorderstatus.moc"
