#pragma once

#include "emulator/gatewayrequest.h"
#include "emulator/operationcontext.h"
#include "emulator/operationresult.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

/**
 * Every operation the emulator serves. ROA operations (SAE) are found by path; RPC operations
 * (CloudMonitor's DescribeMetricList) are posted to `/` and found by their `Action` parameter.
 * Each operation group registers its own routes (see ApplicationOperations::registerRoutes).
 */
class OperationRegistry
{
public:
    using Handler = std::function<OperationResult(const GatewayRequest &request)>;

    struct Route
    {
        QByteArray method; ///< upper case; empty for RPC operations, which take GET and POST
        QString path;      ///< empty for RPC operations
        QString action;
        QString version; ///< the API version the operation belongs to, e.g. 2019-05-06
        Handler handler;
    };

    void addRoa(const QByteArray &method, const QString &path, const QString &action, Handler handler);
    /// The usual shape of an operation: a function of the group's context and the request.
    using ContextHandler = OperationResult (*)(const OperationContext &context,
                                               const GatewayRequest &request);
    void addRoa(const QByteArray &method, const QString &path, const QString &action,
                const OperationContext &context, ContextHandler handler);
    void addRpc(const QString &action, const QString &version, Handler handler);

    /// The ROA operation at `path`, whatever the method; nullptr when there is none.
    const Route *findByPath(QStringView path) const;
    /// The ROA operation for `method` at `path` (SAE puts several methods on one path, e.g. the
    /// scaling-rule operations); nullptr when there is none.
    const Route *findRoa(QByteArrayView method, QStringView path) const;
    /// The RPC operation named `action`; nullptr when there is none.
    const Route *findRpc(QStringView action) const;
    QList<Route> routes() const;

private:
    QHash<QString, Route> m_byPath; ///< by "<METHOD> <path>"
    QHash<QString, Route> m_rpcByAction;
};
