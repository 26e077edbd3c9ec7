#include "emulator/emulator.h"
#include "emulator/gateway.h"
#include "support/gatewaycall.h"
#include "support/signedrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

/**
 * DescribeMetricList over the living fleet: CloudMonitor's RPC shape, per-instance series of the
 * load model for a week back, aggregation, paging, errors; and metric rules that follow that load.
 */
class TestCloudMonitorOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void lastHourPerInstance();
    void aggregatesToThePeriod();
    void aWeekBackAndNoFurther();
    void pagesWithNextToken();
    void oneInstanceByItsId();
    void seriesOfAnInstanceThatHasGone();
    void crashLoopRestarts();
    void metricRulesFollowTheLoad();
    void refusals_data();
    void refusals();
    void unknownApplicationHasNoData();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QJsonArray datapoints;
    };
    Answer describe(QList<std::pair<QString, QString>> query, const QByteArray &version = "2019-01-01");
    Answer metric(const QString &name, const QString &dimensions, qint64 startMs, qint64 endMs, int period,
                  int length = 1440, const QString &token = {});
    QString appIdOf(const QString &namespaceName, const QString &appName) const;
    const EmulatedApplication &application(const QString &appId) const;
    qint64 nowMs() const { return m_emulator->clock().now().toMSecsSinceEpoch(); }

    std::unique_ptr<Emulator> m_emulator;
    QString m_gatewayId;
};

void TestCloudMonitorOperations::init()
{
    EmulatorOptions options;
    // Friday 27 November 2026, 19:00 in China: an hour before the flash sale.
    options.manualStart = QDateTime(QDate(2026, 11, 27), QTime(19, 0), QTimeZone(8 * 3600)).toUTC();
    m_emulator = std::make_unique<Emulator>(options);
    m_gatewayId = appIdOf(u"prod"_s, u"api-gateway"_s);
    QVERIFY(!m_gatewayId.isEmpty());
}

TestCloudMonitorOperations::Answer
TestCloudMonitorOperations::describe(QList<std::pair<QString, QString>> query, const QByteArray &version)
{
    SignedRequest request;
    request.path = u"/"_s;
    request.action = u"DescribeMetricList"_s;
    request.version = version;
    request.query = std::move(query);
    request.date = m_emulator->clock().now();
    const GatewayResponse response = m_emulator->gateway().handle(request.toGatewayRequest());
    Answer answer;
    answer.status = response.status;
    answer.body = QJsonDocument::fromJson(response.body).object();
    answer.datapoints = QJsonDocument::fromJson(answer.body.value(u"Datapoints").toString().toUtf8()).array();
    return answer;
}

TestCloudMonitorOperations::Answer
TestCloudMonitorOperations::metric(const QString &name, const QString &dimensions, qint64 startMs,
                                   qint64 endMs, int period, int length, const QString &token)
{
    QList<std::pair<QString, QString>> query{
        {u"Namespace"_s, u"acs_serverless"_s},  {u"MetricName"_s, name},
        {u"Dimensions"_s, dimensions},          {u"StartTime"_s, QString::number(startMs)},
        {u"EndTime"_s, QString::number(endMs)}, {u"Period"_s, QString::number(period)},
        {u"Length"_s, QString::number(length)},
    };
    if (!token.isEmpty())
        query.append({u"NextToken"_s, token});
    return describe(query);
}

QString TestCloudMonitorOperations::appIdOf(const QString &namespaceName, const QString &appName) const
{
    const EmulatedApplication *application = m_emulator->fleet().findApplicationNamed(namespaceName, appName);
    return application ? application->application.appId : QString();
}

const EmulatedApplication &TestCloudMonitorOperations::application(const QString &appId) const
{
    return *m_emulator->fleet().findApplication(appId);
}

