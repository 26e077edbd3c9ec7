#include "emulator/emulator.h"
#include "emulator/instancelogwriter.h"
#include "support/gatewaycall.h"

#include <QJsonValue>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Query = QList<std::pair<QString, QString>>;

const QString s_path = u"/pop/v1/sam/instance/describeInstanceLog"_s;

/// The time a Spring Boot 3 or Node line was written (`2026-11-24T10:00:01.234+08:00 ...`); invalid
/// for lines without one (banners, stack traces).
QDateTime stampOf(const QString &line)
{
    if (line.size() < 29 || line.at(4) != u'-' || line.at(10) != u'T')
        return {};
    return QDateTime::fromString(line.left(29), Qt::ISODateWithMs);
}

QStringList linesOf(const QString &log)
{
    QStringList lines = log.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the log ends with a newline
    return lines;
}

QDateTime firstStamp(const QString &log)
{
    for (const QString &line : linesOf(log)) {
        if (const QDateTime at = stampOf(line); at.isValid())
            return at;
    }
    return {};
}

QDateTime lastStamp(const QString &log)
{
    const QStringList lines = linesOf(log);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (const QDateTime at = stampOf(*it); at.isValid())
            return at;
    }
    return {};
}

} // namespace

/**
 * DescribeInstanceLog over the retail fleet: what a healthy, a crash-looping, a readiness-failing
 * and a never-started instance show, and that the same question at the same time gets the same log.
 */
class TestInstanceLogOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void healthyJavaInstanceLogsItsRequests();
    void newInstanceStartsWithTheSpringBootBanner();
    void crashLoopEndsWithTheFailure();
    void previousAfterARestart();
    void runningCrashLoopRetriesItsDependency();
    void readinessFailureShowsTheHealthEndpointFailing();
    void earlierRunOfARestartedInstanceRanOutOfMemory();
    void nodeFrontEnd();
    void nodeCrashEndsWithTheNodeStack();
    void noContainerNoLog_data();
    void noContainerNoLog();
    void refusals_data();
    void refusals();
    void previousOfAContainerThatNeverRestarted();
    void sameTimeSameLog();
    void linesGrowWithTheClock();

private:
    GatewayAnswer log(const QString &instanceId, Query extra = {});
    QString logText(const QString &instanceId, Query extra = {});
    const EmulatedApplication &app(const QString &namespaceName, const QString &appName) const;
    const Instance &instanceWithFate(const QString &namespaceName, const QString &appName,
                                     InstanceFate fate) const;
    /// Every timestamped line lies within [from, now] and in order.
    void verifyTimes(const QString &log, const QDateTime &from = {});

    std::unique_ptr<Emulator> m_emulator;
};

void TestInstanceLogOperations::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC);
    options.callsPerMinute = 0;
    m_emulator = std::make_unique<Emulator>(options);
    m_emulator->clock().advance(20 * 60 * 1000);
    m_emulator->advance(); // so that the fleet the tests read is the fleet of now
}

GatewayAnswer TestInstanceLogOperations::log(const QString &instanceId, Query extra)
{
    Query query{{u"InstanceId"_s, instanceId}};
    query.append(extra);
    return callGateway(*m_emulator, "GET", s_path, u"DescribeInstanceLog"_s, query);
}

QString TestInstanceLogOperations::logText(const QString &instanceId, Query extra)
{
    const GatewayAnswer answer = log(instanceId, std::move(extra));
    if (answer.status != 200)
        qWarning() << answer.body;
    return answer.body.value(u"Data").toString();
}

const EmulatedApplication &TestInstanceLogOperations::app(const QString &namespaceName,
                                                          const QString &appName) const
{
    for (const EmulatedApplication &application : m_emulator->fleet().applications) {
        if (application.application.namespaceName == namespaceName
            && application.application.appName == appName)
            return application;
    }
    qFatal("no such application");
}

