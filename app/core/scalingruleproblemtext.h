#pragma once

#include "core/scalingruleerror.h"

#include <QCoreApplication>
#include <QString>

/**
 * What a scaling rule form says next to a field with a problem, translated. It reads the problem's
 * reason and limits (set by ScalingRuleValidator), not SAE's English message, which is only shown,
 * with its code, for problems it cannot classify and for refusals of the platform.
 */
class ScalingRuleProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(ScalingRuleProblemText)

public:
    ScalingRuleProblemText() = delete;

    /// E.g. "Must be from 1 to 50." for a replica count of 0.
    static QString of(const ScalingRuleError &problem);
    /// A refusal of the platform as shown in the form: its message, code and RequestId.
    static QString ofPlatformError(const QString &code, const QString &message, const QString &requestId);
    /// "1 problem", "3 problems".
    static QString count(int problems);

private:
    static QString required(const QString &field);
    static QString outOfRange(const ScalingRuleError &problem);
};
