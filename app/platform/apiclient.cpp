#include "apiclient.h"

#include "core/acs3signature.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace {

using namespace Qt::StringLiterals;

QByteArray encodePairs(const QList<std::pair<QString, QString>> &pairs)
{
    QByteArray encoded;
    for (const auto &[name, value] : pairs) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += Acs3Signature::percentEncode(name) + '=' + Acs3Signature::percentEncode(value);
    }
    return encoded;
}

QByteArray newNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

QByteArray hostHeader(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void ApiClient::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
}

void ApiClient::setCredential(const AccessKeyCredential &credential)
{
    m_credential = credential;
}

void ApiClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_transferTimeout = timeout;
}

void ApiClient::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    const QByteArray body = encodePairs(request.form);
    const QByteArray query = encodePairs(request.query);
    const QUrl &endpoint = request.endpoint.isEmpty() ? m_endpoint : request.endpoint;
    QByteArray encodedUrl = endpoint.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                            + Acs3Signature::canonicalUri(request.path);
    if (!query.isEmpty())
        encodedUrl += '?' + query;
    const QUrl url = QUrl::fromEncoded(encodedUrl, QUrl::StrictMode);

    // What is signed is exactly what is sent: these headers, this host, this body.
    Acs3Signature::HeaderItems headers{
        {"host", hostHeader(url)},
        {"x-acs-action", request.action.toLatin1()},
        {"x-acs-version", request.version.toLatin1()},
        {"x-acs-date", m_clock().toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s).toLatin1()},
        {"x-acs-signature-nonce", newNonce()},
        {"x-acs-content-sha256", Acs3Signature::hashPayload(body)},
    };
    if (!body.isEmpty())
        headers.append(
            {QByteArrayLiteral("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    const Acs3Signature::Request signable{request.method, request.path, request.query, headers,
                                          Acs3Signature::hashPayload(body)};
    const QByteArray authorization =
        Acs3Signature::authorization(signable, m_credential.accessKeyId, m_credential.accessKeySecret);

    QNetworkRequest networkRequest(url);
    for (const auto &[name, value] : std::as_const(headers))
        networkRequest.setRawHeader(name, value);
    networkRequest.setRawHeader("accept", "application/json");
    networkRequest.setRawHeader("user-agent", "OpsConsole/" OPSCONSOLE_VERSION " (Qt " QT_VERSION_STR ")");
    networkRequest.setRawHeader("authorization", authorization);
    networkRequest.setTransferTimeout(int(m_transferTimeout.count()));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    return new ApiReply(reply, request.action, this);
}
