#include "instancelogjsonreader.h"

#include "platform/saejsonreader.h"

namespace InstanceLogJsonReader {

using namespace Qt::StringLiterals;

ApiResult<InstanceLog> log(const QJsonObject &envelope, const InstanceLog &which)
{
    const QJsonValue data = envelope.value(u"Data");
    if (data.isUndefined())
        return SaeJsonReader::parseError(envelope, SaeJsonReader::missing(u"Data"_s));
    if (data.isObject() || data.isArray())
        return SaeJsonReader::parseError(envelope, SaeJsonReader::wrongType(u"Data"_s));
    InstanceLog read = which;
    read.text = SaeJsonReader::text(data); // null: an empty log
    return read;
}

} // namespace InstanceLogJsonReader
