#include "scalingruleoperations.h"

#include "core/scalingrulejson.h"
#include "core/scalingrulevalidator.h"
#include "emulator/emulatorclock.h"
#include "emulator/fleet.h"
#include "emulator/operationcontext.h"
#include "emulator/operationregistry.h"
#include "emulator/saeresponse.h"
#include "emulator/scalingengine.h"

#include <QJsonArray>

#include <optional>

namespace ScalingRuleOperations {

namespace {

using namespace Qt::StringLiterals;

const QString s_path = u"/pop/v1/sam/scale/applicationScalingRule"_s;

OperationResult refused(const ScalingRuleError &error)
{
    return SaeResponse::error(400, error.code, error.message);
}

/// Reference 7.1: a rule cannot be added or enabled while the application is changing ([I] the code
/// is the one the lifecycle operations answer with).
std::optional<OperationResult> refuseWhileChanging(const OperationContext &context,
                                                   const EmulatedApplication &application)
{
    if (!context.fleet->runningChangeOrder(application.application.appId))
        return std::nullopt;
    return SaeResponse::error(400, u"Application.ChangerOrderRunning"_s,
                              u"An application change process is in progress. Please try again later."_s);
}

OperationResult ruleNotFound()
{
    return SaeResponse::error(400, u"InvalidScalingRuleName.NotFound"_s,
                              u"The specified ScalingRuleName does not exist."_s);
}

/// Delete, Enable and Disable answer without Data (reference 9.2).
OperationResult successWithoutData()
{
    OperationResult result = SaeResponse::success(QJsonValue());
    result.body.remove(u"Data"_s);
    return result;
}

/// The application named by the mandatory AppId, or the error to answer with.
std::optional<OperationResult> findApplication(const OperationContext &context,
                                               const RequestParameters &parameters,
                                               EmulatedApplication **application)
{
    QString appId;
    if (auto error = parameters.string(u"AppId"_s, &appId, true))
        return error;
    *application = context.fleet->findApplication(appId);
    if (!*application)
        return SaeResponse::applicationNotFound();
    return std::nullopt;
}

/// The rule named by the mandatory ScalingRuleName, or the error to answer with.
std::optional<OperationResult> findRule(const RequestParameters &parameters, EmulatedApplication &application,
                                        ScalingRule **rule)
{
    QString name;
    if (auto error = parameters.string(u"ScalingRuleName"_s, &name, true))
        return error;
    for (ScalingRule &candidate : application.scalingRules) {
        if (candidate.name == name) {
            *rule = &candidate;
            return std::nullopt;
        }
    }
    return ruleNotFound();
}

/// A JSON-object parameter; absent, empty and `{}` (what Terraform sends for the unused part) are unset.
std::optional<OperationResult> jsonObject(const RequestParameters &parameters, const QString &name,
                                          std::optional<QJsonObject> *object)
{
    QJsonValue value;
    if (auto error = parameters.json(name, &value))
        return error;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject())
        return SaeResponse::invalidParameter(name, u"must be a JSON object"_s);
    if (!value.toObject().isEmpty())
        *object = value.toObject();
    return std::nullopt;
}

std::optional<OperationResult> readTimer(const RequestParameters &parameters,
                                         std::optional<ScalingTimer> *timer)
{
    std::optional<QJsonObject> json;
    if (auto error = jsonObject(parameters, u"ScalingRuleTimer"_s, &json))
        return error;
    if (!json)
        return std::nullopt;
    ScalingTimer read;
    if (auto error = ScalingRuleJson::readTimerRequest(*json, &read))
        return refused(*error);
    *timer = read;
    return std::nullopt;
}

std::optional<OperationResult> readMetric(const RequestParameters &parameters,
                                          std::optional<ScalingMetricPolicy> *metric)
{
    std::optional<QJsonObject> json;
    if (auto error = jsonObject(parameters, u"ScalingRuleMetric"_s, &json))
        return error;
    if (!json)
        return std::nullopt;
    ScalingMetricPolicy read;
    if (auto error = ScalingRuleJson::readMetricRequest(*json, &read))
        return refused(*error);
    *metric = read;
    return std::nullopt;
}

std::optional<OperationResult> readType(const RequestParameters &parameters, bool required,
                                        ScalingRuleType *type)
{
    QString text;
    if (auto error = parameters.string(u"ScalingRuleType"_s, &text, required))
        return error;
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<ScalingRuleType> parsed = scalingRuleTypeFromWire(text);
    if (!parsed)
        return SaeResponse::invalidParameter(u"ScalingRuleType"_s, u"must be timing, metric or mix"_s);
    *type = *parsed;
    return std::nullopt;
}

/// EnableIdle, MinReadyInstances and MinReadyInstanceRatio, shared by Create and Update.
std::optional<OperationResult> readReleaseOptions(const RequestParameters &parameters, ScalingRule *rule)
{
    if (auto error = parameters.boolean(u"EnableIdle"_s, &rule->enableIdle))
        return error;
    if (auto error = parameters.integer(u"MinReadyInstances"_s, &rule->minReadyInstances,
                                        {.minimum = -1, .maximum = 1000}))
        return error;
    if (auto error = parameters.integer(u"MinReadyInstanceRatio"_s, &rule->minReadyInstanceRatio,
                                        {.minimum = -1, .maximum = 100}))
        return error;
    return std::nullopt;
}

/// A rule keeps only the parts its type uses (reference 7.2).
void keepPartsOfItsType(ScalingRule *rule)
{
    if (rule->type == ScalingRuleType::Timing) {
        rule->metric.reset();
        rule->metricsStatus.reset();
    }
    if (rule->type == ScalingRuleType::Metric)
        rule->timer.reset();
}

QJsonObject describedRule(const EmulatedApplication &application, const ScalingRule &rule,
                          const QDateTime &now)
{
    ScalingRule described = rule;
    if (rule.hasMetricPart())
        described.metricsStatus = ScalingEngine::metricsStatusAt(application, rule, now);
    return ScalingRuleJson::ruleResponse(described, true);
}

OperationResult describeRules(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    EmulatedApplication *application = nullptr;
    if (auto error = findApplication(context, parameters, &application))
        return *error;
    const QDateTime now = context.clock->now();
    QJsonArray rules;
    for (const ScalingRule &rule : std::as_const(application->scalingRules))
        rules.append(describedRule(*application, rule, now));
    // The request has no paging; all of an application's rules (at most 5) fit the first page.
    return SaeResponse::success(QJsonObject{
        {u"ApplicationScalingRules"_s, rules},
        {u"CurrentPage"_s, 1},
        {u"PageSize"_s, 10},
        {u"TotalSize"_s, int(rules.size())},
    });
}

OperationResult describeRule(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    EmulatedApplication *application = nullptr;
    ScalingRule *rule = nullptr;
    if (auto error = findApplication(context, parameters, &application))
        return *error;
    if (auto error = findRule(parameters, *application, &rule))
        return *error;
    return SaeResponse::success(describedRule(*application, *rule, context.clock->now()));
}

OperationResult createRule(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    EmulatedApplication *application = nullptr;
    if (auto error = findApplication(context, parameters, &application))
        return *error;
    ScalingRule rule;
    rule.appId = application->application.appId;
    if (auto error = parameters.string(u"ScalingRuleName"_s, &rule.name, true))
        return *error;
    if (auto error = readType(parameters, true, &rule.type))
        return *error;
    if (auto error = readTimer(parameters, &rule.timer))
        return *error;
    if (auto error = readMetric(parameters, &rule.metric))
        return *error;
    // [I] The default of ScalingRuleEnable is not documented; a new rule is enabled, as in SAE's console.
    if (auto error = parameters.boolean(u"ScalingRuleEnable"_s, &rule.enabled))
        return *error;
    if (auto error = readReleaseOptions(parameters, &rule))
        return *error;
    keepPartsOfItsType(&rule);

    if (auto error = ScalingRuleValidator::checkCreate(rule, application->scalingRules))
        return refused(*error);
    if (rule.enabled) {
        if (auto error = refuseWhileChanging(context, *application))
            return *error;
    }
    rule.createdAt = context.clock->now();
    rule.updatedAt = rule.createdAt;
    application->scalingRules.append(rule);
    return SaeResponse::success(ScalingRuleJson::ruleResponse(rule, false));
}

OperationResult updateRule(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    EmulatedApplication *application = nullptr;
    ScalingRule *rule = nullptr;
    if (auto error = findApplication(context, parameters, &application))
        return *error;
    if (auto error = findRule(parameters, *application, &rule))
        return *error;
    ScalingRule updated = *rule;
    if (auto error = readType(parameters, false, &updated.type))
        return *error;
    std::optional<ScalingTimer> timer;
    std::optional<ScalingMetricPolicy> metric;
    if (auto error = readTimer(parameters, &timer))
        return *error;
    if (auto error = readMetric(parameters, &metric))
        return *error;
    if (timer)
        updated.timer = timer;
    if (metric)
        updated.metric = metric;
    if (auto error = readReleaseOptions(parameters, &updated))
        return *error;
    keepPartsOfItsType(&updated);

    if (auto error = ScalingRuleValidator::checkUpdate(updated, application->scalingRules))
        return refused(*error);
    updated.updatedAt = context.clock->now();
    *rule = updated;
    return SaeResponse::success(ScalingRuleJson::ruleResponse(updated, false));
}

OperationResult deleteRule(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    EmulatedApplication *application = nullptr;
    ScalingRule *rule = nullptr;
    if (auto error = findApplication(context, parameters, &application))
        return *error;
    if (auto error = findRule(parameters, *application, &rule))
        return *error;
    const QString name = rule->name;
    application->scalingRules.removeIf(
        [&name](const ScalingRule &candidate) { return candidate.name == name; });
    return successWithoutData();
}

/// Enable and Disable; switching to the state a rule is already in succeeds, so retries are safe.
OperationResult setEnabled(const OperationContext &context, const GatewayRequest &request, bool enabled)
{
    const RequestParameters parameters = context.parameters(request);
    EmulatedApplication *application = nullptr;
    ScalingRule *rule = nullptr;
    if (auto error = findApplication(context, parameters, &application))
        return *error;
    if (auto error = findRule(parameters, *application, &rule))
        return *error;
    if (rule->enabled == enabled)
        return successWithoutData();
    if (enabled) {
        // A rule stored before a limit changed must not start scaling past it.
        if (auto error = ScalingRuleValidator::checkUpdate(*rule, application->scalingRules))
            return refused(*error);
        if (auto error = refuseWhileChanging(context, *application))
            return *error;
    }
    const QDateTime now = context.clock->now();
    rule->enabled = enabled;
    rule->updatedAt = now;
    if (!enabled)
        rule->lastDisabledAt = now;
    return successWithoutData();
}

} // namespace

void registerRoutes(OperationRegistry &registry, const OperationContext &context)
{
    registry.addRoa("GET", u"/pop/v1/sam/scale/applicationScalingRules"_s,
                    u"DescribeApplicationScalingRules"_s, context, describeRules);
    registry.addRoa("GET", s_path, u"DescribeApplicationScalingRule"_s, context, describeRule);
    registry.addRoa("POST", s_path, u"CreateApplicationScalingRule"_s, context, createRule);
    registry.addRoa("PUT", s_path, u"UpdateApplicationScalingRule"_s, context, updateRule);
    registry.addRoa("DELETE", s_path, u"DeleteApplicationScalingRule"_s, context, deleteRule);
    registry.addRoa("PUT", u"/pop/v1/sam/scale/enableApplicationScalingRule"_s,
                    u"EnableApplicationScalingRule"_s,
                    [context](const GatewayRequest &request) { return setEnabled(context, request, true); });
    registry.addRoa("PUT", u"/pop/v1/sam/scale/disableApplicationScalingRule"_s,
                    u"DisableApplicationScalingRule"_s,
                    [context](const GatewayRequest &request) { return setEnabled(context, request, false); });
}

} // namespace ScalingRuleOperations
