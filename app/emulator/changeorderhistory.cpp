#include "changeorderhistory.h"

#include "core/updatestrategy.h"
#include "emulator/changeorderengine.h"
#include "emulator/fleet.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <optional>

namespace {

using namespace Qt::StringLiterals;

/// How the running instances came to be: the newest change order that replaced instances.
enum class Rollout
{
    Deploy,                    ///< a deploy of the running version
    Restart,                   ///< a restart; the running version was deployed before
    RollbackAfterBadDeploy,    ///< a newer version went out, then back to the running one
    RollbackAfterFailedDeploy, ///< a newer version failed in its last batch, then back
    RollbackAfterAbort,        ///< a newer version was stopped at its confirmation and rolled back
};

/** The histories that tell something; their times are pinned in RetailFleet (s_pinnedRollouts). */
struct Story
{
    QStringView namespaceName;
    QStringView appName;
    Rollout rollout;
};

constexpr std::array<Story, 3> s_stories{{
    // Its crash loop began some 20 minutes after this deploy finished.
    {u"prod", u"order-service", Rollout::Deploy},
    {u"prod", u"payment-service", Rollout::RollbackAfterFailedDeploy},
    {u"staging", u"order-service", Rollout::RollbackAfterAbort},
}};

constexpr std::array<QStringView, 12> s_releaseNotes{
    u"timeouts and retries for downstream calls",
    u"dependency upgrades and CVE fixes",
    u"slow-query metrics",
    u"connection pool tuning",
    u"member tier rules for the Double 12 campaign",
    u"null check in the payment callback handler",
    u"less log noise",
    u"store pickup behind a feature flag",
    u"cache for hot SKUs",
    u"rounding of discounted totals",
    u"WeChat template message v2",
    u"graceful shutdown on SIGTERM",
};

constexpr std::array<QStringView, 4> s_restartReasons{
    u"Restart application",
    u"Restart to pick up the rotated database password",
    u"Restart: old generation close to full",
    u"Restart after the Nacos configuration change",
};

constexpr std::array<QStringView, 3> s_promotions{
    u"weekend promotion",
    u"live-stream sale",
    u"member day",
};

// The change-order engine's own words for a batch that went wrong.
constexpr QStringView s_failedToStart = u"New instances failed to start.";
constexpr QStringView s_notReady = u"New instances were not ready within 300 seconds.";
constexpr QStringView s_rolledBack = u" The batch was rolled back.";

/** major.minor.patch with an optional -rc.N, as the retail fleet names its versions. */
struct VersionNumber
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    int candidate = 0; ///< N of -rc.N; 0: a release

    static std::optional<VersionNumber> parse(QStringView text)
    {
        VersionNumber number;
        const qsizetype dash = text.indexOf(u"-rc.");
        if (dash >= 0) {
            bool ok = false;
            number.candidate = text.mid(dash + 4).toInt(&ok);
            if (!ok)
                return std::nullopt;
            text = text.left(dash);
        }
        const QList<QStringView> parts = text.split(u'.');
        bool ok[3] = {};
        if (parts.size() != 3)
            return std::nullopt;
        number.major = parts.at(0).toInt(&ok[0]);
        number.minor = parts.at(1).toInt(&ok[1]);
        number.patch = parts.at(2).toInt(&ok[2]);
        if (!ok[0] || !ok[1] || !ok[2])
            return std::nullopt;
        return number;
    }

    QString toString() const
    {
        const QString release = u"%1.%2.%3"_s.arg(major).arg(minor).arg(patch);
        return candidate > 0 ? release + u"-rc."_s + QString::number(candidate) : release;
    }
};

/// The version released before `version`: 5.2.7 -> 5.2.6, 1.22.0 -> 1.21.4, 3.9.0-rc.2 -> 3.9.0-rc.1.
QString olderVersion(const QString &version)
{
    std::optional<VersionNumber> number = VersionNumber::parse(version);
    if (!number)
        return version + u"-previous"_s;
    if (number->candidate > 1) {
        --number->candidate;
        return number->toString();
    }
    number->candidate = 0;
    if (number->patch > 0) {
        --number->patch;
    } else if (number->minor > 0) {
        --number->minor;
        number->patch = 4;
    } else if (number->major > 0) {
        --number->major;
        number->minor = 9;
    }
    return number->toString();
}

