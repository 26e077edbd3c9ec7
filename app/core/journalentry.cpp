#include "journalentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<std::pair<JournalEntry::Outcome, QLatin1StringView>, 6> outcomeNames{{
    {JournalEntry::Outcome::Requested, "requested"_L1},
    {JournalEntry::Outcome::Accepted, "accepted"_L1},
    {JournalEntry::Outcome::Succeeded, "succeeded"_L1},
    {JournalEntry::Outcome::Failed, "failed"_L1},
    {JournalEntry::Outcome::CancelledByUser, "cancelled-by-user"_L1},
    {JournalEntry::Outcome::UnknownAfterTimeout, "unknown-after-timeout"_L1},
}};

/// Request keys whose values are never written, whatever a caller puts in the summary.
constexpr std::array<QLatin1StringView, 8> secretKeyParts{
    "secret"_L1,     "password"_L1,  "passwd"_L1,        "token"_L1,
    "credential"_L1, "signature"_L1, "authorization"_L1, "privatekey"_L1,
};

bool namesASecret(const QString &key)
{
    const QString lower = key.toLower();
    for (const QLatin1StringView part : secretKeyParts) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

QJsonValue redacted(const QJsonValue &value);

QJsonObject redacted(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), namesASecret(it.key()) ? QJsonValue(u"[redacted]"_s) : redacted(it.value()));
    return result;
}

QJsonValue redacted(const QJsonValue &value)
{
    if (value.isObject())
        return redacted(value.toObject());
    if (value.isArray()) {
        QJsonArray result;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            result.append(redacted(item));
        return result;
    }
    return value;
}

/// The evidence's changes are {"field", "before", "after"} rows: a secret's name is a value there.
QJsonObject redactedChange(const QJsonObject &object)
{
    QJsonObject result = object;
    const QJsonValue field = object.value("field"_L1);
    if (field.isString() && namesASecret(field.toString())) {
        for (const QLatin1StringView side : {"before"_L1, "after"_L1}) {
            if (result.contains(side) && !result.value(side).toString().isEmpty())
                result.insert(side, u"[redacted]"_s);
        }
    }
    return result;
}

QJsonObject redactedEvidence(const QJsonObject &evidence)
{
    QJsonObject result = redacted(evidence);
    const QJsonValue changes = result.value("changes"_L1);
    if (changes.isArray()) {
        QJsonArray safe;
        const QJsonArray array = changes.toArray();
        for (const QJsonValue &change : array)
            safe.append(change.isObject() ? QJsonValue(redactedChange(change.toObject())) : change);
        result.insert("changes"_L1, safe);
    }
    return result;
}

void insertIfSet(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

/// Reads the optional string `key`; false (and `error` set) when it is there but not a string.
bool readString(const QJsonObject &object, QLatin1StringView key, const QString &path, QString *target,
                QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = u"%1%2 is not a string"_s.arg(path, key);
        return false;
    }
    *target = value.toString();
    return true;
}

std::optional<QUuid> uuidOf(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(value.toString());
    if (uuid.isNull())
        return std::nullopt;
    return uuid;
}

} // namespace

JournalEntry JournalEntry::requested(const QString &what, const Who &who, const Where &where,
                                     const QJsonObject &request, const QDateTime &time)
{
    JournalEntry entry;
    entry.id = QUuid::createUuid();
    entry.operationId = QUuid::createUuid();
    entry.time = time.toUTC();
    entry.who = who;
    entry.what = what;
    entry.where = where;
    entry.request = request;
    entry.outcome = Outcome::Requested;
    return entry;
}

JournalEntry JournalEntry::followUp(Outcome nextOutcome, const QDateTime &at) const
{
    JournalEntry entry;
    entry.id = QUuid::createUuid();
    entry.operationId = operationId;
    entry.time = at.toUTC();
    entry.who = who;
    entry.what = what;
    entry.where = where;
    entry.requestId = requestId;
    entry.changeOrderId = changeOrderId;
    entry.outcome = nextOutcome;
    return entry;
}

QString JournalEntry::toWire(Outcome outcome)
{
    for (const auto &[value, name] : outcomeNames) {
        if (value == outcome)
            return name;
    }
    return {};
}

