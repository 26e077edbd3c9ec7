#pragma once

#include "platform/apiclient.h"

#include <QTest>

#include <optional>

/** Sends a typed call and waits (spinning the test's event loop) for its result. */
template <typename T>
ApiResult<T> waitForCall(ApiClient &client, const ApiCall<T> &call, int timeoutMilliseconds = 10000)
{
    std::optional<ApiResult<T>> result;
    QObject context;
    client.call(call, &context, [&result](const ApiResult<T> &received) { result = received; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMilliseconds))
        return ApiError::timeout(QStringLiteral("the test gave up waiting for %1").arg(call.request.action));
    return *result;
}
