#include "retailfleet.h"

#include "emulator/changeorderhistory.h"
#include "emulator/instancefactory.h"
#include "emulator/loadmodel.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

using namespace Qt::StringLiterals;

enum class Packaging
{
    Image,
    FatJar,
    War,
};

/// In a blueprint's replicas: deployed in that namespace, but stopped (scaled to zero).
constexpr int stopped = -1;

/** What the retail platform runs; replicas per namespace, 0 = not deployed there. */
struct Blueprint
{
    QStringView name;
    QStringView description;
    QStringView language;
    Packaging packaging;
    int cpuMillicores;
    int memoryMb;
    std::array<int, 3> replicas; // prod, staging, dev
    QStringView prodVersion;
    QStringView nextVersion; // what staging and dev run
};

constexpr std::array<Blueprint, 22> s_blueprints{{
    {u"api-gateway",
     u"Retail API gateway (Spring Cloud Gateway)",
     u"java",
     Packaging::Image,
     2000,
     4096,
     {6, 2, 1},
     u"3.8.2",
     u"3.9.0-rc.1"},
    {u"member-service",
     u"Members, tiers and points",
     u"java",
     Packaging::FatJar,
     1000,
     2048,
     {4, 2, 1},
     u"2.14.3",
     u"2.15.0"},
    {u"order-service",
     u"Order capture and fulfilment orchestration",
     u"java",
     Packaging::Image,
     2000,
     4096,
     {6, 2, 1},
     u"5.2.7",
     u"5.3.0"},
    {u"inventory-service",
     u"Store and warehouse stock levels",
     u"java",
     Packaging::Image,
     2000,
     4096,
     {4, 2, 1},
     u"4.0.11",
     u"4.1.0"},
    {u"product-catalog",
     u"Products, prices and assortments",
     u"java",
     Packaging::FatJar,
     1000,
     2048,
     {3, 1, 0},
     u"1.22.0",
     u"1.23.0"},
    {u"payment-service",
     u"Payment channels: WeChat Pay, Alipay, UnionPay",
     u"java",
     Packaging::Image,
     1000,
     2048,
     {4, 2, 0},
     u"3.1.4",
     u"3.2.0"},
    {u"coupon-service",
     u"Coupons and vouchers",
     u"java",
     Packaging::FatJar,
     1000,
     2048,
     {2, 1, 0},
     u"1.9.2",
     u"1.10.0"},
    {u"marketing-campaign",
     u"Campaigns and promotions engine",
     u"java",
     Packaging::War,
     2000,
     4096,
     {3, 1, 0},
     u"2.6.0",
     u"2.7.0"},
    {u"dealer-portal",
     u"Dealer ordering portal, back end",
     u"java",
     Packaging::War,
     1000,
     2048,
     {2, 1, 1},
     u"1.4.8",
     u"1.5.0"},
    {u"dealer-portal-web",
     u"Dealer ordering portal, front end (Node.js)",
     u"nodejs",
     Packaging::Image,
     500,
     1024,
     {2, 1, 0},
     u"1.4.8",
     u"1.5.0"},
    {u"guide-miniapp-backend",
     u"Shopping-guide WeChat mini program, back end",
     u"java",
     Packaging::Image,
     1000,
     2048,
     {4, 1, 1},
     u"2.3.1",
     u"2.4.0"},
    {u"mall-web",
     u"Online mall front end (Node.js, Next.js)",
     u"nodejs",
     Packaging::Image,
     1000,
     2048,
     {4, 2, 1},
     u"6.12.0",
     u"6.13.0"},
    {u"store-ops-web",
     u"Store operations console front end (Node.js)",
     u"nodejs",
     Packaging::Image,
     500,
     1024,
     {2, 0, 0},
     u"0.9.4",
     u"0.10.0"},
    {u"sap-connector",
     u"SAP ERP integration (IDoc and RFC bridge)",
     u"java",
     Packaging::FatJar,
     2000,
     4096,
     {2, 1, 0},
     u"1.2.5",
     u"1.3.0"},
    {u"search-service",
     u"Product search (Elasticsearch facade)",
     u"java",
     Packaging::Image,
     2000,
     4096,
     {3, 1, 0},
     u"2.0.3",
     u"2.1.0"},
    {u"notification-service",
     u"SMS, WeChat template and e-mail notifications",
     u"java",
     Packaging::FatJar,
     500,
     1024,
     {2, 1, 0},
     u"1.6.1",
     u"1.6.2"},
    {u"logistics-tracker",
     u"Delivery tracking and carrier callbacks",
     u"java",
     Packaging::Image,
     1000,
     2048,
     {2, 1, 0},
     u"1.11.0",
     u"1.12.0"},
    {u"pricing-engine",
     u"Channel and member pricing rules",
     u"java",
     Packaging::Image,
     2000,
     4096,
     {3, 0, 0},
     u"2.2.9",
     u"2.3.0"},
    {u"report-service",
     u"Sales and store reports",
     u"java",
     Packaging::FatJar,
     2000,
     8192,
     {2, 0, 0},
     u"3.4.0",
     u"3.5.0"},
    {u"pos-sync-worker",
     u"Store POS data sync worker (Python)",
     u"python",
     Packaging::Image,
     1000,
     2048,
     {1, 1, 0},
     u"0.7.3",
     u"0.8.0"},
    {u"customer-service-bot",
     u"After-sales chatbot back end (Python)",
     u"python",
     Packaging::Image,
     1000,
     2048,
     {2, 1, 0},
     u"1.0.6",
     u"1.1.0"},
    {u"cms-web",
     u"Content and banners (Node.js)",
     u"nodejs",
     Packaging::Image,
     500,
     1024,
     {2, 0, stopped},
     u"2.8.1",
     u"2.9.0"},
}};

