#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

/** An HTTP request as the emulator's gateway sees it, independent of the HTTP server library. */
struct GatewayRequest
{
    QByteArray method;                                ///< upper case
    QString path;                                     ///< decoded
    QList<std::pair<QString, QString>> query;         ///< decoded, in wire order
    QList<std::pair<QByteArray, QByteArray>> headers; ///< names lower-cased
    QByteArray body;
    QList<std::pair<QString, QString>> formParameters; ///< decoded x-www-form-urlencoded body

    /// The first header of that (lower-case) name, or a null QByteArray.
    QByteArray header(QByteArrayView lowerCaseName) const;
    /// A request parameter from the query string or, failing that, the form body (reference 1.2).
    std::optional<QString> parameter(QStringView name) const;

    /// Splits `a=1&b=%20x+y` into decoded pairs; `+` decodes to a space as in forms.
    static QList<std::pair<QString, QString>> decodeQuery(QByteArrayView encoded);
};
