#pragma once

#include "core/apiresult.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

/**
 * One platform request in flight: a job object around its QNetworkReply. It emits finished()
 * exactly once, with result() set, and then deletes itself (its QNetworkReply too).
 */
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ApiReply(QNetworkReply *reply, const QString &action, QObject *parent = nullptr);
    ~ApiReply() override;

    QString action() const { return m_action; }
    bool isFinished() const { return m_result.has_value(); }
    /// Valid once finished() was emitted.
    const ApiResult<QJsonObject> &result() const { return *m_result; }

    /// Gives up on the request; finished() follows with a Cancelled error, possibly before
    /// cancel() returns (when Qt aborts the transfer synchronously).
    void cancel();

signals:
    void finished();

private:
    void onNetworkFinished();
    void finish(ApiResult<QJsonObject> result);

    QPointer<QNetworkReply> m_reply;
    QString m_action;
    bool m_cancelled = false;
    std::optional<ApiResult<QJsonObject>> m_result;
};
