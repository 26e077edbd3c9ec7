#include "scalingruleapi.h"

#include "core/scalingrulejson.h"
#include "platform/saejsonreader.h"
#include "platform/scalingrulejsonreader.h"

#include <QJsonDocument>

namespace ScalingRuleApi {

using namespace Qt::StringLiterals;

namespace {

const QString s_rulePath = u"/pop/v1/sam/scale/applicationScalingRule"_s;

ApiRequest request(const QByteArray &method, const QString &path, const QString &action, const QString &appId)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.action = action;
    request.addQuery(u"AppId"_s, appId);
    return request;
}

/// A mutation of the rule `name`: AppId and ScalingRuleName, in the query and the summary.
ApiRequest mutation(const QByteArray &method, const QString &path, const QString &action,
                    const QString &appId, const QString &name)
{
    ApiRequest change = request(method, path, action, appId);
    change.addQuery(u"ScalingRuleName"_s, name);
    change.mutating = true;
    change.summary = {{u"AppId"_s, appId}, {u"ScalingRuleName"_s, name}};
    return change;
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

/// The type, the parts it uses and the ready minimum: what Create and Update share.
void addRule(ApiRequest *request, const ScalingRule &rule)
{
    const QString type = toWire(rule.type);
    request->addQuery(u"ScalingRuleType"_s, type);
    request->summary.insert(u"ScalingRuleType"_s, type);
    if (rule.timer && rule.type != ScalingRuleType::Metric) {
        const QJsonObject timer = ScalingRuleJson::timerRequest(*rule.timer);
        request->addQuery(u"ScalingRuleTimer"_s, compact(timer));
        request->summary.insert(u"ScalingRuleTimer"_s, timer);
    }
    if (rule.metric && rule.type != ScalingRuleType::Timing) {
        const QJsonObject metric = ScalingRuleJson::metricRequest(*rule.metric);
        request->addQuery(u"ScalingRuleMetric"_s, compact(metric));
        request->summary.insert(u"ScalingRuleMetric"_s, metric);
    }
    request->addQuery(u"MinReadyInstances"_s, rule.minReadyInstances)
        .addQuery(u"MinReadyInstanceRatio"_s, rule.minReadyInstanceRatio);
    request->summary.insert(u"MinReadyInstances"_s, rule.minReadyInstances);
    request->summary.insert(u"MinReadyInstanceRatio"_s, rule.minReadyInstanceRatio);
    if (rule.enableIdle) { // a newer, sparsely documented flag: sent only when asked for
        request->addQuery(u"EnableIdle"_s, u"true"_s);
        request->summary.insert(u"EnableIdle"_s, true);
    }
}

} // namespace

ApiCall<QList<ScalingRule>> describeScalingRules(const QString &appId)
{
    return {request("GET", u"/pop/v1/sam/scale/applicationScalingRules"_s,
                    u"DescribeApplicationScalingRules"_s, appId),
            &ScalingRuleJsonReader::rules};
}

ApiCall<ScalingRule> describeScalingRule(const QString &appId, const QString &name)
{
    ApiRequest describe = request("GET", s_rulePath, u"DescribeApplicationScalingRule"_s, appId);
    describe.addQuery(u"ScalingRuleName"_s, name);
    return {describe, &ScalingRuleJsonReader::rule};
}

ApiCall<ScalingRule> createScalingRule(const ScalingRule &rule)
{
    ApiRequest create =
        mutation("POST", s_rulePath, u"CreateApplicationScalingRule"_s, rule.appId, rule.name);
    addRule(&create, rule);
    create.addQuery(u"ScalingRuleEnable"_s, rule.enabled ? u"true"_s : u"false"_s);
    create.summary.insert(u"ScalingRuleEnable"_s, rule.enabled);
    return {create, &ScalingRuleJsonReader::rule};
}

ApiCall<ScalingRule> updateScalingRule(const ScalingRule &rule)
{
    ApiRequest update = mutation("PUT", s_rulePath, u"UpdateApplicationScalingRule"_s, rule.appId, rule.name);
    addRule(&update, rule);
    return {update, &ScalingRuleJsonReader::rule};
}

ApiCall<Acknowledgement> deleteScalingRule(const QString &appId, const QString &name)
{
    return {mutation("DELETE", s_rulePath, u"DeleteApplicationScalingRule"_s, appId, name),
            &SaeJsonReader::acknowledgement};
}

ApiCall<Acknowledgement> enableScalingRule(const QString &appId, const QString &name)
{
    return {mutation("PUT", u"/pop/v1/sam/scale/enableApplicationScalingRule"_s,
                     u"EnableApplicationScalingRule"_s, appId, name),
            &SaeJsonReader::acknowledgement};
}

ApiCall<Acknowledgement> disableScalingRule(const QString &appId, const QString &name)
{
    return {mutation("PUT", u"/pop/v1/sam/scale/disableApplicationScalingRule"_s,
                     u"DisableApplicationScalingRule"_s, appId, name),
            &SaeJsonReader::acknowledgement};
}

} // namespace ScalingRuleApi
