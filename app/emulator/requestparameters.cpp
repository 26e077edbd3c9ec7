#include "requestparameters.h"

#include "emulator/errorbody.h"
#include "emulator/saeresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

RequestParameters::RequestParameters(const GatewayRequest &request, QString hostId)
    : m_request(request)
    , m_hostId(std::move(hostId))
{}

bool RequestParameters::has(const QString &name) const
{
    return m_request.parameter(name).has_value();
}

std::optional<QString> RequestParameters::value(const QString &name) const
{
    return m_request.parameter(name);
}

std::optional<OperationResult> RequestParameters::missing(const QString &name) const
{
    return OperationResult{
        400, ErrorBody::gateway(u"Missing"_s + name, name + u" is mandatory for this action."_s, m_hostId)};
}

std::optional<OperationResult> RequestParameters::string(const QString &name, QString *value,
                                                         bool required) const
{
    const std::optional<QString> text = m_request.parameter(name);
    if (!text || text->isEmpty())
        return required ? missing(name) : std::nullopt;
    *value = *text;
    return std::nullopt;
}

std::optional<OperationResult> RequestParameters::integer(const QString &name, int *value,
                                                          IntegerRange range) const
{
    qint64 wide = *value;
    if (auto error = integer64(name, &wide, range))
        return error;
    *value = int(wide);
    return std::nullopt;
}

std::optional<OperationResult> RequestParameters::integer64(const QString &name, qint64 *value,
                                                            IntegerRange range) const
{
    const std::optional<QString> text = m_request.parameter(name);
    if (!text || text->isEmpty())
        return range.required ? missing(name) : std::nullopt;
    bool ok = false;
    const qint64 parsed = text->trimmed().toLongLong(&ok);
    if (!ok || parsed < range.minimum || parsed > range.maximum) {
        return SaeResponse::invalidParameter(
            name, u"must be an integer from %1 to %2"_s.arg(range.minimum).arg(range.maximum));
    }
    *value = parsed;
    return std::nullopt;
}

std::optional<OperationResult> RequestParameters::boolean(const QString &name, bool *value,
                                                          bool required) const
{
    const std::optional<QString> text = m_request.parameter(name);
    if (!text || text->isEmpty())
        return required ? missing(name) : std::nullopt;
    if (text->compare(u"true", Qt::CaseInsensitive) == 0)
        *value = true;
    else if (text->compare(u"false", Qt::CaseInsensitive) == 0)
        *value = false;
    else
        return SaeResponse::invalidParameter(name, u"must be true or false"_s);
    return std::nullopt;
}

std::optional<OperationResult> RequestParameters::json(const QString &name, QJsonValue *value,
                                                       bool required) const
{
    const std::optional<QString> text = m_request.parameter(name);
    if (!text || text->isEmpty())
        return required ? missing(name) : std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return SaeResponse::invalidParameter(name, u"not valid JSON: "_s + parseError.errorString());
    *value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return std::nullopt;
}
