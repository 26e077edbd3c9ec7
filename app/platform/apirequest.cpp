#include "apirequest.h"

ApiRequest &ApiRequest::addQuery(const QString &name, const QString &value)
{
    query.append({name, value});
    return *this;
}

ApiRequest &ApiRequest::addQuery(const QString &name, qint64 value)
{
    query.append({name, QString::number(value)});
    return *this;
}
