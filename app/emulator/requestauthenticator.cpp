#include "requestauthenticator.h"

#include "core/acs3signature.h"
#include "core/roasignature.h"
#include "emulator/emulatorclock.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

using namespace Qt::StringLiterals;

GatewayFailure incompleteSignature()
{
    return {400, u"IncompleteSignature"_s, u"The request signature does not conform to Aliyun standards."_s};
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

RequestAuthenticator::RequestAuthenticator(const EmulatorClock *clock)
    : m_clock(clock)
{}

void RequestAuthenticator::addCredential(const QString &accessKeyId, const QByteArray &accessKeySecret)
{
    m_secrets.insert(accessKeyId, accessKeySecret);
}

void RequestAuthenticator::clearCredentials()
{
    m_secrets.clear();
}

std::optional<GatewayFailure> RequestAuthenticator::verify(const GatewayRequest &request,
                                                           QString *accessKeyId)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith(QByteArray(QByteArray(Acs3Signature::algorithmName) + ' ')))
        return verifyV3(request, accessKeyId);
    if (authorization.startsWith("acs "))
        return verifyRoa(request, accessKeyId);
    return incompleteSignature();
}

std::optional<GatewayFailure> RequestAuthenticator::verifyV3(const GatewayRequest &request,
                                                             QString *accessKeyId)
{
    const std::optional<Acs3Signature::Authorization> parsed =
        Acs3Signature::parseAuthorization(request.header("authorization"));
    if (!parsed)
        return incompleteSignature();

    const auto secret = m_secrets.constFind(parsed->accessKeyId);
    if (secret == m_secrets.cend())
        return GatewayFailure{404, u"InvalidAccessKeyId.NotFound"_s, u"Specified access key is not found."_s};

    if (auto failure = checkTimestamp(request.header("x-acs-date")))
        return failure;

    // Every header that qualifies must be signed (host, content-type, x-acs-*).
    QList<QByteArray> signedNames;
    for (const QByteArray &name : parsed->signedHeaders)
        signedNames.append(name.trimmed().toLower());
    Acs3Signature::HeaderItems headers(request.headers.cbegin(), request.headers.cend());
    for (const QByteArray &required : Acs3Signature::signableHeaderNames(headers)) {
        if (!signedNames.contains(required))
            return incompleteSignature();
    }

    const QByteArray payloadHash = request.header("x-acs-content-sha256");
    if (payloadHash != Acs3Signature::hashPayload(request.body)) {
        return GatewayFailure{400, u"SignatureDoesNotMatch"_s,
                              u"Specified signature is not matched with our calculation. "
                              u"The x-acs-content-sha256 header does not match the request body."_s};
    }

    const Acs3Signature::Request signable{request.method, request.path, request.query, headers, payloadHash};
    const QByteArray stringToSign =
        Acs3Signature::stringToSign(Acs3Signature::canonicalRequest(signable, signedNames));
    if (!constantTimeEquals(Acs3Signature::signature(*secret, stringToSign), parsed->signature)) {
        return GatewayFailure{
            400, u"SignatureDoesNotMatch"_s,
            u"Specified signature is not matched with our calculation. server string to sign is:"_s
                + QString::fromUtf8(stringToSign)};
    }

    // Checked after the signature, so that a forged request cannot burn someone's nonce.
    if (auto failure = useNonce(request.header("x-acs-signature-nonce")))
        return failure;

    if (accessKeyId)
        *accessKeyId = parsed->accessKeyId;
    return std::nullopt;
}

