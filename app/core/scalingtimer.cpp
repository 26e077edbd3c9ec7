#include "scalingtimer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QTime ScalingTimer::Schedule::time() const
{
    return parseTime(atTime);
}

QDate ScalingTimer::begin() const
{
    return parseDate(beginDate);
}

QDate ScalingTimer::end() const
{
    return parseDate(endDate);
}

bool ScalingTimer::isValidOn(const QDate &date) const
{
    const QDate first = begin();
    const QDate last = end();
    if (first.isValid() && date < first)
        return false;
    if (last.isValid() && date > last)
        return false;
    return true;
}

QString ScalingTimer::effectiveTimeZone() const
{
    return timeZone.isEmpty() ? QString::fromLatin1(defaultTimeZone) : timeZone;
}

QTime ScalingTimer::parseTime(const QString &text)
{
    static const QRegularExpression pattern(u"^([01][0-9]|2[0-3]):([0-5][0-9])$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

QDate ScalingTimer::parseDate(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, u"yyyy-MM-dd"_s);
}