/// The version after `version`: 5.2.7 -> 5.2.8, 3.9.0-rc.1 -> 3.9.0-rc.2.
QString newerVersion(const QString &version)
{
    std::optional<VersionNumber> number = VersionNumber::parse(version);
    if (!number)
        return version + u"-next"_s;
    if (number->candidate > 0)
        ++number->candidate;
    else
        ++number->patch;
    return number->toString();
}

/**
 * SplitMix64: a generator that costs nothing to seed. A large fleet seeds one per application;
 * QRandomGenerator's Mersenne twister would spend more on seeding than on the whole history.
 */
class HistoryRandom
{
public:
    explicit HistoryRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 generate64()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// From 0 to highest - 1 (highest > 0).
    qint64 bounded(qint64 highest) { return qint64(generate64() % quint64(highest)); }
    /// From lowest to highest - 1.
    qint64 bounded(qint64 lowest, qint64 highest) { return lowest + bounded(highest - lowest); }

    /// A random (version 4) UUID: as unique as SAE's, and cheaper than a name-based one.
    QString uuid()
    {
        static constexpr char16_t digits[] = u"0123456789abcdef";
        QString text(36, u'-');
        quint64 high = generate64();
        quint64 low = generate64();
        QChar *out = text.data();
        for (int i = 0; i < 36; ++i) {
            if (i == 8 || i == 13 || i == 18 || i == 23)
                continue;
            quint64 &source = i < 18 ? high : low;
            out[i] = QChar(digits[source & 0xf]);
            source >>= 4;
        }
        out[14] = u'4';
        out[19] = QChar(digits[8 + (low & 0x3)]);
        return text;
    }

private:
    quint64 m_state;
};

/// UpdateStrategy::toJson, remembered: a history uses a handful of strategies thousands of times.
QString jsonOf(const UpdateStrategy &strategy)
{
    thread_local QHash<quint64, QString> known;
    const quint64 key = quint64(strategy.type) | quint64(strategy.release) << 4
                        | quint64(strategy.batches) << 8 | quint64(strategy.batchWaitMinutes) << 24
                        | quint64(strategy.grayInstances) << 40;
    auto found = known.constFind(key);
    if (found == known.cend())
        found = known.insert(key, strategy.toJson());
    return *found;
}

quint64 seedOf(const QString &appId, quint64 seed)
{
    quint64 hash = 14695981039346656037ULL;
    for (const QChar c : appId) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash ^ seed;
}

QDateTime wholeSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

/** Builds one application's history, newest first, walking back in time from the build. */
class ApplicationHistory
{
public:
    /// `random`: seeded for this application (seedOf).
    ApplicationHistory(const EmulatedApplication &application, HistoryRandom &random,
                       const QDateTime &builtAt)
        : m_application(application)
        , m_app(application.application)
        , m_builtAt(wholeSeconds(builtAt))
        , m_windowStart(m_builtAt.addDays(-ChangeOrderHistory::days))
        , m_random(random)
        , m_current(application.group.packageVersion)
        , m_replicas(application.application.targetInstances > 0 ? application.application.targetInstances
                                                                 : qMax(1, application.replicasBeforeStop))
        , m_stopped(application.application.targetInstances == 0)
    {
        const QString ns = m_app.namespaceName;
        m_production = ns == u"prod";
        m_development = ns == u"dev";
        // Scale-outs make sense where people scale by hand: several instances, no rule that does it.
        m_scalable = !m_development && !m_stopped && m_replicas >= 2
                     && std::none_of(application.scalingRules.cbegin(), application.scalingRules.cend(),
                                     [](const ScalingRule &rule) { return rule.enabled; });
    }