void TestCloudMonitorOperations::lastHourPerInstance()
{
    const qint64 end = nowMs();
    const Answer answer =
        metric(u"cpu"_s, u"{\"appId\":\"%1\"}"_s.arg(m_gatewayId), end - 3600 * 1000, end, 60);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(u"Code").toString(), u"200"_s);
    QCOMPARE(answer.body.value(u"Success").toBool(), true);
    QCOMPARE(answer.body.value(u"Period").toString(), u"60"_s);
    QVERIFY(answer.body.value(u"Datapoints").isString()); // CloudMonitor sends a JSON string
    QVERIFY(!answer.body.contains(u"NextToken"));
    QVERIFY(!answer.body.value(u"RequestId").toString().isEmpty());

    QSet<QString> instances;
    for (const Instance &instance : application(m_gatewayId).instances)
        instances.insert(instance.instanceId);
    QCOMPARE(instances.size(), 6);
    QCOMPARE(answer.datapoints.size(), 60 * 6);
    QSet<QString> seen;
    qint64 previous = 0;
    for (const QJsonValue &value : answer.datapoints) {
        const QJsonObject point = value.toObject();
        const qint64 timestamp = qint64(point.value(u"timestamp").toDouble());
        QVERIFY(timestamp >= previous); // ordered by time
        previous = timestamp;
        QVERIFY(timestamp > end - 3600 * 1000 && timestamp <= end);
        QCOMPARE(timestamp % 60000, 0);
        QCOMPARE(point.value(u"appId").toString(), m_gatewayId);
        QVERIFY(!point.value(u"userId").toString().isEmpty());
        const double average = point.value(u"Average").toDouble();
        QVERIFY2(average > 20 && average < 70, qPrintable(QString::number(average))); // 18:00-19:00 load
        QCOMPARE(point.value(u"Maximum").toDouble(), average);
        seen.insert(point.value(u"instanceId").toString());
    }
    QCOMPARE(seen, instances);

    // The same question at the same time has the same answer.
    const Answer again =
        metric(u"cpu"_s, u"{\"appId\":\"%1\"}"_s.arg(m_gatewayId), end - 3600 * 1000, end, 60);
    QCOMPARE(again.datapoints, answer.datapoints);
}

void TestCloudMonitorOperations::aggregatesToThePeriod()
{
    const qint64 end = nowMs();
    const QString dimensions = u"[{\"appId\":\"%1\"}]"_s.arg(m_gatewayId);
    const Answer minutes = metric(u"qps"_s, dimensions, end - 3600 * 1000, end, 60);
    const Answer fives = metric(u"qps"_s, dimensions, end - 3600 * 1000, end, 300);
    QCOMPARE(fives.body.value(u"Period").toString(), u"300"_s);
    QCOMPARE(fives.datapoints.size(), 12 * 6);
    const QJsonObject first = fives.datapoints.first().toObject();
    const QString instance = first.value(u"instanceId").toString();
    const qint64 bucket = qint64(first.value(u"timestamp").toDouble());
    QList<double> values;
    for (const QJsonValue &value : minutes.datapoints) {
        const QJsonObject point = value.toObject();
        const qint64 timestamp = qint64(point.value(u"timestamp").toDouble());
        if (point.value(u"instanceId").toString() == instance && timestamp > bucket - 300000
            && timestamp <= bucket)
            values.append(point.value(u"Average").toDouble());
    }
    QCOMPARE(values.size(), 5);
    const double mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / values.size();
    QVERIFY(qAbs(first.value(u"Average").toDouble() - mean) < 0.02);
    QCOMPARE(first.value(u"Maximum").toDouble(), *std::max_element(values.cbegin(), values.cend()));
    QCOMPARE(first.value(u"Minimum").toDouble(), *std::min_element(values.cbegin(), values.cend()));
}

