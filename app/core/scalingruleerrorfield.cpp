#include "scalingruleerrorfield.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

/// The first segments a field path in a ScalingRuleTimer or ScalingRuleMetric message can start with;
/// any other first word ("must ...") is part of the reason, not a field.
const QSet<QString> &knownFirstSegments()
{
    static const QSet<QString> segments{
        u"beginDate"_s,   u"endDate"_s, u"period"_s,       u"schedules"_s,      u"minReplicas"_s,
        u"maxReplicas"_s, u"metrics"_s, u"scaleUpRules"_s, u"scaleDownRules"_s,
    };
    return segments;
}

QString fieldOfInvalidParameter(const QString &message)
{
    static const QRegularExpression parameterPattern(u"\\{([A-Za-z]+)\\}:\\s*(\\S*)"_s);
    static const QRegularExpression pathPattern(u"^([a-zA-Z]+)(\\[\\d+\\])?(\\.[a-zA-Z]+(\\[\\d+\\])?)*$"_s);
    const QRegularExpressionMatch match = parameterPattern.match(message);
    if (!match.hasMatch())
        return QString();
    const QString parameter = match.captured(1);
    const QString word = match.captured(2);
    const QRegularExpressionMatch path = pathPattern.match(word);
    if (path.hasMatch() && knownFirstSegments().contains(path.captured(1)))
        return parameter + u'.' + word;
    return parameter;
}

} // namespace

QString ScalingRuleErrorField::ofPlatformError(const QString &code, const QString &message,
                                               ScalingRuleType type)
{
    if (code == u"InstanceExist.ScalingRuleName")
        return u"ScalingRuleName"_s;
    if (code.startsWith(u"InvalidScalingRuleTime.") || code == u"QuotaExceeded.ScalingRuleTime")
        return u"ScalingRuleTimer.schedules"_s;
    if (code.startsWith(u"InvalidScalingRuleDate."))
        return u"ScalingRuleTimer.beginDate"_s;
    if (code == u"NoComputeResourceQuota.App.Exceed") {
        // A timing rule's instance counts are in its schedule.
        return type == ScalingRuleType::Timing ? u"ScalingRuleTimer.schedules"_s
                                               : u"ScalingRuleMetric.maxReplicas"_s;
    }
    if (code == u"InvalidParameter.WithMessage")
        return fieldOfInvalidParameter(message);
    return QString();
}
