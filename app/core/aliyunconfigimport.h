#pragma once

#include "core/profileimport.h"

#include <QByteArray>
#include <QString>

class QProcessEnvironment;

/**
 * Brings existing Alibaba Cloud credentials into the console (DESIGN.md section 6): the aliyun
 * CLI's `~/.aliyun/config.json` and the standard environment variables.
 *
 * Only long-lived AccessKey pairs are imported: the CLI's `AK` mode. Profiles in other modes
 * (StsToken, RamRoleArn, EcsRamRole, ...) are reported as skipped with the reason, as are entries
 * that are incomplete or malformed. Imported profiles are Alibaba Cloud profiles with the source's
 * name and region and this console's defaults for everything else. Nothing here writes anything:
 * the caller stores the profiles and hands the secrets to a SecretStore.
 */
namespace AliyunConfigImport {

/// `~/.aliyun/config.json`.
QString defaultConfigPath();

/// Reads the CLI's config file; a missing or unreadable file is a warning, not a crash.
ProfileImport fromFile(const QString &path);
/// Parses the CLI's config.json: `{"current": ..., "profiles": [{"name", "mode", "access_key_id",
/// "access_key_secret", "region_id", ...}, ...]}`.
ProfileImport fromJson(const QByteArray &json);

/// The region an environment import uses when ALIBABA_CLOUD_REGION_ID is not set.
constexpr char defaultEnvironmentRegionId[] = "cn-hangzhou";

/**
 * One profile from ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, in the region
 * of ALIBABA_CLOUD_REGION_ID when it is set and valid. A pair that comes with
 * ALIBABA_CLOUD_SECURITY_TOKEN is temporary (STS) and is skipped.
 */
ProfileImport fromEnvironment(const QProcessEnvironment &environment);

} // namespace AliyunConfigImport
