#include "fleetstate.h"

#include "core/scalingrulejson.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

namespace FleetState {

namespace {

using namespace Qt::StringLiterals;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/**
 * Strict reading with a JSON path for error messages. The first problem is kept; readers return
 * defaults after it, and the caller checks failed() once at the end.
 */
class StrictReader
{
public:
    QString string(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString())
            fail(path + u'.' + key, u"a string"_s);
        return value.toString();
    }

    qint64 integer(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        const double number = value.toDouble();
        if (!value.isDouble() || number != qint64(number) || number < -9.0e15 || number > 9.0e15)
            fail(path + u'.' + key, u"an integer"_s);
        return value.isDouble() ? qint64(number) : 0;
    }

    bool boolean(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (!value.isBool())
            fail(path + u'.' + key, u"true or false"_s);
        return value.toBool();
    }

    /// An ISO 8601 time, or "" for none.
    QDateTime time(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QString text = string(object, key, path);
        if (text.isEmpty())
            return {};
        QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid())
            fail(path + u'.' + key, u"an ISO 8601 time"_s);
        return parsed.toUTC();
    }

    QJsonObject object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            fail(path, u"an object"_s);
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (!value.isArray())
            fail(path + u'.' + key, u"an array"_s);
        return value.toArray();
    }

    void fail(const QString &path, const QString &expected)
    {
        if (!m_error)
            m_error = u"%1 should be %2"_s.arg(path, expected);
    }

    bool failed() const { return m_error.has_value(); }
    QString error() const { return m_error.value_or(QString()); }

private:
    std::optional<QString> m_error;
};

QString fateName(InstanceFate fate)
{
    switch (fate) {
    case InstanceFate::Healthy:
        return u"Healthy"_s;
    case InstanceFate::CrashLoop:
        return u"CrashLoop"_s;
    case InstanceFate::ImagePullFailure:
        return u"ImagePullFailure"_s;
    case InstanceFate::ReadinessFailure:
        return u"ReadinessFailure"_s;
    case InstanceFate::Unschedulable:
        return u"Unschedulable"_s;
    }
    return u"Healthy"_s;
}

std::optional<InstanceFate> fateFromName(QStringView name)
{
    for (InstanceFate fate : {InstanceFate::Healthy, InstanceFate::CrashLoop, InstanceFate::ImagePullFailure,
                              InstanceFate::ReadinessFailure, InstanceFate::Unschedulable}) {
        if (fateName(fate) == name)
            return fate;
    }
    return std::nullopt;
}

QJsonObject namespaceJson(const Namespace &ns)
{
    return {{u"id"_s, ns.id},
            {u"name"_s, ns.name},
            {u"shortId"_s, ns.shortId},
            {u"regionId"_s, ns.regionId},
            {u"description"_s, ns.description}};
}

Namespace readNamespace(StrictReader &reader, const QJsonObject &object, const QString &path)
{
    Namespace ns;
    ns.id = reader.string(object, u"id"_s, path);
    ns.name = reader.string(object, u"name"_s, path);
    ns.shortId = reader.string(object, u"shortId"_s, path);
    ns.regionId = reader.string(object, u"regionId"_s, path);
    ns.description = reader.string(object, u"description"_s, path);
    return ns;
}

QJsonObject applicationJson(const Application &app)
{
    QJsonArray tags;
    for (const auto &[key, value] : app.tags)
        tags.append(QJsonObject{{u"key"_s, key}, {u"value"_s, value}});
    return {
        {u"appId"_s, app.appId},
        {u"appName"_s, app.appName},
        {u"description"_s, app.description},
        {u"namespaceId"_s, app.namespaceId},
        {u"namespaceName"_s, app.namespaceName},
        {u"regionId"_s, app.regionId},
        {u"appType"_s, app.appType},
        {u"programmingLanguage"_s, app.programmingLanguage},
        {u"imageUrl"_s, app.imageUrl},
        {u"packageUrl"_s, app.packageUrl},
        {u"baseAppId"_s, app.baseAppId},
        {u"cpuMillicores"_s, app.cpuMillicores},
        {u"memoryMb"_s, app.memoryMb},
        {u"targetInstances"_s, app.targetInstances},
        {u"runningInstances"_s, app.runningInstances},
        {u"deleting"_s, app.deleting},
        {u"tags"_s, tags},
    };
}

