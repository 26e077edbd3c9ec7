#include "appversion.h"

AppVersion::Type AppVersion::typeFromWire(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.compare(u"image", Qt::CaseInsensitive) == 0)
        return Type::Image;
    if (trimmed.compare(u"url", Qt::CaseInsensitive) == 0)
        return Type::Package;
    return Type::Unrecognised;
}