struct NamespaceSpec
{
    QStringView name;
    QStringView description;
};

constexpr std::array<NamespaceSpec, 3> s_namespaces{{
    {u"prod", u"Production"},
    {u"staging", u"Staging: release candidates"},
    {u"dev", u"Development"},
}};

/** What is deliberately wrong in the fleet, so that a new user sees what trouble looks like. */
struct Ailment
{
    int namespaceIndex;
    QStringView appName;
    int instanceIndex;
    InstanceStatus status;
    InstanceHealth health;
    int restarts;
    QStringView message; ///< {ip} and {image} stand for the instance's own values
    InstanceFate fate;   ///< how it goes on behaving (InstanceLifecycle)
};

const std::array<Ailment, 5> s_ailments{{
    {0, u"order-service", 2, InstanceStatus::CrashLoopBackOff, InstanceHealth::LivenessUnhealthy, 17,
     u"Liveness probe failed: Get \"http://{ip}:8080/actuator/health/liveness\": context deadline exceeded",
     InstanceFate::CrashLoop},
    {0, u"inventory-service", 1, InstanceStatus::Running, InstanceHealth::ReadinessUnhealthy, 2,
     u"Readiness probe failed: HTTP probe failed with statuscode: 503", InstanceFate::ReadinessFailure},
    {0, u"sap-connector", 0, InstanceStatus::Running, InstanceHealth::Healthy, 5, u"", InstanceFate::Healthy},
    {0, u"guide-miniapp-backend", 3, InstanceStatus::Pending, InstanceHealth::NotCheckedYet, 0,
     u"0/12 nodes are available: 12 Insufficient cpu.", InstanceFate::Unschedulable},
    {1, u"mall-web", 1, InstanceStatus::ImagePullBackOff, InstanceHealth::NotCheckedYet, 0,
     u"Back-off pulling image \"{image}\"", InstanceFate::ImagePullFailure},
}};

/** A rollout whose time the change-order history tells a story about (ChangeOrderHistory): the
 * running version went out this many minutes before the fleet was built. */
struct PinnedRollout
{
    int namespaceIndex;
    QStringView appName;
    int minutesAgo;
};