    QList<EmulatedChangeOrder> build()
    {
        const int most = m_production ? 4 : m_development ? 6 : 5;
        const int least = m_production ? 0 : m_development ? 2 : 1;
        const int wanted = int(m_random.bounded(least, most + 1));
        const QDateTime rolledOutAt = rolloutTime();
        const Rollout rollout = rolloutKind();

        afterRollout(rolledOutAt, wanted);
        QDateTime cursor = rolledOutAt;
        m_running = m_current;
        if (rolledOutAt >= m_windowStart.addSecs(3 * 3600))
            cursor = addRollout(rollout, rolledOutAt);
        else if (rolledOutAt < m_windowStart)
            cursor = m_windowStart; // nothing older is in the window
        while (m_orders.size() < wanted) {
            const qint64 hours = m_production    ? 30 + m_random.bounded(42)
                                 : m_development ? 8 + m_random.bounded(28)
                                                 : 18 + m_random.bounded(30);
            const QDateTime at = cursor.addSecs(-hours * 3600 - m_random.bounded(3600));
            if (at < m_windowStart)
                break;
            cursor = addOlder(at);
        }
        std::reverse(m_orders.begin(), m_orders.end());
        std::stable_sort(m_orders.begin(), m_orders.end(),
                         [](const EmulatedChangeOrder &a, const EmulatedChangeOrder &b) {
                             return a.order.createdAt < b.order.createdAt;
                         });
        return m_orders;
    }

private:
    QDateTime rolloutTime() const
    {
        if (!m_application.versions.isEmpty())
            return wholeSeconds(m_application.versions.constLast().createdAt);
        return wholeSeconds(m_application.createdAt);
    }

    Rollout rolloutKind()
    {
        const quint32 roll = m_random.bounded(100u); // drawn for every application, story or not
        for (const Story &story : s_stories) {
            if (story.namespaceName == m_app.namespaceName && story.appName == m_app.appName)
                return story.rollout;
        }
        if (roll < 74)
            return Rollout::Deploy;
        if (roll < 88)
            return Rollout::Restart;
        if (roll < 95)
            return Rollout::RollbackAfterBadDeploy;
        return m_replicas >= 2 ? Rollout::RollbackAfterFailedDeploy : Rollout::Deploy;
    }

    template <std::size_t N>
    QString pick(const std::array<QStringView, N> &texts)
    {
        return texts.at(m_random.bounded(quint32(N))).toString();
    }

    QString imageOf(const QString &version) const
    {
        return m_app.imageUrl.isEmpty() ? QString() : m_app.imageUrl.section(u':', 0, -2) + u':' + version;
    }

    EmulatedChangeOrder &open(const QString &coTypeCode, const QDateTime &createdAt,
                              const QString &description)
    {
        EmulatedChangeOrder changeOrder;
        ChangeOrder &order = changeOrder.order;
        order.changeOrderId = m_random.uuid();
        order.appId = m_app.appId;
        order.appName = m_app.appName;
        order.coTypeCode = coTypeCode;
        order.description = description;
        order.createdAt = createdAt;
        changeOrder.previousImageUrl = imageOf(m_running);
        changeOrder.previousVersion = m_running;
        m_orders.append(std::move(changeOrder));
        return m_orders.last();
    }

    /// A release as this namespace makes them: production in batches, the others at once.
    UpdateStrategy releaseStrategy(bool allowGray)
    {
        UpdateStrategy strategy;
        if (m_replicas < 2 || m_development)
            return strategy;
        strategy.type = UpdateStrategy::Type::BatchUpdate;
        strategy.batches = m_production && m_replicas >= 6 ? 3 : 2;
        if (m_production && allowGray && m_replicas >= 4 && m_random.bounded(3) == 0) {
            strategy.type = UpdateStrategy::Type::GrayBatchUpdate;
            strategy.grayInstances = 1;
            strategy.release = UpdateStrategy::Release::Manual;
        } else if (m_production) {
            strategy.batchWaitMinutes = 1 + int(m_random.bounded(3));
        }
        return strategy;
    }

    EmulatedChangeOrder &openRelease(const QString &coTypeCode, const QDateTime &createdAt,
                                     const QString &description, const QString &version,
                                     const UpdateStrategy &strategy)
    {
        EmulatedChangeOrder &changeOrder = open(coTypeCode, createdAt, description);
        changeOrder.targetImageUrl = imageOf(version);
        changeOrder.targetVersion = version;
        changeOrder.order.autoRelease = strategy.release == UpdateStrategy::Release::Auto;
        changeOrder.order.batchWaitMinutes = strategy.batchWaitMinutes;
        changeOrder.order.updateStrategyJson = jsonOf(strategy);
        changeOrder.order.supportRollback = coTypeCode == u"CoDeploy";
        ChangeOrderEngine::planPipelines(changeOrder, m_replicas, strategy.grayInstances, strategy.batches);
        return changeOrder;
    }