void TestCloudMonitorOperations::aWeekBackAndNoFurther()
{
    const qint64 end = nowMs();
    const Answer week = metric(u"memoryPercent"_s, u"{\"appId\":\"%1\"}"_s.arg(m_gatewayId),
                               end - 10LL * 24 * 3600 * 1000, end, 3600);
    QCOMPARE(week.status, 200);
    qint64 oldest = end;
    QSet<QString> instances;
    for (const QJsonValue &value : week.datapoints) {
        const QJsonObject point = value.toObject();
        oldest = std::min(oldest, qint64(point.value(u"timestamp").toDouble()));
        instances.insert(point.value(u"instanceId").toString());
        const double memory = point.value(u"Average").toDouble();
        QVERIFY(memory > 20 && memory < 99);
    }
    QVERIFY(oldest >= end - 7LL * 24 * 3600 * 1000 - 3600 * 1000);
    QVERIFY(oldest <= end - 7LL * 24 * 3600 * 1000 + 3600 * 1000);
    // Before the last deploy, its predecessors served: CloudMonitor keeps gone instances' series.
    QVERIFY2(instances.size() > 6, qPrintable(QString::number(instances.size())));

    // Requests follow the retail day: the night is quieter than the evening before.
    const QDateTime now = m_emulator->clock().now();
    const auto demandAt = [&](const QDateTime &at) {
        const Answer answer = metric(u"qps"_s, u"{\"appId\":\"%1\"}"_s.arg(m_gatewayId),
                                     at.toMSecsSinceEpoch() - 600 * 1000, at.toMSecsSinceEpoch(), 600);
        double sum = 0;
        for (const QJsonValue &value : answer.datapoints)
            sum += value.toObject().value(u"Average").toDouble();
        return sum;
    };
    const double lastNight = demandAt(now.addSecs(-15 * 3600));          // 04:00 China time
    const double lastEvening = demandAt(now.addSecs(-22 * 3600 + 1800)); // Thursday 21:30
    QVERIFY2(lastNight * 5 < lastEvening, qPrintable(u"%1 vs %2"_s.arg(lastNight).arg(lastEvening)));
}

void TestCloudMonitorOperations::pagesWithNextToken()
{
    const qint64 end = nowMs();
    const QString dimensions = u"{\"appId\":\"%1\"}"_s.arg(m_gatewayId);
    const Answer whole = metric(u"rt"_s, dimensions, end - 3600 * 1000, end, 60);
    QCOMPARE(whole.datapoints.size(), 360);
    QJsonArray pages;
    QString token;
    int calls = 0;
    do {
        const Answer page = metric(u"rt"_s, dimensions, end - 3600 * 1000, end, 60, 100, token);
        QCOMPARE(page.status, 200);
        QVERIFY(page.datapoints.size() <= 100);
        for (const QJsonValue &value : page.datapoints)
            pages.append(value);
        token = page.body.value(u"NextToken").toString();
        ++calls;
    } while (!token.isEmpty() && calls < 10);
    QCOMPARE(calls, 4);
    QCOMPARE(pages, whole.datapoints);
}

void TestCloudMonitorOperations::oneInstanceByItsId()
{
    const QString instanceId = application(m_gatewayId).instances.at(2).instanceId;
    const qint64 end = nowMs();
    const Answer answer =
        metric(u"cpu"_s, u"{\"instanceId\":\"%1\"}"_s.arg(instanceId), end - 1800 * 1000, end, 60);
    QCOMPARE(answer.datapoints.size(), 30);
    for (const QJsonValue &value : answer.datapoints)
        QCOMPARE(value.toObject().value(u"instanceId").toString(), instanceId);
}