const Instance &TestInstanceLogOperations::instanceWithFate(const QString &namespaceName,
                                                            const QString &appName, InstanceFate fate) const
{
    const EmulatedApplication &application = app(namespaceName, appName);
    for (const Instance &instance : application.instances) {
        if (application.fateOf(instance.instanceId) == fate)
            return instance;
    }
    qFatal("no instance of that fate");
}

void TestInstanceLogOperations::verifyTimes(const QString &log, const QDateTime &from)
{
    QDateTime last = from;
    int stamped = 0;
    for (const QString &line : linesOf(log)) {
        const QDateTime at = stampOf(line);
        if (!at.isValid())
            continue;
        ++stamped;
        QCOMPARE(line.mid(23, 6), u"+08:00"_s); // GMT+8, as Alibaba's images log
        QVERIFY2(at <= m_emulator->clock().now(), qPrintable(line));
        if (last.isValid())
            QVERIFY2(at >= last, qPrintable(line));
        last = at;
    }
    QVERIFY(stamped > 0);
}

void TestInstanceLogOperations::healthyJavaInstanceLogsItsRequests()
{
    const Instance &instance = app(u"prod"_s, u"member-service"_s).instances.constFirst();
    const GatewayAnswer answer = log(instance.instanceId);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.code(), u"200"_s);
    QCOMPARE(answer.body.value(u"Message").toString(), u"success"_s);
    QCOMPARE(answer.body.value(u"Success").toBool(), true);
    QVERIFY(answer.body.contains(u"TraceId"));
    QVERIFY(answer.body.value(u"Data").isString());

    const QString text = answer.body.value(u"Data").toString();
    QVERIFY(text.endsWith(u'\n'));
    const QStringList lines = linesOf(text);
    // Running for hours at a request every few seconds: the tail only, capped by lines or bytes.
    const qsizetype bytes = text.toUtf8().size();
    QVERIFY(lines.size() <= InstanceLogWriter::maximumLines);
    QVERIFY(bytes <= InstanceLogWriter::maximumBytes);
    QVERIFY(lines.size() == InstanceLogWriter::maximumLines || bytes > InstanceLogWriter::maximumBytes - 400);
    QVERIFY(!text.contains(u":: Spring Boot ::"_s)); // long scrolled away
    QVERIFY(lines.constLast().contains(u"c.r.memberservice.web.AccessLogFilter"_s));
    QVERIFY(text.contains(u" INFO 1 --- [nio-8080-exec-"_s));
    QVERIFY(text.contains(u"GET /api/v1/members/"_s));
    verifyTimes(text);
    // Up to now: the newest request is seconds old.
    QVERIFY(stampOf(lines.constLast()).secsTo(m_emulator->clock().now()) < 15);
}

