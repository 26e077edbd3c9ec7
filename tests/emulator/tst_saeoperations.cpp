#include "emulator/emulator.h"
#include "emulator/gateway.h"
#include "support/signedrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Query = QList<std::pair<QString, QString>>;
} // namespace

class TestSaeOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listApplicationsEnvelope();
    void listApplicationsEntryFields();
    void listApplicationsFilters_data();
    void listApplicationsFilters();
    void listApplicationsByInstanceIp();
    void listApplicationsPaging();
    void describeNamespacesNeedsPaging();
    void describeNamespacesValidatesPageSize();
    void groupsOfAnUnknownApplication();
    void instancesNeedAGroup();
    void instancesOfAnotherGroupAreRefused();
    void instancesEntryFields();
    void instancesReverseOrder();
    void instancesFilterAndPaging();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };
    Answer call(const QString &path, const QString &action, const QList<std::pair<QString, QString>> &query);
    QString appIdOf(const QString &namespaceName, const QString &appName) const;
    QString groupIdOf(const QString &appId) const;

    std::unique_ptr<Emulator> m_emulator;
};

void TestSaeOperations::init()
{
    m_emulator = std::make_unique<Emulator>();
}

TestSaeOperations::Answer TestSaeOperations::call(const QString &path, const QString &action,
                                                  const QList<std::pair<QString, QString>> &query)
{
    SignedRequest request;
    request.path = path;
    request.action = action;
    request.query = query;
    const GatewayResponse response = m_emulator->gateway().handle(request.toGatewayRequest());
    return {response.status, QJsonDocument::fromJson(response.body).object()};
}

QString TestSaeOperations::appIdOf(const QString &namespaceName, const QString &appName) const
{
    const EmulatedApplication *application = m_emulator->fleet().findApplicationNamed(namespaceName, appName);
    return application ? application->application.appId : QString();
}

QString TestSaeOperations::groupIdOf(const QString &appId) const
{
    return m_emulator->fleet().findApplication(appId)->group.groupId;
}

void TestSaeOperations::listApplicationsEnvelope()
{
    const Answer answer = call(u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s,
                               {{u"CurrentPage"_s, u"2"_s}, {u"PageSize"_s, u"5"_s}});
    QCOMPARE(answer.status, 200);
    // ListApplications repeats paging at the top level and in Data, and has no TraceId (reference 1.4).
    QCOMPARE(answer.body.value(u"CurrentPage").toInt(), 2);
    QCOMPARE(answer.body.value(u"PageSize").toInt(), 5);
    QCOMPARE(answer.body.value(u"TotalSize").toInt(), int(m_emulator->fleet().applications.size()));
    QVERIFY(!answer.body.contains(u"TraceId"));
    QVERIFY(answer.body.value(u"Code").isString());
    const QJsonObject data = answer.body.value(u"Data").toObject();
    QCOMPARE(data.value(u"CurrentPage").toInt(), 2);
    QCOMPARE(data.value(u"PageSize").toInt(), 5);
    QCOMPARE(data.value(u"TotalSize").toInt(), answer.body.value(u"TotalSize").toInt());
    QCOMPARE(data.value(u"Applications").toArray().size(), 5);
}