Application readApplication(StrictReader &reader, const QJsonObject &object, const QString &path)
{
    Application app;
    app.appId = reader.string(object, u"appId"_s, path);
    app.appName = reader.string(object, u"appName"_s, path);
    app.description = reader.string(object, u"description"_s, path);
    app.namespaceId = reader.string(object, u"namespaceId"_s, path);
    app.namespaceName = reader.string(object, u"namespaceName"_s, path);
    app.regionId = reader.string(object, u"regionId"_s, path);
    app.appType = reader.string(object, u"appType"_s, path);
    app.programmingLanguage = reader.string(object, u"programmingLanguage"_s, path);
    app.imageUrl = reader.string(object, u"imageUrl"_s, path);
    app.packageUrl = reader.string(object, u"packageUrl"_s, path);
    app.baseAppId = reader.string(object, u"baseAppId"_s, path);
    app.cpuMillicores = int(reader.integer(object, u"cpuMillicores"_s, path));
    app.memoryMb = int(reader.integer(object, u"memoryMb"_s, path));
    app.targetInstances = int(reader.integer(object, u"targetInstances"_s, path));
    app.runningInstances = int(reader.integer(object, u"runningInstances"_s, path));
    app.deleting = reader.boolean(object, u"deleting"_s, path);
    const QJsonArray tags = reader.array(object, u"tags"_s, path);
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString tagPath = u"%1.tags[%2]"_s.arg(path).arg(i);
        const QJsonObject tag = reader.object(tags.at(i), tagPath);
        app.tags.append({reader.string(tag, u"key"_s, tagPath), reader.string(tag, u"value"_s, tagPath)});
    }
    return app;
}

QJsonObject groupJson(const ApplicationGroup &group)
{
    return {
        {u"groupId"_s, group.groupId},
        {u"groupName"_s, group.groupName},
        {u"groupType"_s, group.groupType},
        {u"packageType"_s, group.packageType},
        {u"imageUrl"_s, group.imageUrl},
        {u"packageUrl"_s, group.packageUrl},
        {u"packageVersion"_s, group.packageVersion},
        {u"jdk"_s, group.jdk},
        {u"webContainer"_s, group.webContainer},
        {u"replicas"_s, group.replicas},
        {u"runningInstances"_s, group.runningInstances},
    };
}

ApplicationGroup readGroup(StrictReader &reader, const QJsonObject &object, const QString &path)
{
    ApplicationGroup group;
    group.groupId = reader.string(object, u"groupId"_s, path);
    group.groupName = reader.string(object, u"groupName"_s, path);
    group.groupType = int(reader.integer(object, u"groupType"_s, path));
    group.packageType = reader.string(object, u"packageType"_s, path);
    group.imageUrl = reader.string(object, u"imageUrl"_s, path);
    group.packageUrl = reader.string(object, u"packageUrl"_s, path);
    group.packageVersion = reader.string(object, u"packageVersion"_s, path);
    group.jdk = reader.string(object, u"jdk"_s, path);
    group.webContainer = reader.string(object, u"webContainer"_s, path);
    group.replicas = int(reader.integer(object, u"replicas"_s, path));
    group.runningInstances = int(reader.integer(object, u"runningInstances"_s, path));
    return group;
}

QJsonObject instanceJson(const Instance &instance, InstanceFate fate)
{
    return {
        {u"instanceId"_s, instance.instanceId},
        {u"groupId"_s, instance.groupId},
        {u"status"_s, instance.statusText},
        {u"health"_s, instance.healthText},
        {u"unhealthyMessage"_s, instance.unhealthyMessage},
        {u"restarts"_s, instance.restarts},
        {u"ip"_s, instance.ip},
        {u"eip"_s, instance.eip},
        {u"vSwitchId"_s, instance.vSwitchId},
        {u"imageUrl"_s, instance.imageUrl},
        {u"packageVersion"_s, instance.packageVersion},
        {u"createdAt"_s, timeText(instance.createdAt)},
        {u"readyAt"_s, timeText(instance.readyAt)},
        {u"fate"_s, fateName(fate)},
    };
}