std::optional<JournalEntry::Outcome> JournalEntry::outcomeFromWire(QStringView text)
{
    for (const auto &[value, name] : outcomeNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

QString JournalEntry::outcomeWireText() const
{
    return outcome == Outcome::Unrecognised ? unrecognisedOutcome : toWire(outcome);
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject whoJson;
    insertIfSet(whoJson, "profile"_L1, who.profile);
    insertIfSet(whoJson, "accessKeyId"_L1, who.accessKeyId);
    insertIfSet(whoJson, "osUser"_L1, who.osUser);

    QJsonObject whereJson;
    insertIfSet(whereJson, "regionId"_L1, where.regionId);
    insertIfSet(whereJson, "namespaceId"_L1, where.namespaceId);
    insertIfSet(whereJson, "namespaceName"_L1, where.namespaceName);
    insertIfSet(whereJson, "appId"_L1, where.appId);
    insertIfSet(whereJson, "appName"_L1, where.appName);
    if (!where.instanceIds.isEmpty())
        whereJson.insert("instanceIds"_L1, QJsonArray::fromStringList(where.instanceIds));

    QJsonObject json{
        {"v"_L1, formatVersion},
        {"id"_L1, id.toString(QUuid::WithoutBraces)},
        {"operationId"_L1, operationId.toString(QUuid::WithoutBraces)},
        {"time"_L1, time.toUTC().toString(Qt::ISODateWithMs)},
        {"who"_L1, whoJson},
        {"what"_L1, what},
        {"where"_L1, whereJson},
        {"outcome"_L1, outcomeWireText()},
    };
    if (!request.isEmpty())
        json.insert("request"_L1, redacted(request));
    if (!evidence.isEmpty())
        json.insert("evidence"_L1, redactedEvidence(evidence));
    insertIfSet(json, "requestId"_L1, requestId);
    insertIfSet(json, "changeOrderId"_L1, changeOrderId);
    if (!errorCode.isEmpty() || !errorMessage.isEmpty()) {
        QJsonObject error;
        insertIfSet(error, "code"_L1, errorCode);
        insertIfSet(error, "message"_L1, errorMessage);
        json.insert("error"_L1, error);
    }
    insertIfSet(json, "comment"_L1, comment);
    return json;
}

std::variant<JournalEntry, QString> JournalEntry::fromJson(const QJsonObject &json)
{
    const QJsonValue version = json.value("v"_L1);
    if (!version.isDouble())
        return u"no format version (v)"_s;
    if (version.toDouble() != formatVersion)
        return u"format version %1 is not supported"_s.arg(version.toDouble());

    JournalEntry entry;
    const std::optional<QUuid> id = uuidOf(json.value("id"_L1));
    if (!id)
        return u"id is missing or not a UUID"_s;
    entry.id = *id;
    const std::optional<QUuid> operationId = uuidOf(json.value("operationId"_L1));
    if (!operationId)
        return u"operationId is missing or not a UUID"_s;
    entry.operationId = *operationId;

    const QJsonValue time = json.value("time"_L1);
    entry.time = QDateTime::fromString(time.toString(), Qt::ISODateWithMs).toUTC();
    if (!time.isString() || !entry.time.isValid())
        return u"time is missing or not an ISO 8601 date and time"_s;

    const QJsonValue what = json.value("what"_L1);
    if (!what.isString() || what.toString().isEmpty())
        return u"what is missing or not a string"_s;
    entry.what = what.toString();

    const QJsonValue outcome = json.value("outcome"_L1);
    if (!outcome.isString() || outcome.toString().isEmpty())
        return u"outcome is missing or not a string"_s;
    if (const std::optional<Outcome> known = outcomeFromWire(outcome.toString())) {
        entry.outcome = *known;
    } else {
        entry.outcome = Outcome::Unrecognised;
        entry.unrecognisedOutcome = outcome.toString();
    }

    QString error;
    const QJsonValue who = json.value("who"_L1);
    if (!who.isObject())
        return u"who is missing or not an object"_s;
    const QJsonObject whoJson = who.toObject();
    if (!readString(whoJson, "profile"_L1, u"who."_s, &entry.who.profile, &error)
        || !readString(whoJson, "accessKeyId"_L1, u"who."_s, &entry.who.accessKeyId, &error)
        || !readString(whoJson, "osUser"_L1, u"who."_s, &entry.who.osUser, &error))
        return error;

    const QJsonValue where = json.value("where"_L1);
    if (!where.isObject())
        return u"where is missing or not an object"_s;
    const QJsonObject whereJson = where.toObject();
    if (!readString(whereJson, "regionId"_L1, u"where."_s, &entry.where.regionId, &error)
        || !readString(whereJson, "namespaceId"_L1, u"where."_s, &entry.where.namespaceId, &error)
        || !readString(whereJson, "namespaceName"_L1, u"where."_s, &entry.where.namespaceName, &error)
        || !readString(whereJson, "appId"_L1, u"where."_s, &entry.where.appId, &error)
        || !readString(whereJson, "appName"_L1, u"where."_s, &entry.where.appName, &error))
        return error;
    const QJsonValue instanceIds = whereJson.value("instanceIds"_L1);
    if (!instanceIds.isUndefined() && !instanceIds.isNull()) {
        if (!instanceIds.isArray())
            return u"where.instanceIds is not an array"_s;
        const QJsonArray array = instanceIds.toArray();
        for (const QJsonValue &instanceId : array) {
            if (!instanceId.isString())
                return u"where.instanceIds holds something other than strings"_s;
            entry.where.instanceIds.append(instanceId.toString());
        }
    }

    const QJsonValue request = json.value("request"_L1);
    if (!request.isUndefined() && !request.isNull()) {
        if (!request.isObject())
            return u"request is not an object"_s;
        entry.request = request.toObject();
    }

    const QJsonValue evidence = json.value("evidence"_L1);
    if (!evidence.isUndefined() && !evidence.isNull()) {
        if (!evidence.isObject())
            return u"evidence is not an object"_s;
        entry.evidence = evidence.toObject();
    }

    if (!readString(json, "requestId"_L1, {}, &entry.requestId, &error)
        || !readString(json, "changeOrderId"_L1, {}, &entry.changeOrderId, &error)
        || !readString(json, "comment"_L1, {}, &entry.comment, &error))
        return error;

    const QJsonValue failure = json.value("error"_L1);
    if (!failure.isUndefined() && !failure.isNull()) {
        if (!failure.isObject())
            return u"error is not an object"_s;
        const QJsonObject failureJson = failure.toObject();
        if (!readString(failureJson, "code"_L1, u"error."_s, &entry.errorCode, &error)
            || !readString(failureJson, "message"_L1, u"error."_s, &entry.errorMessage, &error))
            return error;
    }
    return entry;
}

QByteArray JournalEntry::toLine() const
{
    // Compact JSON escapes control characters inside strings, so the line has no raw newline.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact) + '\n';
}

std::variant<JournalEntry, QString> JournalEntry::fromLine(QByteArrayView line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return u"not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
    if (!document.isObject())
        return u"not a JSON object"_s;
    return fromJson(document.object());
}
