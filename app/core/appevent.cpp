#include "appevent.h"

using namespace Qt::StringLiterals;

AppEvent::Type AppEvent::typeFromWire(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.compare(u"Normal", Qt::CaseInsensitive) == 0)
        return Type::Normal;
    if (trimmed.compare(u"Warning", Qt::CaseInsensitive) == 0)
        return Type::Warning;
    return Type::Unrecognised;
}

QString AppEvent::toWire(Type type)
{
    switch (type) {
    case Type::Normal:
        return u"Normal"_s;
    case Type::Warning:
        return u"Warning"_s;
    case Type::Unrecognised:
        break;
    }
    return {};
}