void TestSaeOperations::listApplicationsEntryFields()
{
    const Answer answer = call(u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s, {});
    const QJsonObject entry =
        answer.body.value(u"Data").toObject().value(u"Applications").toArray().first().toObject();
    // Field names and JSON types of reference 9.1 (Mem, not Memory; Instances is the target count).
    const QList<std::pair<QString, QJsonValue::Type>> fields{
        {u"AppId"_s, QJsonValue::String},
        {u"AppName"_s, QJsonValue::String},
        {u"AppDescription"_s, QJsonValue::String},
        {u"AppDeletingStatus"_s, QJsonValue::Bool},
        {u"AppType"_s, QJsonValue::String},
        {u"Cpu"_s, QJsonValue::Double},
        {u"Mem"_s, QJsonValue::Double},
        {u"Instances"_s, QJsonValue::Double},
        {u"RunningInstances"_s, QJsonValue::Double},
        {u"NamespaceId"_s, QJsonValue::String},
        {u"NamespaceName"_s, QJsonValue::String},
        {u"RegionId"_s, QJsonValue::String},
        {u"ProgrammingLanguage"_s, QJsonValue::String},
        {u"ImageUrl"_s, QJsonValue::String},
        {u"PackageUrl"_s, QJsonValue::String},
        {u"Tags"_s, QJsonValue::Array},
        {u"EnableIdle"_s, QJsonValue::String},
        {u"IsStateful"_s, QJsonValue::Bool},
    };
    for (const auto &[name, type] : fields)
        QVERIFY2(entry.value(name).type() == type, qPrintable(name));
    QVERIFY(!entry.contains(u"Memory"));
    const QJsonObject tag = entry.value(u"Tags").toArray().first().toObject();
    QVERIFY(tag.contains(u"Key") && tag.contains(u"Value"));
}

void TestSaeOperations::listApplicationsFilters_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("everything") << Query{} << 48;
    QTest::newRow("prod") << Query{{u"NamespaceId"_s, u"cn-shenzhen:prod"_s}} << 22;
    QTest::newRow("staging") << Query{{u"NamespaceId"_s, u"cn-shenzhen:staging"_s}} << 18;
    QTest::newRow("dev") << Query{{u"NamespaceId"_s, u"cn-shenzhen:dev"_s}} << 8;
    QTest::newRow("AppName contains") << Query{{u"AppName"_s, u"portal"_s}} << 5;
    QTest::newRow("AppName and namespace")
        << Query{{u"AppName"_s, u"portal"_s}, {u"NamespaceId"_s, u"cn-shenzhen:prod"_s}} << 2;
    QTest::newRow("FieldType appName")
        << Query{{u"FieldType"_s, u"appName"_s}, {u"FieldValue"_s, u"ORDER"_s}} << 3;
    QTest::newRow("FieldType slbIps")
        << Query{{u"FieldType"_s, u"slbIps"_s}, {u"FieldValue"_s, u"1.2.3.4"_s}} << 0;
    QTest::newRow("unknown namespace") << Query{{u"NamespaceId"_s, u"cn-shenzhen:nope"_s}} << 0;
}

void TestSaeOperations::listApplicationsFilters()
{
    QFETCH(Query, query);
    QFETCH(int, expected);
    query.append({u"PageSize"_s, u"100"_s});
    const Answer answer = call(u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s, query);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(u"TotalSize").toInt(), expected);
    QCOMPARE(answer.body.value(u"Data").toObject().value(u"Applications").toArray().size(), expected);
}

void TestSaeOperations::listApplicationsByInstanceIp()
{
    const EmulatedApplication &inventory =
        *m_emulator->fleet().findApplication(appIdOf(u"prod"_s, u"inventory-service"_s));
    const Answer answer =
        call(u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s,
             {{u"FieldType"_s, u"instanceIps"_s}, {u"FieldValue"_s, inventory.instances.at(1).ip}});
    const QJsonArray apps = answer.body.value(u"Data").toObject().value(u"Applications").toArray();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.first().toObject().value(u"AppId").toString(), inventory.application.appId);
}

