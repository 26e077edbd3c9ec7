#pragma once

#include "core/apiresult.h"
#include "core/applicationconfig.h"
#include "core/applicationstatus.h"
#include "core/appversion.h"

#include <QJsonObject>
#include <QList>

/**
 * Reads DescribeApplicationConfig, DescribeApplicationStatus and ListAppVersions (reference 9.1)
 * into domain values, with SaeJsonReader's tolerance: what cannot be read is a Parse error naming
 * the field, with the RequestId.
 */
namespace ApplicationJsonReader {

ApiResult<ApplicationConfig> config(const QJsonObject &envelope);
ApiResult<ApplicationStatus> status(const QJsonObject &envelope);
ApiResult<QList<AppVersion>> versions(const QJsonObject &envelope);

} // namespace ApplicationJsonReader
