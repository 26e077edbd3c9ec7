#pragma once

#include "core/environmentvariable.h"
#include "core/healthprobe.h"
#include "core/updatestrategy.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

/**
 * How an application is deployed, as DescribeApplicationConfig reports it (reference 9.1): what
 * runs (package or image, runtime), how much of it (CPU, memory, replicas), how it is started,
 * checked and released, and where it lives on the network. A value: a deploy review compares the
 * running configuration with the one it will deploy field by field, each field with its own ==.
 *
 * Settings that SAE keeps as JSON strings and this console only shows (NAS, SLS, Tomcat, host
 * aliases, lifecycle hooks) are kept as the JSON the platform sent. Secrets the platform echoes
 * (the OSS AccessKey secret) are never read into it.
 */
struct ApplicationConfig
{
    QString appId;
    QString appName;
    QString description;
    QString namespaceId;
    QString regionId;
    QString appSource;           ///< micro_service, web or job
    QString programmingLanguage; ///< java, php or other

    // What runs.
    QString packageType; ///< FatJar, War, Image, PhpZip, IMAGE_PHP_7_3...
    QString packageUrl;
    QString packageVersion;
    QString imageUrl;
    QString jdk;
    QString webContainer;
    QString edasContainerVersion;
    QString php;
    QString python;
    QString dotnet;
    QString timezone;

    // How much of it.
    int cpuMillicores = 0;
    int memoryMb = 0;
    int replicas = 0;

    // How it starts and stops.
    QString command;
    QStringList commandArgs;
    QString jarStartOptions;
    QString jarStartArgs;
    QString warStartOptions;
    QList<EnvironmentVariable> envs;
    HealthProbe liveness;
    HealthProbe readiness;
    HealthProbe startupProbe;
    QString preStopJson;
    QString postStartJson;
    int terminationGracePeriodSeconds = 0;

    // How a release rolls (reference 6.5 and 8.2).
    QString updateStrategyJson; ///< as sent; "" for a single batch
    /// The strategy read from `updateStrategyJson`; nullopt when this console cannot read it.
    std::optional<UpdateStrategy> updateStrategy;
    int minReadyInstances = 1;
    int minReadyInstanceRatio = -1;
    int maxSurgeInstances = 0;
    int maxSurgeInstanceRatio = 0;
    int batchWaitTime = 0; ///< units are [U] (reference appendix B 4): echoed unchanged

    // Where it lives.
    QString vpcId;
    QString vSwitchId;
    QString securityGroupId;
    bool associateEip = false;
    QString acrInstanceId;
    QString imagePullSecrets;
    QList<std::pair<QString, QString>> tags;

    // Settings shown as the platform's JSON.
    QString slsConfigsJson;
    QString nasConfigsJson;
    QString tomcatConfigJson;
    QString customHostAliasJson;

    /// The instances that stay ready during a rolling change, for `replicas` (reference 6.5).
    int minimumReadyDuringRelease() const;

    friend bool operator==(const ApplicationConfig &, const ApplicationConfig &) = default;
};