std::optional<GatewayFailure> RequestAuthenticator::verifyRoa(const GatewayRequest &request,
                                                              QString *accessKeyId)
{
    const std::optional<RoaSignature::Authorization> parsed =
        RoaSignature::parseAuthorization(request.header("authorization"));
    if (!parsed)
        return incompleteSignature();
    const QByteArray method = request.header("x-acs-signature-method");
    if (!method.isEmpty() && method != "HMAC-SHA1")
        return GatewayFailure{400, u"InvalidSignatureMethod"_s,
                              u"Specified signature method is not valid."_s};

    const auto secret = m_secrets.constFind(parsed->accessKeyId);
    if (secret == m_secrets.cend())
        return GatewayFailure{404, u"InvalidAccessKeyId.NotFound"_s, u"Specified access key is not found."_s};

    if (auto failure = checkHttpDate(request.header("date")))
        return failure;

    // The body is covered only through Content-MD5, when the client sends one.
    if (const QByteArray contentMd5 = request.header("content-md5");
        !contentMd5.isEmpty()
        && contentMd5 != QCryptographicHash::hash(request.body, QCryptographicHash::Md5).toBase64()) {
        return GatewayFailure{400, u"SignatureDoesNotMatch"_s,
                              u"Specified signature is not matched with our calculation. "
                              u"The Content-MD5 header does not match the request body."_s};
    }

    const RoaSignature::Request signable{
        request.method, request.path, request.query,
        RoaSignature::HeaderItems(request.headers.cbegin(), request.headers.cend())};
    const QByteArray stringToSign = RoaSignature::stringToSign(signable);
    if (!constantTimeEquals(RoaSignature::signature(*secret, stringToSign), parsed->signature)) {
        return GatewayFailure{
            400, u"SignatureDoesNotMatch"_s,
            u"Specified signature is not matched with our calculation. server string to sign is:"_s
                + QString::fromUtf8(stringToSign)};
    }

    if (auto failure = useNonce(request.header("x-acs-signature-nonce")))
        return failure;

    if (accessKeyId)
        *accessKeyId = parsed->accessKeyId;
    return std::nullopt;
}

std::optional<GatewayFailure> RequestAuthenticator::checkHttpDate(const QByteArray &date)
{
    // RFC 1123 in GMT, as the SDKs write it: Mon, 26 Aug 2019 08:55:56 GMT.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(date), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid()) {
        return GatewayFailure{400, u"InvalidTimeStamp.Format"_s,
                              u"Specified time stamp or date value is not well formatted."_s};
    }
    when.setTimeZone(QTimeZone::utc());
    return checkSkew(when);
}

std::optional<GatewayFailure> RequestAuthenticator::checkSkew(const QDateTime &when)
{
    if (qAbs(when.secsTo(m_clock->wallNow())) > allowedSkewSeconds)
        return GatewayFailure{400, u"InvalidTimeStamp.Expired"_s,
                              u"Specified time stamp or date value is expired."_s};
    return std::nullopt;
}

std::optional<GatewayFailure> RequestAuthenticator::checkTimestamp(const QByteArray &timestamp)
{
    // x-acs-date is ISO 8601 in UTC, to the second: 2019-08-26T08:55:56Z.
    static const QRegularExpression isoPattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    const QString text = QString::fromLatin1(timestamp);
    QDateTime when;
    if (isoPattern.match(text).hasMatch())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        return GatewayFailure{400, u"InvalidTimeStamp.Format"_s,
                              u"Specified time stamp or date value is not well formatted."_s};
    }
    return checkSkew(when);
}

std::optional<GatewayFailure> RequestAuthenticator::useNonce(const QByteArray &nonce)
{
    if (nonce.isEmpty())
        return GatewayFailure{400, u"MissingSignatureNonce"_s,
                              u"SignatureNonce is mandatory for this action."_s};
    const QDateTime now = m_clock->wallNow();
    if (m_usedNonces.size() > 4096) {
        // A nonce older than twice the skew window can no longer come with a valid timestamp.
        for (auto it = m_usedNonces.begin(); it != m_usedNonces.end();) {
            if (it.value().secsTo(now) > 2 * allowedSkewSeconds)
                it = m_usedNonces.erase(it);
            else
                ++it;
        }
    }
    if (m_usedNonces.contains(nonce))
        return GatewayFailure{400, u"SignatureNonceUsed"_s, u"Specified signature nonce was used already."_s};
    m_usedNonces.insert(nonce, now);
    return std::nullopt;
}
