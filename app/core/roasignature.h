#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

/**
 * Alibaba Cloud's legacy ROA request signature, HMAC-SHA1 (reference section 3.1), as pure
 * functions: what the official SDKs send when told to sign the old way
 * (`Authorization: acs <AccessKeyId>:<Base64 HMAC-SHA1>`). The emulator verifies it; tested
 * against the vectors and SAE-shaped examples of the reference.
 */
namespace RoaSignature {

using QueryItems = QList<std::pair<QString, QString>>;
using HeaderItems = QList<std::pair<QByteArray, QByteArray>>;

/** The parts of an HTTP request that a ROA signature covers. */
struct Request
{
    QByteArray method;   ///< upper case, e.g. "GET"
    QString path;        ///< decoded
    QueryItems query;    ///< decoded names and values, in any order
    HeaderItems headers; ///< as sent; names compare case-insensitively
};

/** What an `Authorization: acs ID:SIGNATURE` header carries. */
struct Authorization
{
    QString accessKeyId;
    QByteArray signature; ///< Base64, as sent
};

/// `x-acs-*` headers, lower-cased and sorted, one `name:value\n` each (values as sent).
QByteArray canonicalizedHeaders(const HeaderItems &headers);
/// The path, then `?` and the query sorted by name with raw values (`name` alone when empty).
QByteArray canonicalizedResource(const QString &path, const QueryItems &query);
/// Method, Accept, Content-MD5, Content-Type, Date, then the canonicalized headers and resource.
QByteArray stringToSign(const Request &request);
/// Base64 of HMAC-SHA1 keyed with the secret itself (no "&" as RPC signatures use).
QByteArray signature(const QByteArray &accessKeySecret, const QByteArray &stringToSign);
QByteArray authorization(const Request &request, const QString &accessKeyId,
                         const QByteArray &accessKeySecret);

/// Parses `acs <AccessKeyId>:<Signature>`; nullopt when the header is not of that form.
std::optional<Authorization> parseAuthorization(QByteArrayView header);

} // namespace RoaSignature
