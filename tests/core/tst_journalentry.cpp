#include "core/journalentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestJournalEntry : public QObject
{
    Q_OBJECT

private slots:
    void writesTheDocumentedShape();
    void leavesOutWhatIsNotSet();
    void roundTrips();
    void oneLineIsCompactJsonAndANewline();
    void followUpKeepsTheOperation();
    void requestedStartsAnOperation();
    void outcomesOnTheWire_data();
    void outcomesOnTheWire();
    void actionsOnTheWire();
    void keepsAnUnrecognisedOutcome();
    void toleratesUnknownFields();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void rejectsLinesThatAreNotObjects_data();
    void rejectsLinesThatAreNotObjects();
    void redactsSecretsInTheRequest();
    void evidenceRoundTrips();
    void evidenceIsLeftOutWhenEmpty();
    void evidenceOfTheWrongTypeIsRefused_data();
    void evidenceOfTheWrongTypeIsRefused();
    void followUpDropsTheEvidence();
    void redactsSecretsInTheEvidence();
};

namespace {

const QDateTime sampleTime = QDateTime(QDate(2026, 11, 23), QTime(4, 5, 6, 789), Qt::UTC);

JournalEntry sampleEntry()
{
    JournalEntry entry;
    entry.id = QUuid::fromString(u"6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab"_s);
    entry.operationId = QUuid::fromString(u"0a1b2c3d-4e5f-4a6b-9c7d-89abcdef0123"_s);
    entry.time = sampleTime;
    entry.who = {u"prod-shenzhen"_s, u"LTAI5tExampleKeyId"_s, u"alice"_s};
    entry.what = JournalAction::restartInstances;
    entry.where = {u"cn-shenzhen"_s,   u"cn-shenzhen:production"_s,
                   u"Production"_s,    u"7171a6ca-d1cd-4928-8642-7d5cfe69a2a2"_s,
                   u"order-service"_s, {u"order-7d9f-x2k4q"_s, u"order-7d9f-abcde"_s}};
    entry.request = QJsonObject{{u"InstanceIds"_s, u"order-7d9f-x2k4q,order-7d9f-abcde"_s}};
    entry.requestId = u"91F93257-7A4A-4BD3-9A7E-2F6EAE6D1234"_s;
    entry.changeOrderId = u"ba386059-69b1-4e65-b1e5-0682d9fa4f9c"_s;
    entry.outcome = JournalEntry::Outcome::Failed;
    entry.errorCode = u"Application.ChangerOrderRunning"_s;
    entry.errorMessage = u"A change order is running."_s;
    entry.comment = u"canary looks bad\nstopping"_s;
    return entry;
}

/// The minimal valid entry JSON; tests remove or break one field at a time.
QJsonObject minimalJson()
{
    return QJsonObject{
        {u"v"_s, 1},
        {u"id"_s, u"6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab"_s},
        {u"operationId"_s, u"0a1b2c3d-4e5f-4a6b-9c7d-89abcdef0123"_s},
        {u"time"_s, u"2026-11-23T04:05:06.789Z"_s},
        {u"who"_s, QJsonObject{}},
        {u"what"_s, u"deploy"_s},
        {u"where"_s, QJsonObject{}},
        {u"outcome"_s, u"requested"_s},
    };
}

/// Why an entry was refused; empty when it was read.
QString refusal(const std::variant<JournalEntry, QString> &read)
{
    const QString *why = std::get_if<QString>(&read);
    return why ? *why : QString();
}

} // namespace

