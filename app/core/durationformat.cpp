#include "durationformat.h"

#include <QCoreApplication>

namespace DurationFormat {

QString compact(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (seconds < minute)
        //: a duration in seconds, compact, e.g. "45s"
        return QCoreApplication::translate("DurationFormat", "%1s").arg(seconds);
    if (seconds < hour)
        //: a duration in minutes, compact, e.g. "12m"
        return QCoreApplication::translate("DurationFormat", "%1m").arg(seconds / minute);
    if (seconds < day)
        //: a duration in hours and minutes, compact, e.g. "3h 5m"
        return QCoreApplication::translate("DurationFormat", "%1h %2m")
            .arg(seconds / hour)
            .arg(seconds % hour / minute);
    //: a duration in days and hours, compact, e.g. "4d 2h"
    return QCoreApplication::translate("DurationFormat", "%1d %2h")
        .arg(seconds / day)
        .arg(seconds % day / hour);
}

} // namespace DurationFormat
