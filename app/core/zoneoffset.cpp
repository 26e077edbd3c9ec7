#include "zoneoffset.h"

#include <cstdlib>

namespace ZoneOffset {

QString text(int offsetSeconds)
{
    using namespace Qt::StringLiterals;
    if (offsetSeconds == 0)
        return u"GMT"_s;
    const int minutes = std::abs(offsetSeconds) / 60;
    QString label = (offsetSeconds < 0 ? u"GMT-"_s : u"GMT+"_s) + QString::number(minutes / 60);
    if (minutes % 60 != 0)
        label += u':' + QString::number(minutes % 60).rightJustified(2, u'0');
    return label;
}

} // namespace ZoneOffset
