#pragma once

#include "core/changeorderticket.h"
#include "core/deploymentplan.h"
#include "core/releaseoptions.h"
#include "platform/apicall.h"

#include <QStringList>

/**
 * Deployment and lifecycle (reference 6.5, 8, 9.3, 9.5) as typed calls: each starts a change order
 * and answers with its ticket. Every request is `mutating` (never retried blindly) and carries a
 * journal summary of what it asks, without secrets: environment variables by name only, package
 * URLs without their (possibly signed) query.
 *
 * The calls send what they are given; DeploymentPlan::problems() and ReleaseOptions::problems()
 * are for the form before that.
 */
namespace DeploymentApi {

/// POST; the parameters SAE takes from a form body (reference 1.2: AcrInstanceId) go there, the
/// others in the query.
ApiCall<ChangeOrderTicket> deployApplication(const DeploymentPlan &plan);
/// Back to a version of ListAppVersions, released as `release` says.
ApiCall<ChangeOrderTicket> rollbackApplication(const QString &appId, const QString &versionId,
                                               const ReleaseOptions &release = {});
/// To `replicas` instances; of `release`, only the ready minimum and AutoEnable... are sent.
ApiCall<ChangeOrderTicket> rescaleApplication(const QString &appId, int replicas,
                                              const ReleaseOptions &release = {});
/// A rolling restart; of `release`, only the ready minimum and AutoEnable... are sent.
ApiCall<ChangeOrderTicket> restartApplication(const QString &appId, const ReleaseOptions &release = {});
ApiCall<ChangeOrderTicket> stopApplication(const QString &appId);
ApiCall<ChangeOrderTicket> startApplication(const QString &appId);
ApiCall<ChangeOrderTicket> restartInstances(const QString &appId, const QStringList &instanceIds);
/// SAE replaces deleted instances to keep the replica count ([I]).
ApiCall<ChangeOrderTicket> deleteInstances(const QString &appId, const QStringList &instanceIds);

} // namespace DeploymentApi
