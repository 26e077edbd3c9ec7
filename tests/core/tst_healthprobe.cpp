#include "core/healthprobe.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHealthProbe : public QObject
{
    Q_OBJECT

private slots:
    void readsEachKind_data();
    void readsEachKind();
    void noProbe();
    void unreadableKeepsTheText();
    void fillsThePlatformsDefaults();
    void equalWhateverTheLayout();
    void differentProbesDiffer();
};

void TestHealthProbe::readsEachKind_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<HealthProbe::Type>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("initialDelay");
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("timeout");

    // The reference's own examples (DescribeApplicationConfig: Liveness).
    QTest::newRow("httpGet")
        << uR"({"httpGet":{"path":"/","port":18091,"scheme":"HTTP","isContainKeyWord":true,"keyWord":"SAE"},"initialDelaySeconds":11,"periodSeconds":10,"timeoutSeconds":1})"_s
        << HealthProbe::Type::HttpGet << u"/"_s << 18091 << QStringList() << 11 << 10 << 1;
    QTest::newRow("tcpSocket")
        << uR"({"tcpSocket":{"port":18091},"initialDelaySeconds":11,"periodSeconds":10,"timeoutSeconds":1})"_s
        << HealthProbe::Type::TcpSocket << QString() << 18091 << QStringList() << 11 << 10 << 1;
    QTest::newRow("exec")
        << uR"({"exec":{"command":["sh","-c","cat /home/admin/start.sh"]},"initialDelaySeconds":30,"periodSeconds":30,"timeoutSeconds":2})"_s
        << HealthProbe::Type::Exec << QString() << 0
        << QStringList{u"sh"_s, u"-c"_s, u"cat /home/admin/start.sh"_s} << 30 << 30 << 2;
    QTest::newRow("port as a string")
        << uR"({"httpGet":{"path":"/health","port":"8080"},"initialDelaySeconds":"5"})"_s
        << HealthProbe::Type::HttpGet << u"/health"_s << 8080 << QStringList() << 5 << 30 << 1;
}

void TestHealthProbe::readsEachKind()
{
    QFETCH(QString, json);
    const HealthProbe probe = HealthProbe::parse(json);
    QTEST(probe.type, "type");
    QTEST(probe.path, "path");
    QTEST(probe.port, "port");
    QTEST(probe.command, "command");
    QTEST(probe.initialDelaySeconds, "initialDelay");
    QTEST(probe.periodSeconds, "period");
    QTEST(probe.timeoutSeconds, "timeout");
    QCOMPARE(probe.json, json);
    QVERIFY(probe.isConfigured());
}

void TestHealthProbe::noProbe()
{
    QCOMPARE(HealthProbe::parse(u""_s).type, HealthProbe::Type::None);
    QCOMPARE(HealthProbe::parse(u"  "_s).type, HealthProbe::Type::None);
    QCOMPARE(HealthProbe::parse(u"{}"_s).type, HealthProbe::Type::None);
    QVERIFY(!HealthProbe::parse(u"{}"_s).isConfigured());
    QCOMPARE(HealthProbe::parse(u"{}"_s), HealthProbe::parse(u""_s)); // both mean "none"
    QCOMPARE(HealthProbe::parse(u""_s), HealthProbe());
}

void TestHealthProbe::unreadableKeepsTheText()
{
    // The reference's StartupProbe example is escaped twice: not JSON, but kept for the reviewer.
    const QString escaped = uR"({\"exec\":{\"command\":[\"/bin/sh\"]}})"_s;
    const HealthProbe broken = HealthProbe::parse(escaped);
    QCOMPARE(broken.type, HealthProbe::Type::Unrecognised);
    QCOMPARE(broken.json, escaped);
    QCOMPARE(broken.canonicalJson(), escaped);
    QVERIFY(broken.isConfigured());

    const HealthProbe grpc = HealthProbe::parse(uR"({"grpc":{"port":9000}})"_s);
    QCOMPARE(grpc.type, HealthProbe::Type::Unrecognised);
    QCOMPARE(HealthProbe::parse(u"[1,2]"_s).type, HealthProbe::Type::Unrecognised);
}

void TestHealthProbe::fillsThePlatformsDefaults()
{
    const HealthProbe probe = HealthProbe::parse(uR"({"tcpSocket":{"port":80},"timeoutSeconds":0})"_s);
    QCOMPARE(probe.initialDelaySeconds, 10);
    QCOMPARE(probe.periodSeconds, 30);
    QCOMPARE(probe.timeoutSeconds, 1); // 0 means the default too
}

void TestHealthProbe::equalWhateverTheLayout()
{
    const HealthProbe compact = HealthProbe::parse(uR"({"tcpSocket":{"port":80},"periodSeconds":5})"_s);
    const HealthProbe spaced =
        HealthProbe::parse(u"{ \"periodSeconds\" : 5,\n  \"tcpSocket\": { \"port\": 80 } }"_s);
    QCOMPARE(compact, spaced);
    QCOMPARE(compact.canonicalJson(), uR"({"periodSeconds":5,"tcpSocket":{"port":80}})"_s);
}

void TestHealthProbe::differentProbesDiffer()
{
    const HealthProbe a = HealthProbe::parse(uR"({"httpGet":{"path":"/a","port":80}})"_s);
    QVERIFY(a != HealthProbe::parse(uR"({"httpGet":{"path":"/b","port":80}})"_s));
    QVERIFY(a != HealthProbe::parse(uR"({"httpGet":{"path":"/a","port":80},"initialDelaySeconds":60})"_s));
    QVERIFY(a != HealthProbe());
}

QTEST_GUILESS_MAIN(TestHealthProbe)
#include "tst_healthprobe.moc"