void TestJournalEntry::writesTheDocumentedShape()
{
    const QJsonObject json = sampleEntry().toJson();
    const QJsonObject expected{
        {u"v"_s, 1},
        {u"id"_s, u"6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab"_s},
        {u"operationId"_s, u"0a1b2c3d-4e5f-4a6b-9c7d-89abcdef0123"_s},
        {u"time"_s, u"2026-11-23T04:05:06.789Z"_s},
        {u"who"_s, QJsonObject{{u"profile"_s, u"prod-shenzhen"_s},
                               {u"accessKeyId"_s, u"LTAI5tExampleKeyId"_s},
                               {u"osUser"_s, u"alice"_s}}},
        {u"what"_s, u"restart-instances"_s},
        {u"where"_s,
         QJsonObject{{u"regionId"_s, u"cn-shenzhen"_s},
                     {u"namespaceId"_s, u"cn-shenzhen:production"_s},
                     {u"namespaceName"_s, u"Production"_s},
                     {u"appId"_s, u"7171a6ca-d1cd-4928-8642-7d5cfe69a2a2"_s},
                     {u"appName"_s, u"order-service"_s},
                     {u"instanceIds"_s, QJsonArray{u"order-7d9f-x2k4q"_s, u"order-7d9f-abcde"_s}}}},
        {u"request"_s, QJsonObject{{u"InstanceIds"_s, u"order-7d9f-x2k4q,order-7d9f-abcde"_s}}},
        {u"requestId"_s, u"91F93257-7A4A-4BD3-9A7E-2F6EAE6D1234"_s},
        {u"changeOrderId"_s, u"ba386059-69b1-4e65-b1e5-0682d9fa4f9c"_s},
        {u"outcome"_s, u"failed"_s},
        {u"error"_s, QJsonObject{{u"code"_s, u"Application.ChangerOrderRunning"_s},
                                 {u"message"_s, u"A change order is running."_s}}},
        {u"comment"_s, u"canary looks bad\nstopping"_s},
    };
    QCOMPARE(json, expected);
}

void TestJournalEntry::leavesOutWhatIsNotSet()
{
    JournalEntry entry = sampleEntry();
    entry.who.osUser.clear();
    entry.where = {};
    entry.request = {};
    entry.requestId.clear();
    entry.changeOrderId.clear();
    entry.errorCode.clear();
    entry.errorMessage.clear();
    entry.comment.clear();
    entry.outcome = JournalEntry::Outcome::Requested;
    const QJsonObject json = entry.toJson();
    QCOMPARE(json.keys(), (QStringList{u"id"_s, u"operationId"_s, u"outcome"_s, u"time"_s, u"v"_s, u"what"_s,
                                       u"where"_s, u"who"_s}));
    QCOMPARE(json.value(u"where"_s).toObject(), QJsonObject());
    QCOMPARE(json.value(u"who"_s).toObject().keys(), (QStringList{u"accessKeyId"_s, u"profile"_s}));
}

void TestJournalEntry::roundTrips()
{
    const JournalEntry entry = sampleEntry();
    const auto read = JournalEntry::fromJson(entry.toJson());
    QVERIFY2(std::holds_alternative<JournalEntry>(read), qPrintable(refusal(read)));
    QCOMPARE(std::get<JournalEntry>(read), entry);
    QCOMPARE(std::get<JournalEntry>(read).time.timeSpec(), Qt::UTC);

    const auto fromLine = JournalEntry::fromLine(entry.toLine());
    QVERIFY(std::holds_alternative<JournalEntry>(fromLine));
    QCOMPARE(std::get<JournalEntry>(fromLine), entry);
}

void TestJournalEntry::oneLineIsCompactJsonAndANewline()
{
    JournalEntry entry = sampleEntry();
    entry.comment = u"line one\nline two\r\n\u2028 and 中文"_s;
    const QByteArray line = entry.toLine();
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QVERIFY(!line.contains('\r'));
    QVERIFY(line.startsWith("{\""));
    QVERIFY(!line.contains(": ")); // compact
    QCOMPARE(std::get<JournalEntry>(JournalEntry::fromLine(line)).comment, entry.comment);
}

void TestJournalEntry::followUpKeepsTheOperation()
{
    JournalEntry accepted = sampleEntry();
    accepted.outcome = JournalEntry::Outcome::Accepted;
    const QDateTime later = sampleTime.addSecs(95);
    const JournalEntry succeeded = accepted.followUp(JournalEntry::Outcome::Succeeded, later);
    QVERIFY(!succeeded.id.isNull());
    QVERIFY(succeeded.id != accepted.id);
    QCOMPARE(succeeded.operationId, accepted.operationId);
    QCOMPARE(succeeded.time, later);
    QCOMPARE(succeeded.who, accepted.who);
    QCOMPARE(succeeded.what, accepted.what);
    QCOMPARE(succeeded.where, accepted.where);
    QCOMPARE(succeeded.requestId, accepted.requestId);
    QCOMPARE(succeeded.changeOrderId, accepted.changeOrderId);
    QCOMPARE(succeeded.outcome, JournalEntry::Outcome::Succeeded);
    QVERIFY(succeeded.request.isEmpty());
    QVERIFY(succeeded.errorCode.isEmpty());
    QVERIFY(succeeded.errorMessage.isEmpty());
    QVERIFY(succeeded.comment.isEmpty());
}

