#include "regionmetricoperations.h"

#include "emulator/changeorderstatistics.h"
#include "emulator/fleet.h"
#include "emulator/operationcontext.h"
#include "emulator/operationregistry.h"
#include "emulator/regionmetricscope.h"
#include "emulator/saeresponse.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>

namespace RegionMetricOperations {

namespace {

using namespace Qt::StringLiterals;

/// The change-order types of reference 6.1, for GetChangeOrderMetric's CoType.
constexpr std::array<QStringView, 22> s_changeOrderTypes{
    u"CoBindSlb",
    u"CoUnbindSlb",
    u"CoCreateApp",
    u"CoDeleteApp",
    u"CoDeploy",
    u"CoRestartApplication",
    u"CoRollback",
    u"CoScaleIn",
    u"CoScaleOut",
    u"CoStart",
    u"CoStartApplication",
    u"CoStop",
    u"CoStopApplication",
    u"CoRescaleApplicationVertically",
    u"CoDeployHistroy",
    u"CoBindNas",
    u"CoUnbindNas",
    u"CoBatchStartApplication",
    u"CoBatchStopApplication",
    u"CoRestartInstances",
    u"CoDeleteInstances",
    u"CoScaleInAppWithInstances",
};

/// One application's line in a ranking, with what it is ranked by: the measure, then the
/// tie-break, both descending, then the name and ID so that equal lines keep a stable order.
struct RankedEntry
{
    QJsonObject entry;
    double measure = 0;
    double tieBreak = 0;
    QString name;
    QString appId;
};

QJsonArray top(QList<RankedEntry> ranked, int limit)
{
    std::sort(ranked.begin(), ranked.end(), [](const RankedEntry &a, const RankedEntry &b) {
        if (a.measure != b.measure)
            return a.measure > b.measure;
        if (a.tieBreak != b.tieBreak)
            return a.tieBreak > b.tieBreak;
        if (a.name != b.name)
            return a.name < b.name;
        return a.appId < b.appId;
    });
    QJsonArray data;
    for (qsizetype i = 0; i < ranked.size() && i < limit; ++i)
        data.append(ranked.at(i).entry);
    return data;
}

/// The Get*Metric answers carry no TraceId (reference 1.4) and a plain array as Data.
OperationResult ranking(QList<RankedEntry> ranked, int limit)
{
    return SaeResponse::successWithoutTraceId(top(std::move(ranked), limit));
}

OperationResult notEmpty(const QString &name)
{
    return SaeResponse::error(400, u"InvalidParameter.NotEmpty"_s,
                              u"You must specify the parameter %1."_s.arg(name));
}

/// Serving as it should: Running, with no health check failing or still to pass.
bool isNormal(const Instance &instance)
{
    return instance.status == InstanceStatus::Running && !isFailure(instance.health)
           && instance.health != InstanceHealth::NotCheckedYet
           && instance.health != InstanceHealth::Unrecognised;
}

bool hasEnabledScalingRule(const EmulatedApplication &application)
{
    return std::any_of(application.scalingRules.cbegin(), application.scalingRules.cend(),
                       [](const ScalingRule &rule) { return rule.enabled; });
}

/// The most instances the enabled scaling rules may run: a metric or mix rule's maxReplicas, the
/// largest maximum or target of a schedule.
int scalingCeiling(const EmulatedApplication &application)
{
    int ceiling = 0;
    for (const ScalingRule &rule : application.scalingRules) {
        if (!rule.enabled)
            continue;
        if (rule.metric && rule.metric->maxReplicas)
            ceiling = qMax(ceiling, *rule.metric->maxReplicas);
        if (rule.timer) {
            for (const ScalingTimer::Schedule &schedule : rule.timer->schedules) {
                ceiling = qMax(ceiling, schedule.maxReplicas.value_or(0));
                ceiling = qMax(ceiling, schedule.targetReplicas.value_or(0));
            }
        }
    }
    return ceiling;
}

/// How many of an event's occurrences fall within [start, end]. A folded event (count > 1) is
/// taken to have recurred evenly from its first to its last time, as the fleet's lasting trouble
/// does (a probe, a back-off, a scheduling attempt every few minutes).
qint64 occurrencesWithin(const FleetEvent &event, qint64 startMs, qint64 endMs)
{
    const qint64 first = event.firstSeen.toMSecsSinceEpoch();
    const qint64 last = event.lastSeen.isValid() ? event.lastSeen.toMSecsSinceEpoch() : first;
    if (last < startMs || first > endMs)
        return 0;
    if (event.count <= 1 || last == first)
        return event.count;
    const double step = double(last - first) / double(event.count - 1);
    const qint64 lowest = qMax<qint64>(0, qint64(std::ceil(double(startMs - first) / step)));
    const qint64 highest = qMin<qint64>(event.count - 1, qint64(std::floor(double(endMs - first) / step)));
    return qMax<qint64>(0, highest - lowest + 1);
}

std::variant<RegionMetricScope, OperationResult>
scopeOf(const OperationContext &context, const RequestParameters &parameters, bool regionRequired = false)
{
    return RegionMetricScope::read(parameters, *context.fleet, regionRequired);
}

OperationResult getAvailabilityMetric(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto read = scopeOf(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&read))
        return *error;
    const RegionMetricScope &scope = std::get<RegionMetricScope>(read);

