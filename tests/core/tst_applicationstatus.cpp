#include "core/applicationstatus.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestApplicationStatus : public QObject
{
    Q_OBJECT

private slots:
    void currentStatus_data();
    void currentStatus();
    void subStatusInBothSpellings_data();
    void subStatusInBothSpellings();
    void lastChangeOrderStatus_data();
    void lastChangeOrderStatus();
    void readsBackWhatTheEmulatorWrites();
};

void TestApplicationStatus::currentStatus_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<ApplicationStatus::State>("state");
    QTest::newRow("RUNNING") << u"RUNNING"_s << ApplicationStatus::State::Running;
    QTest::newRow("stopped") << u"stopped"_s << ApplicationStatus::State::Stopped;
    QTest::newRow("UNKNOWN") << u"UNKNOWN"_s << ApplicationStatus::State::Unknown;
    QTest::newRow("new value") << u"HIBERNATING"_s << ApplicationStatus::State::Unknown;
    QTest::newRow("empty") << QString() << ApplicationStatus::State::Unknown;
}

void TestApplicationStatus::currentStatus()
{
    QFETCH(QString, wire);
    QTEST(ApplicationStatus::stateFromWire(wire), "state");
}

void TestApplicationStatus::subStatusInBothSpellings_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<ApplicationStatus::ReleaseHealth>("health");
    // Reference appendix B 7: the API docs and Terraform spell it differently.
    QTest::newRow("docs") << u"RUNNING_BUT_HAS_ERROR"_s
                          << ApplicationStatus::ReleaseHealth::RunningButHasError;
    QTest::newRow("terraform") << u"runningButHasError"_s
                               << ApplicationStatus::ReleaseHealth::RunningButHasError;
    QTest::newRow("lower") << u"running_but_has_error"_s
                           << ApplicationStatus::ReleaseHealth::RunningButHasError;
    QTest::newRow("NORMAL") << u"NORMAL"_s << ApplicationStatus::ReleaseHealth::Normal;
    QTest::newRow("normal") << u"normal"_s << ApplicationStatus::ReleaseHealth::Normal;
    QTest::newRow("absent") << QString() << ApplicationStatus::ReleaseHealth::Normal;
    QTest::newRow("new value") << u"DEGRADED"_s << ApplicationStatus::ReleaseHealth::Unrecognised;
}

void TestApplicationStatus::subStatusInBothSpellings()
{
    QFETCH(QString, wire);
    QTEST(ApplicationStatus::releaseHealthFromWire(wire), "health");
}

void TestApplicationStatus::lastChangeOrderStatus_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("status"); // -1: none
    QTest::newRow("READY") << u"READY"_s << 0;
    QTest::newRow("RUNNING") << u"RUNNING"_s << 1;
    QTest::newRow("SUCCESS") << u"SUCCESS"_s << 2;
    QTest::newRow("FAIL") << u"FAIL"_s << 3;
    QTest::newRow("ABORT") << u"ABORT"_s << 6;
    QTest::newRow("WAIT_BATCH_CONFIRM") << u"WAIT_BATCH_CONFIRM"_s << 8;
    QTest::newRow("AUTO_BATCH_WAIT") << u"AUTO_BATCH_WAIT"_s << 9;
    QTest::newRow("SYSTEM_FAIL") << u"SYSTEM_FAIL"_s << 10;
    // ChangeOrderStatus has no codes for 11 and 12 yet: the text stays the only record.
    QTest::newRow("WAIT_APPROVAL") << u"WAIT_APPROVAL"_s << -1;
    QTest::newRow("APPROVED") << u"APPROVED"_s << -1;
    QTest::newRow("none") << QString() << -1;
}

void TestApplicationStatus::lastChangeOrderStatus()
{
    QFETCH(QString, wire);
    QFETCH(int, status);
    const std::optional<ChangeOrderStatus> read = ApplicationStatus::changeOrderStatusFromWire(wire);
    QCOMPARE(read.has_value(), status >= 0);
    if (read)
        QCOMPARE(int(*read), status);
}

void TestApplicationStatus::readsBackWhatTheEmulatorWrites()
{
    for (const ChangeOrderStatus status :
         {ChangeOrderStatus::Preparing, ChangeOrderStatus::Executing, ChangeOrderStatus::Succeeded,
          ChangeOrderStatus::Failed, ChangeOrderStatus::Aborted, ChangeOrderStatus::WaitingForConfirmation,
          ChangeOrderStatus::WaitingForNextBatch, ChangeOrderStatus::SystemFailure}) {
        QCOMPARE(ApplicationStatus::changeOrderStatusFromWire(lastChangeOrderStatusText(status)),
                 std::optional(status));
    }
}

QTEST_GUILESS_MAIN(TestApplicationStatus)
#include "tst_applicationstatus.moc"
