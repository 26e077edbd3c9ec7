#include "roasignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace RoaSignature {

namespace {

QByteArray headerValue(const HeaderItems &headers, QByteArrayView lowerCaseName)
{
    for (const auto &[name, value] : headers) {
        if (name.compare(lowerCaseName, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QByteArray canonicalizedHeaders(const HeaderItems &headers)
{
    QList<std::pair<QByteArray, QByteArray>> signable;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-acs-"))
            signable.append({lower, value});
    }
    std::stable_sort(signable.begin(), signable.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonical;
    for (const auto &[name, value] : signable)
        canonical += name + ':' + value + '\n';
    return canonical;
}

QByteArray canonicalizedResource(const QString &path, const QueryItems &query)
{
    QByteArray resource = path.toUtf8();
    if (query.isEmpty())
        return resource;
    QueryItems sorted = query;
    // Byte order of the UTF-16 names, as the SDKs' string comparison sorts them.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    resource += '?';
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0)
            resource += '&';
        resource += sorted.at(i).first.toUtf8();
        if (!sorted.at(i).second.isEmpty())
            resource += '=' + sorted.at(i).second.toUtf8();
    }
    return resource;
}

QByteArray stringToSign(const Request &request)
{
    return request.method + '\n' + headerValue(request.headers, "accept") + '\n'
           + headerValue(request.headers, "content-md5") + '\n' + headerValue(request.headers, "content-type")
           + '\n' + headerValue(request.headers, "date") + '\n' + canonicalizedHeaders(request.headers)
           + canonicalizedResource(request.path, request.query);
}

QByteArray signature(const QByteArray &accessKeySecret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, accessKeySecret, QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray authorization(const Request &request, const QString &accessKeyId,
                         const QByteArray &accessKeySecret)
{
    return "acs " + accessKeyId.toUtf8() + ':' + signature(accessKeySecret, stringToSign(request));
}

std::optional<Authorization> parseAuthorization(QByteArrayView header)
{
    if (!header.startsWith("acs "))
        return std::nullopt;
    const QByteArrayView credential = header.sliced(4);
    const qsizetype colon = credential.lastIndexOf(':');
    if (colon <= 0 || colon == credential.size() - 1)
        return std::nullopt;
    return Authorization{QString::fromUtf8(credential.first(colon)),
                         credential.sliced(colon + 1).toByteArray()};
}

} // namespace RoaSignature