void TestInstanceLogOperations::newInstanceStartsWithTheSpringBootBanner()
{
    const EmulatedApplication &member = app(u"prod"_s, u"member-service"_s);
    const QString appId = member.application.appId;
    const QString old = member.instances.constFirst().instanceId;
    const GatewayAnswer restart =
        callGateway(*m_emulator, "PUT", u"/pop/v1/sam/app/restartInstances"_s, u"RestartInstances"_s,
                    {{u"AppId"_s, appId}, {u"InstanceIds"_s, old}});
    QCOMPARE(restart.status, 200);
    m_emulator->clock().advance(5000); // the change order starts its batch: a new instance
    m_emulator->advance();
    const EmulatedApplication &after = *m_emulator->fleet().findApplication(appId);
    const Instance fresh = after.instances.constLast(); // a copy: the list changes as the fleet lives
    QVERIFY(fresh.instanceId != old);
    QCOMPARE(fresh.status, InstanceStatus::Pending);
    QCOMPARE(log(fresh.instanceId).status, 400); // not started yet

    m_emulator->clock().advance(90 * 1000);
    m_emulator->advance();
    const Instance *running = nullptr;
    for (const Instance &instance : m_emulator->fleet().findApplication(appId)->instances) {
        if (instance.instanceId == fresh.instanceId)
            running = &instance;
    }
    QVERIFY(running);
    QCOMPARE(running->status, InstanceStatus::Running);
    const QString text = logText(running->instanceId);
    QVERIFY(text.startsWith(u"\n  .   ____"_s));
    QVERIFY(text.contains(u" :: Spring Boot ::               (v3.1.5)\n"_s));
    QVERIFY(text.contains(u"Starting MemberServiceApplication v2.14.3 using Java 17.0.9 with PID 1"_s));
    QVERIFY(text.contains(u"The following 1 profile is active: \"prod\""_s));
    QVERIFY(text.contains(u"HikariPool-1 - Start completed."_s));
    // Spring's `%-40.40logger{39}`: abbreviated, then cut from the left.
    QVERIFY(text.contains(u"] w.s.c.ServletWebServerApplicationContext : Root WebApplicationContext"_s));
    QVERIFY(text.contains(u"Tomcat started on port(s): 8080 (http)"_s));
    QVERIFY(text.contains(u"Started MemberServiceApplication in "_s));
    // It said "started" when the instance became ready, and not before it was created.
    const QString startedLine = [&text] {
        for (const QString &line : linesOf(text)) {
            if (line.contains(u"Started MemberServiceApplication"_s))
                return line;
        }
        return QString();
    }();
    QCOMPARE(stampOf(startedLine), running->readyAt);
    verifyTimes(text, running->createdAt);
    QVERIFY(linesOf(text).size() < InstanceLogWriter::maximumLines);
}

void TestInstanceLogOperations::crashLoopEndsWithTheFailure()
{
    const Instance &sick = instanceWithFate(u"prod"_s, u"order-service"_s, InstanceFate::CrashLoop);
    QCOMPARE(sick.status, InstanceStatus::CrashLoopBackOff);
    const QString current = logText(sick.instanceId);
    QVERIFY(current.contains(u"Starting OrderServiceApplication v5.2.7"_s));
    QVERIFY(current.contains(u"MySQL rm-wz9"_s));
    QVERIFY(current.contains(u"Connection refused; retrying in 5000 ms (attempt 1/5)"_s));
    QVERIFY(current.contains(u"ERROR 1 --- [           main] o.s.boot.SpringApplication               : "
                             u"Application run failed"_s));
    QVERIFY(!current.contains(u"Started OrderServiceApplication"_s)); // it never got there
    const QStringList lines = linesOf(current);
    QCOMPARE(lines.constLast(), u"\t... 45 common frames omitted"_s);
    QCOMPARE(lines.at(lines.size() - 3), u"Caused by: java.net.ConnectException: Connection refused"_s);
    verifyTimes(current);

    // The run before looks the same, thirty seconds of it and a back-off earlier.
    const QString previous = logText(sick.instanceId, {{u"Previous"_s, u"true"_s}});
    QCOMPARE(linesOf(previous).constLast(), lines.constLast());
    QVERIFY(previous.contains(u"Application run failed"_s));
    QVERIFY(previous != current);
    const QDateTime previousStart = firstStamp(previous);
    const QDateTime currentStart = firstStamp(current);
    QVERIFY(previousStart.isValid() && currentStart.isValid());
    QVERIFY(previousStart.secsTo(currentStart) > 30);
    verifyTimes(previous);
    // Explicitly not previous is the current log.
    QCOMPARE(logText(sick.instanceId, {{u"Previous"_s, u"false"_s}}), current);
}

void TestInstanceLogOperations::previousAfterARestart()
{
    const Instance &sick = instanceWithFate(u"prod"_s, u"order-service"_s, InstanceFate::CrashLoop);
    const QString id = sick.instanceId;
    const EmulatedApplication &order = app(u"prod"_s, u"order-service"_s);
    const auto restarts = [&order, &id] {
        for (const Instance &instance : order.instances) {
            if (instance.instanceId == id)
                return instance.restarts;
        }
        return qint64(-1);
    };
    const qint64 before = restarts();
    const QString lastRun = logText(id);
    for (int waited = 0; waited < 600 && restarts() == before; waited += 5) {
        m_emulator->clock().advance(5000);
        logText(id); // each call advances the fleet to the clock
    }
    QCOMPARE(restarts(), before + 1);
    // The run that was current has become the previous one, line for line.
    QCOMPARE(logText(id, {{u"Previous"_s, u"true"_s}}), lastRun);
    QVERIFY(logText(id) != lastRun);
}

