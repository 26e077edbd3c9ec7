#pragma once

#include "platform/responseinterpreter.h"

#include <QFile>
#include <QString>

/**
 * Reader tests: a platform answer recorded in tests/support/fixtures, and what a typed call's
 * reader makes of an HTTP 200 with a given body, interpreted on the way the client reads it.
 * Header-only: OPSCONSOLE_TEST_FIXTURES is defined per test.
 */
namespace RecordedAnswer {

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(OPSCONSOLE_TEST_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

template <typename Reader>
auto answer(const QByteArray &body, Reader reader)
{
    ResponseInterpreter::RawResponse response;
    response.httpStatus = 200;
    response.body = body;
    return ResponseInterpreter::interpret(response).andThen(reader);
}

} // namespace RecordedAnswer