    QString deployDescription(const QString &version)
    {
        return u"Release %1: %2"_s.arg(version, pick(s_releaseNotes));
    }

    /**
     * Runs the change order's batches from its creation: each succeeds, except batch `failing`
     * (times out, the order fails) or batch `aborted` (stopped while waiting for its confirmation).
     * Returns when the order ended.
     */
    QDateTime run(EmulatedChangeOrder &changeOrder, int failing = -1, int aborted = -1)
    {
        ChangeOrder &order = changeOrder.order;
        QDateTime at = order.createdAt.addSecs(ChangeOrderEngine::preparationSeconds + m_random.bounded(12));
        for (qsizetype i = 0; i < order.pipelines.size(); ++i) {
            Pipeline &pipeline = order.pipelines[i];
            order.currentPipeline = int(i);
            if (i == aborted) {
                at = at.addSecs(120 + m_random.bounded(600));
                pipeline.status = ChangeOrderStatus::Aborted;
                pipeline.updatedAt = at;
                order.status = ChangeOrderStatus::Aborted;
                order.finishedAt = at;
                return at;
            }
            pipeline.startedAt = at;
            if (i == failing) {
                const bool crashed = m_random.bounded(2) == 0;
                at = at.addSecs(ChangeOrderEngine::batchTimeoutSeconds + m_random.bounded(5));
                pipeline.status = ChangeOrderStatus::Failed;
                pipeline.updatedAt = at;
                pipeline.message = (crashed ? s_failedToStart : s_notReady).toString();
                order.status = ChangeOrderStatus::Failed;
                order.subStatus = 1;
                order.errorMessage = pipeline.message + s_rolledBack;
                order.finishedAt = at;
                return at;
            }
            at = at.addSecs(40 + m_random.bounded(110));
            pipeline.status = ChangeOrderStatus::Succeeded;
            pipeline.updatedAt = at;
            pipeline.message = u"Batch completed"_s;
            if (i + 1 < order.pipelines.size()) {
                const bool waitsForPeople = !order.autoRelease || pipeline.gray;
                at = waitsForPeople ? at.addSecs(120 + m_random.bounded(780))
                                    : at.addSecs(qint64(order.batchWaitMinutes) * 60 + m_random.bounded(3));
            }
        }
        order.status = ChangeOrderStatus::Succeeded;
        order.finishedAt = at;
        return at;
    }

    /**
     * Runs the change order that created the running instances: its batches created them, in the
     * order they were created; those created much later (replaced since) are not its.
     */
    void runOnTheInstances(EmulatedChangeOrder &changeOrder, const QDateTime &rolledOutAt)
    {
        ChangeOrder &order = changeOrder.order;
        order.autoRelease = true;
        order.batchWaitMinutes = 0;
        QList<const Instance *> created;
        for (const Instance &instance : m_application.instances) {
            if (instance.createdAt >= rolledOutAt.addSecs(-60)
                && instance.createdAt <= rolledOutAt.addSecs(600))
                created.append(&instance);
        }
        std::stable_sort(created.begin(), created.end(),
                         [](const Instance *a, const Instance *b) { return a->createdAt < b->createdAt; });
        QDateTime at = rolledOutAt;
        qsizetype next = 0;
        for (Pipeline &pipeline : order.pipelines) {
            QDateTime start;
            QDateTime end;
            for (int i = 0; i < pipeline.instanceCount && next < created.size(); ++i, ++next) {
                const Instance &instance = *created.at(next);
                pipeline.createdInstances.append(instance.instanceId);
                const QDateTime ready =
                    instance.readyAt.isValid() ? instance.readyAt : instance.createdAt.addSecs(60);
                start = start.isValid() ? qMin(start, instance.createdAt) : instance.createdAt;
                end = end.isValid() ? qMax(end, ready) : ready;
            }
            pipeline.startedAt = wholeSeconds(start.isValid() ? qMax(start, at) : at);
            pipeline.updatedAt = wholeSeconds(end.isValid() ? qMax(end, pipeline.startedAt.addSecs(5))
                                                            : pipeline.startedAt.addSecs(60));
            pipeline.status = ChangeOrderStatus::Succeeded;
            pipeline.message = u"Batch completed"_s;
            at = pipeline.startedAt;
        }
        order.currentPipeline = int(order.pipelines.size()) - 1;
        order.status = ChangeOrderStatus::Succeeded;
        order.finishedAt = order.createdAt;
        for (const Pipeline &pipeline : std::as_const(order.pipelines))
            order.finishedAt = qMax(order.finishedAt, pipeline.updatedAt);
    }

