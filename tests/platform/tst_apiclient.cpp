#include "platform/apiclient.h"
#include "platform/saeapi.h"
#include "support/apitestutils.h"
#include "support/localemulator.h"

#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void describesNamespaces();
    void pagesThroughApplications();
    void filtersApplications();
    void readsGroupsAndInstances();
    void wrongSecretIsRejected();
    void unknownAccessKeyIsRejected();
    void unknownPathIsNotFound();
    void platformErrorKeepsCodeAndRequestId();
    void closedServerIsANetworkError();
    void silentServerTimesOut();
    void skewedClockIsRejected();
    void cancelFinishesWithCancelled();
    void destroyedContextIsNotCalledBack();
};

void TestApiClient::describesNamespaces()
{
    LocalEmulator local;
    QVERIFY(local.isListening());
    const auto result = waitForCall(local.client(), SaeApi::describeNamespaces());
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().detailedText()));
    QCOMPARE(result.value().totalSize, 3);
    QStringList ids;
    for (const Namespace &ns : result.value().items)
        ids.append(ns.id);
    QCOMPARE(ids, (QStringList{u"cn-shenzhen:prod"_s, u"cn-shenzhen:staging"_s, u"cn-shenzhen:dev"_s}));
}

void TestApiClient::pagesThroughApplications()
{
    LocalEmulator local;
    ApplicationQuery query;
    query.pageSize = 10;
    QSet<QString> seen;
    int total = -1;
    for (query.currentPage = 1; query.currentPage <= 10; ++query.currentPage) {
        const auto result = waitForCall(local.client(), SaeApi::listApplications(query));
        QVERIFY(result.isOk());
        const Page<Application> &page = result.value();
        total = page.totalSize;
        QCOMPARE(page.currentPage, query.currentPage);
        QCOMPARE(page.pageSize, 10);
        for (const Application &app : page.items)
            QVERIFY2(!seen.contains(app.appId), "an application appeared on two pages");
        for (const Application &app : page.items)
            seen.insert(app.appId);
        if (!page.hasMore())
            break;
        QCOMPARE(page.items.size(), 10);
    }
    QVERIFY(total >= 20);
    QCOMPARE(seen.size(), total);
}

void TestApiClient::filtersApplications()
{
    LocalEmulator local;
    ApplicationQuery prod;
    prod.namespaceId = u"cn-shenzhen:prod"_s;
    const auto inProd = waitForCall(local.client(), SaeApi::listApplications(prod));
    QVERIFY(inProd.isOk());
    QCOMPARE(inProd.value().totalSize, 22);
    for (const Application &app : inProd.value().items)
        QCOMPARE(app.namespaceId, u"cn-shenzhen:prod"_s);

    ApplicationQuery named;
    named.appName = u"order"_s;
    const auto orders = waitForCall(local.client(), SaeApi::listApplications(named));
    QVERIFY(orders.isOk());
    QCOMPARE(orders.value().totalSize, 3);
    for (const Application &app : orders.value().items)
        QCOMPARE(app.appName, u"order-service"_s);

    ApplicationQuery nowhere;
    nowhere.namespaceId = u"cn-shenzhen:nowhere"_s;
    const auto none = waitForCall(local.client(), SaeApi::listApplications(nowhere));
    QVERIFY(none.isOk());
    QCOMPARE(none.value().totalSize, 0);
}

void TestApiClient::readsGroupsAndInstances()
{
    LocalEmulator local;
    ApplicationQuery query;
    query.namespaceId = u"cn-shenzhen:prod"_s;
    query.appName = u"order-service"_s;
    const auto apps = waitForCall(local.client(), SaeApi::listApplications(query));
    QVERIFY(apps.isOk());
    QCOMPARE(apps.value().items.size(), 1);
    const Application app = apps.value().items.first();
    QCOMPARE(app.targetInstances, 6);
    QCOMPARE(app.runningInstances, 5);

    const auto groups = waitForCall(local.client(), SaeApi::describeApplicationGroups(app.appId));
    QVERIFY(groups.isOk());
    QCOMPARE(groups.value().size(), 1);
    QCOMPARE(groups.value().first().groupName, u"_DEFAULT_GROUP"_s);

    InstanceQuery instanceQuery{app.appId, groups.value().first().groupId, 1, 100};
    const auto instances = waitForCall(local.client(), SaeApi::describeApplicationInstances(instanceQuery));
    QVERIFY(instances.isOk());
    QCOMPARE(instances.value().items.size(), 6);
    int crashLooping = 0;
    for (const Instance &instance : instances.value().items) {
        QVERIFY(instance.instanceId.startsWith(u"order-service-"));
        if (instance.status == InstanceStatus::CrashLoopBackOff) {
            ++crashLooping;
            QCOMPARE(instance.health, InstanceHealth::LivenessUnhealthy);
            QVERIFY(instance.restarts > 0);
            QVERIFY(instance.unhealthyMessage.contains(u"Liveness probe failed"));
        }
    }
    QCOMPARE(crashLooping, 1);
}

