#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

/**
 * One SAE OpenAPI call before it is signed and sent: the ROA method and path, the operation name
 * for `x-acs-action`, and the parameters in the query string or a form body (reference 1.2).
 */
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;
    QString action;
    QString version = QStringLiteral("2019-05-06");
    QList<std::pair<QString, QString>> query;
    QList<std::pair<QString, QString>> form;
    bool mutating = false; ///< changes platform state; never retried blindly
    /// Where to send it when not to the client's endpoint: another region of the same AccessKey
    /// (the fleet page reads every region of a profile within one call budget). Empty: the client's.
    QUrl endpoint;

    /// For the operations journal: what a mutation asks, as SAE names the parameters, without
    /// secrets (environment variable values, signed URL queries). Empty for reads.
    QJsonObject summary;

    ApiRequest &addQuery(const QString &name, const QString &value);
    ApiRequest &addQuery(const QString &name, qint64 value);
};
