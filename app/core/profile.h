#pragma once

#include "core/profileerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <optional>

/** Where a profile's calls go: the SAE emulator on this machine or Alibaba Cloud itself. */
enum class ProfileKind
{
    LocalEmulator,
    AlibabaCloud,
};

/// How a kind is spelled in the settings file: `local-emulator`, `alibaba-cloud`.
QString toSettingsValue(ProfileKind kind);
std::optional<ProfileKind> profileKindFromSettingsValue(QStringView value);

/**
 * A connection profile (DESIGN.md section 6): where to call, as whom, how fast, and which
 * namespaces need extra care. The name is the profile's key. The AccessKey secret is deliberately
 * not part of it: it lives in a SecretStore under the profile's name, so that a Profile can be
 * saved, copied and logged without ever carrying it.
 */
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr int defaultCallsPerMinute = 60;
    static constexpr int minimumCallsPerMinute = 1;
    static constexpr int maximumCallsPerMinute = 600;
    static constexpr int maximumNameLength = 64;
    /// The emulator's documented demo AccessKey ID (README); it protects nothing.
    static constexpr char localEmulatorAccessKeyId[] = "LTAI5tOpsConsoleDemoKey";
    static constexpr char localEmulatorRegionId[] = "cn-shenzhen";

    QString name;
    ProfileKind kind = ProfileKind::AlibabaCloud;
    /// The regions this profile works in; the first is the default.
    QStringList regions;
    /// SAE's endpoint for every region of the profile; empty: the default (see saeEndpoint()).
    QUrl saeEndpointOverride;
    /// CloudMonitor's endpoint for every region; empty: the default (see cloudMonitorEndpoint()).
    QUrl cloudMonitorEndpointOverride;
    QString accessKeyId;
    /// Wildcard patterns (`*`, `?`, case-insensitive) matched against a namespace's ID and name.
    QStringList protectedNamespacePatterns = defaultProtectedNamespacePatterns();
    /// The user's budget of calls per minute; the request scheduler keeps its own headroom.
    int callsPerMinute = defaultCallsPerMinute;

    /// "production", "cn-shanghai:prod", "prod-eu" ... are protected unless the user says otherwise.
    static QStringList defaultProtectedNamespacePatterns();
    /// The profile a first run starts with: the embedded emulator with its demo AccessKey ID.
    static Profile localEmulator();

    /// Looks like an Alibaba Cloud region ID: `cn-hangzhou`, `ap-southeast-1`, `cn-shanghai-finance-1`.
    static bool isRegionId(const QString &regionId);

    /// The first region, or empty when there is none.
    QString defaultRegion() const;

    /**
     * Where SAE calls for `regionId` go: the override when set; else `https://sae.<region>.aliyuncs.com`
     * for Alibaba Cloud. For the local emulator without an override it is empty: the embedded
     * emulator's address is only known once it listens.
     */
    QUrl saeEndpoint(const QString &regionId) const;
    /**
     * Where CloudMonitor calls for `regionId` go: the override when set; else
     * `https://metrics.<region>.aliyuncs.com` for Alibaba Cloud, and the SAE endpoint for the local
     * emulator, which serves both APIs.
     */
    QUrl cloudMonitorEndpoint(const QString &regionId) const;

    /// Whether a namespace needs the protected-namespace confirmation: a pattern matches its ID or name.
    bool isProtected(const QString &namespaceId, const QString &namespaceName) const;

    /// Every reason the profile cannot be used, in the order of the form's fields; empty when valid.
    QList<ProfileError> problems() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};