Instance readInstance(StrictReader &reader, const QJsonObject &object, const QString &path,
                      InstanceFate *fate)
{
    Instance instance;
    instance.instanceId = reader.string(object, u"instanceId"_s, path);
    instance.groupId = reader.string(object, u"groupId"_s, path);
    instance.statusText = reader.string(object, u"status"_s, path);
    instance.status = instanceStatusFromWire(instance.statusText);
    instance.healthText = reader.string(object, u"health"_s, path);
    instance.health = instanceHealthFromWire(instance.healthText);
    instance.unhealthyMessage = reader.string(object, u"unhealthyMessage"_s, path);
    instance.restarts = reader.integer(object, u"restarts"_s, path);
    instance.ip = reader.string(object, u"ip"_s, path);
    instance.eip = reader.string(object, u"eip"_s, path);
    instance.vSwitchId = reader.string(object, u"vSwitchId"_s, path);
    instance.imageUrl = reader.string(object, u"imageUrl"_s, path);
    instance.packageVersion = reader.string(object, u"packageVersion"_s, path);
    instance.createdAt = reader.time(object, u"createdAt"_s, path);
    instance.readyAt = reader.time(object, u"readyAt"_s, path);
    const std::optional<InstanceFate> parsedFate = fateFromName(reader.string(object, u"fate"_s, path));
    if (!parsedFate)
        reader.fail(path + u".fate"_s,
                    u"one of Healthy, CrashLoop, ImagePullFailure, ReadinessFailure, Unschedulable"_s);
    *fate = parsedFate.value_or(InstanceFate::Healthy);
    return instance;
}

QJsonObject eventJson(const FleetEvent &event)
{
    return {
        {u"appId"_s, event.appId},
        {u"namespaceId"_s, event.namespaceId},
        {u"eventType"_s, event.eventType},
        {u"objectKind"_s, event.objectKind},
        {u"objectName"_s, event.objectName},
        {u"reason"_s, event.reason},
        {u"message"_s, event.message},
        {u"causeAnalysis"_s, event.causeAnalysis},
        {u"firstSeen"_s, timeText(event.firstSeen)},
        {u"lastSeen"_s, timeText(event.lastSeen)},
        {u"count"_s, event.count},
    };
}

FleetEvent readEvent(StrictReader &reader, const QJsonObject &object, const QString &path)
{
    FleetEvent event;
    event.appId = reader.string(object, u"appId"_s, path);
    event.namespaceId = reader.string(object, u"namespaceId"_s, path);
    event.eventType = reader.string(object, u"eventType"_s, path);
    event.objectKind = reader.string(object, u"objectKind"_s, path);
    event.objectName = reader.string(object, u"objectName"_s, path);
    event.reason = reader.string(object, u"reason"_s, path);
    event.message = reader.string(object, u"message"_s, path);
    event.causeAnalysis = reader.string(object, u"causeAnalysis"_s, path);
    event.firstSeen = reader.time(object, u"firstSeen"_s, path);
    event.lastSeen = reader.time(object, u"lastSeen"_s, path);
    event.count = int(reader.integer(object, u"count"_s, path));
    return event;
}

QJsonObject pipelineJson(const Pipeline &pipeline)
{
    return {
        {u"pipelineId"_s, pipeline.pipelineId},
        {u"name"_s, pipeline.name},
        {u"status"_s, int(pipeline.status)},
        {u"instanceCount"_s, pipeline.instanceCount},
        {u"gray"_s, pipeline.gray},
        {u"startedAt"_s, timeText(pipeline.startedAt)},
        {u"updatedAt"_s, timeText(pipeline.updatedAt)},
        {u"message"_s, pipeline.message},
        {u"createdInstances"_s, QJsonArray::fromStringList(pipeline.createdInstances)},
    };
}

QStringList readStrings(StrictReader &reader, const QJsonObject &object, const QString &key,
                        const QString &path)
{
    QStringList strings;
    const QJsonArray array = reader.array(object, key, path);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            reader.fail(u"%1.%2[%3]"_s.arg(path, key).arg(i), u"a string"_s);
        strings.append(array.at(i).toString());
    }
    return strings;
}

