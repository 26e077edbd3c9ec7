#include "acs3signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <algorithm>

namespace Acs3Signature {

QByteArray percentEncode(QStringView text)
{
    // QUrl::toPercentEncoding keeps exactly RFC 3986's unreserved set and writes upper-case hex.
    return QUrl::toPercentEncoding(text.toString());
}

QByteArray canonicalUri(QStringView path)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    QByteArray uri;
    uri.reserve(path.size() + 8);
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype slash = path.indexOf(u'/', start);
        if (slash < 0)
            slash = path.size();
        uri += percentEncode(path.mid(start, slash - start));
        if (slash < path.size())
            uri += '/';
        start = slash + 1;
    }
    return uri;
}

QByteArray canonicalQueryString(const QueryItems &query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({percentEncode(name), percentEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray result;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!result.isEmpty())
            result += '&';
        result += name + '=' + value;
    }
    return result;
}

QList<QByteArray> signableHeaderNames(const HeaderItems &headers)
{
    QList<QByteArray> names;
    for (const auto &header : headers) {
        const QByteArray name = header.first.toLower();
        if ((name == "host" || name == "content-type" || name.startsWith("x-acs-")) && !names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

QByteArray canonicalHeaders(const HeaderItems &headers, const QList<QByteArray> &signedNames)
{
    QByteArray result;
    for (const QByteArray &name : signedNames) {
        QList<QByteArray> values;
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                values.append(header.second.trimmed());
        }
        // A header sent more than once signs as its sorted values joined by commas.
        std::sort(values.begin(), values.end());
        result += name + ':' + values.join(',') + '\n';
    }
    return result;
}

QByteArray canonicalRequest(const Request &request, const QList<QByteArray> &signedNames)
{
    return request.method + '\n' + canonicalUri(request.path) + '\n' + canonicalQueryString(request.query)
           + '\n' + canonicalHeaders(request.headers, signedNames) + '\n' + signedNames.join(';') + '\n'
           + request.payloadHash;
}

QByteArray stringToSign(const QByteArray &canonicalRequest)
{
    return QByteArray(algorithmName) + '\n'
           + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray signature(const QByteArray &accessKeySecret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, accessKeySecret, QCryptographicHash::Sha256)
        .toHex();
}

QByteArray hashPayload(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray authorization(const Request &request, const QString &accessKeyId,
                         const QByteArray &accessKeySecret)
{
    const QList<QByteArray> names = signableHeaderNames(request.headers);
    const QByteArray signed_ = signature(accessKeySecret, stringToSign(canonicalRequest(request, names)));
    return QByteArray(algorithmName) + " Credential=" + accessKeyId.toUtf8()
           + ",SignedHeaders=" + names.join(';') + ",Signature=" + signed_;
}

std::optional<Authorization> parseAuthorization(QByteArrayView header)
{
    const QByteArrayView prefix = QByteArrayView(algorithmName);
    if (!header.startsWith(prefix) || header.size() <= prefix.size() || header.at(prefix.size()) != ' ')
        return std::nullopt;
    Authorization parsed;
    bool haveCredential = false;
    bool haveSignedHeaders = false;
    const QList<QByteArray> fields = header.sliced(prefix.size() + 1).toByteArray().split(',');
    for (const QByteArray &field : fields) {
        const qsizetype equals = field.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray key = field.left(equals).trimmed();
        const QByteArray value = field.mid(equals + 1).trimmed();
        if (key == "Credential") {
            parsed.accessKeyId = QString::fromUtf8(value);
            haveCredential = !value.isEmpty();
        } else if (key == "SignedHeaders") {
            parsed.signedHeaders = value.split(';');
            haveSignedHeaders = !value.isEmpty();
        } else if (key == "Signature") {
            parsed.signature = value;
        }
    }
    if (!haveCredential || !haveSignedHeaders || parsed.signature.isEmpty())
        return std::nullopt;
    return parsed;
}

} // namespace Acs3Signature
