#include "errorbody.h"

#include <QRandomGenerator>

namespace ErrorBody {

using namespace Qt::StringLiterals;

QJsonObject gateway(const QString &code, const QString &message, const QString &hostId)
{
    return QJsonObject{
        {u"Code"_s, code},
        {u"Message"_s, message},
        {u"HostId"_s, hostId},
        {u"Recommend"_s, u"https://next.api.aliyun.com/troubleshoot?q=%1&product=sae"_s.arg(code)},
    };
}

QJsonObject business(const QString &code, const QString &message)
{
    return QJsonObject{
        {u"Code"_s, code},     {u"ErrorCode"_s, code},       {u"Message"_s, message},
        {u"Success"_s, false}, {u"TraceId"_s, newTraceId()},
    };
}

QString newTraceId()
{
    QRandomGenerator *random = QRandomGenerator::global();
    return u"0a%1%2"_s.arg(random->generate64(), 16, 16, QLatin1Char('0'))
        .arg(random->generate() & 0xfffffff, 12, 16, QLatin1Char('0'));
}

} // namespace ErrorBody