void TestInstanceLogOperations::runningCrashLoopRetriesItsDependency()
{
    const Instance &sick = instanceWithFate(u"prod"_s, u"order-service"_s, InstanceFate::CrashLoop);
    const QString id = sick.instanceId;
    const EmulatedApplication &order = app(u"prod"_s, u"order-service"_s);
    const auto status = [&order, &id] {
        for (const Instance &instance : order.instances) {
            if (instance.instanceId == id)
                return instance.status;
        }
        return InstanceStatus::NotFound;
    };
    for (int waited = 0; waited < 600 && status() != InstanceStatus::Running; waited += 1) {
        m_emulator->clock().advance(1000);
        m_emulator->advance();
    }
    QCOMPARE(status(), InstanceStatus::Running);
    m_emulator->clock().advance(10 * 1000); // ten seconds into the run
    const QString text = logText(id);
    QVERIFY(text.contains(u"HikariPool-1 - Starting..."_s));
    QVERIFY(text.contains(u"(attempt 1/5)"_s));
    QVERIFY(!text.contains(u"(attempt 4/5)"_s)); // not yet
    QVERIFY(!text.contains(u"Application run failed"_s));
    QVERIFY(linesOf(text).constLast().contains(u"Connection refused"_s));
    verifyTimes(text);
}

void TestInstanceLogOperations::readinessFailureShowsTheHealthEndpointFailing()
{
    const Instance &failing =
        instanceWithFate(u"prod"_s, u"inventory-service"_s, InstanceFate::ReadinessFailure);
    const QString text = logText(failing.instanceId);
    QVERIFY(text.contains(u"WARN 1 --- [nio-8080-exec-"_s));
    QVERIFY(text.contains(u"o.s.b.a.data.redis.RedisHealthIndicator  : Redis health check failed"_s));
    QVERIFY(text.contains(u"RedisConnectionFailureException: Unable to connect to Redis"_s));
    QVERIFY(linesOf(text).constLast().contains(u"GET /actuator/health/readiness 503 30"_s));
    QVERIFY(!text.contains(u"GET /api/v1/stock"_s)); // not ready: the load balancer sends it nothing
    verifyTimes(text);
    // Its healthy neighbour serves stock requests.
    const Instance &healthy = instanceWithFate(u"prod"_s, u"inventory-service"_s, InstanceFate::Healthy);
    QVERIFY(logText(healthy.instanceId).contains(u"GET /api/v1/stock/SKU"_s));
}

void TestInstanceLogOperations::earlierRunOfARestartedInstanceRanOutOfMemory()
{
    // sap-connector's first prod instance is healthy now, after five restarts.
    const Instance &restarted = app(u"prod"_s, u"sap-connector"_s).instances.constFirst();
    QCOMPARE(restarted.restarts, 5);
    const QString previous = logText(restarted.instanceId, {{u"Previous"_s, u"true"_s}});
    const QStringList lines = linesOf(previous);
    QCOMPARE(lines.constLast(), u"Terminating due to java.lang.OutOfMemoryError: Java heap space"_s);
    QVERIFY(previous.contains(u"java.lang.OutOfMemoryError: Java heap space\nDumping heap to"_s));
    QVERIFY(previous.contains(u"POST /idoc/"_s) || previous.contains(u"GET /rfc/"_s));
    verifyTimes(previous, restarted.createdAt);
    const QString current = logText(restarted.instanceId);
    QVERIFY(!current.contains(u"OutOfMemoryError"_s));
    QVERIFY(firstStamp(current) > lastStamp(previous)); // it restarted after that
}

