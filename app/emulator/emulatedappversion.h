#pragma once

#include <QDateTime>
#include <QString>

/**
 * A version the emulated application ran (ListAppVersions), the target of RollbackApplication: what
 * the fleet knows of it, more than the wire carries (the console reads the wire into core AppVersion).
 */
struct EmulatedAppVersion
{
    QString versionId;
    QDateTime createdAt;
    QString imageUrl;   ///< image deployments
    QString packageUrl; ///< package deployments
    QString version;    ///< the tag or package version the instances show

    /// `image` or `url`, as ListAppVersions' Type.
    QString type() const { return imageUrl.isEmpty() ? QStringLiteral("url") : QStringLiteral("image"); }

    friend bool operator==(const EmulatedAppVersion &, const EmulatedAppVersion &) = default;
};
