#pragma once

#include "core/apiresult.h"
#include "platform/apirequest.h"

#include <QJsonObject>

#include <functional>

/** A typed platform call: the request to send and how to read its answer into a T. */
template <typename T>
struct ApiCall
{
    ApiRequest request;
    std::function<ApiResult<T>(const QJsonObject &)> read;
};
