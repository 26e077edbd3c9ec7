#include "deploymentapi.h"

#include "platform/changeorderjsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace DeploymentApi {

using namespace Qt::StringLiterals;

namespace {

ApiRequest mutation(const QByteArray &method, const QString &operation, const QString &action,
                    const QString &appId)
{
    ApiRequest request;
    request.method = method;
    request.path = u"/pop/v1/sam/app/"_s + operation;
    request.action = action;
    request.mutating = true;
    request.addQuery(u"AppId"_s, appId);
    request.summary.insert(u"AppId"_s, appId);
    return request;
}

void addInteger(ApiRequest *request, const QString &name, const std::optional<int> &value)
{
    if (!value)
        return;
    request->addQuery(name, *value);
    request->summary.insert(name, *value);
}

void addBoolean(ApiRequest *request, const QString &name, const std::optional<bool> &value)
{
    if (!value)
        return;
    request->addQuery(name, *value ? u"true"_s : u"false"_s);
    request->summary.insert(name, *value);
}

void addText(ApiRequest *request, const QString &name, const QString &value)
{
    if (value.isEmpty())
        return;
    request->addQuery(name, value);
    request->summary.insert(name, value);
}

/// The ready minimum and AutoEnableApplicationScalingRule: what every rolling change takes.
void addReadyMinimum(ApiRequest *request, const ReleaseOptions &release)
{
    addInteger(request, u"MinReadyInstances"_s, release.minReadyInstances);
    addInteger(request, u"MinReadyInstanceRatio"_s, release.minReadyInstanceRatio);
    addBoolean(request, u"AutoEnableApplicationScalingRule"_s, release.autoEnableScalingRules);
}

/// Deploy and Rollback also take the strategy and the wait between batches.
void addRelease(ApiRequest *request, const ReleaseOptions &release)
{
    if (release.updateStrategy) {
        // A single batch is sent as "" (reference 8.2): what the user reviewed is what runs,
        // rather than whatever strategy the application had before.
        const QString json = release.updateStrategy->toJson();
        request->addQuery(u"UpdateStrategy"_s, json);
        request->summary.insert(u"UpdateStrategy"_s,
                                json.isEmpty() ? QJsonValue(QString())
                                               : QJsonValue(QJsonDocument::fromJson(json.toUtf8()).object()));
    }
    addInteger(request, u"BatchWaitTime"_s, release.batchWaitTime);
    addReadyMinimum(request, release);
}

/// A package URL as the journal keeps it: no query (OSS signs URLs there), no user info.
QString withoutSecrets(const QString &url)
{
    return QUrl(url).adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

ApiRequest instanceMutation(const QString &operation, const QString &action, const QString &appId,
                            const QStringList &instanceIds)
{
    ApiRequest request = mutation("PUT", operation, action, appId);
    QStringList ids;
    for (const QString &id : instanceIds) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !ids.contains(trimmed))
            ids.append(trimmed);
    }
    request.addQuery(u"InstanceIds"_s, ids.join(u','));
    request.summary.insert(u"InstanceIds"_s, QJsonArray::fromStringList(ids));
    return request;
}

} // namespace

ApiCall<ChangeOrderTicket> deployApplication(const DeploymentPlan &plan)
{
    ApiRequest request = mutation("POST", u"deployApplication"_s, u"DeployApplication"_s, plan.appId);
    addText(&request, u"PackageType"_s, plan.packageType);
    if (plan.deploysImage()) {
        addText(&request, u"ImageUrl"_s, plan.imageUrl);
        if (!plan.acrInstanceId.isEmpty()) {
            request.form.append({u"AcrInstanceId"_s, plan.acrInstanceId}); // a body parameter (1.2)
            request.summary.insert(u"AcrInstanceId"_s, plan.acrInstanceId);
        }
    } else {
        request.addQuery(u"PackageUrl"_s, plan.packageUrl);
        request.summary.insert(u"PackageUrl"_s, withoutSecrets(plan.packageUrl));
        addText(&request, u"PackageVersion"_s, plan.packageVersion);
        addText(&request, u"Jdk"_s, plan.jdk);
        addText(&request, u"WebContainer"_s, plan.webContainer);
    }
    addInteger(&request, u"Replicas"_s, plan.replicas);
    addInteger(&request, u"Cpu"_s, plan.cpuMillicores);
    addInteger(&request, u"Memory"_s, plan.memoryMb);
    if (plan.envs) {
        request.addQuery(u"Envs"_s, EnvironmentVariable::listToJson(*plan.envs));
        QJsonArray names; // values may be secrets: the journal keeps the names
        for (const EnvironmentVariable &variable : *plan.envs)
            names.append(variable.name);
        request.summary.insert(u"Envs"_s, names);
    }
    addRelease(&request, plan.release);
    addText(&request, u"ChangeOrderDesc"_s, plan.changeOrderDescription);
    return {request, &ChangeOrderJsonReader::ticket};
}

ApiCall<ChangeOrderTicket> rollbackApplication(const QString &appId, const QString &versionId,
                                               const ReleaseOptions &release)
{
    ApiRequest request = mutation("PUT", u"rollbackApplication"_s, u"RollbackApplication"_s, appId);
    request.addQuery(u"VersionId"_s, versionId);
    request.summary.insert(u"VersionId"_s, versionId);
    addRelease(&request, release);
    return {request, &ChangeOrderJsonReader::ticket};
}

ApiCall<ChangeOrderTicket> rescaleApplication(const QString &appId, int replicas,
                                              const ReleaseOptions &release)
{
    ApiRequest request = mutation("PUT", u"rescaleApplication"_s, u"RescaleApplication"_s, appId);
    addInteger(&request, u"Replicas"_s, replicas);
    addReadyMinimum(&request, release);
    return {request, &ChangeOrderJsonReader::ticket};
}

ApiCall<ChangeOrderTicket> restartApplication(const QString &appId, const ReleaseOptions &release)
{
    ApiRequest request = mutation("PUT", u"restartApplication"_s, u"RestartApplication"_s, appId);
    addReadyMinimum(&request, release);
    return {request, &ChangeOrderJsonReader::ticket};
}

ApiCall<ChangeOrderTicket> stopApplication(const QString &appId)
{
    return {mutation("PUT", u"stopApplication"_s, u"StopApplication"_s, appId),
            &ChangeOrderJsonReader::ticket};
}

ApiCall<ChangeOrderTicket> startApplication(const QString &appId)
{
    return {mutation("PUT", u"startApplication"_s, u"StartApplication"_s, appId),
            &ChangeOrderJsonReader::ticket};
}

ApiCall<ChangeOrderTicket> restartInstances(const QString &appId, const QStringList &instanceIds)
{
    return {instanceMutation(u"restartInstances"_s, u"RestartInstances"_s, appId, instanceIds),
            &ChangeOrderJsonReader::ticket};
}

ApiCall<ChangeOrderTicket> deleteInstances(const QString &appId, const QStringList &instanceIds)
{
    return {instanceMutation(u"deleteInstances"_s, u"DeleteInstances"_s, appId, instanceIds),
            &ChangeOrderJsonReader::ticket};
}

} // namespace DeploymentApi