Pipeline readPipeline(StrictReader &reader, const QJsonObject &object, const QString &path)
{
    Pipeline pipeline;
    pipeline.pipelineId = reader.string(object, u"pipelineId"_s, path);
    pipeline.name = reader.string(object, u"name"_s, path);
    pipeline.status = ChangeOrderStatus(reader.integer(object, u"status"_s, path));
    pipeline.instanceCount = int(reader.integer(object, u"instanceCount"_s, path));
    pipeline.gray = reader.boolean(object, u"gray"_s, path);
    pipeline.startedAt = reader.time(object, u"startedAt"_s, path);
    pipeline.updatedAt = reader.time(object, u"updatedAt"_s, path);
    pipeline.message = reader.string(object, u"message"_s, path);
    pipeline.createdInstances = readStrings(reader, object, u"createdInstances"_s, path);
    return pipeline;
}

QJsonObject changeOrderJson(const EmulatedChangeOrder &changeOrder)
{
    const ChangeOrder &order = changeOrder.order;
    QJsonArray pipelines;
    for (const Pipeline &pipeline : order.pipelines)
        pipelines.append(pipelineJson(pipeline));
    return {
        {u"changeOrderId"_s, order.changeOrderId},
        {u"appId"_s, order.appId},
        {u"appName"_s, order.appName},
        {u"coTypeCode"_s, order.coTypeCode},
        {u"description"_s, order.description},
        {u"status"_s, int(order.status)},
        {u"subStatus"_s, order.subStatus},
        {u"autoRelease"_s, order.autoRelease},
        {u"batchWaitMinutes"_s, order.batchWaitMinutes},
        {u"updateStrategy"_s, order.updateStrategyJson},
        {u"errorMessage"_s, order.errorMessage},
        {u"supportRollback"_s, order.supportRollback},
        {u"createdAt"_s, timeText(order.createdAt)},
        {u"finishedAt"_s, timeText(order.finishedAt)},
        {u"pipelines"_s, pipelines},
        {u"currentPipeline"_s, order.currentPipeline},
        {u"targetImageUrl"_s, changeOrder.targetImageUrl},
        {u"targetVersion"_s, changeOrder.targetVersion},
        {u"previousImageUrl"_s, changeOrder.previousImageUrl},
        {u"previousVersion"_s, changeOrder.previousVersion},
        {u"targetReplicas"_s, changeOrder.targetReplicas},
        {u"targetInstances"_s, QJsonArray::fromStringList(changeOrder.targetInstances)},
        {u"removeBeforeReplacing"_s, changeOrder.removeBeforeReplacing},
        {u"minReady"_s, changeOrder.minReady},
        {u"batchNewInstances"_s, QJsonArray::fromStringList(changeOrder.batchNewInstances)},
        {u"batchOldInstances"_s, QJsonArray::fromStringList(changeOrder.batchOldInstances)},
        {u"phaseDue"_s, timeText(changeOrder.phaseDue)},
    };
}

EmulatedChangeOrder readChangeOrder(StrictReader &reader, const QJsonObject &object, const QString &path)
{
    EmulatedChangeOrder changeOrder;
    ChangeOrder &order = changeOrder.order;
    order.changeOrderId = reader.string(object, u"changeOrderId"_s, path);
    order.appId = reader.string(object, u"appId"_s, path);
    order.appName = reader.string(object, u"appName"_s, path);
    order.coTypeCode = reader.string(object, u"coTypeCode"_s, path);
    order.description = reader.string(object, u"description"_s, path);
    order.status = ChangeOrderStatus(reader.integer(object, u"status"_s, path));
    order.subStatus = int(reader.integer(object, u"subStatus"_s, path));
    order.autoRelease = reader.boolean(object, u"autoRelease"_s, path);
    order.batchWaitMinutes = int(reader.integer(object, u"batchWaitMinutes"_s, path));
    order.updateStrategyJson = reader.string(object, u"updateStrategy"_s, path);
    order.errorMessage = reader.string(object, u"errorMessage"_s, path);
    order.supportRollback = reader.boolean(object, u"supportRollback"_s, path);
    order.createdAt = reader.time(object, u"createdAt"_s, path);
    order.finishedAt = reader.time(object, u"finishedAt"_s, path);
    const QJsonArray pipelines = reader.array(object, u"pipelines"_s, path);
    for (qsizetype i = 0; i < pipelines.size() && !reader.failed(); ++i) {
        const QString pipelinePath = u"%1.pipelines[%2]"_s.arg(path).arg(i);
        order.pipelines.append(
            readPipeline(reader, reader.object(pipelines.at(i), pipelinePath), pipelinePath));
    }
    order.currentPipeline = int(reader.integer(object, u"currentPipeline"_s, path));
    if (!reader.failed() && !order.pipelines.isEmpty()
        && (order.currentPipeline < 0 || order.currentPipeline >= order.pipelines.size()))
        reader.fail(path + u".currentPipeline"_s, u"the index of one of its pipelines"_s);
    changeOrder.targetImageUrl = reader.string(object, u"targetImageUrl"_s, path);
    changeOrder.targetVersion = reader.string(object, u"targetVersion"_s, path);
    changeOrder.previousImageUrl = reader.string(object, u"previousImageUrl"_s, path);
    changeOrder.previousVersion = reader.string(object, u"previousVersion"_s, path);
    changeOrder.targetReplicas = int(reader.integer(object, u"targetReplicas"_s, path));
    changeOrder.targetInstances = readStrings(reader, object, u"targetInstances"_s, path);
    changeOrder.removeBeforeReplacing = reader.boolean(object, u"removeBeforeReplacing"_s, path);
    changeOrder.minReady = int(reader.integer(object, u"minReady"_s, path));
    changeOrder.batchNewInstances = readStrings(reader, object, u"batchNewInstances"_s, path);
    changeOrder.batchOldInstances = readStrings(reader, object, u"batchOldInstances"_s, path);
    changeOrder.phaseDue = reader.time(object, u"phaseDue"_s, path);
    return changeOrder;
}

} // namespace