    /// The orders that put the running instances in place at `rolledOutAt`; the earliest creation.
    QDateTime addRollout(Rollout rollout, const QDateTime &rolledOutAt)
    {
        const QDateTime createdAt = rolledOutAt.addSecs(-ChangeOrderEngine::preparationSeconds);
        const QString newer = newerVersion(m_current);
        switch (rollout) {
        case Rollout::Deploy: {
            UpdateStrategy strategy = releaseStrategy(false);
            strategy.batchWaitMinutes = 0;
            EmulatedChangeOrder &deploy =
                openRelease(u"CoDeploy"_s, createdAt, deployDescription(m_current), m_current, strategy);
            deploy.previousImageUrl = imageOf(olderVersion(m_current));
            deploy.previousVersion = olderVersion(m_current);
            runOnTheInstances(deploy, rolledOutAt);
            m_running = olderVersion(m_current);
            m_laterDeployed = m_current;
            return createdAt;
        }
        case Rollout::Restart: {
            UpdateStrategy strategy = releaseStrategy(false);
            strategy.batchWaitMinutes = 0;
            EmulatedChangeOrder &restart = openRelease(u"CoRestartApplication"_s, createdAt,
                                                       pick(s_restartReasons), QString(), strategy);
            restart.targetImageUrl.clear();
            runOnTheInstances(restart, rolledOutAt);
            return createdAt;
        }
        case Rollout::RollbackAfterBadDeploy:
        case Rollout::RollbackAfterFailedDeploy:
        case Rollout::RollbackAfterAbort:
            break;
        }
        // A newer version went wrong; then back to the running one in one batch.
        const bool failed = rollout == Rollout::RollbackAfterFailedDeploy;
        const bool abort = rollout == Rollout::RollbackAfterAbort;
        // Early enough for it to have ended: up to 15 minutes for one stopped at its confirmation,
        // 40 for a release with gray and manual batches that fails at its end.
        const QDateTime badAt =
            rolledOutAt.addSecs(-60 * (abort ? 20 + m_random.bounded(20) : 45 + m_random.bounded(60)));
        m_running = m_current;
        UpdateStrategy strategy = releaseStrategy(true);
        if (abort) {
            strategy.type = UpdateStrategy::Type::BatchUpdate;
            strategy.release = UpdateStrategy::Release::Manual;
            strategy.batches = 2;
            strategy.batchWaitMinutes = 0;
            strategy.grayInstances = 0;
        }
        EmulatedChangeOrder &bad =
            openRelease(u"CoDeploy"_s, badAt, deployDescription(newer), newer, strategy);
        const QString badId = bad.order.changeOrderId;
        const int batches = int(bad.order.pipelines.size());
        run(bad, failed ? batches - 1 : -1, abort ? qMin(1, batches - 1) : -1);
        m_running = newer;
        EmulatedChangeOrder &rollback = openRelease(u"CoRollback"_s, createdAt,
                                                    abort ? u"Roll back change order %1"_s.arg(badId)
                                                          : u"Roll back to version %1"_s.arg(m_current),
                                                    m_current, UpdateStrategy());
        runOnTheInstances(rollback, rolledOutAt);
        m_running = m_current;
        m_laterDeployed.clear();
        return badAt;
    }

    /// An older change order at `at`: a deploy, a restart, a failed attempt or a scale-out and
    /// back. Returns the earliest creation.
    QDateTime addOlder(const QDateTime &at)
    {
        const quint32 roll = m_random.bounded(100u);
        if (roll < 18 && m_scalable)
            return addScaling(at.addSecs(-3600 * (6 + m_random.bounded(20))), at);
        if (roll < 32) {
            UpdateStrategy strategy = releaseStrategy(false);
            strategy.batchWaitMinutes = 0;
            EmulatedChangeOrder &restart =
                openRelease(u"CoRestartApplication"_s, at, pick(s_restartReasons), QString(), strategy);
            restart.targetImageUrl.clear();
            run(restart);
            return at;
        }
        if (roll < 40) {
            // An attempt at the version that went out later (or the next one), failed in its first
            // batch: the instances never changed.
            const QString version = m_laterDeployed.isEmpty() ? newerVersion(m_running) : m_laterDeployed;
            EmulatedChangeOrder &attempt =
                openRelease(u"CoDeploy"_s, at, deployDescription(version), version, releaseStrategy(true));
            run(attempt, 0);
            return at;
        }
        const QString version = m_running;
        m_running = olderVersion(version);
        EmulatedChangeOrder &deploy =
            openRelease(u"CoDeploy"_s, at, deployDescription(version), version, releaseStrategy(true));
        run(deploy);
        m_laterDeployed = version;
        return at;
    }

