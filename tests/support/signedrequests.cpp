#include "signedrequests.h"

#include "core/acs3signature.h"

#include <QUrl>
#include <QUuid>

GatewayRequest SignedRequest::toGatewayRequest() const
{
    GatewayRequest request;
    request.method = method;
    request.path = path;
    request.query = query;
    request.body = body;
    request.headers = {
        {"host", host},
        {"x-acs-action", action.toLatin1()},
        {"x-acs-version", version},
        {"x-acs-date", date.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1()},
        {"x-acs-signature-nonce", nonce.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::Id128) : nonce},
        {"x-acs-content-sha256", Acs3Signature::hashPayload(body)},
    };
    if (!contentType.isEmpty()) {
        request.headers.append({QByteArrayLiteral("content-type"), contentType});
        if (contentType.startsWith("application/x-www-form-urlencoded"))
            request.formParameters = GatewayRequest::decodeQuery(body);
    }
    const Acs3Signature::Request signable{method, path, query, request.headers,
                                          Acs3Signature::hashPayload(body)};
    request.headers.append({QByteArrayLiteral("authorization"),
                            Acs3Signature::authorization(signable, accessKeyId, accessKeySecret)});
    return request;
}

QNetworkRequest SignedRequest::toNetworkRequest(const QUrl &endpoint) const
{
    SignedRequest forEndpoint = *this;
    forEndpoint.host = endpoint.host(QUrl::FullyEncoded).toLatin1();
    if (endpoint.port() != -1)
        forEndpoint.host += ':' + QByteArray::number(endpoint.port());
    QByteArray encodedUrl = endpoint.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                            + Acs3Signature::canonicalUri(path);
    for (qsizetype i = 0; i < query.size(); ++i) {
        encodedUrl += (i == 0 ? '?' : '&') + Acs3Signature::percentEncode(query.at(i).first) + '='
                      + Acs3Signature::percentEncode(query.at(i).second);
    }
    QNetworkRequest request(QUrl::fromEncoded(encodedUrl, QUrl::StrictMode));
    for (const auto &[name, value] : forEndpoint.toGatewayRequest().headers)
        request.setRawHeader(name, value);
    return request;
}
