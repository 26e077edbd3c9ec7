#pragma once

#include "emulator/gatewayrequest.h"
#include "emulator/operationresult.h"

#include <QJsonValue>
#include <QString>

#include <limits>
#include <optional>

/**
 * Typed reading of an operation's parameters (query string, then form body) with SAE's answers
 * for what is wrong: a missing mandatory parameter gets the gateway's `Missing<Name>`, a
 * malformed one `InvalidParameter.WithMessage`. Each reader returns the error as a value:
 *
 *     int pageSize = 20;
 *     if (auto error = parameters.integer(u"PageSize"_s, &pageSize, {.minimum = 0, .maximum = 10000}))
 *         return *error;
 */
class RequestParameters
{
public:
    RequestParameters(const GatewayRequest &request, QString hostId);

    struct IntegerRange
    {
        qint64 minimum = 0;
        qint64 maximum = std::numeric_limits<int>::max();
        bool required = false;
    };

    bool has(const QString &name) const;
    /// The raw value, or nullopt when absent (an empty value counts as present).
    std::optional<QString> value(const QString &name) const;
    /// *value keeps its default when the parameter is absent or empty.
    std::optional<OperationResult> string(const QString &name, QString *value, bool required = false) const;
    std::optional<OperationResult> integer(const QString &name, int *value, IntegerRange range) const;
    std::optional<OperationResult> integer64(const QString &name, qint64 *value, IntegerRange range) const;
    /// `true` / `false` in any letter case.
    std::optional<OperationResult> boolean(const QString &name, bool *value, bool required = false) const;
    /// A parameter that carries JSON (UpdateStrategy, ScalingRuleTimer, ...).
    std::optional<OperationResult> json(const QString &name, QJsonValue *value, bool required = false) const;

    std::optional<OperationResult> missing(const QString &name) const;

    const GatewayRequest &request() const { return m_request; }

private:
    const GatewayRequest &m_request;
    QString m_hostId;
};