void TestInstanceLogOperations::nodeFrontEnd()
{
    const Instance &instance = app(u"prod"_s, u"dealer-portal-web"_s).instances.constFirst();
    const QString text = logText(instance.instanceId);
    const QStringList lines = linesOf(text);
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.constLast().contains(u"+08:00 info: "_s) || lines.constLast().contains(u"+08:00 warn: "_s));
    QVERIFY(text.contains(u" ms - "_s));
    QVERIFY(!text.contains(u"Spring"_s));
    verifyTimes(text);
}

void TestInstanceLogOperations::nodeCrashEndsWithTheNodeStack()
{
    // Make a Node front end crash-loop: its next run fails to reach Redis.
    EmulatedApplication &web =
        *m_emulator->fleet().findApplication(app(u"prod"_s, u"dealer-portal-web"_s).application.appId);
    const QString id = web.instances.constFirst().instanceId;
    web.instanceFates.insert(id, InstanceFate::CrashLoop);
    const auto status = [&web, &id] {
        for (const Instance &instance : web.instances) {
            if (instance.instanceId == id)
                return instance.status;
        }
        return InstanceStatus::NotFound;
    };
    m_emulator->clock().advance(60 * 1000);
    for (int waited = 0; waited < 600 && status() != InstanceStatus::CrashLoopBackOff; ++waited) {
        m_emulator->clock().advance(1000);
        m_emulator->advance();
    }
    QCOMPARE(status(), InstanceStatus::CrashLoopBackOff);
    const QString text = logText(id);
    QVERIFY(text.contains(u"\n> dealer-portal-web@1.4.8 start\n> node server.js\n"_s));
    QVERIFY2(text.contains(u"Error: connect ECONNREFUSED "_s), qPrintable(text));
    QVERIFY(text.contains(u"code: 'ECONNREFUSED'"_s));
    QCOMPARE(linesOf(text).constLast(), u"Node.js v18.19.0"_s);
    verifyTimes(text);
}

void TestInstanceLogOperations::noContainerNoLog_data()
{
    QTest::addColumn<QString>("namespaceName");
    QTest::addColumn<QString>("appName");
    QTest::addColumn<int>("fate");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unschedulable") << u"prod"_s << u"guide-miniapp-backend"_s
                                   << int(InstanceFate::Unschedulable)
                                   << u"is waiting to start: ContainerCreating"_s;
    QTest::newRow("image pull") << u"staging"_s << u"mall-web"_s << int(InstanceFate::ImagePullFailure)
                                << u"is waiting to start: trying and failing to pull image"_s;
}

void TestInstanceLogOperations::noContainerNoLog()
{
    QFETCH(QString, namespaceName);
    QFETCH(QString, appName);
    QFETCH(int, fate);
    QFETCH(QString, reason);
    const Instance &instance = instanceWithFate(namespaceName, appName, InstanceFate(fate));
    for (const QString &previous : {u"false"_s, u"true"_s}) {
        const GatewayAnswer answer = log(instance.instanceId, {{u"Previous"_s, previous}});
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), u"InvalidParameter.WithMessage"_s);
        QCOMPARE(answer.body.value(u"Success").toBool(), false);
        const QString message = answer.body.value(u"Message").toString();
        QVERIFY2(message.contains(u"container \"main\" in pod \"%1\""_s.arg(instance.instanceId)),
                 qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
    }
}

void TestInstanceLogOperations::refusals_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no InstanceId") << Query{} << 400 << u"InvalidParameter.NotEmpty"_s
                                   << u"You must specify the parameter InstanceId."_s;
    QTest::newRow("empty InstanceId")
        << Query{{u"InstanceId"_s, QString()}} << 400 << u"InvalidParameter.NotEmpty"_s
        << u"You must specify the parameter InstanceId."_s;
    QTest::newRow("unknown instance")
        << Query{{u"InstanceId"_s, u"order-service-x-y"_s}} << 404 << u"InvalidInstance.NotFound"_s
        << u"The specified instance does not exist: order-service-x-y"_s;
    QTest::newRow("unknown sidecar") << Query{{u"ContainerId"_s, u"sidecar-test-01"_s}} << 400
                                     << u"InvalidParameter.Obviously"_s
                                     << u"The specified parameter is invalid {ContainerId}."_s;
    QTest::newRow("Previous not a boolean")
        << Query{{u"Previous"_s, u"yes"_s}} << 400 << u"InvalidParameter.WithMessage"_s
        << u"The parameter is invalid {Previous}: must be true or false"_s;
}