    QList<RankedEntry> ranked;
    for (const EmulatedApplication &application : std::as_const(context.fleet->applications)) {
        if (!scope.includes(application))
            continue;
        const auto abnormal = std::count_if(application.instances.cbegin(), application.instances.cend(),
                                            [](const Instance &instance) { return !isNormal(instance); });
        if (abnormal == 0)
            continue; // only applications with abnormal instances are listed
        const Application &app = application.application;
        ranked.append({QJsonObject{
                           {u"AppId"_s, app.appId},
                           {u"EnableAutoscale"_s, hasEnabledScalingRule(application) ? 1 : 0},
                           {u"ErrorInstances"_s, qint64(abnormal)},
                           {u"Instances"_s, app.targetInstances},
                           {u"Name"_s, app.appName},
                           {u"RegionId"_s, app.namespaceId}, // "The namespace ID" (reference table)
                           {u"Runnings"_s, app.runningInstances},
                       },
                       double(abnormal), double(abnormal) / double(qMax(1, app.targetInstances)), app.appName,
                       app.appId});
    }
    return ranking(ranked, scope.limit());
}

OperationResult getScaleAppMetric(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto read = scopeOf(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&read))
        return *error;
    const RegionMetricScope &scope = std::get<RegionMetricScope>(read);

    // Ranked by how close the application runs to the ceiling of its scaling rules, then by size.
    QList<RankedEntry> ranked;
    for (const EmulatedApplication &application : std::as_const(context.fleet->applications)) {
        if (!scope.includes(application) || !hasEnabledScalingRule(application))
            continue;
        const Application &app = application.application;
        const int ceiling = qMax(scalingCeiling(application), app.targetInstances);
        ranked.append({QJsonObject{
                           {u"AppId"_s, app.appId},
                           {u"MaxReplicas"_s, ceiling},
                           {u"Name"_s, app.appName},
                           {u"RegionId"_s, app.namespaceId},
                           {u"Runnings"_s, app.runningInstances},
                       },
                       double(app.runningInstances) / double(qMax(1, ceiling)), double(app.runningInstances),
                       app.appName, app.appId});
    }
    return ranking(ranked, scope.limit());
}

OperationResult getWarningEventMetric(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto read = scopeOf(context, parameters, true);
    if (auto *error = std::get_if<OperationResult>(&read))
        return *error;
    const RegionMetricScope &scope = std::get<RegionMetricScope>(read);
    qint64 startMs = 0;
    qint64 endMs = 0;
    for (const auto &[name, value] : {std::pair{u"StartTime"_s, &startMs}, std::pair{u"EndTime"_s, &endMs}}) {
        if (parameters.value(name).value_or(QString()).isEmpty())
            return notEmpty(name);
        if (auto error = parameters.integer64(name, value, {0, std::numeric_limits<qint64>::max()}))
            return *error;
    }
    if (startMs > endMs)
        return SaeResponse::invalidParameter(u"StartTime"_s, u"must not be later than EndTime"_s);

    QHash<QString, qint64> warnings; // by application ID
    for (const FleetEvent &event : std::as_const(context.fleet->events)) {
        if (event.eventType == u"Warning")
            warnings[event.appId] += occurrencesWithin(event, startMs, endMs);
    }
    QList<RankedEntry> ranked;
    for (const EmulatedApplication &application : std::as_const(context.fleet->applications)) {
        const Application &app = application.application;
        const qint64 count = warnings.value(app.appId);
        if (count == 0 || !scope.includes(application))
            continue;
        ranked.append({QJsonObject{
                           {u"AppId"_s, app.appId},
                           {u"Name"_s, app.appName},
                           {u"RegionId"_s, app.namespaceId},
                           {u"WarningCount"_s, count},
                       },
                       double(count), 0, app.appName, app.appId});
    }
    return ranking(ranked, scope.limit());
}