void TestApiClient::wrongSecretIsRejected()
{
    LocalEmulator local;
    local.client().setCredential({QString::fromLatin1(EmulatorOptions::demoAccessKeyId), "not-the-secret"});
    const auto result = waitForCall(local.client(), SaeApi::describeNamespaces());
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Authentication);
    QCOMPARE(result.error().code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(result.error().httpStatus, 400);
    QVERIFY(!result.error().requestId.isEmpty());
    QVERIFY(result.error().message.contains(u"server string to sign is:"));
}

void TestApiClient::unknownAccessKeyIsRejected()
{
    LocalEmulator local;
    local.client().setCredential({u"LTAI5tSomebodyElse"_s, "secret"});
    const auto result = waitForCall(local.client(), SaeApi::describeNamespaces());
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, u"InvalidAccessKeyId.NotFound"_s);
    QCOMPARE(result.error().httpStatus, 404);
}

void TestApiClient::unknownPathIsNotFound()
{
    LocalEmulator local;
    ApiCall<Page<Namespace>> call = SaeApi::describeNamespaces();
    call.request.path = u"/pop/v1/sam/app/noSuchOperation"_s;
    const auto result = waitForCall(local.client(), call);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, u"InvalidApi.NotFound"_s);
    QCOMPARE(result.error().httpStatus, 404);
    QVERIFY(!result.error().requestId.isEmpty());
}

void TestApiClient::platformErrorKeepsCodeAndRequestId()
{
    LocalEmulator local;
    const auto result = waitForCall(local.client(), SaeApi::describeApplicationGroups(u"no-such-app"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Platform);
    QCOMPARE(result.error().code, u"InvalidAppId.NotFound"_s);
    QCOMPARE(result.error().httpStatus, 404);
    QCOMPARE(result.error().requestId.size(), 36); // the gateway's UUID
}

void TestApiClient::closedServerIsANetworkError()
{
    LocalEmulator local;
    QVERIFY(
        waitForCall(local.client(), SaeApi::describeNamespaces()).isOk()); // a keep-alive connection exists
    local.emulator().close();
    const auto result = waitForCall(local.client(), SaeApi::describeNamespaces());
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Network);
    QVERIFY(result.error().retryable);
}

void TestApiClient::silentServerTimesOut()
{
    QTcpServer silent; // accepts connections and reads requests, but never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&silent, &held] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setEndpoint(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
    client.setCredential({u"id"_s, "secret"});
    client.setTransferTimeout(300ms);
    const auto result = waitForCall(client, SaeApi::describeNamespaces(), 5000);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
}

void TestApiClient::skewedClockIsRejected()
{
    LocalEmulator local;
    local.client().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-20 * 60); });
    const auto result = waitForCall(local.client(), SaeApi::describeNamespaces());
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, u"InvalidTimeStamp.Expired"_s);
    QCOMPARE(result.error().kind, ApiError::Kind::Authentication);
}

void TestApiClient::cancelFinishesWithCancelled()
{
    LocalEmulator local;
    ApiReply *reply = local.client().send(SaeApi::describeNamespaces().request);
    QSignalSpy finished(reply, &ApiReply::finished);
    QSignalSpy destroyed(reply, &QObject::destroyed);
    std::optional<ApiError::Kind> kind;
    connect(reply, &ApiReply::finished, this, [reply, &kind] {
        kind = reply->result().isOk() ? std::nullopt : std::optional(reply->result().error().kind);
    });
    reply->cancel();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(kind, std::optional(ApiError::Kind::Cancelled));
    QTRY_COMPARE(destroyed.count(), 1); // the job deletes itself
}

void TestApiClient::destroyedContextIsNotCalledBack()
{
    LocalEmulator local;
    auto *context = new QObject;
    bool called = false;
    ApiReply *reply = local.client().call(SaeApi::describeNamespaces(), context,
                                          [&called](const ApiResult<Page<Namespace>> &) { called = true; });
    QSignalSpy finished(reply, &ApiReply::finished);
    delete context;
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