QJsonObject toJson(const Fleet &fleet)
{
    QJsonArray namespaces;
    for (const Namespace &ns : fleet.namespaces)
        namespaces.append(namespaceJson(ns));
    QJsonArray applications;
    for (const EmulatedApplication &emulated : fleet.applications) {
        QJsonArray instances;
        for (const Instance &instance : emulated.instances)
            instances.append(instanceJson(instance, emulated.fateOf(instance.instanceId)));
        QJsonArray versions;
        for (const EmulatedAppVersion &version : emulated.versions) {
            versions.append(QJsonObject{{u"versionId"_s, version.versionId},
                                        {u"createdAt"_s, timeText(version.createdAt)},
                                        {u"imageUrl"_s, version.imageUrl},
                                        {u"packageUrl"_s, version.packageUrl},
                                        {u"version"_s, version.version}});
        }
        QJsonArray scalingRules;
        for (const ScalingRule &rule : emulated.scalingRules)
            scalingRules.append(ScalingRuleJson::ruleResponse(rule, true));
        applications.append(QJsonObject{
            {u"application"_s, applicationJson(emulated.application)},
            {u"group"_s, groupJson(emulated.group)},
            {u"instances"_s, instances},
            {u"scalingRules"_s, scalingRules},
            {u"replicasBeforeStop"_s, emulated.replicasBeforeStop},
            {u"peakRequestsPerSecond"_s, qint64(std::llround(emulated.peakRequestsPerSecond))},
            {u"versions"_s, versions},
            {u"createdAt"_s, timeText(emulated.createdAt)},
        });
    }
    QJsonArray events;
    for (const FleetEvent &event : fleet.events)
        events.append(eventJson(event));
    QJsonArray changeOrders;
    for (const EmulatedChangeOrder &changeOrder : fleet.changeOrders)
        changeOrders.append(changeOrderJson(changeOrder));
    return {
        {u"format"_s, QString::fromLatin1(formatName)},
        {u"version"_s, formatVersion},
        {u"regionId"_s, fleet.regionId},
        {u"simulatedUntil"_s, timeText(fleet.simulatedUntil)},
        {u"namespaces"_s, namespaces},
        {u"applications"_s, applications},
        {u"events"_s, events},
        {u"changeOrders"_s, changeOrders},
    };
}