const std::array<PinnedRollout, 3> s_pinnedRollouts{{
    // Shortly before its crash loop began (the sick instance was created 180 to 190 minutes ago).
    {0, u"order-service", 205},
    // A deploy that failed in its second batch, then a roll-back, yesterday.
    {0, u"payment-service", 26 * 60 + 40},
    // A release stopped at its confirmation and rolled back, two days ago.
    {1, u"order-service", 2 * 24 * 60 + 5 * 60},
}};

/** A scaling rule the platform team has set up; built without the random generator, so adding
 * rules never changes the fleet's IDs. */
struct SeededRule
{
    int namespaceIndex;
    QStringView appName;
    int ageDays;
    ScalingRule (*make)();
};

ScalingMetricPolicy::Metric metricOf(QStringView type, int target)
{
    ScalingMetricPolicy::Metric metric;
    metric.metricType = type.toString();
    metric.targetAverageUtilization = target;
    return metric;
}

ScalingRule gatewayCpuRule()
{
    ScalingRule rule;
    rule.name = u"gateway-cpu"_s;
    rule.type = ScalingRuleType::Metric;
    ScalingMetricPolicy metric;
    metric.minReplicas = 6;
    metric.maxReplicas = 20;
    metric.metrics = {metricOf(u"CPU", 60)};
    metric.scaleUp = {2, false, 0};
    metric.scaleDown = {1, false, 300};
    rule.metric = metric;
    return rule;
}

ScalingRule orderLoadRule()
{
    ScalingRule rule;
    rule.name = u"order-cpu-memory"_s;
    rule.type = ScalingRuleType::Metric;
    ScalingMetricPolicy metric;
    metric.minReplicas = 6;
    metric.maxReplicas = 16;
    metric.metrics = {metricOf(u"CPU", 65), metricOf(u"MEMORY", 80)};
    metric.scaleUp = {2, false, 60};
    metric.scaleDown = {1, false, 600};
    rule.metric = metric;
    return rule;
}

/// Shoppers use the mini program after work: more instances from 19:30 to 22:30 (GMT+8).
ScalingRule miniappEveningPeakRule()
{
    ScalingRule rule;
    rule.name = u"evening-peak"_s;
    rule.type = ScalingRuleType::Timing;
    ScalingTimer timer;
    timer.period = u"* * *"_s;
    timer.schedules = {{u"19:30"_s, 8, std::nullopt, std::nullopt},
                       {u"22:30"_s, 4, std::nullopt, std::nullopt}};
    rule.timer = timer;
    return rule;
}

/// A weekend promotion rule, switched off until marketing asks for it again.
ScalingRule mallWeekendRule()
{
    ScalingRule rule;
    rule.name = u"weekend-promotion"_s;
    rule.type = ScalingRuleType::Timing;
    rule.enabled = false;
    ScalingTimer timer;
    timer.period = u"* * Sat,Sun"_s;
    timer.schedules = {{u"09:00"_s, 4, std::nullopt, std::nullopt},
                       {u"21:00"_s, 2, std::nullopt, std::nullopt}};
    rule.timer = timer;
    return rule;
}

const std::array<SeededRule, 4> s_scalingRules{{
    {0, u"api-gateway", 120, gatewayCpuRule},
    {0, u"order-service", 90, orderLoadRule},
    {0, u"guide-miniapp-backend", 45, miniappEveningPeakRule},
    {1, u"mall-web", 20, mallWeekendRule},
}};

