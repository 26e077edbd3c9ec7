#include "containerhistory.h"

#include "emulator/emulatedapplication.h"
#include "emulator/instancelifecycle.h"

#include <algorithm>

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 minimumPullMilliseconds = 2000;
constexpr qint64 pullSpreadMilliseconds = 4000;
/// Earlier runs of a restarted (not crash-looping) container: three to eight minutes each.
constexpr qint64 minimumEarlierRunSeconds = 180;
constexpr qint64 earlierRunSpreadSeconds = 300;

qint64 backOffMilliseconds(qint64 restarts)
{
    return qint64(InstanceLifecycle::backOffSeconds(restarts)) * 1000;
}

} // namespace

ContainerHistory::ContainerHistory(const EmulatedApplication &application, const Instance &instance)
    : m_application(application)
    , m_instance(instance)
{}

quint64 ContainerHistory::stableHash(QStringView text, quint64 salt)
{
    quint64 hash = 14695981039346656037ULL;
    const auto mix = [&hash](quint64 value) {
        hash ^= value;
        hash *= 1099511628211ULL;
    };
    for (const QChar c : text)
        mix(c.unicode());
    for (int shift = 0; shift < 64; shift += 8)
        mix((salt >> shift) & 0xff);
    return hash;
}

qint64 ContainerHistory::startupMilliseconds(qint64 restartCount) const
{
    const quint64 hash = stableHash(m_instance.instanceId, 1000 + quint64(restartCount));
    const QString &language = m_application.application.programmingLanguage;
    if (language == u"java") {
        const qint64 container = m_application.application.appType == u"War" ? 4000 : 0;
        return 11000 + container + qint64(hash % 12000);
    }
    if (language == u"nodejs")
        return 900 + qint64(hash % 1500);
    return 1500 + qint64(hash % 2000);
}

bool ContainerHistory::hasContainer() const
{
    switch (m_instance.status) {
    case InstanceStatus::Running:
    case InstanceStatus::CrashLoopBackOff:
    case InstanceStatus::Terminating:
    case InstanceStatus::Error:
        return true;
    default:
        return false;
    }
}

std::optional<ContainerHistory::Run> ContainerHistory::current(const QDateTime &now) const
{
    if (!hasContainer())
        return std::nullopt;
    const Run current = run(m_instance.restarts, now);
    if (current.startedAt > now)
        return std::nullopt;
    return current;
}

std::optional<ContainerHistory::Run> ContainerHistory::previous(const QDateTime &now) const
{
    if (m_instance.restarts < 1 || !current(now))
        return std::nullopt;
    return run(m_instance.restarts - 1, now);
}

ContainerHistory::Run ContainerHistory::run(qint64 restartCount, const QDateTime &now) const
{
    Run run = m_application.fateOf(m_instance.instanceId) == InstanceFate::CrashLoop
                  ? crashLoopRun(restartCount, now)
                  : restartedRun(restartCount);
    run.restartCount = restartCount;
    run.seed = stableHash(m_instance.instanceId, quint64(restartCount));
    return run;
}

ContainerHistory::Run ContainerHistory::crashLoopRun(qint64 restartCount, const QDateTime &now) const
{
    // The lifecycle's next transition says where the current run is: a running container dies at
    // it, a dead one restarts at it after the back-off of its restart count.
    constexpr qint64 runMilliseconds = qint64(InstanceLifecycle::crashLoopRunSeconds) * 1000;
    const qint64 restarts = m_instance.restarts;
    const QDateTime due = m_application.lifecycleDue.value(m_instance.instanceId);
    QDateTime startedAt;
    if (m_instance.status == InstanceStatus::Running)
        startedAt = due.isValid() ? due.addMSecs(-runMilliseconds) : now;
    else
        startedAt =
            (due.isValid() ? due.addMSecs(-backOffMilliseconds(restarts)) : now).addMSecs(-runMilliseconds);
    for (qint64 k = restarts - 1; k >= restartCount; --k)
        startedAt = startedAt.addMSecs(-backOffMilliseconds(k) - runMilliseconds);

    Run run;
    run.startedAt = startedAt;
    run.outcome = Outcome::CrashesOnStart;
    const QDateTime endsAt = startedAt.addMSecs(runMilliseconds);
    if (restartCount < restarts || m_instance.status != InstanceStatus::Running)
        run.endedAt = endsAt;
    return run;
}

ContainerHistory::Run ContainerHistory::restartedRun(qint64 restartCount) const
{
    const QString &id = m_instance.instanceId;
    QDateTime startedAt = m_instance.createdAt.addMSecs(
        minimumPullMilliseconds + qint64(stableHash(id, 2000) % pullSpreadMilliseconds));
    for (qint64 k = 0;; ++k) {
        const qint64 lengthSeconds =
            minimumEarlierRunSeconds + qint64(stableHash(id, 3000 + quint64(k)) % earlierRunSpreadSeconds);
        Run run;
        run.startedAt = startedAt;
        if (k == restartCount && restartCount < m_instance.restarts) {
            run.readyAt = startedAt.addMSecs(startupMilliseconds(k));
            run.endedAt = startedAt.addSecs(lengthSeconds);
            run.outcome = Outcome::RunsOutOfMemory;
            return run;
        }
        if (k >= m_instance.restarts) {
            // The current run: it became ready at the instance's ready time when the fleet knows it.
            // The image pull takes what is left before the start-up, however short the instance's
            // own readyAt makes it.
            const qint64 startup = startupMilliseconds(k);
            if (m_instance.readyAt.isValid()) {
                run.startedAt = std::max(m_instance.createdAt, m_instance.readyAt.addMSecs(-startup));
                run.readyAt = m_instance.readyAt;
            } else {
                run.readyAt = run.startedAt.addMSecs(startup);
            }
            return run;
        }
        startedAt = startedAt.addSecs(lengthSeconds).addMSecs(backOffMilliseconds(k));
    }
}