void TestInstanceLogOperations::refusals()
{
    QFETCH(Query, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    // A real instance unless the row names one (or leaves it out on purpose).
    const bool namesInstance = std::any_of(query.cbegin(), query.cend(),
                                           [](const auto &pair) { return pair.first == u"InstanceId"; });
    const bool leavesItOut = QByteArray(QTest::currentDataTag()) == "no InstanceId";
    if (!namesInstance && !leavesItOut)
        query.prepend(
            {u"InstanceId"_s, app(u"prod"_s, u"member-service"_s).instances.constFirst().instanceId});
    const GatewayAnswer answer = callGateway(*m_emulator, "GET", s_path, u"DescribeInstanceLog"_s, query);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.body.value(u"ErrorCode").toString(), code);
    QCOMPARE(answer.body.value(u"Message").toString(), message);
    QVERIFY(!answer.body.contains(u"Data"));
}

void TestInstanceLogOperations::previousOfAContainerThatNeverRestarted()
{
    const Instance &instance = app(u"prod"_s, u"member-service"_s).instances.constFirst();
    QCOMPARE(instance.restarts, 0);
    const GatewayAnswer answer = log(instance.instanceId, {{u"Previous"_s, u"true"_s}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), u"InvalidParameter.WithMessage"_s);
    QCOMPARE(
        answer.body.value(u"Message").toString(),
        u"The parameter is invalid {Previous}: previous terminated container \"main\" in pod \"%1\" not found"_s
            .arg(instance.instanceId));
    // The main container may be named; it is the default.
    QCOMPARE(logText(instance.instanceId, {{u"ContainerId"_s, u"main"_s}}), logText(instance.instanceId));
}

void TestInstanceLogOperations::sameTimeSameLog()
{
    const QString crashing =
        instanceWithFate(u"prod"_s, u"order-service"_s, InstanceFate::CrashLoop).instanceId;
    const QString healthy = app(u"prod"_s, u"mall-web"_s).instances.constFirst().instanceId;
    const QString first = logText(healthy);
    QCOMPARE(logText(healthy), first);
    QCOMPARE(logText(crashing, {{u"Previous"_s, u"true"_s}}),
             logText(crashing, {{u"Previous"_s, u"true"_s}}));

    // Another emulator of the same seed at the same time writes the same log.
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC);
    options.callsPerMinute = 0;
    Emulator twin(options);
    twin.clock().advance(20 * 60 * 1000);
    const GatewayAnswer answer =
        callGateway(twin, "GET", s_path, u"DescribeInstanceLog"_s, {{u"InstanceId"_s, healthy}});
    QCOMPARE(answer.body.value(u"Data").toString(), first);
}

void TestInstanceLogOperations::linesGrowWithTheClock()
{
    const QString id = app(u"prod"_s, u"member-service"_s).instances.constFirst().instanceId;
    const QStringList before = linesOf(logText(id));
    m_emulator->clock().advance(60 * 1000);
    const QStringList after = linesOf(logText(id));
    QVERIFY(after.size() <= InstanceLogWriter::maximumLines); // still the capped tail
    QVERIFY(stampOf(after.constLast()) > stampOf(before.constLast()));
    // What was written then is still there, further up.
    const qsizetype at = after.indexOf(before.constLast());
    QVERIFY(at > 0);
    QCOMPARE(after.mid(0, at + 1), before.mid(before.size() - at - 1));
}

QTEST_GUILESS_MAIN(TestInstanceLogOperations)
#include "tst_instancelogoperations.moc"
