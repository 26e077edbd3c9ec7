#pragma once

#include "core/applicationconfig.h"
#include "core/applicationstatus.h"
#include "core/appversion.h"
#include "platform/apicall.h"

#include <QList>
#include <QString>

/**
 * What the console reads about one application beyond ListApplications (reference 9.1): its
 * configuration (now or as of a version), its status, and the versions it ran. Exact methods,
 * paths and parameter names of the reference; read with ApplicationJsonReader.
 */
namespace ApplicationApi {

/// The configuration; with a `versionId` from listAppVersions(), as that version deployed it.
ApiCall<ApplicationConfig> describeApplicationConfig(const QString &appId, const QString &versionId = {});
ApiCall<ApplicationStatus> describeApplicationStatus(const QString &appId);
/// Newest first, as the platform lists them.
ApiCall<QList<AppVersion>> listAppVersions(const QString &appId);

} // namespace ApplicationApi