void TestJournalEntry::requestedStartsAnOperation()
{
    const JournalEntry::Who who{u"local"_s, u"LTAI-demo"_s, u"bob"_s};
    const JournalEntry::Where where{
        u"cn-hangzhou"_s, u"cn-hangzhou:staging"_s, u"Staging"_s, u"a1"_s, u"cart"_s, {}};
    const QJsonObject request{{u"MinReadyInstances"_s, 1}, {u"Replicas"_s, 4}};
    const QDateTime local = QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone(8 * 3600));
    const JournalEntry first = JournalEntry::requested(JournalAction::rescale, who, where, request, local);
    const JournalEntry second = JournalEntry::requested(JournalAction::rescale, who, where, request, local);
    QVERIFY(!first.id.isNull());
    QVERIFY(!first.operationId.isNull());
    QVERIFY(first.id != second.id);
    QVERIFY(first.operationId != second.operationId);
    QCOMPARE(first.outcome, JournalEntry::Outcome::Requested);
    QCOMPARE(first.what, u"rescale"_s);
    QCOMPARE(first.who, who);
    QCOMPARE(first.where, where);
    QCOMPARE(first.request, request);
    QCOMPARE(first.time.timeSpec(), Qt::UTC);
    QCOMPARE(first.toJson().value(u"time"_s).toString(), u"2026-11-23T04:00:00.000Z"_s);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const JournalEntry now = JournalEntry::requested(JournalAction::stop, who, where, {});
    QVERIFY(now.time >= before);
    QVERIFY(now.time <= QDateTime::currentDateTimeUtc());
}

void TestJournalEntry::outcomesOnTheWire_data()
{
    QTest::addColumn<JournalEntry::Outcome>("outcome");
    QTest::addColumn<QString>("wire");
    QTest::newRow("requested") << JournalEntry::Outcome::Requested << u"requested"_s;
    QTest::newRow("accepted") << JournalEntry::Outcome::Accepted << u"accepted"_s;
    QTest::newRow("succeeded") << JournalEntry::Outcome::Succeeded << u"succeeded"_s;
    QTest::newRow("failed") << JournalEntry::Outcome::Failed << u"failed"_s;
    QTest::newRow("cancelled") << JournalEntry::Outcome::CancelledByUser << u"cancelled-by-user"_s;
    QTest::newRow("timeout") << JournalEntry::Outcome::UnknownAfterTimeout << u"unknown-after-timeout"_s;
}

void TestJournalEntry::outcomesOnTheWire()
{
    QFETCH(JournalEntry::Outcome, outcome);
    QFETCH(QString, wire);
    QCOMPARE(JournalEntry::toWire(outcome), wire);
    QCOMPARE(JournalEntry::outcomeFromWire(wire), std::optional<JournalEntry::Outcome>(outcome));
    QJsonObject json = minimalJson();
    json.insert(u"outcome"_s, wire);
    QCOMPARE(std::get<JournalEntry>(JournalEntry::fromJson(json)).outcome, outcome);
}

void TestJournalEntry::actionsOnTheWire()
{
    const QStringList actions{
        JournalAction::deploy,
        JournalAction::rollback,
        JournalAction::rescale,
        JournalAction::restartApplication,
        JournalAction::restartInstances,
        JournalAction::deleteInstances,
        JournalAction::stop,
        JournalAction::start,
        JournalAction::confirmBatch,
        JournalAction::abort,
        JournalAction::abortAndRollback,
        JournalAction::scalingRuleCreate,
        JournalAction::scalingRuleUpdate,
        JournalAction::scalingRuleEnable,
        JournalAction::scalingRuleDisable,
        JournalAction::scalingRuleDelete,
    };
    QCOMPARE(
        actions,
        (QStringList{u"deploy"_s, u"rollback"_s, u"rescale"_s, u"restart-application"_s,
                     u"restart-instances"_s, u"delete-instances"_s, u"stop"_s, u"start"_s, u"confirm-batch"_s,
                     u"abort"_s, u"abort-and-rollback"_s, u"scaling-rule-create"_s, u"scaling-rule-update"_s,
                     u"scaling-rule-enable"_s, u"scaling-rule-disable"_s, u"scaling-rule-delete"_s}));
}

void TestJournalEntry::keepsAnUnrecognisedOutcome()
{
    QJsonObject json = minimalJson();
    json.insert(u"outcome"_s, u"partially-rolled-back"_s);
    const JournalEntry entry = std::get<JournalEntry>(JournalEntry::fromJson(json));
    QCOMPARE(entry.outcome, JournalEntry::Outcome::Unrecognised);
    QCOMPARE(entry.unrecognisedOutcome, u"partially-rolled-back"_s);
    QCOMPARE(entry.outcomeWireText(), u"partially-rolled-back"_s);
    QCOMPARE(entry.toJson().value(u"outcome"_s).toString(), u"partially-rolled-back"_s);
}

