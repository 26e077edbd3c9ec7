#pragma once

#include "emulator/containerhistory.h"

#include <QDateTime>
#include <QString>

struct EmulatedApplication;
struct Instance;

/**
 * The stdout of an instance's main container during one run, as DescribeInstanceLog returns it:
 * what the application's runtime prints (Spring Boot on Java, npm and a Node server or Next.js
 * on Node, gunicorn on Python), stamped in GMT+8 as Alibaba's images log. A run that keeps going
 * logs the requests it serves; a crash-looping one retries a dependency that refuses it and ends
 * with the exception; an instance whose readiness fails shows its health endpoint failing; an
 * earlier run that ran out of memory ends with the runtime's out-of-memory report.
 *
 * The text is a function of the application, the instance, the run and the time, so the same
 * question at the same emulator time always gets the same answer. Only the newest maximumLines
 * lines (at most maximumBytes) are kept, as SAE shows the tail of a log.
 */
class InstanceLogWriter
{
public:
    static constexpr int maximumLines = 500;
    static constexpr qsizetype maximumBytes = 64 * 1024;

    InstanceLogWriter(const EmulatedApplication &application, const Instance &instance);

    /// The log of `run` up to `now` (or to its end), one line per `\n`, the newest last.
    QString write(const ContainerHistory::Run &run, const QDateTime &now) const;

    /// `2026-11-24T10:00:01.234+08:00`: the time in GMT+8, as the applications log it.
    static QString timestamp(const QDateTime &at);

private:
    const EmulatedApplication &m_application;
    const Instance &m_instance;
};
