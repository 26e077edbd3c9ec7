#include "emulator/emulator.h"
#include "emulator/gateway.h"
#include "support/signedrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

/** ListAppEvents over the living fleet: what the sick instances and the deploys leave behind. */
class TestEventOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void warningsOfTheSickFleet();
    void filters();
    void pagingAndOrder();
    void refusals();

private:
    QJsonObject list(QList<std::pair<QString, QString>> query, int *status = nullptr);
    QString appIdOf(const QString &namespaceName, const QString &appName) const;
    std::unique_ptr<Emulator> m_emulator;
};

void TestEventOperations::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC); // the fleet is built then
    m_emulator = std::make_unique<Emulator>(options);
    m_emulator->clock().advance(20 * 60 * 1000); // twenty minutes of trouble
}

QJsonObject TestEventOperations::list(QList<std::pair<QString, QString>> query, int *status)
{
    SignedRequest request;
    request.path = u"/pop/v1/sam/app/listAppEvents"_s;
    request.action = u"ListAppEvents"_s;
    request.query = std::move(query);
    request.date = m_emulator->clock().now();
    const GatewayResponse response = m_emulator->gateway().handle(request.toGatewayRequest());
    if (status)
        *status = response.status;
    return QJsonDocument::fromJson(response.body).object();
}

QString TestEventOperations::appIdOf(const QString &namespaceName, const QString &appName) const
{
    const EmulatedApplication *application = m_emulator->fleet().findApplicationNamed(namespaceName, appName);
    return application ? application->application.appId : QString();
}

void TestEventOperations::warningsOfTheSickFleet()
{
    const QJsonObject body =
        list({{u"Namespace"_s, u"cn-shenzhen"_s}, {u"EventType"_s, u"Warning"_s}, {u"PageSize"_s, u"100"_s}});
    QCOMPARE(body.value(u"Code").toString(), u"200"_s);
    QVERIFY(!body.contains(u"TraceId")); // as the reference's example
    const QJsonArray events = body.value(u"Data").toObject().value(u"AppEventEntity").toArray();
    QVERIFY(!events.isEmpty());
    QStringList reasons;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        QCOMPARE(event.value(u"EventType").toString(), u"Warning"_s);
        QVERIFY(event.value(u"LastTimestamp").toString().endsWith(u'Z'));
        reasons.append(event.value(u"Reason").toString());
    }
    QVERIFY(reasons.contains(u"BackOff"_s));          // order-service's crash loop
    QVERIFY(reasons.contains(u"Unhealthy"_s));        // inventory-service's readiness
    QVERIFY(reasons.contains(u"FailedScheduling"_s)); // the mini-program backend's pending instance
}

void TestEventOperations::filters()
{
    const QString order = appIdOf(u"prod"_s, u"order-service"_s);
    const QJsonObject body = list({{u"Namespace"_s, u"cn-shenzhen:prod"_s},
                                   {u"AppId"_s, order},
                                   {u"ObjectKind"_s, u"Pod"_s},
                                   {u"Reason"_s, u"Back"_s},
                                   {u"ObjectName"_s, u"order-"_s}});
    const QJsonArray events = body.value(u"Data").toObject().value(u"AppEventEntity").toArray();
    QVERIFY(!events.isEmpty());
    for (const QJsonValue &value : events) {
        QCOMPARE(value.toObject().value(u"ObjectKind").toString(), u"Pod"_s);
        QVERIFY(value.toObject().value(u"Reason").toString().startsWith(u"Back"_s));
        QVERIFY(value.toObject().value(u"ObjectName").toString().startsWith(u"order-service-"_s));
    }
    const QJsonObject staging = list({{u"Namespace"_s, u"cn-shenzhen:staging"_s}, {u"AppId"_s, order}});
    QCOMPARE(staging.value(u"Data").toObject().value(u"TotalSize").toInt(), 0); // another namespace
}

void TestEventOperations::pagingAndOrder()
{
    const QJsonObject first = list({{u"Namespace"_s, u"cn-shenzhen"_s}, {u"PageSize"_s, u"2"_s}});
    const QJsonObject data = first.value(u"Data").toObject();
    QCOMPARE(data.value(u"AppEventEntity").toArray().size(), 2);
    QVERIFY(data.value(u"TotalSize").toInt() > 2);
    const QJsonArray events = data.value(u"AppEventEntity").toArray();
    QVERIFY(events.at(0).toObject().value(u"LastTimestamp").toString()
            >= events.at(1).toObject().value(u"LastTimestamp").toString()); // newest first
}

void TestEventOperations::refusals()
{
    int status = 0;
    QCOMPARE(list({}, &status).value(u"Code").toString(), u"InvalidParameter.NotEmpty"_s);
    QCOMPARE(status, 400);
    QCOMPARE(list({{u"Namespace"_s, u"cn-shenzhen:nowhere"_s}}, &status).value(u"Code").toString(),
             u"InvalidNamespaceId.NotFound"_s);
    QCOMPARE(list({{u"Namespace"_s, u"cn-shenzhen"_s}, {u"EventType"_s, u"Error"_s}}, &status)
                 .value(u"Code")
                 .toString(),
             u"InvalidParameter.WithMessage"_s);
}

QTEST_GUILESS_MAIN(TestEventOperations)
#include "tst_eventoperations.moc"