    /// Out for a promotion at `outAt`, back in at `inAt`; the earliest creation.
    QDateTime addScaling(const QDateTime &outAt, const QDateTime &inAt)
    {
        const int extra = 1 + int(m_random.bounded(qMax(1, m_replicas / 2)));
        const QString promotion = pick(s_promotions);
        const auto scale = [this, &promotion](const QDateTime &at, int from, int to) {
            EmulatedChangeOrder &changeOrder =
                open(to > from ? u"CoScaleOut"_s : u"CoScaleIn"_s, at,
                     u"Replicas: %1 -> %2 (%3)"_s.arg(from).arg(to).arg(promotion));
            changeOrder.targetReplicas = to;
            ChangeOrderEngine::planPipelines(changeOrder, qAbs(to - from), 0, 1);
            run(changeOrder);
        };
        scale(inAt, m_replicas + extra, m_replicas);
        scale(outAt, m_replicas, m_replicas + extra);
        return outAt;
    }

    /// Change orders after the rollout that left the running instances alone: a stop, a failed
    /// attempt at the next version, a scale-out and back.
    void afterRollout(const QDateTime &rolledOutAt, int wanted)
    {
        const QDateTime from = qMax(rolledOutAt, m_windowStart).addSecs(3600);
        const QDateTime until = m_builtAt.addSecs(-3600);
        const qint64 span = from.secsTo(until);
        if (m_stopped) {
            // A stopped application: stopped some time after its last release.
            if (span > 3600) {
                m_running = m_current;
                EmulatedChangeOrder &stop =
                    open(u"CoStopApplication"_s, from.addSecs(m_random.bounded(span)), u"Stop application"_s);
                stop.targetReplicas = 0;
                ChangeOrderEngine::planPipelines(stop, m_replicas, 0, 1);
                run(stop);
            }
            return;
        }
        const quint32 roll = m_random.bounded(100u);
        if (wanted <= 1 || span < 12 * 3600)
            return;
        m_running = m_current;
        if (roll < 8) {
            const QString version = newerVersion(m_current);
            EmulatedChangeOrder &attempt =
                open(u"CoDeploy"_s, from.addSecs(m_random.bounded(span)), deployDescription(version));
            attempt.targetImageUrl = imageOf(version);
            attempt.targetVersion = version;
            attempt.order.supportRollback = true;
            ChangeOrderEngine::planPipelines(attempt, m_replicas, 0, 1);
            run(attempt, 0);
        } else if (roll < 20 && m_scalable) {
            const QDateTime outAt = from.addSecs(m_random.bounded(span - 8 * 3600));
            addScaling(outAt, outAt.addSecs(6 * 3600
                                            + m_random.bounded(
                                                qMin<qint64>(outAt.secsTo(until) - 6 * 3600, 30 * 3600))));
        }
    }

    const EmulatedApplication &m_application;
    const Application &m_app;
    QDateTime m_builtAt;
    QDateTime m_windowStart;
    HistoryRandom &m_random;
    QString m_current;       ///< the version the instances run
    QString m_running;       ///< the version that ran at the point the walk back has reached
    QString m_laterDeployed; ///< the version the next deploy after that point released
    int m_replicas = 0;      ///< what it runs, or ran before it was stopped
    bool m_stopped = false;
    bool m_production = false;
    bool m_development = false;
    bool m_scalable = false;
    QList<EmulatedChangeOrder> m_orders;
};