QString uuid(QRandomGenerator &random)
{
    const quint64 high = random.generate64();
    const quint64 low = random.generate64();
    return u"%1-%2-4%3-%4-%5"_s.arg(high >> 32, 8, 16, QLatin1Char('0'))
        .arg((high >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(high & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(0x8000 | ((low >> 48) & 0x3fff), 4, 16, QLatin1Char('0'))
        .arg(low & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

QString appType(Packaging packaging)
{
    switch (packaging) {
    case Packaging::Image:
        return u"Image"_s;
    case Packaging::FatJar:
        return u"FatJar"_s;
    case Packaging::War:
        return u"War"_s;
    }
    return u"Image"_s;
}

const PinnedRollout *pinnedRolloutFor(int namespaceIndex, QStringView appName)
{
    for (const PinnedRollout &pinned : s_pinnedRollouts) {
        if (pinned.namespaceIndex == namespaceIndex && pinned.appName == appName)
            return &pinned;
    }
    return nullptr;
}

const Ailment *ailmentFor(int namespaceIndex, QStringView appName, int instanceIndex)
{
    for (const Ailment &ailment : s_ailments) {
        if (ailment.namespaceIndex == namespaceIndex && ailment.appName == appName
            && ailment.instanceIndex == instanceIndex)
            return &ailment;
    }
    return nullptr;
}

} // namespace

namespace RetailFleet {

Fleet build(quint64 seed, const QString &regionId, const QDateTime &now)
{
    QRandomGenerator random(quint32(seed ^ (seed >> 32)) ^ 0x5ae2019u);
    Fleet fleet;
    fleet.regionId = regionId;

    for (const NamespaceSpec &spec : s_namespaces) {
        Namespace ns;
        ns.id = regionId + u':' + spec.name;
        ns.name = spec.name.toString();
        ns.shortId = spec.name.toString();
        ns.regionId = regionId;
        ns.description = spec.description.toString();
        fleet.namespaces.append(ns);
    }

    const QString registry = u"registry-vpc.%1.aliyuncs.com/retail/"_s.arg(regionId);
    const QString artifacts = u"https://retail-artifacts.oss-%1.aliyuncs.com/"_s.arg(regionId);

    for (int nsIndex = 0; nsIndex < int(s_namespaces.size()); ++nsIndex) {
        const Namespace &ns = fleet.namespaces.at(nsIndex);
        const QString vSwitchId = u"vsw-wz9"_s + InstanceFactory::podToken(random, 17);
        int appIndex = 0;
        for (const Blueprint &blueprint : s_blueprints) {
            ++appIndex;
            if (blueprint.replicas.at(nsIndex) == 0)
                continue;
            const int replicas = std::max(0, blueprint.replicas.at(nsIndex));

            EmulatedApplication emulated;
            Application &app = emulated.application;
            app.appId = uuid(random);
            app.appName = blueprint.name.toString();
            app.description = blueprint.description.toString();
            app.namespaceId = ns.id;
            app.namespaceName = ns.name;
            app.regionId = regionId;
            app.appType = appType(blueprint.packaging);
            app.programmingLanguage = blueprint.language.toString();
            app.cpuMillicores = blueprint.cpuMillicores;
            app.memoryMb = blueprint.memoryMb;
            app.targetInstances = replicas;
            app.tags = {{u"team"_s, blueprint.language == u"nodejs" ? u"web"_s : u"platform"_s},
                        {u"env"_s, ns.name}};
            const QString version = (nsIndex == 0 ? blueprint.prodVersion : blueprint.nextVersion).toString();
            if (blueprint.packaging == Packaging::Image) {
                app.imageUrl = registry + app.appName + u':' + version;
            } else {
                const QString extension = blueprint.packaging == Packaging::War ? u"war"_s : u"jar"_s;
                app.packageUrl =
                    artifacts + app.appName + u'/' + app.appName + u'-' + version + u'.' + extension;
            }
            emulated.createdAt = now.addDays(-30 - random.bounded(300));

            ApplicationGroup &group = emulated.group;
            group.groupId = uuid(random);
            group.groupName = u"_DEFAULT_GROUP"_s;
            group.groupType = 0;
            group.packageType = app.appType;
            group.imageUrl = app.imageUrl;
            group.packageUrl = app.packageUrl;
            group.packageVersion = version;
            if (blueprint.packaging != Packaging::Image)
                group.jdk = u"Dragonwell 17"_s;
            if (blueprint.packaging == Packaging::War)
                group.webContainer = u"apache-tomcat-9.0.80"_s;

            const QString templateHash = InstanceFactory::podToken(random, 10);
            // Development apps often run without probes; everything else has both checks.
            const bool probed = nsIndex != 2;
            QDateTime deployedAt = now.addSecs(-3600 * (2 + random.bounded(24 * 12)));
            if (const PinnedRollout *pinned = pinnedRolloutFor(nsIndex, blueprint.name))
                deployedAt = now.addSecs(-60 * qint64(pinned->minutesAgo)); // the draw above keeps IDs put
            for (int i = 0; i < replicas; ++i) {
                Instance instance;
                instance.instanceId =
                    app.appName + u'-' + templateHash + u'-' + InstanceFactory::podToken(random, 5);
                instance.groupId = group.groupId;
                instance.ip =
                    u"10.%1.%2.%3"_s.arg(20 + nsIndex).arg(appIndex).arg(10 + i * 7 + random.bounded(6));
                instance.vSwitchId = vSwitchId;
                instance.imageUrl = app.imageUrl.isEmpty()
                                        ? u"registry-vpc.%1.aliyuncs.com/sae-build/%2:%3"_s.arg(
                                            regionId, app.appName, version)
                                        : app.imageUrl;
                instance.packageVersion = version;
                instance.status = InstanceStatus::Running;
                instance.health = probed ? InstanceHealth::Healthy : InstanceHealth::WithoutHealthCheckConfig;
                instance.createdAt = deployedAt.addSecs(random.bounded(90));
                instance.readyAt = instance.createdAt.addSecs(25 + random.bounded(40));
                if (const Ailment *ailment = ailmentFor(nsIndex, blueprint.name, i)) {
                    instance.status = ailment->status;
                    instance.health = ailment->health;
                    instance.restarts = ailment->restarts;
                    instance.unhealthyMessage = ailment->message.toString()
                                                    .replace(u"{ip}"_s, instance.ip)
                                                    .replace(u"{image}"_s, instance.imageUrl);
                    if (ailment->fate != InstanceFate::Healthy)
                        emulated.instanceFates.insert(instance.instanceId, ailment->fate);
                    if (ailment->status == InstanceStatus::Pending) {
                        instance.createdAt = now.addSecs(-40);
                        instance.readyAt = QDateTime();
                        instance.ip.clear();
                    } else if (ailment->status != InstanceStatus::Running) {
                        instance.createdAt = now.addSecs(-3600 * 3 - random.bounded(600));
                        instance.readyAt = QDateTime();
                    }
                }
                instance.statusText = toWire(instance.status);
                instance.healthText = toWire(instance.health);
                emulated.instances.append(instance);
            }
            emulated.updateCounts();
            // Production is sized for its evening peak at about half its CPU; the other
            // namespaces see testers and probes.
            const int sizedFor = std::max(replicas, 1);
            emulated.peakRequestsPerSecond =
                std::round(LoadModel::capacityPerInstance(app) * sizedFor * (nsIndex == 0 ? 0.55 : 0.08));
            // The version it runs, named without the random generator so that IDs stay put.
            EmulatedAppVersion current;
            current.version = emulated.group.packageVersion;
            current.imageUrl = app.imageUrl;
            current.packageUrl = app.packageUrl;
            current.createdAt = deployedAt;
            current.versionId =
                QUuid::createUuidV5(QUuid(app.appId), current.version).toString(QUuid::WithoutBraces);
            emulated.versions.append(current);
            for (const SeededRule &seeded : s_scalingRules) {
                if (seeded.namespaceIndex == nsIndex && seeded.appName == blueprint.name) {
                    ScalingRule rule = seeded.make();
                    rule.appId = app.appId;
                    rule.createdAt = now.addDays(-seeded.ageDays);
                    rule.updatedAt = rule.createdAt;
                    if (!rule.enabled)
                        rule.lastDisabledAt = rule.createdAt.addDays(7);
                    emulated.scalingRules.append(rule);
                }
            }
            fleet.applications.append(emulated);
        }
    }
    ChangeOrderHistory::write(fleet, seed, now);
    return fleet;
}

} // namespace RetailFleet
