#pragma once

#include "core/application.h"
#include "core/applicationgroup.h"
#include "core/instance.h"
#include "core/namespace.h"
#include "core/page.h"
#include "platform/apicall.h"

/** Which applications ListApplications should return. */
struct ApplicationQuery
{
    QString namespaceId; ///< empty: every namespace of the region
    QString appName;     ///< fuzzy name filter on the platform side
    int currentPage = 1;
    int pageSize = 100;
};

/** Which instances DescribeApplicationInstances should return. */
struct InstanceQuery
{
    QString appId;
    QString groupId;
    int currentPage = 1;
    int pageSize = 100;
    QString pipelineId = {}; ///< only the instances this batch of a change order started
};

/**
 * The SAE 2019-05-06 operations as typed calls: exact methods, paths and parameter names of the
 * reference (section 9), read with SaeJsonReader.
 */
namespace SaeApi {

ApiCall<Page<Namespace>> describeNamespaces(int currentPage = 1, int pageSize = 100);
ApiCall<Page<Application>> listApplications(const ApplicationQuery &query);
ApiCall<QList<ApplicationGroup>> describeApplicationGroups(const QString &appId);
ApiCall<Page<Instance>> describeApplicationInstances(const InstanceQuery &query);

} // namespace SaeApi
