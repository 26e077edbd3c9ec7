#include "scalingmetrictype.h"

#include <array>

namespace {

using namespace Qt::StringLiterals;

struct MetricTypeNames
{
    ScalingMetricType type;
    QStringView wire;
    QStringView currentName;
    QStringView currentKind;
};

constexpr std::array<MetricTypeNames, 9> s_names{{
    {ScalingMetricType::Cpu, u"CPU", u"cpu", u"Resource"},
    {ScalingMetricType::Memory, u"MEMORY", u"memory", u"Resource"},
    {ScalingMetricType::Qps, u"QPS", u"arms_incall_qps_v2", u"External"},
    {ScalingMetricType::Rt, u"RT", u"arms_incall_rt", u"External"},
    {ScalingMetricType::TcpActiveConnections, u"tcpActiveConn", u"tcpActiveConn", u"Pods"},
    {ScalingMetricType::SlbQps, u"SLB_QPS", u"slb_incall_qps", u"External"},
    {ScalingMetricType::SlbRt, u"SLB_RT", u"slb_incall_rt", u"External"},
    {ScalingMetricType::IntranetSlbQps, u"INTRANET_SLB_QPS", u"intranet_slb_incall_qps", u"External"},
    {ScalingMetricType::IntranetSlbRt, u"INTRANET_SLB_RT", u"intranet_slb_incall_rt", u"External"},
}};

const MetricTypeNames &namesOf(ScalingMetricType type)
{
    return s_names.at(std::size_t(type));
}

} // namespace

std::optional<ScalingMetricType> scalingMetricTypeFromWire(QStringView text)
{
    for (const MetricTypeNames &names : s_names) {
        if (text.compare(names.wire, Qt::CaseInsensitive) == 0)
            return names.type;
    }
    return std::nullopt;
}

QString toWire(ScalingMetricType type)
{
    return namesOf(type).wire.toString();
}

QList<ScalingMetricType> allScalingMetricTypes()
{
    QList<ScalingMetricType> types;
    for (const MetricTypeNames &names : s_names)
        types.append(names.type);
    return types;
}

QString currentMetricName(ScalingMetricType type)
{
    return namesOf(type).currentName.toString();
}

QString currentMetricKind(ScalingMetricType type)
{
    return namesOf(type).currentKind.toString();
}

bool isPercentage(ScalingMetricType type)
{
    return type == ScalingMetricType::Cpu || type == ScalingMetricType::Memory;
}

bool needsSlb(ScalingMetricType type)
{
    switch (type) {
    case ScalingMetricType::SlbQps:
    case ScalingMetricType::SlbRt:
    case ScalingMetricType::IntranetSlbQps:
    case ScalingMetricType::IntranetSlbRt:
        return true;
    default:
        return false;
    }
}
