#pragma once

#include "core/environmentvariable.h"
#include "core/releaseoptions.h"
#include "core/validationproblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/**
 * A deployment as the user reviews it (reference 8, 9.3 DeployApplication): what to run, an image
 * or a package with its version, with optional changes of capacity, size and environment, and how
 * to roll it out. The deploy form fills one, AppController sends it; problems() finds what SAE
 * would refuse before anything is sent. Unset optionals are not sent: the application keeps them.
 */
struct DeploymentPlan
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentPlan)

public:
    static constexpr int minimumReplicas = 1;
    static constexpr int maximumReplicas = 50; ///< beyond needs SAE's allow-list

    QString appId;

    // What: an image, or a package and its version.
    QString packageType = QStringLiteral("Image"); ///< Image, FatJar, War, PythonZip, PhpZip, IMAGE_PHP_...
    QString imageUrl;                              ///< registry.cn-hangzhou.aliyuncs.com/ns/app:1.2.0
    QString acrInstanceId;                         ///< an ACR Enterprise image's instance (form body)
    QString packageUrl;
    QString packageVersion;
    QString jdk;          ///< package deployments: "Open JDK 8", "Dragonwell 11"
    QString webContainer; ///< War: "apache-tomcat-8.5.42"

    // Changes that ride along.
    std::optional<int> replicas;
    std::optional<int> cpuMillicores;
    std::optional<int> memoryMb;
    std::optional<QList<EnvironmentVariable>> envs; ///< the whole new list; nullopt: unchanged

    // How.
    ReleaseOptions release;
    QString changeOrderDescription; ///< ChangeOrderDesc, shown with the change order

    /// Image and IMAGE_PHP_* package types deploy an image; the others a package.
    bool deploysImage() const;
    /// Every problem, in the order of the form's fields; `currentReplicas` is the application's
    /// instance count now (0 when unknown), used when the plan does not change it.
    QList<ValidationProblem> problems(int currentReplicas) const;
    bool isValid(int currentReplicas) const { return problems(currentReplicas).isEmpty(); }

    /// The documented CPU (millicores) and memory (MB) pairs (reference 8.1).
    static bool isOfferedSize(int cpuMillicores, int memoryMb);

    friend bool operator==(const DeploymentPlan &, const DeploymentPlan &) = default;
};