void TestJournalEntry::toleratesUnknownFields()
{
    QJsonObject json = minimalJson();
    json.insert(u"approvals"_s, QJsonArray{u"carol"_s});
    json.insert(u"who"_s, QJsonObject{{u"profile"_s, u"p"_s}, {u"sso"_s, u"carol@example.com"_s}});
    json.insert(u"where"_s, QJsonObject{{u"appName"_s, u"cart"_s}, {u"zone"_s, 3}});
    const auto read = JournalEntry::fromJson(json);
    QVERIFY2(std::holds_alternative<JournalEntry>(read), qPrintable(refusal(read)));
    const JournalEntry entry = std::get<JournalEntry>(read);
    QCOMPARE(entry.who.profile, u"p"_s);
    QCOMPARE(entry.where.appName, u"cart"_s);
    QCOMPARE(entry.what, u"deploy"_s);
    QCOMPARE(entry.time, sampleTime);
}

void TestJournalEntry::rejectsGarbage_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is removed
    QTest::addColumn<QString>("reason");

    const QJsonValue removed(QJsonValue::Undefined);
    QTest::newRow("no version") << u"v"_s << removed << u"no format version (v)"_s;
    QTest::newRow("version as text") << u"v"_s << QJsonValue(u"1"_s) << u"no format version (v)"_s;
    QTest::newRow("newer version") << u"v"_s << QJsonValue(2) << u"format version 2 is not supported"_s;
    QTest::newRow("no id") << u"id"_s << removed << u"id is missing or not a UUID"_s;
    QTest::newRow("id not a uuid") << u"id"_s << QJsonValue(u"42"_s) << u"id is missing or not a UUID"_s;
    QTest::newRow("no operation") << u"operationId"_s << removed << u"operationId is missing or not a UUID"_s;
    QTest::newRow("no time") << u"time"_s << removed << u"time is missing or not an ISO 8601 date and time"_s;
    QTest::newRow("time garbage") << u"time"_s << QJsonValue(u"yesterday"_s)
                                  << u"time is missing or not an ISO 8601 date and time"_s;
    QTest::newRow("time as number") << u"time"_s << QJsonValue(1700000000000.0)
                                    << u"time is missing or not an ISO 8601 date and time"_s;
    QTest::newRow("no what") << u"what"_s << removed << u"what is missing or not a string"_s;
    QTest::newRow("empty what") << u"what"_s << QJsonValue(u""_s) << u"what is missing or not a string"_s;
    QTest::newRow("no outcome") << u"outcome"_s << removed << u"outcome is missing or not a string"_s;
    QTest::newRow("outcome number") << u"outcome"_s << QJsonValue(3)
                                    << u"outcome is missing or not a string"_s;
    QTest::newRow("no who") << u"who"_s << removed << u"who is missing or not an object"_s;
    QTest::newRow("who as text") << u"who"_s << QJsonValue(u"alice"_s)
                                 << u"who is missing or not an object"_s;
    QTest::newRow("profile number") << u"who"_s << QJsonValue(QJsonObject{{u"profile"_s, 7}})
                                    << u"who.profile is not a string"_s;
    QTest::newRow("no where") << u"where"_s << removed << u"where is missing or not an object"_s;
    QTest::newRow("app id array") << u"where"_s << QJsonValue(QJsonObject{{u"appId"_s, QJsonArray{}}})
                                  << u"where.appId is not a string"_s;
    QTest::newRow("instances as text")
        << u"where"_s << QJsonValue(QJsonObject{{u"instanceIds"_s, u"i-1,i-2"_s}})
        << u"where.instanceIds is not an array"_s;
    QTest::newRow("instances of numbers")
        << u"where"_s << QJsonValue(QJsonObject{{u"instanceIds"_s, QJsonArray{1, 2}}})
        << u"where.instanceIds holds something other than strings"_s;
    QTest::newRow("request as text") << u"request"_s << QJsonValue(u"Replicas=3"_s)
                                     << u"request is not an object"_s;
    QTest::newRow("request id number") << u"requestId"_s << QJsonValue(5) << u"requestId is not a string"_s;
    QTest::newRow("change order bool")
        << u"changeOrderId"_s << QJsonValue(true) << u"changeOrderId is not a string"_s;
    QTest::newRow("comment object") << u"comment"_s << QJsonValue(QJsonObject{})
                                    << u"comment is not a string"_s;
    QTest::newRow("error as text") << u"error"_s << QJsonValue(u"boom"_s) << u"error is not an object"_s;
    QTest::newRow("error code number")
        << u"error"_s << QJsonValue(QJsonObject{{u"code"_s, 500}}) << u"error.code is not a string"_s;
}

