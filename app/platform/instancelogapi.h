#pragma once

#include "core/instancelog.h"
#include "platform/apicall.h"

#include <QString>

/**
 * DescribeInstanceLog (reference 9.5): an instance container's log as one text, the current run's
 * or the one before the last restart. Read with InstanceLogJsonReader.
 */
namespace InstanceLogApi {

/// `containerId` names a sidecar; empty for the application's own container.
ApiCall<InstanceLog> describeInstanceLog(const QString &instanceId,
                                         InstanceLog::Run run = InstanceLog::Run::Current,
                                         const QString &containerId = {});

} // namespace InstanceLogApi
