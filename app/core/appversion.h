#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

/**
 * A version an application ran, as ListAppVersions lists it (reference 9.1): its ID for
 * DescribeApplicationConfig(VersionId) and RollbackApplication, and whether it was an image or a
 * package. ListAppVersions does not say which image or package version it was; the configuration
 * of that version (DescribeApplicationConfig with its VersionId) does.
 */
struct AppVersion
{
    enum class Type
    {
        Image,   ///< `image`
        Package, ///< `url`: a JAR, WAR or ZIP package
        Unrecognised,
    };

    QString versionId;
    QString typeText;
    Type type = Type::Unrecognised;
    QDateTime createdAt;
    QString buildPackageUrl; ///< not downloadable as such (reference: GetPackageVersionAccessableUrl)
    QString warUrl;

    static Type typeFromWire(QStringView text);

    friend bool operator==(const AppVersion &, const AppVersion &) = default;
};
