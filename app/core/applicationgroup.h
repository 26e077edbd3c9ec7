#pragma once

#include <QString>

/** An instance group of an application (DescribeApplicationGroups); `_DEFAULT_GROUP` by default. */
struct ApplicationGroup
{
    QString groupId;
    QString groupName;
    int groupType = 0;
    QString packageType;
    QString imageUrl;
    QString packageUrl;
    QString packageVersion;
    QString jdk;
    QString webContainer;
    int replicas = 0;
    int runningInstances = 0;

    friend bool operator==(const ApplicationGroup &, const ApplicationGroup &) = default;
};
