#include "scalingruleproblemtext.h"

using namespace Qt::StringLiterals;

QString ScalingRuleProblemText::of(const ScalingRuleError &problem)
{
    using Reason = ScalingRuleError::Reason;
    switch (problem.reason) {
    case Reason::Required:
        return required(problem.field);
    case Reason::Format:
        if (problem.code.startsWith(u"InvalidScalingRuleDate."))
            return tr("Enter a date as yyyy-MM-dd, both dates or neither.");
        return tr("Enter a time as HH:mm, from 00:00 to 23:59.");
    case Reason::OutOfRange:
        return outOfRange(problem);
    case Reason::MinAboveMax:
        return tr("The minimum must not be greater than the maximum.");
    case Reason::Duplicate:
        return tr("This metric is already in the rule.");
    case Reason::TimeConflict:
        return tr("This time is already used, by this rule or by another rule on the same days.");
    case Reason::BeginAfterEnd:
        return tr("The begin date is after the end date.");
    case Reason::QuotaRules:
        return tr("The application already has %n scaling rule(s), the most SAE allows.", nullptr,
                  problem.maximum.value_or(0));
    case Reason::QuotaSchedules:
        return tr("A rule can have at most %n time(s) a day.", nullptr, problem.maximum.value_or(0));
    case Reason::QuotaInstances:
        return tr("More than %n instance(s) need a raised quota: submit a ticket to SAE.", nullptr,
                  problem.maximum.value_or(0));
    case Reason::NamePattern:
        return tr("Start with a lower-case letter and use only a–z, 0–9 and hyphens, at most %n "
                  "character(s).",
                  nullptr, problem.maximum.value_or(0));
    case Reason::NameTaken:
        return tr("The application already has a rule of this name.");
    case Reason::UnknownMetricType:
        return tr("Choose one of the metric types SAE knows.");
    case Reason::PeriodFormat:
        return tr("Choose every day, at least one day of the week, or days of the month from 1 to 31 "
                  "separated by commas.");
    case Reason::Unknown:
        break;
    }
    //: An untranslated message of the platform and its error code
    return tr("%1 (%2)").arg(problem.message, problem.code);
}

QString ScalingRuleProblemText::ofPlatformError(const QString &code, const QString &message,
                                                const QString &requestId)
{
    if (requestId.isEmpty()) {
        //: A refusal of the platform: its (English) message and error code
        return tr("Refused by SAE: %1 (%2)").arg(message, code);
    }
    //: A refusal of the platform: its (English) message, error code and the request's ID for a ticket
    return tr("Refused by SAE: %1 (%2, RequestId %3)").arg(message, code, requestId);
}

QString ScalingRuleProblemText::count(int problems)
{
    return tr("%n problem(s)", nullptr, problems);
}

QString ScalingRuleProblemText::required(const QString &field)
{
    const QString name = field.section(u'.', -1);
    if (name == u"ScalingRuleName")
        return tr("Enter a name.");
    if (name == u"schedules")
        return tr("Add at least one time.");
    if (name == u"metrics")
        return tr("Add at least one metric.");
    if (name == u"ScalingRuleTimer")
        return tr("The rule needs a schedule.");
    if (name == u"ScalingRuleMetric")
        return tr("The rule needs metrics.");
    if (name == u"metricType")
        return tr("Choose a metric type.");
    if (name == u"slbId")
        return tr("Enter the SLB instance ID.");
    if (name == u"slbProject")
        return tr("Enter the SLS project of the SLB access logs.");
    if (name == u"slbLogstore")
        return tr("Enter the Logstore of the SLB access logs.");
    if (name == u"vport")
        return tr("Enter the listener port.");
    return tr("Required.");
}

QString ScalingRuleProblemText::outOfRange(const ScalingRuleError &problem)
{
    if (problem.minimum && problem.maximum)
        return tr("Must be from %1 to %2.").arg(*problem.minimum).arg(*problem.maximum);
    if (problem.minimum)
        return tr("Must be at least %1.").arg(*problem.minimum);
    if (problem.maximum)
        return tr("Must be at most %1.").arg(*problem.maximum);
    return tr("%1 (%2)").arg(problem.message, problem.code);
}
