#include "largefleet.h"

#include "emulator/changeorderhistory.h"
#include "emulator/retailfleet.h"

#include <QUuid>

namespace LargeFleet {

using namespace Qt::StringLiterals;

Fleet build(quint64 seed, const QString &regionId, const QDateTime &now, int applications)
{
    Fleet templates = RetailFleet::build(seed, regionId, now);
    Fleet fleet;
    fleet.regionId = templates.regionId;
    fleet.namespaces = templates.namespaces;
    const QUuid space = QUuid::createUuidV5(QUuid(), u"large-fleet-%1"_s.arg(seed));
    const int count = qBound(1, applications, maximumApplications);
    fleet.applications.reserve(count);
    for (int i = 0; i < count; ++i) {
        const EmulatedApplication &model = templates.applications.at(i % templates.applications.size());
        const int copy = i / int(templates.applications.size());
        EmulatedApplication emulated = model;
        if (copy > 0) {
            const QString oldName = model.application.appName;
            const QString newName = u"%1-%2"_s.arg(oldName).arg(copy, 3, 10, QLatin1Char('0'));
            emulated.application.appName = newName;
            emulated.application.appId =
                QUuid::createUuidV5(space, QString::number(i)).toString(QUuid::WithoutBraces);
            emulated.group.groupId =
                QUuid::createUuidV5(space, u"group-%1"_s.arg(i)).toString(QUuid::WithoutBraces);
            emulated.instanceFates.clear();
            for (Instance &instance : emulated.instances) {
                const InstanceFate fate = model.fateOf(instance.instanceId);
                instance.instanceId = newName + instance.instanceId.mid(oldName.size());
                instance.groupId = emulated.group.groupId;
                if (fate != InstanceFate::Healthy)
                    emulated.instanceFates.insert(instance.instanceId, fate);
            }
            for (ScalingRule &rule : emulated.scalingRules)
                rule.appId = emulated.application.appId;
            for (EmulatedAppVersion &version : emulated.versions)
                version.versionId = QUuid::createUuidV5(QUuid(emulated.application.appId), version.version)
                                        .toString(QUuid::WithoutBraces);
        }
        fleet.applications.append(std::move(emulated));
    }
    ChangeOrderHistory::write(fleet, seed, now);
    return fleet;
}

} // namespace LargeFleet
