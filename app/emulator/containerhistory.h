#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

struct EmulatedApplication;
struct Instance;

/**
 * When an instance's main container started, became ready and stopped: its runs, one per start
 * (the first, then one per restart). Derived from what the fleet keeps (creation and ready times,
 * restart count, fate and the instance lifecycle's next transition), so the same instance at the
 * same time always has the same history:
 *
 * - a crash-looping container runs InstanceLifecycle::crashLoopRunSeconds, never gets ready, and
 *   waits Kubernetes' back-off before each restart, counted back from the lifecycle's schedule;
 * - any other container that restarted ran out of memory a few minutes into each earlier run
 *   (the warm-up trouble that gives an otherwise healthy instance a restart count).
 */
class ContainerHistory
{
public:
    /// How a run ends, or will end.
    enum class Outcome
    {
        KeepsRunning,
        CrashesOnStart, ///< never gets ready: a dependency refuses it (CrashLoop)
        RunsOutOfMemory,
    };

    struct Run
    {
        qint64 restartCount = 0; ///< 0 for the first start, then one more per restart
        QDateTime startedAt;
        QDateTime readyAt; ///< when the application said it had started; invalid: never
        QDateTime endedAt; ///< invalid while it runs
        Outcome outcome = Outcome::KeepsRunning;
        quint64 seed = 0; ///< for the details of its log: a function of the instance and the run
    };

    ContainerHistory(const EmulatedApplication &application, const Instance &instance);

    /// The run the container is in, or the one that just ended (while Kubernetes backs off);
    /// nullopt when the container has not started (Pending, image not pulled, initialising).
    std::optional<Run> current(const QDateTime &now) const;
    /// The run before the last restart; nullopt when the container never restarted.
    std::optional<Run> previous(const QDateTime &now) const;

    /// How long the runtime takes from start to "started" in the given run.
    qint64 startupMilliseconds(qint64 restartCount) const;
    /// A stable 64-bit hash (FNV-1a) of text and a salt; unlike qHash, the same in every process.
    static quint64 stableHash(QStringView text, quint64 salt = 0);

private:
    Run run(qint64 restartCount, const QDateTime &now) const;
    Run crashLoopRun(qint64 restartCount, const QDateTime &now) const;
    Run restartedRun(qint64 restartCount) const;
    bool hasContainer() const;

    const EmulatedApplication &m_application;
    const Instance &m_instance;
};
