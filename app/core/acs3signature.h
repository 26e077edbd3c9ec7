#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

/**
 * Alibaba Cloud's V3 request signature, ACS3-HMAC-SHA256 (reference section 3.2), as pure
 * functions. The client signs with them and the emulator's gateway verifies with them; they are
 * tested against Alibaba's published vector and the reference's SAE-shaped examples.
 */
namespace Acs3Signature {

using QueryItems = QList<std::pair<QString, QString>>;
using HeaderItems = QList<std::pair<QByteArray, QByteArray>>;

inline constexpr char algorithmName[] = "ACS3-HMAC-SHA256";

/** The parts of an HTTP request that a V3 signature covers. */
struct Request
{
    QByteArray method;      ///< upper case, e.g. "GET"
    QString path;           ///< decoded; an empty path signs as "/"
    QueryItems query;       ///< decoded names and values, in any order
    HeaderItems headers;    ///< as sent; names compare case-insensitively
    QByteArray payloadHash; ///< lower-case hex SHA-256 of the body (x-acs-content-sha256)
};

/** What an `Authorization: ACS3-HMAC-SHA256 ...` header carries. */
struct Authorization
{
    QString accessKeyId;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

/// RFC 3986: unreserved characters stay, everything else is %XX of its UTF-8 bytes.
QByteArray percentEncode(QStringView text);
QByteArray canonicalUri(QStringView path);
QByteArray canonicalQueryString(const QueryItems &query);
/// The lower-cased, sorted, distinct names a signer must sign: host, content-type and x-acs-*.
QList<QByteArray> signableHeaderNames(const HeaderItems &headers);
QByteArray canonicalHeaders(const HeaderItems &headers, const QList<QByteArray> &signedNames);
QByteArray canonicalRequest(const Request &request, const QList<QByteArray> &signedNames);
QByteArray stringToSign(const QByteArray &canonicalRequest);
QByteArray signature(const QByteArray &accessKeySecret, const QByteArray &stringToSign);
QByteArray hashPayload(const QByteArray &body);

/// The complete `Authorization` header value for a request, signing every signable header.
QByteArray authorization(const Request &request, const QString &accessKeyId,
                         const QByteArray &accessKeySecret);

/// Parses an `Authorization` header; nullopt when it is not a well-formed V3 header.
std::optional<Authorization> parseAuthorization(QByteArrayView header);

} // namespace Acs3Signature