void TestCloudMonitorOperations::seriesOfAnInstanceThatHasGone()
{
    const QString appId = appIdOf(u"prod"_s, u"payment-service"_s); // 4 instances, no rules
    QSet<QString> before;
    for (const Instance &instance : application(appId).instances)
        before.insert(instance.instanceId);
    const GatewayAnswer rescale =
        callGateway(*m_emulator, "PUT", u"/pop/v1/sam/app/rescaleApplication"_s, u"RescaleApplication"_s,
                    {{u"AppId"_s, appId}, {u"Replicas"_s, u"2"_s}});
    QCOMPARE(rescale.status, 200);
    m_emulator->clock().advance(10 * 60 * 1000);
    m_emulator->advance();
    QCOMPARE(application(appId).instances.size(), 2);

    const qint64 end = nowMs();
    const Answer answer = metric(u"cpu"_s, u"{\"appId\":\"%1\"}"_s.arg(appId), end - 20 * 60 * 1000, end, 60);
    QSet<QString> seen;
    qint64 lastOfGone = 0;
    QSet<QString> remaining;
    for (const Instance &instance : application(appId).instances)
        remaining.insert(instance.instanceId);
    for (const QJsonValue &value : answer.datapoints) {
        const QJsonObject point = value.toObject();
        const QString id = point.value(u"instanceId").toString();
        seen.insert(id);
        if (!remaining.contains(id))
            lastOfGone = std::max(lastOfGone, qint64(point.value(u"timestamp").toDouble()));
    }
    QCOMPARE(seen, before); // the two removed instances still have their last minutes
    QVERIFY(lastOfGone > 0 && lastOfGone < end - 5 * 60 * 1000);

    // The two that remain carry all the traffic now.
    double perInstanceBefore = 0;
    double perInstanceAfter = 0;
    const Answer qps = metric(u"qps"_s, u"{\"appId\":\"%1\"}"_s.arg(appId), end - 20 * 60 * 1000, end, 60);
    for (const QJsonValue &value : qps.datapoints) {
        const QJsonObject point = value.toObject();
        const qint64 timestamp = qint64(point.value(u"timestamp").toDouble());
        if (timestamp == end - 19 * 60 * 1000)
            perInstanceBefore = std::max(perInstanceBefore, point.value(u"Average").toDouble());
        if (timestamp == end)
            perInstanceAfter = std::max(perInstanceAfter, point.value(u"Average").toDouble());
    }
    QVERIFY2(perInstanceAfter > 1.6 * perInstanceBefore,
             qPrintable(u"%1 vs %2"_s.arg(perInstanceAfter).arg(perInstanceBefore)));
}

void TestCloudMonitorOperations::crashLoopRestarts()
{
    const QString appId = appIdOf(u"prod"_s, u"order-service"_s);
    QString crashing;
    for (const Instance &instance : application(appId).instances) {
        if (instance.status == InstanceStatus::CrashLoopBackOff)
            crashing = instance.instanceId;
    }
    QVERIFY(!crashing.isEmpty());
    const qint64 end = nowMs();
    const Answer answer = metric(u"restartCount"_s, u"{\"instanceId\":\"%1\"}"_s.arg(crashing),
                                 end - 3 * 3600 * 1000, end, 3600);
    QCOMPARE(answer.datapoints.size(), 3);
    const double first = answer.datapoints.at(0).toObject().value(u"Maximum").toDouble();
    const double last = answer.datapoints.at(2).toObject().value(u"Maximum").toDouble();
    QVERIFY2(last >= first + 10, qPrintable(u"%1 -> %2"_s.arg(first).arg(last)));
    QCOMPARE(qint64(last), application(appId).instances.at(2).restarts);
}

void TestCloudMonitorOperations::metricRulesFollowTheLoad()
{
    QCOMPARE(application(m_gatewayId).application.targetInstances, 6);
    // The flash sale starts at 20:00; by 20:30 the gateway's CPU rule has added instances.
    m_emulator->clock().advance(90 * 60 * 1000);
    m_emulator->advance();
    const int duringSale = application(m_gatewayId).application.targetInstances;
    QVERIFY2(duringSale >= 10 && duringSale <= 20, qPrintable(QString::number(duringSale)));

    const GatewayAnswer rules =
        callGateway(*m_emulator, "GET", u"/pop/v1/sam/scale/applicationScalingRules"_s,
                    u"DescribeApplicationScalingRules"_s, {{u"AppId"_s, m_gatewayId}});
    const QJsonObject status = rules.data()
                                   .value(u"ApplicationScalingRules"_s)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"Metric"_s)
                                   .toObject()
                                   .value(u"MetricsStatus"_s)
                                   .toObject();
    const QJsonArray current = status.value(u"CurrentMetrics"_s).toArray();
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().toObject().value(u"Name").toString(), u"cpu"_s);
    QVERIFY(current.first().toObject().value(u"CurrentValue").toInteger() > 0);

    // The night after, it is back at its minimum.
    m_emulator->clock().advance(8 * 3600 * 1000);
    m_emulator->advance();
    QCOMPARE(application(m_gatewayId).application.targetInstances, 6);
}

