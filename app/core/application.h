#pragma once

#include <QList>
#include <QString>

#include <utility>

/** What the instance counts of a ListApplications entry say about an application. */
enum class ApplicationState
{
    Running,  ///< every target instance runs
    Degraded, ///< fewer instances run than the target
    Stopped,  ///< the target is zero
    Deleting, ///< the platform is deleting it
};

/** An SAE application as ListApplications describes it (reference section 9.1). */
struct Application
{
    QString appId;
    QString appName;
    QString description;
    QString namespaceId;
    QString namespaceName;
    QString regionId;
    QString appType;
    QString programmingLanguage;
    QString imageUrl;
    QString packageUrl;
    QString baseAppId;
    int cpuMillicores = 0;
    int memoryMb = 0;
    int targetInstances = 0;
    int runningInstances = 0;
    bool deleting = false;
    QList<std::pair<QString, QString>> tags;

    /// The image tag (`order-service:2.4.1` -> `2.4.1`) or the package file name.
    QString version() const;
    ApplicationState state() const;

    friend bool operator==(const Application &, const Application &) = default;
};
