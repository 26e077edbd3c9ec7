#include "core/instance.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestInstance : public QObject
{
    Q_OBJECT

private slots:
    void statusRoundTrip();
    void statusParsing_data();
    void statusParsing();
    void healthRoundTrip();
    void needsAttention();
};

void TestInstance::statusRoundTrip()
{
    for (int i = int(InstanceStatus::Error); i <= int(InstanceStatus::Running); ++i) {
        const auto status = InstanceStatus(i);
        QCOMPARE(instanceStatusFromWire(toWire(status)), status);
    }
}

void TestInstance::statusParsing_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<InstanceStatus>("status");
    QTest::newRow("Running") << u"Running"_s << InstanceStatus::Running;
    QTest::newRow("case-insensitive") << u"crashloopbackoff"_s << InstanceStatus::CrashLoopBackOff;
    QTest::newRow("Init:0/1") << u"Init:0/1"_s << InstanceStatus::Initializing;
    QTest::newRow("Init:1/3 too") << u"Init:1/3"_s << InstanceStatus::Initializing;
    QTest::newRow("unknown value") << u"Evicted"_s << InstanceStatus::Unknown;
    QTest::newRow("empty") << QString() << InstanceStatus::Unknown;
}

void TestInstance::statusParsing()
{
    QFETCH(QString, wire);
    QFETCH(InstanceStatus, status);
    QCOMPARE(instanceStatusFromWire(wire), status);
}

void TestInstance::healthRoundTrip()
{
    for (int i = int(InstanceHealth::WithoutHealthCheckConfig); i <= int(InstanceHealth::Healthy); ++i) {
        const auto health = InstanceHealth(i);
        QCOMPARE(instanceHealthFromWire(toWire(health)), health);
    }
    QCOMPARE(instanceHealthFromWire(u"SomethingNew"), InstanceHealth::Unrecognised);
}

void TestInstance::needsAttention()
{
    Instance instance;
    instance.status = InstanceStatus::Running;
    instance.health = InstanceHealth::Healthy;
    QVERIFY(!instance.needsAttention());
    instance.health = InstanceHealth::ReadinessUnhealthy;
    QVERIFY(instance.needsAttention());
    instance.health = InstanceHealth::WithoutHealthCheckConfig;
    QVERIFY(!instance.needsAttention());
    instance.status = InstanceStatus::ImagePullBackOff;
    QVERIFY(instance.needsAttention());
    instance.status = InstanceStatus::Pending;
    QVERIFY(!instance.needsAttention());
}

QTEST_GUILESS_MAIN(TestInstance)
#include "tst_instance.moc"
