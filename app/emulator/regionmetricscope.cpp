#include "regionmetricscope.h"

#include "emulator/fleet.h"
#include "emulator/requestparameters.h"
#include "emulator/saeresponse.h"

namespace {

using namespace Qt::StringLiterals;

// Every emulated application is an ordinary (microservice) SAE application with CPU always
// allocated: SAE's Web applications, jobs and request-based CPU are not emulated, so asking
// for them finds nothing.
constexpr QStringView emulatedAppSource = u"micro_service";
constexpr QStringView emulatedCpuStrategy = u"always";

OperationResult notEmpty(const QString &name)
{
    return SaeResponse::error(400, u"InvalidParameter.NotEmpty"_s,
                              u"You must specify the parameter %1."_s.arg(name));
}

} // namespace

std::variant<RegionMetricScope, OperationResult>
RegionMetricScope::read(const RequestParameters &parameters, const Fleet &fleet, bool regionRequired)
{
    const QString regionId = parameters.value(u"RegionId"_s).value_or(QString());
    if (regionId.isEmpty() && regionRequired)
        return notEmpty(u"RegionId"_s);
    if (!regionId.isEmpty() && regionId != fleet.regionId) {
        // An SAE endpoint answers for its own region only.
        return SaeResponse::error(400, u"InvalidServerlessRegion.Unsupported"_s,
                                  u"The current region is not supported: %1"_s.arg(regionId));
    }
    RegionMetricScope scope;
    if (parameters.value(u"Limit"_s).value_or(QString()).isEmpty())
        return notEmpty(u"Limit"_s);
    if (auto error = parameters.integer(u"Limit"_s, &scope.m_limit, {0, maximumLimit}))
        return *error;
    scope.m_appSource = parameters.value(u"AppSource"_s).value_or(QString());
    if (!scope.m_appSource.isEmpty() && scope.m_appSource != u"micro_service" && scope.m_appSource != u"web"
        && scope.m_appSource != u"job")
        return SaeResponse::invalidParameter(u"AppSource"_s, u"must be micro_service, web or job"_s);
    scope.m_cpuStrategy = parameters.value(u"CpuStrategy"_s).value_or(QString());
    if (!scope.m_cpuStrategy.isEmpty() && scope.m_cpuStrategy != u"request"
        && scope.m_cpuStrategy != u"always")
        return SaeResponse::invalidParameter(u"CpuStrategy"_s, u"must be request or always"_s);
    return scope;
}

bool RegionMetricScope::includes(const EmulatedApplication &) const
{
    return (m_appSource.isEmpty() || m_appSource == emulatedAppSource)
           && (m_cpuStrategy.isEmpty() || m_cpuStrategy == emulatedCpuStrategy);
}
