#include "operationregistry.h"

using namespace Qt::StringLiterals;

void OperationRegistry::addRoa(const QByteArray &method, const QString &path, const QString &action,
                               Handler handler)
{
    const QString key = QString::fromLatin1(method) + u' ' + path;
    Q_ASSERT_X(!m_byPath.contains(key), "OperationRegistry::addRoa", "method and path registered twice");
    m_byPath.insert(key, Route{method, path, action, u"2019-05-06"_s, std::move(handler)});
}

void OperationRegistry::addRoa(const QByteArray &method, const QString &path, const QString &action,
                               const OperationContext &context, ContextHandler handler)
{
    addRoa(method, path, action,
           [context, handler](const GatewayRequest &request) { return handler(context, request); });
}

void OperationRegistry::addRpc(const QString &action, const QString &version, Handler handler)
{
    Q_ASSERT_X(!m_rpcByAction.contains(action), "OperationRegistry::addRpc", "action registered twice");
    m_rpcByAction.insert(action, Route{{}, {}, action, version, std::move(handler)});
}

const OperationRegistry::Route *OperationRegistry::findByPath(QStringView path) const
{
    for (const Route &route : m_byPath) {
        if (route.path == path)
            return &route;
    }
    return nullptr;
}

const OperationRegistry::Route *OperationRegistry::findRoa(QByteArrayView method, QStringView path) const
{
    const auto found = m_byPath.constFind(QString::fromLatin1(method) + u' ' + path);
    return found == m_byPath.cend() ? nullptr : &*found;
}

const OperationRegistry::Route *OperationRegistry::findRpc(QStringView action) const
{
    const auto found = m_rpcByAction.constFind(action.toString());
    return found == m_rpcByAction.cend() ? nullptr : &*found;
}

QList<OperationRegistry::Route> OperationRegistry::routes() const
{
    return m_byPath.values() + m_rpcByAction.values();
}
