// Sends fixed requests through the console's own ApiClient to a loopback socket that records
// them byte for byte, then prints what went over the wire as JSON: the requests
// signature-crosscheck.js signs again with Alibaba's official Node client. Nothing here signs;
// it only captures what ApiClient signed.

#include "platform/apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

/** One HTTP request read off a socket: the request line, the headers and the body. */
struct Captured
{
    QByteArray method;
    QByteArray target;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// Whole when the headers have ended and Content-Length bytes of body follow.
std::optional<Captured> parse(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    Captured captured;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 2)
        return std::nullopt;
    captured.method = requestLine.at(0);
    captured.target = requestLine.at(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        captured.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    if (bytes.size() < end + 4 + length)
        return std::nullopt;
    captured.body = bytes.mid(end + 4, length);
    return captured;
}

QJsonObject toJson(const Captured &captured)
{
    QJsonObject headers;
    for (const auto &[name, value] : captured.headers)
        headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return {{u"method"_s, QString::fromLatin1(captured.method)},
            {u"target"_s, QString::fromLatin1(captured.target)},
            {u"headers"_s, headers},
            {u"body"_s, QString::fromUtf8(captured.body)}};
}

ApiRequest request(const QByteArray &method, const QString &path, const QString &action,
                   const QString &version)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.action = action;
    request.version = version;
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        QTextStream(stderr) << "cannot listen: " << server.errorString() << Qt::endl;
        return 1;
    }

    QList<ApiRequest> requests;
    // ROA, query only, with characters that percent-encoding rules disagree about.
    requests.append(
        request("GET", u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s, u"2019-05-06"_s)
            .addQuery(u"AppName"_s, u"order service*~'!()"_s)
            .addQuery(u"CurrentPage"_s, 1)
            .addQuery(u"NamespaceId"_s, u"cn-shenzhen:prod"_s));
    // ROA with a form body carrying JSON and Chinese text, as DeployApplication sends.
    ApiRequest deploy =
        request("POST", u"/pop/v1/sam/app/deployApplication"_s, u"DeployApplication"_s, u"2019-05-06"_s);
    deploy.mutating = true;
    deploy.addQuery(u"AppId"_s, u"7171a6ca-d1cd-4928-8642-7d5cfe69a0b1"_s);
    deploy.form = {{u"ImageUrl"_s, u"registry.cn-shenzhen.aliyuncs.com/retail/order-service:5.3.0"_s},
                   {u"UpdateStrategy"_s,
                    u"{\"type\":\"BatchUpdate\",\"batchUpdate\":{\"batch\":2,\"releaseType\":\"manual\"}}"_s},
                   {u"ChangeOrderDesc"_s, u"发布 5.3.0 (hotfix: 订单)"_s}};
    requests.append(deploy);
    // RPC, CloudMonitor's DescribeMetricList on "/" with a JSON dimension.
    requests.append(request("GET", u"/"_s, u"DescribeMetricList"_s, u"2019-01-01"_s)
                        .addQuery(u"Namespace"_s, u"acs_serverless"_s)
                        .addQuery(u"MetricName"_s, u"cpu"_s)
                        .addQuery(u"Dimensions"_s, u"{\"appId\":\"7171a6ca\"}"_s)
                        .addQuery(u"Period"_s, 60));
    // A path with a segment that needs encoding, and an empty query value.
    requests.append(request("GET", u"/pop/v1/sam/scale/applicationScalingRule"_s,
                            u"DescribeApplicationScalingRule"_s, u"2019-05-06"_s)
                        .addQuery(u"ScalingRuleName"_s, u"peak rule"_s)
                        .addQuery(u"AppId"_s, QString()));

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setEndpoint(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())));
    client.setCredential({u"LTAI5tCrossCheckKeyId"_s, QByteArrayLiteral("CrossCheckSecret/With+Symbols=")});
    client.setClock([] { return QDateTime(QDate(2026, 11, 30), QTime(8, 30, 15), Qt::UTC); });

    QJsonArray captured;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto *buffer = new QByteArray;
            QObject::connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket, buffer] {
                buffer->append(socket->readAll());
                while (const std::optional<Captured> request = parse(*buffer)) {
                    captured.append(toJson(*request));
                    buffer->remove(0, buffer->indexOf("\r\n\r\n") + 4 + request->body.size());
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
                }
            });
        }
    });

    int answered = 0;
    for (const ApiRequest &apiRequest : std::as_const(requests)) {
        ApiReply *reply = client.send(apiRequest);
        QObject::connect(reply, &ApiReply::finished, &app, [&] {
            if (++answered == requests.size())
                QCoreApplication::quit();
        });
    }
    QTimer::singleShot(10000, &app, [] { QCoreApplication::exit(2); });
    const int code = app.exec();
    if (code != 0 || captured.size() != requests.size()) {
        QTextStream(stderr) << "captured " << captured.size() << " of " << requests.size() << " requests"
                            << Qt::endl;
        return 1;
    }
    out << QJsonDocument(captured).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
