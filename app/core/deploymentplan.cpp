#include "deploymentplan.h"

#include <QSet>
#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Memory (MB) and the CPU sizes (millicores) SAE offers with it (reference 8.1, DeployApplication).
constexpr std::array<std::pair<int, std::array<int, 3>>, 10> s_offeredSizes{{
    {1024, {500, 1000, 0}},
    {2048, {500, 1000, 2000}},
    {4096, {1000, 2000, 4000}},
    {8192, {2000, 4000, 8000}},
    {12288, {12000, 0, 0}},
    {16384, {4000, 8000, 16000}},
    {24576, {12000, 0, 0}},
    {32768, {16000, 0, 0}},
    {65536, {8000, 16000, 32000}},
    {131072, {32000, 0, 0}},
}};

bool isOfferedCpu(int cpuMillicores)
{
    return std::any_of(s_offeredSizes.cbegin(), s_offeredSizes.cend(), [cpuMillicores](const auto &size) {
        return std::find(size.second.cbegin(), size.second.cend(), cpuMillicores) != size.second.cend();
    });
}

bool isOfferedMemory(int memoryMb)
{
    return std::any_of(s_offeredSizes.cbegin(), s_offeredSizes.cend(),
                       [memoryMb](const auto &size) { return size.first == memoryMb; });
}

bool containsSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

bool DeploymentPlan::deploysImage() const
{
    return packageType == u"Image" || packageType.startsWith(u"IMAGE_"_s);
}

bool DeploymentPlan::isOfferedSize(int cpuMillicores, int memoryMb)
{
    return std::any_of(s_offeredSizes.cbegin(), s_offeredSizes.cend(), [&](const auto &size) {
        return size.first == memoryMb
               && std::find(size.second.cbegin(), size.second.cend(), cpuMillicores) != size.second.cend()
               && cpuMillicores > 0;
    });
}

QList<ValidationProblem> DeploymentPlan::problems(int currentReplicas) const
{
    QList<ValidationProblem> found;
    const QString notEmpty = u"InvalidParameter.NotEmpty"_s;
    const QString invalid = u"InvalidParameter.WithMessage"_s;
    if (appId.trimmed().isEmpty())
        found.append({u"AppId"_s, notEmpty, tr("Choose the application to deploy.")});

    if (packageType.trimmed().isEmpty()) {
        found.append({u"PackageType"_s, u"InvalidPackageType.NotFound"_s,
                      tr("Choose what to deploy: an image or a package.")});
    } else if (deploysImage()) {
        if (imageUrl.trimmed().isEmpty())
            found.append({u"ImageUrl"_s, notEmpty, tr("An image deployment needs the image's address.")});
        else if (containsSpace(imageUrl))
            found.append({u"ImageUrl"_s, invalid, tr("The image's address must not contain spaces.")});
    } else {
        const QUrl url(packageUrl.trimmed(), QUrl::StrictMode);
        if (packageUrl.trimmed().isEmpty())
            found.append(
                {u"PackageUrl"_s, notEmpty, tr("A package deployment needs the package's address.")});
        else if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
                 || url.host().isEmpty())
            found.append(
                {u"PackageUrl"_s, invalid, tr("The package's address must be an http or https URL.")});
        if (packageVersion.trimmed().isEmpty())
            found.append(
                {u"PackageVersion"_s, notEmpty, tr("A package deployment needs the package's version.")});
    }

    if (replicas && *replicas < minimumReplicas) {
        found.append({u"Replicas"_s, invalid,
                      tr("Instances must be from %1 to %2.").arg(minimumReplicas).arg(maximumReplicas)});
    } else if (replicas && *replicas > maximumReplicas) {
        found.append(
            {u"Replicas"_s, u"NoComputeResourceQuota.App.Exceed"_s,
             tr("More than %1 instances need SAE's approval (a support ticket).").arg(maximumReplicas)});
    }

    const QString unsupported = u"InvalidInstanceSpecification.Unsupported"_s;
    if (cpuMillicores && !isOfferedCpu(*cpuMillicores))
        found.append({u"Cpu"_s, unsupported,
                      tr("SAE offers no instance with %1 millicores of CPU.").arg(*cpuMillicores)});
    if (memoryMb && !isOfferedMemory(*memoryMb))
        found.append(
            {u"Memory"_s, unsupported, tr("SAE offers no instance with %1 MB of memory.").arg(*memoryMb)});
    if (cpuMillicores && memoryMb && isOfferedCpu(*cpuMillicores) && isOfferedMemory(*memoryMb)
        && !isOfferedSize(*cpuMillicores, *memoryMb)) {
        found.append(
            {u"Memory"_s, unsupported,
             tr("SAE offers no instance with %1 millicores and %2 MB.").arg(*cpuMillicores).arg(*memoryMb)});
    }

    if (envs) {
        QSet<QString> names;
        for (qsizetype i = 0; i < envs->size(); ++i) {
            const EnvironmentVariable &variable = envs->at(i);
            const QString field = u"Envs[%1]"_s.arg(i);
            if (variable.name.trimmed().isEmpty()) {
                found.append({field + u".name"_s, notEmpty, tr("Every environment variable needs a name.")});
                continue;
            }
            if (containsSpace(variable.name) || variable.name.contains(u'='))
                found.append({field + u".name"_s, invalid,
                              tr("%1 is not a valid environment variable name.").arg(variable.name)});
            if (names.contains(variable.name))
                found.append({field + u".name"_s, invalid,
                              tr("The environment variable %1 is set twice.").arg(variable.name)});
            names.insert(variable.name);
            if (variable.source != EnvironmentVariable::Source::Value && variable.referenceId <= 0)
                found.append({field + u".valueFrom"_s, invalid,
                              tr("The environment variable %1 must name its ConfigMap or secret.")
                                  .arg(variable.name)});
        }
    }

    found.append(release.problems(replicas.value_or(currentReplicas)));
    return found;
}
