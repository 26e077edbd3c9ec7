#pragma once

#include <QDateTime>
#include <QString>

/** A deployed version of an application (ListAppVersions), the target of RollbackApplication. */
struct AppVersion
{
    QString versionId;
    QDateTime createdAt;
    QString imageUrl;   ///< image deployments
    QString packageUrl; ///< package deployments
    QString version;    ///< the tag or package version the instances show

    /// `image` or `url`, as ListAppVersions' Type.
    QString type() const { return imageUrl.isEmpty() ? QStringLiteral("url") : QStringLiteral("image"); }

    friend bool operator==(const AppVersion &, const AppVersion &) = default;
};