std::variant<Fleet, QString> fromJson(const QJsonObject &document)
{
    if (document.value(u"format"_s).toString() != QLatin1StringView(formatName))
        return u"not an sae-emulator state file (no \"format\": \"%1\")"_s.arg(QLatin1StringView(formatName));
    if (document.value(u"version"_s).toInt(-1) != formatVersion)
        return u"state format version %1 is not supported (this emulator reads version %2)"_s
            .arg(document.value(u"version"_s).toVariant().toString())
            .arg(formatVersion);

    StrictReader reader;
    Fleet fleet;
    const QString root = u"$"_s;
    fleet.regionId = reader.string(document, u"regionId"_s, root);
    fleet.simulatedUntil = reader.time(document, u"simulatedUntil"_s, root);

    const QJsonArray namespaces = reader.array(document, u"namespaces"_s, root);
    for (qsizetype i = 0; i < namespaces.size() && !reader.failed(); ++i) {
        const QString path = u"$.namespaces[%1]"_s.arg(i);
        fleet.namespaces.append(readNamespace(reader, reader.object(namespaces.at(i), path), path));
    }

    const QJsonArray applications = reader.array(document, u"applications"_s, root);
    for (qsizetype i = 0; i < applications.size() && !reader.failed(); ++i) {
        const QString path = u"$.applications[%1]"_s.arg(i);
        const QJsonObject object = reader.object(applications.at(i), path);
        EmulatedApplication emulated;
        emulated.application =
            readApplication(reader, reader.object(object.value(u"application"_s), path + u".application"_s),
                            path + u".application"_s);
        emulated.group = readGroup(reader, reader.object(object.value(u"group"_s), path + u".group"_s),
                                   path + u".group"_s);
        emulated.createdAt = reader.time(object, u"createdAt"_s, path);
        emulated.replicasBeforeStop = int(reader.integer(object, u"replicasBeforeStop"_s, path));
        emulated.peakRequestsPerSecond = double(reader.integer(object, u"peakRequestsPerSecond"_s, path));
        const QJsonArray versions = reader.array(object, u"versions"_s, path);
        for (qsizetype j = 0; j < versions.size() && !reader.failed(); ++j) {
            const QString versionPath = u"%1.versions[%2]"_s.arg(path).arg(j);
            const QJsonObject entry = reader.object(versions.at(j), versionPath);
            EmulatedAppVersion version;
            version.versionId = reader.string(entry, u"versionId"_s, versionPath);
            version.createdAt = reader.time(entry, u"createdAt"_s, versionPath);
            version.imageUrl = reader.string(entry, u"imageUrl"_s, versionPath);
            version.packageUrl = reader.string(entry, u"packageUrl"_s, versionPath);
            version.version = reader.string(entry, u"version"_s, versionPath);
            emulated.versions.append(version);
        }
        const QJsonArray instances = reader.array(object, u"instances"_s, path);
        for (qsizetype j = 0; j < instances.size() && !reader.failed(); ++j) {
            const QString instancePath = u"%1.instances[%2]"_s.arg(path).arg(j);
            InstanceFate fate = InstanceFate::Healthy;
            const Instance instance =
                readInstance(reader, reader.object(instances.at(j), instancePath), instancePath, &fate);
            if (fate != InstanceFate::Healthy)
                emulated.instanceFates.insert(instance.instanceId, fate);
            emulated.instances.append(instance);
        }
        // Scaling rules are kept in SAE's own response shape, read back by the same code that
        // reads DescribeApplicationScalingRules.
        const QJsonArray scalingRules = reader.array(object, u"scalingRules"_s, path);
        for (qsizetype j = 0; j < scalingRules.size() && !reader.failed(); ++j) {
            const QString rulePath = u"%1.scalingRules[%2]"_s.arg(path).arg(j);
            emulated.scalingRules.append(
                ScalingRuleJson::ruleFromResponse(reader.object(scalingRules.at(j), rulePath)));
        }
        if (!reader.failed() && !fleet.findNamespace(emulated.application.namespaceId))
            reader.fail(path + u".application.namespaceId"_s, u"the ID of one of the namespaces"_s);
        fleet.applications.append(std::move(emulated));
    }

    const QJsonArray events = reader.array(document, u"events"_s, root);
    for (qsizetype i = 0; i < events.size() && !reader.failed(); ++i) {
        const QString path = u"$.events[%1]"_s.arg(i);
        fleet.events.append(readEvent(reader, reader.object(events.at(i), path), path));
    }

    const QJsonArray changeOrders = reader.array(document, u"changeOrders"_s, root);
    for (qsizetype i = 0; i < changeOrders.size() && !reader.failed(); ++i) {
        const QString path = u"$.changeOrders[%1]"_s.arg(i);
        fleet.changeOrders.append(readChangeOrder(reader, reader.object(changeOrders.at(i), path), path));
    }

    if (reader.failed())
        return reader.error();
    return fleet;
}

} // namespace FleetState