void TestCloudMonitorOperations::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("no namespace") << u"Namespace"_s << QString() << u"MissingNamespace"_s;
    QTest::newRow("other namespace") << u"Namespace"_s << u"acs_ecs_dashboard"_s << u"ResourceNotFound"_s;
    QTest::newRow("no metric") << u"MetricName"_s << QString() << u"MissingMetricName"_s;
    QTest::newRow("unknown metric") << u"MetricName"_s << u"CPUUtilization"_s << u"MetricNotFound"_s;
    QTest::newRow("dimensions not JSON") << u"Dimensions"_s << u"{appId:"_s << u"InvalidParameter"_s;
    QTest::newRow("no dimensions") << u"Dimensions"_s << QString() << u"InvalidParameter"_s;
    QTest::newRow("empty dimensions") << u"Dimensions"_s << u"[]"_s << u"InvalidParameter"_s;
    QTest::newRow("unknown dimension")
        << u"Dimensions"_s << u"{\"podName\":\"x\"}"_s << u"InvalidParameter"_s;
    QTest::newRow("period not a minute") << u"Period"_s << u"30"_s << u"InvalidParameter"_s;
    QTest::newRow("period not minutes") << u"Period"_s << u"90"_s << u"InvalidParameter"_s;
    QTest::newRow("length zero") << u"Length"_s << u"0"_s << u"InvalidParameter.WithMessage"_s;
    QTest::newRow("length too big") << u"Length"_s << u"5000"_s << u"InvalidParameter.WithMessage"_s;
    QTest::newRow("start not a time") << u"StartTime"_s << u"yesterday"_s << u"InvalidParameter"_s;
    QTest::newRow("start after end") << u"StartTime"_s << u"4102444800000"_s << u"InvalidParameter"_s;
    QTest::newRow("token not ours") << u"NextToken"_s << u"abc"_s << u"InvalidParameter"_s;
}

void TestCloudMonitorOperations::refusals()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, code);
    const qint64 end = nowMs();
    QList<std::pair<QString, QString>> query{
        {u"Namespace"_s, u"acs_serverless"_s},
        {u"MetricName"_s, u"cpu"_s},
        {u"Dimensions"_s, u"{\"appId\":\"%1\"}"_s.arg(m_gatewayId)},
        {u"StartTime"_s, QString::number(end - 3600 * 1000)},
        {u"EndTime"_s, QString::number(end)},
    };
    query.removeIf([&name](const auto &parameter) { return parameter.first == name; });
    if (!value.isNull())
        query.append({name, value});
    const Answer answer = describe(query);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body.value(u"Code").toString(), code);
    QVERIFY(!answer.body.value(u"Message").toString().isEmpty());
    QVERIFY(!answer.body.value(u"RequestId").toString().isEmpty());
}

void TestCloudMonitorOperations::unknownApplicationHasNoData()
{
    const qint64 end = nowMs();
    const Answer answer = metric(u"cpu"_s, u"{\"appId\":\"no-such-app\"}"_s, end - 3600 * 1000, end, 60);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.datapoints.isEmpty());

    // The local time form of CloudMonitor's console, and another API version.
    const Answer local = describe({{u"Namespace"_s, u"acs_serverless"_s},
                                   {u"MetricName"_s, u"cpu"_s},
                                   {u"Dimensions"_s, u"{\"appId\":\"%1\"}"_s.arg(m_gatewayId)},
                                   {u"StartTime"_s, u"2026-11-27 18:30:00"_s},
                                   {u"EndTime"_s, u"2026-11-27 19:00:00"_s}});
    QCOMPARE(local.datapoints.size(), 30 * 6);
    const Answer oldVersion = describe({{u"Namespace"_s, u"acs_serverless"_s}}, "2018-03-08");
    QCOMPARE(oldVersion.status, 400);
    QCOMPARE(oldVersion.body.value(u"Code").toString(), u"InvalidVersion"_s);
}

QTEST_GUILESS_MAIN(TestCloudMonitorOperations)
#include "tst_cloudmonitoroperations.moc"