/// The Kubernetes events a past change order left, as the change-order engine records them.
void addEvents(QList<FleetEvent> &events, const EmulatedApplication &application,
               const EmulatedChangeOrder &changeOrder)
{
    const Application &app = application.application;
    const ChangeOrder &order = changeOrder.order;
    const auto event = [&](const QDateTime &at, const QString &reason, const QString &message,
                           const QString &type = u"Normal"_s) {
        events.append(
            {app.appId, app.namespaceId, type, u"Deployment"_s, app.appName, reason, message, {}, at, at, 1});
    };
    const bool scales = changeOrder.targetReplicas >= 0;
    for (const Pipeline &pipeline : order.pipelines) {
        if (!pipeline.startedAt.isValid())
            continue;
        if (scales) {
            event(pipeline.startedAt, u"ScalingReplicaSet"_s,
                  u"Scaled replica set %1 to %2"_s.arg(app.appName).arg(changeOrder.targetReplicas));
            continue;
        }
        // The pod-template hash of the instances it created (`<app>-<hash>-<suffix>`), or one of
        // its own for instances long gone.
        const QString templateHash =
            pipeline.createdInstances.isEmpty()
                ? pipeline.pipelineId.right(10)
                : pipeline.createdInstances.constFirst().mid(app.appName.size() + 1, 10);
        event(pipeline.startedAt, u"ScalingReplicaSet"_s,
              u"Scaled up replica set %1-%2 to %3"_s.arg(app.appName, templateHash)
                  .arg(pipeline.instanceCount));
    }
    switch (order.status) {
    case ChangeOrderStatus::Succeeded:
        if (!scales)
            event(order.finishedAt, u"DeploymentComplete"_s,
                  u"Change order %1 completed"_s.arg(order.changeOrderId));
        break;
    case ChangeOrderStatus::Failed:
        event(order.finishedAt, u"ProgressDeadlineExceeded"_s, order.errorMessage, u"Warning"_s);
        break;
    case ChangeOrderStatus::Aborted:
        event(order.finishedAt, u"ChangeOrderAborted"_s,
              u"Change order %1 was aborted"_s.arg(order.changeOrderId), u"Warning"_s);
        break;
    default:
        break;
    }
}

} // namespace

namespace ChangeOrderHistory {

QList<EmulatedChangeOrder> of(const EmulatedApplication &application, quint64 seed, const QDateTime &builtAt)
{
    HistoryRandom random(seedOf(application.application.appId, seed));
    return ApplicationHistory(application, random, builtAt).build();
}

void write(Fleet &fleet, quint64 seed, const QDateTime &builtAt)
{
    QList<EmulatedChangeOrder> orders;
    QList<FleetEvent> events;
    for (const EmulatedApplication &application : std::as_const(fleet.applications)) {
        HistoryRandom random(seedOf(application.application.appId, seed));
        QList<EmulatedChangeOrder> history = ApplicationHistory(application, random, builtAt).build();
        for (EmulatedChangeOrder &changeOrder : history) {
            addEvents(events, application, changeOrder);
            orders.append(std::move(changeOrder));
        }
    }
    // Oldest first across the fleet, as the engine appends them; the live ones come after. Sorted
    // by index: moving change orders about is what costs.
    QList<std::pair<qint64, qsizetype>> byTime(orders.size());
    for (qsizetype i = 0; i < orders.size(); ++i)
        byTime[i] = {orders.at(i).order.createdAt.toMSecsSinceEpoch(), i};
    std::sort(byTime.begin(), byTime.end());
    QList<EmulatedChangeOrder> sorted;
    sorted.reserve(orders.size() + fleet.changeOrders.size());
    for (const auto &[time, index] : std::as_const(byTime))
        sorted.append(std::move(orders[index]));
    sorted.append(std::move(fleet.changeOrders));
    fleet.changeOrders = std::move(sorted);

    QList<std::pair<qint64, qsizetype>> eventsByTime(events.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        eventsByTime[i] = {events.at(i).lastSeen.toMSecsSinceEpoch(), i};
    std::sort(eventsByTime.begin(), eventsByTime.end());
    const qsizetype kept = qMin<qsizetype>(events.size(), Fleet::maximumEvents);
    QList<FleetEvent> newest;
    newest.reserve(kept + fleet.events.size());
    for (qsizetype i = events.size() - kept; i < events.size(); ++i)
        newest.append(std::move(events[eventsByTime.at(i).second]));
    newest.append(std::move(fleet.events));
    fleet.events = std::move(newest);
}

} // namespace ChangeOrderHistory
