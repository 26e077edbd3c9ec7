#include "instancelogoperations.h"

#include "emulator/containerhistory.h"
#include "emulator/emulatorclock.h"
#include "emulator/fleet.h"
#include "emulator/instancelogwriter.h"
#include "emulator/operationcontext.h"
#include "emulator/operationregistry.h"
#include "emulator/saeresponse.h"

namespace InstanceLogOperations {

namespace {

using namespace Qt::StringLiterals;

/// The container SAE runs the application in; sidecars have their own IDs.
constexpr QStringView mainContainer = u"main";

struct FoundInstance
{
    const EmulatedApplication *application = nullptr;
    const Instance *instance = nullptr;
};

FoundInstance findInstance(const Fleet &fleet, const QString &instanceId)
{
    for (const EmulatedApplication &application : fleet.applications) {
        for (const Instance &instance : application.instances) {
            if (instance.instanceId == instanceId)
                return {&application, &instance};
        }
    }
    return {};
}

/// Kubernetes' reason for a container that has not started, as `kubectl logs` gives it.
QString waitingReason(const Instance &instance)
{
    switch (instance.status) {
    case InstanceStatus::ErrImagePull:
    case InstanceStatus::ImagePullBackOff:
        return u"trying and failing to pull image"_s;
    case InstanceStatus::Pending:
        return u"ContainerCreating"_s;
    default:
        return instance.statusText.isEmpty() ? toWire(instance.status) : instance.statusText;
    }
}

OperationResult describeInstanceLog(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString instanceId;
    if (auto error = parameters.string(u"InstanceId"_s, &instanceId); error || instanceId.isEmpty())
        return SaeResponse::error(400, u"InvalidParameter.NotEmpty"_s,
                                  u"You must specify the parameter InstanceId."_s);
    bool previous = false;
    if (auto error = parameters.boolean(u"Previous"_s, &previous))
        return *error;
    const FoundInstance found = findInstance(*context.fleet, instanceId);
    if (!found.instance) {
        // [I] The reference documents no code for an unknown instance; this follows the
        // InvalidAppId.NotFound pattern (404) of section 4.4.
        return SaeResponse::error(404, u"InvalidInstance.NotFound"_s,
                                  u"The specified instance does not exist: %1"_s.arg(instanceId));
    }
    // ContainerId names a sidecar (DescribeApplicationInstances' SidecarContainersStatus); the
    // emulated instances run none, so only the main container has a log.
    const QString containerId = parameters.value(u"ContainerId"_s).value_or(QString());
    if (!containerId.isEmpty() && containerId != mainContainer)
        return SaeResponse::error(400, u"InvalidParameter.Obviously"_s,
                                  u"The specified parameter is invalid {ContainerId}."_s);

    const ContainerHistory history(*found.application, *found.instance);
    const QDateTime now = context.clock->now();
    if (!history.current(now)) {
        // No container has run yet (Pending, image not pulled): SAE passes on what the kubelet says.
        return SaeResponse::invalidParameter(u"InstanceId"_s,
                                             u"container \"%1\" in pod \"%2\" is waiting to start: %3"_s.arg(
                                                 mainContainer, instanceId, waitingReason(*found.instance)));
    }
    const std::optional<ContainerHistory::Run> run = previous ? history.previous(now) : history.current(now);
    if (!run) {
        // Previous=true on a container that never restarted: an error, as the kubelet answers
        // `kubectl logs --previous`, rather than an empty log that would read as "it printed
        // nothing before it restarted".
        return SaeResponse::invalidParameter(
            u"Previous"_s,
            u"previous terminated container \"%1\" in pod \"%2\" not found"_s.arg(mainContainer, instanceId));
    }
    return SaeResponse::success(InstanceLogWriter(*found.application, *found.instance).write(*run, now));
}

} // namespace

void registerRoutes(OperationRegistry &registry, const OperationContext &context)
{
    registry.addRoa("GET", u"/pop/v1/sam/instance/describeInstanceLog"_s, u"DescribeInstanceLog"_s, context,
                    describeInstanceLog);
}

} // namespace InstanceLogOperations