void TestSaeOperations::listApplicationsPaging()
{
    QSet<QString> ids;
    for (int page = 1; page <= 5; ++page) {
        const Answer answer = call(u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s,
                                   {{u"CurrentPage"_s, QString::number(page)}, {u"PageSize"_s, u"10"_s}});
        for (const QJsonValue &app : answer.body.value(u"Data").toObject().value(u"Applications").toArray())
            ids.insert(app.toObject().value(u"AppId").toString());
    }
    QCOMPARE(ids.size(), 48);
    const Answer beyond = call(u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s,
                               {{u"CurrentPage"_s, u"99"_s}, {u"PageSize"_s, u"10"_s}});
    QCOMPARE(beyond.status, 200);
    QVERIFY(beyond.body.value(u"Data").toObject().value(u"Applications").toArray().isEmpty());
    const Answer bad =
        call(u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s, {{u"PageSize"_s, u"lots"_s}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.body.value(u"Code").toString(), u"InvalidParameter.WithMessage"_s);
}

void TestSaeOperations::describeNamespacesNeedsPaging()
{
    const Answer answer =
        call(u"/pop/v1/paas/namespaces"_s, u"DescribeNamespaces"_s, {{u"PageSize"_s, u"10"_s}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body.value(u"Code").toString(), u"MissingCurrentPage"_s);
    QCOMPARE(answer.body.value(u"Message").toString(), u"CurrentPage is mandatory for this action."_s);
}

void TestSaeOperations::describeNamespacesValidatesPageSize()
{
    const Answer answer = call(u"/pop/v1/paas/namespaces"_s, u"DescribeNamespaces"_s,
                               {{u"CurrentPage"_s, u"1"_s}, {u"PageSize"_s, u"10001"_s}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.body.value(u"Message").toString().contains(u"PageSize"));
    const Answer paged = call(u"/pop/v1/paas/namespaces"_s, u"DescribeNamespaces"_s,
                              {{u"CurrentPage"_s, u"2"_s}, {u"PageSize"_s, u"2"_s}});
    QCOMPARE(paged.status, 200);
    const QJsonObject data = paged.body.value(u"Data").toObject();
    QCOMPARE(data.value(u"TotalSize").toInt(), 3);
    QCOMPARE(data.value(u"Namespaces").toArray().size(), 1);
    QCOMPARE(data.value(u"Namespaces").toArray().first().toObject().value(u"NamespaceId").toString(),
             u"cn-shenzhen:dev"_s);
}

void TestSaeOperations::groupsOfAnUnknownApplication()
{
    const Answer answer = call(u"/pop/v1/sam/app/describeApplicationGroups"_s, u"DescribeApplicationGroups"_s,
                               {{u"AppId"_s, u"00000000-0000-4000-8000-000000000000"_s}});
    QCOMPARE(answer.status, 404);
    // SAE's business error shape (reference 4.2, appendix B 1).
    QCOMPARE(answer.body.value(u"Code").toString(), u"InvalidAppId.NotFound"_s);
    QCOMPARE(answer.body.value(u"ErrorCode").toString(), u"InvalidAppId.NotFound"_s);
    QCOMPARE(answer.body.value(u"Success").toBool(true), false);
    QVERIFY(!answer.body.value(u"TraceId").toString().isEmpty());
    QVERIFY(!answer.body.value(u"RequestId").toString().isEmpty());
}

void TestSaeOperations::instancesNeedAGroup()
{
    const Answer answer =
        call(u"/pop/v1/sam/app/describeApplicationInstances"_s, u"DescribeApplicationInstances"_s,
             {{u"AppId"_s, appIdOf(u"prod"_s, u"order-service"_s)}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body.value(u"Code").toString(), u"MissingGroupId"_s);
}

void TestSaeOperations::instancesOfAnotherGroupAreRefused()
{
    const QString orders = appIdOf(u"prod"_s, u"order-service"_s);
    const QString membersGroup = groupIdOf(appIdOf(u"prod"_s, u"member-service"_s));
    const Answer answer =
        call(u"/pop/v1/sam/app/describeApplicationInstances"_s, u"DescribeApplicationInstances"_s,
             {{u"AppId"_s, orders}, {u"GroupId"_s, membersGroup}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body.value(u"Code").toString(), u"InvalidParameter.Obviously"_s);
}

void TestSaeOperations::instancesEntryFields()
{
    const QString appId = appIdOf(u"prod"_s, u"order-service"_s);
    const Answer answer =
        call(u"/pop/v1/sam/app/describeApplicationInstances"_s, u"DescribeApplicationInstances"_s,
             {{u"AppId"_s, appId}, {u"GroupId"_s, groupIdOf(appId)}});
    QCOMPARE(answer.status, 200);
    const QJsonObject data = answer.body.value(u"Data").toObject();
    QCOMPARE(data.value(u"TotalSize").toInt(), 6);
    QCOMPARE(data.value(u"PageSize").toInt(), 10); // the documented default
    const QJsonObject entry = data.value(u"Instances").toArray().first().toObject();
    const QList<std::pair<QString, QJsonValue::Type>> fields{
        {u"InstanceId"_s, QJsonValue::String},
        {u"GroupId"_s, QJsonValue::String},
        {u"InstanceContainerStatus"_s, QJsonValue::String},
        {u"MainContainerStatus"_s, QJsonValue::String},
        {u"InstanceHealthStatus"_s, QJsonValue::String},
        {u"InstanceContainerRestarts"_s, QJsonValue::Double},
        {u"InstanceContainerIp"_s, QJsonValue::String},
        {u"CreateTimeStamp"_s, QJsonValue::Double},
        {u"UnhealthyMessage"_s, QJsonValue::String},
        {u"PackageVersion"_s, QJsonValue::String},
        {u"ImageUrl"_s, QJsonValue::String},
        {u"VSwitchId"_s, QJsonValue::String},
        {u"SidecarContainersStatus"_s, QJsonValue::Array},
    };
    for (const auto &[name, type] : fields)
        QVERIFY2(entry.value(name).type() == type, qPrintable(name));
    QVERIFY(answer.body.contains(u"TraceId"));
}

void TestSaeOperations::instancesReverseOrder()
{
    const QString appId = appIdOf(u"prod"_s, u"order-service"_s);
    const auto statuses = [&](const QString &reverse) {
        const Answer answer =
            call(u"/pop/v1/sam/app/describeApplicationInstances"_s, u"DescribeApplicationInstances"_s,
                 {{u"AppId"_s, appId}, {u"GroupId"_s, groupIdOf(appId)}, {u"Reverse"_s, reverse}});
        QStringList result;
        for (const QJsonValue &instance : answer.body.value(u"Data").toObject().value(u"Instances").toArray())
            result.append(instance.toObject().value(u"InstanceContainerStatus").toString());
        return result;
    };
    const QStringList failuresFirst = statuses(u"true"_s);
    QCOMPARE(failuresFirst.first(), u"CrashLoopBackOff"_s);
    const QStringList runningFirst = statuses(u"false"_s);
    QCOMPARE(runningFirst.last(), u"CrashLoopBackOff"_s);
    QCOMPARE(runningFirst.first(), u"Running"_s);
}

void TestSaeOperations::instancesFilterAndPaging()
{
    const QString appId = appIdOf(u"prod"_s, u"order-service"_s);
    const QString groupId = groupIdOf(appId);
    const QString oneId = m_emulator->fleet().findApplication(appId)->instances.at(3).instanceId;
    const Answer one =
        call(u"/pop/v1/sam/app/describeApplicationInstances"_s, u"DescribeApplicationInstances"_s,
             {{u"AppId"_s, appId}, {u"GroupId"_s, groupId}, {u"InstanceId"_s, oneId}});
    QCOMPARE(one.body.value(u"Data").toObject().value(u"TotalSize").toInt(), 1);
    const Answer second = call(
        u"/pop/v1/sam/app/describeApplicationInstances"_s, u"DescribeApplicationInstances"_s,
        {{u"AppId"_s, appId}, {u"GroupId"_s, groupId}, {u"CurrentPage"_s, u"2"_s}, {u"PageSize"_s, u"4"_s}});
    QCOMPARE(second.body.value(u"Data").toObject().value(u"Instances").toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestSaeOperations)
#include "tst_saeoperations.moc"