void TestJournalEntry::rejectsGarbage()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonObject json = minimalJson();
    QVERIFY(std::holds_alternative<JournalEntry>(JournalEntry::fromJson(json)));
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    const auto read = JournalEntry::fromJson(json);
    QVERIFY(std::holds_alternative<QString>(read));
    QCOMPARE(std::get<QString>(read), reason);
}

void TestJournalEntry::rejectsLinesThatAreNotObjects_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reasonStart");
    QTest::newRow("array") << QByteArray("[1,2]\n") << u"not a JSON object"_s;
    QTest::newRow("text") << QByteArray("hello\n") << u"not valid JSON ("_s;
    QTest::newRow("cut") << QByteArray(R"({"v":1,"id":"6f1c)") << u"not valid JSON ("_s;
    QTest::newRow("empty") << QByteArray() << u"not valid JSON ("_s;
}

void TestJournalEntry::rejectsLinesThatAreNotObjects()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reasonStart);
    const auto read = JournalEntry::fromLine(line);
    QVERIFY(std::holds_alternative<QString>(read));
    QVERIFY2(std::get<QString>(read).startsWith(reasonStart), qPrintable(refusal(read)));
}

void TestJournalEntry::redactsSecretsInTheRequest()
{
    JournalEntry entry = sampleEntry();
    entry.request = QJsonObject{
        {u"Replicas"_s, 3},
        {u"AccessKeyId"_s, u"LTAI5tExampleKeyId"_s},
        {u"AccessKeySecret"_s, u"hunter2"_s},
        {u"Envs"_s, QJsonArray{QJsonObject{{u"name"_s, u"DB_HOST"_s}, {u"dbPassword"_s, u"hunter2"_s}}}},
        {u"Auth"_s, QJsonObject{{u"SecurityToken"_s, u"hunter2"_s}, {u"Authorization"_s, u"hunter2"_s}}},
    };
    const QJsonObject request = entry.toJson().value(u"request"_s).toObject();
    QCOMPARE(request.value(u"Replicas"_s).toInt(), 3);
    QCOMPARE(request.value(u"AccessKeyId"_s).toString(), u"LTAI5tExampleKeyId"_s);
    QCOMPARE(request.value(u"AccessKeySecret"_s).toString(), u"[redacted]"_s);
    const QJsonObject env = request.value(u"Envs"_s).toArray().at(0).toObject();
    QCOMPARE(env.value(u"name"_s).toString(), u"DB_HOST"_s);
    QCOMPARE(env.value(u"dbPassword"_s).toString(), u"[redacted]"_s);
    const QJsonObject auth = request.value(u"Auth"_s).toObject();
    QCOMPARE(auth.value(u"SecurityToken"_s).toString(), u"[redacted]"_s);
    QCOMPARE(auth.value(u"Authorization"_s).toString(), u"[redacted]"_s);
    QVERIFY(!entry.toLine().contains("hunter2"));
}

namespace {

QJsonObject signOffEvidence()
{
    return QJsonObject{
        {u"windowMinutes"_s, 10},
        {u"from"_s, u"2026-11-23T03:55:06Z"_s},
        {u"to"_s, u"2026-11-23T04:05:06Z"_s},
        {u"batch"_s, QJsonObject{{u"instanceIds"_s, QJsonArray{u"order-7d9f-x2k4q"_s}},
                                 {u"instances"_s, 1},
                                 {u"ready"_s, 1},
                                 {u"restarts"_s, 0},
                                 {u"cpuPercent"_s, 31.5},
                                 {u"rtMs"_s, 120.3}}},
        {u"rest"_s, QJsonObject{{u"instances"_s, 4}, {u"ready"_s, 4}, {u"restarts"_s, 1}}},
    };
}

} // namespace

