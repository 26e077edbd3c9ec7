#pragma once

#include "core/instance.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

/**
 * How often an application's containers restarted lately, for the fleet's health (issue 8). SAE
 * reports each instance's restarts since it was created (DescribeApplicationInstances'
 * `InstanceContainerRestarts`), not per hour, so the console remembers what it read and counts the
 * growth: for each instance, its restarts now minus its restarts at the newest reading at least
 * `window` old. An instance created within the window counts all its restarts; one first read
 * within the window, but older, counts the growth since that reading (a lower bound, until the
 * window has passed once). Readings older than needed are dropped, so memory stays bounded by
 * the instances and the reads within the window.
 */
class RestartHistory final
{
public:
    /// Remembers what a read of the application's instances (all its groups) saw at `at`.
    void record(const QString &appId, const QList<Instance> &instances, const QDateTime &at);
    /// Restarts within the last `window` before `now`; unset when the application was never read.
    std::optional<qint64> restartsWithin(const QString &appId, std::chrono::seconds window,
                                         const QDateTime &now) const;
    /// When the application's instances were last read; invalid: never.
    QDateTime lastReadAt(const QString &appId) const;
    /// Forgets the applications not in `appIds` (gone from the fleet).
    void retainOnly(const QList<QString> &appIds);

    static constexpr std::chrono::hours defaultWindow{1};

private:
    struct Reading
    {
        QDateTime at;
        qint64 restarts = 0;
    };
    struct InstanceReadings
    {
        QDateTime createdAt;
        QList<Reading> readings; ///< oldest first
    };
    struct ApplicationReadings
    {
        QDateTime lastReadAt;
        QHash<QString, InstanceReadings> instances; ///< the instances of the last read, by ID
    };

    QHash<QString, ApplicationReadings> m_applications;
};
