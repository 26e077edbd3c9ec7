#include "scalingrule.h"

using namespace Qt::StringLiterals;

std::optional<ScalingRuleType> scalingRuleTypeFromWire(QStringView text)
{
    if (text == u"timing")
        return ScalingRuleType::Timing;
    if (text == u"metric")
        return ScalingRuleType::Metric;
    if (text == u"mix")
        return ScalingRuleType::Mix;
    return std::nullopt;
}

QString toWire(ScalingRuleType type)
{
    switch (type) {
    case ScalingRuleType::Timing:
        return u"timing"_s;
    case ScalingRuleType::Metric:
        return u"metric"_s;
    case ScalingRuleType::Mix:
        return u"mix"_s;
    }
    return {};
}