void TestJournalEntry::evidenceRoundTrips()
{
    JournalEntry entry = sampleEntry();
    entry.what = JournalAction::confirmBatch;
    entry.outcome = JournalEntry::Outcome::Requested;
    entry.evidence = signOffEvidence();
    const QJsonObject json = entry.toJson();
    QCOMPARE(json.value(u"evidence"_s).toObject(), signOffEvidence());

    const auto read = JournalEntry::fromLine(entry.toLine());
    QVERIFY2(std::holds_alternative<JournalEntry>(read), qPrintable(refusal(read)));
    QCOMPARE(std::get<JournalEntry>(read), entry);
    QCOMPARE(std::get<JournalEntry>(read).evidence, signOffEvidence());

    // Part of equality: an entry with other evidence is another entry.
    JournalEntry other = entry;
    other.evidence.insert(u"windowMinutes"_s, 5);
    QVERIFY(!(other == entry));
}

void TestJournalEntry::evidenceIsLeftOutWhenEmpty()
{
    const JournalEntry entry = sampleEntry();
    QVERIFY(entry.evidence.isEmpty());
    QVERIFY(!entry.toJson().contains(u"evidence"_s));
    QVERIFY(!entry.toLine().contains("evidence"));
    QJsonObject json = minimalJson();
    json.insert(u"evidence"_s, QJsonValue::Null);
    QVERIFY(std::get<JournalEntry>(JournalEntry::fromJson(json)).evidence.isEmpty());
}

void TestJournalEntry::evidenceOfTheWrongTypeIsRefused_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("text") << QJsonValue(u"diff"_s);
    QTest::newRow("array") << QJsonValue(QJsonArray{1});
    QTest::newRow("number") << QJsonValue(3);
    QTest::newRow("bool") << QJsonValue(true);
}

void TestJournalEntry::evidenceOfTheWrongTypeIsRefused()
{
    QFETCH(QJsonValue, value);
    QJsonObject json = minimalJson();
    json.insert(u"evidence"_s, value);
    const auto read = JournalEntry::fromJson(json);
    QVERIFY(std::holds_alternative<QString>(read));
    QCOMPARE(std::get<QString>(read), u"evidence is not an object"_s);
}

void TestJournalEntry::followUpDropsTheEvidence()
{
    JournalEntry requested = sampleEntry();
    requested.evidence = signOffEvidence();
    const JournalEntry accepted = requested.followUp(JournalEntry::Outcome::Accepted, sampleTime.addSecs(1));
    QVERIFY(accepted.evidence.isEmpty());
    QVERIFY(!accepted.toJson().contains(u"evidence"_s));
}

void TestJournalEntry::redactsSecretsInTheEvidence()
{
    JournalEntry entry = sampleEntry();
    entry.evidence = QJsonObject{
        {u"changes"_s,
         QJsonArray{
             QJsonObject{
                 {u"field"_s, u"Image"_s}, {u"before"_s, u"order:5.2.7"_s}, {u"after"_s, u"order:5.2.8"_s}},
             QJsonObject{{u"field"_s, u"Environment DB_PASSWORD"_s},
                         {u"before"_s, u"hunter2"_s},
                         {u"after"_s, u"hunter3"_s}},
             QJsonObject{
                 {u"field"_s, u"Environment API_TOKEN"_s}, {u"before"_s, u""_s}, {u"after"_s, u"hunter4"_s}},
         }},
        {u"consequence"_s, u"Single batch."_s},
        {u"secretKey"_s, u"hunter5"_s},
    };
    const QJsonObject evidence = entry.toJson().value(u"evidence"_s).toObject();
    const QJsonArray changes = evidence.value(u"changes"_s).toArray();
    QCOMPARE(changes.at(0).toObject().value(u"after"_s).toString(), u"order:5.2.8"_s);
    QCOMPARE(changes.at(1).toObject().value(u"field"_s).toString(), u"Environment DB_PASSWORD"_s);
    QCOMPARE(changes.at(1).toObject().value(u"before"_s).toString(), u"[redacted]"_s);
    QCOMPARE(changes.at(1).toObject().value(u"after"_s).toString(), u"[redacted]"_s);
    // An added variable keeps its empty before: the record still says it was added.
    QCOMPARE(changes.at(2).toObject().value(u"before"_s).toString(), QString());
    QCOMPARE(changes.at(2).toObject().value(u"after"_s).toString(), u"[redacted]"_s);
    QCOMPARE(evidence.value(u"consequence"_s).toString(), u"Single batch."_s);
    QCOMPARE(evidence.value(u"secretKey"_s).toString(), u"[redacted]"_s);
    QVERIFY(!entry.toLine().contains("hunter"));
}

QTEST_GUILESS_MAIN(TestJournalEntry)
#include "tst_journalentry.moc"
