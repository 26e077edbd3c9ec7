#include "deploymentdiff.h"

#include "core/applicationtablemodel.h"

#include <QMap>

namespace {

void compare(QList<ConfirmationChange> &changes, const QString &field, const QString &before,
             const QString &after)
{
    if (before != after)
        changes.append({field, before, after});
}

} // namespace

QList<ConfirmationChange> DeploymentDiff::between(const ApplicationConfig &current,
                                                  const DeploymentPlan &plan)
{
    QList<ConfirmationChange> changes;
    // What runs.
    compare(changes, tr("Package type"), current.packageType, plan.packageType);
    if (plan.deploysImage()) {
        compare(changes, tr("Image"), current.imageUrl, plan.imageUrl);
    } else {
        compare(changes, tr("Package URL"), current.packageUrl, plan.packageUrl);
        compare(changes, tr("Package version"), current.packageVersion, plan.packageVersion);
        if (!plan.jdk.isEmpty())
            compare(changes, tr("JDK"), current.jdk, plan.jdk);
        if (!plan.webContainer.isEmpty())
            compare(changes, tr("Web container"), current.webContainer, plan.webContainer);
    }

    // How much of it.
    if (plan.replicas)
        compare(changes, tr("Instances"), QString::number(current.replicas), QString::number(*plan.replicas));
    if (plan.cpuMillicores || plan.memoryMb) {
        compare(changes, tr("Spec"), ApplicationTableModel::specText(current.cpuMillicores, current.memoryMb),
                ApplicationTableModel::specText(plan.cpuMillicores.value_or(current.cpuMillicores),
                                                plan.memoryMb.value_or(current.memoryMb)));
    }

    // Its environment, by name: added, removed, changed.
    if (plan.envs) {
        QMap<QString, EnvironmentVariable> before;
        for (const EnvironmentVariable &variable : current.envs)
            before.insert(variable.name, variable);
        QMap<QString, EnvironmentVariable> after;
        for (const EnvironmentVariable &variable : *plan.envs)
            after.insert(variable.name, variable);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const auto now = after.constFind(it.key());
            const QString field = tr("Environment %1").arg(it.key());
            if (now == after.cend())
                changes.append({field, environmentValueText(*it), QString()});
            else if (!(*now == *it))
                changes.append({field, environmentValueText(*it), environmentValueText(*now)});
        }
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!before.contains(it.key()))
                changes.append({tr("Environment %1").arg(it.key()), QString(), environmentValueText(*it)});
        }
    }

    // How the release rolls.
    if (plan.release.updateStrategy) {
        compare(changes, tr("Release"), strategyText(current.updateStrategy),
                strategyText(plan.release.updateStrategy));
    }
    if (plan.release.minReadyInstances) {
        compare(changes, tr("Minimum ready instances"), QString::number(current.minReadyInstances),
                QString::number(*plan.release.minReadyInstances));
    }
    if (plan.release.minReadyInstanceRatio) {
        const auto ratio = [](int percent) { return percent < 0 ? tr("not used") : tr("%1 %").arg(percent); };
        compare(changes, tr("Minimum ready ratio"), ratio(current.minReadyInstanceRatio),
                ratio(*plan.release.minReadyInstanceRatio));
    }
    return changes;
}

QString DeploymentDiff::strategyText(const std::optional<UpdateStrategy> &strategy)
{
    if (!strategy || strategy->type == UpdateStrategy::Type::SingleBatch)
        return tr("Single batch");
    const bool manual = strategy->release == UpdateStrategy::Release::Manual;
    QString batches = manual ? tr("%n batch(es), each confirmed by hand", nullptr, strategy->batches)
                             : tr("%n batch(es), automatic, %1 min apart", nullptr, strategy->batches)
                                   .arg(strategy->batchWaitMinutes);
    if (strategy->type == UpdateStrategy::Type::GrayBatchUpdate) {
        //: %1: the batches after the gray ones, e.g. "2 batches, each confirmed by hand"
        return tr("%n gray instance(s), then %1", nullptr, strategy->grayInstances).arg(batches);
    }
    return batches;
}

QString DeploymentDiff::environmentValueText(const EnvironmentVariable &variable)
{
    switch (variable.source) {
    case EnvironmentVariable::Source::Value:
        return variable.value;
    case EnvironmentVariable::Source::ConfigMap:
        return tr("ConfigMap %1, key %2").arg(variable.referenceId).arg(variable.key);
    case EnvironmentVariable::Source::Secret:
        return tr("Secret %1, key %2").arg(variable.referenceId).arg(variable.key);
    }
    return {};
}
