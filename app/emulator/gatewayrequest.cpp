#include "gatewayrequest.h"

namespace {

QString decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

} // namespace

QByteArray GatewayRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

std::optional<QString> GatewayRequest::parameter(QStringView name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    for (const auto &[key, value] : formParameters) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QList<std::pair<QString, QString>> GatewayRequest::decodeQuery(QByteArrayView encoded)
{
    QList<std::pair<QString, QString>> pairs;
    if (encoded.isEmpty())
        return pairs;
    const QList<QByteArray> parts = encoded.toByteArray().split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            pairs.append({decodeComponent(part), QString()});
        else
            pairs.append({decodeComponent(part.left(equals)), decodeComponent(part.mid(equals + 1))});
    }
    return pairs;
}
