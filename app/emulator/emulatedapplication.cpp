#include "emulatedapplication.h"

#include <algorithm>

void EmulatedApplication::updateCounts()
{
    const auto running = std::count_if(instances.cbegin(), instances.cend(), [](const Instance &instance) {
        return instance.status == InstanceStatus::Running;
    });
    application.runningInstances = int(running);
    group.runningInstances = int(running);
    group.replicas = application.targetInstances;
}