OperationResult getChangeOrderMetric(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto read = scopeOf(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&read))
        return *error;
    const RegionMetricScope &scope = std::get<RegionMetricScope>(read);

    // CreateTime: the start of the window, epoch milliseconds in a string.
    const QString createTime = parameters.value(u"CreateTime"_s).value_or(QString());
    if (createTime.isEmpty())
        return notEmpty(u"CreateTime"_s);
    bool numeric = false;
    const qint64 sinceMs = createTime.trimmed().toLongLong(&numeric);
    if (!numeric || sinceMs < 0)
        return SaeResponse::invalidParameter(u"CreateTime"_s, u"must be a time in epoch milliseconds"_s);
    // OrderBy: a numeric field of the answer, in either spelling (errorPercent, ErrorPercent).
    const QString orderBy = parameters.value(u"OrderBy"_s).value_or(QString());
    if (orderBy.isEmpty())
        return notEmpty(u"OrderBy"_s);
    static constexpr std::array<QStringView, 5> orderFields{u"ErrorPercent", u"Error", u"Total",
                                                            u"AvgTimeCostMs", u"MaxTimeCostMs"};
    const auto orderField =
        std::find_if(orderFields.cbegin(), orderFields.cend(), [&orderBy](QStringView field) {
            return orderBy.compare(field, Qt::CaseInsensitive) == 0;
        });
    if (orderField == orderFields.cend())
        return SaeResponse::invalidParameter(
            u"OrderBy"_s, u"must be errorPercent, error, total, avgTimeCostMs or maxTimeCostMs"_s);
    const QString appId = parameters.value(u"AppId"_s).value_or(QString());
    if (!appId.isEmpty() && !context.fleet->findApplication(appId))
        return SaeResponse::applicationNotFound();
    const QString coType = parameters.value(u"CoType"_s).value_or(QString());
    if (!coType.isEmpty()
        && std::find(s_changeOrderTypes.cbegin(), s_changeOrderTypes.cend(), coType)
               == s_changeOrderTypes.cend())
        return SaeResponse::invalidParameter(u"CoType"_s, u"not a change-order type: %1"_s.arg(coType));

    QHash<QString, ChangeOrderStatistics> statistics; // by application ID
    for (const EmulatedChangeOrder &changeOrder : std::as_const(context.fleet->changeOrders)) {
        const ChangeOrder &order = changeOrder.order;
        if (order.createdAt.toMSecsSinceEpoch() < sinceMs || (!appId.isEmpty() && order.appId != appId)
            || (!coType.isEmpty() && order.coTypeCode != coType))
            continue;
        statistics[order.appId].add(order);
    }
    QList<RankedEntry> ranked;
    for (const EmulatedApplication &application : std::as_const(context.fleet->applications)) {
        const Application &app = application.application;
        const auto found = statistics.constFind(app.appId);
        if (found == statistics.cend() || !scope.includes(application))
            continue;
        const ChangeOrderStatistics &orders = *found;
        const double errorPercent = std::round(orders.errorPercent() * 10000.0) / 10000.0;
        const std::optional<double> taskTime = orders.averageTaskTimeCostMs();
        const std::array<double, 5> measures{errorPercent, double(orders.failed()), double(orders.total()),
                                             orders.averageTimeCostMs(), orders.maximumTimeCostMs()};
        ranked.append(
            {QJsonObject{
                 {u"AppId"_s, app.appId},
                 {u"AvgTimeCostMs"_s, std::round(orders.averageTimeCostMs())},
                 {u"Error"_s, orders.failed()},
                 {u"ErrorPercent"_s, errorPercent},
                 {u"MaxTimeCostMs"_s, orders.maximumTimeCostMs()},
                 {u"Name"_s, app.appName},
                 {u"OptimizeSuggestions"_s, orders.optimizeSuggestions()},
                 {u"RegionId"_s, app.namespaceId},
                 {u"TaskTimeCostMsAvg"_s, taskTime ? QString::number(qRound64(*taskTime)) : QString()},
                 {u"Total"_s, orders.total()},
             },
             measures.at(std::size_t(orderField - orderFields.cbegin())), double(orders.failed()),
             app.appName, app.appId});
    }
    return ranking(ranked, scope.limit());
}

} // namespace

void registerRoutes(OperationRegistry &registry, const OperationContext &context)
{
    registry.addRoa("GET", u"/pop/v1/sam/getAvailabilityMetric"_s, u"GetAvailabilityMetric"_s, context,
                    getAvailabilityMetric);
    registry.addRoa("GET", u"/pop/v1/sam/getScaleAppMetric"_s, u"GetScaleAppMetric"_s, context,
                    getScaleAppMetric);
    registry.addRoa("GET", u"/pop/v1/sam/getWarningEventMetric"_s, u"GetWarningEventMetric"_s, context,
                    getWarningEventMetric);
    registry.addRoa("GET", u"/pop/v1/sam/getChangeOrderMetric"_s, u"GetChangeOrderMetric"_s, context,
                    getChangeOrderMetric);
}

} // namespace RegionMetricOperations
