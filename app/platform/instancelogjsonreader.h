#pragma once

#include "core/apiresult.h"
#include "core/instancelog.h"

#include <QJsonObject>

/** Reads DescribeInstanceLog's answer (reference 9.5): the log is the string in `Data`. */
namespace InstanceLogJsonReader {

/// `which` names the instance, container and run that were asked for; the answer adds the text.
ApiResult<InstanceLog> log(const QJsonObject &envelope, const InstanceLog &which);

} // namespace InstanceLogJsonReader
