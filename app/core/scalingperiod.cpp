#include "scalingperiod.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace {

using namespace Qt::StringLiterals;

constexpr std::array<QStringView, 7> s_weekdays{u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};

std::optional<QList<int>> parseList(QStringView text, bool weekdays)
{
    QList<int> days;
    for (QStringView item : text.split(u',')) {
        item = item.trimmed();
        int day = 0;
        if (weekdays) {
            const auto found = std::find_if(s_weekdays.cbegin(), s_weekdays.cend(), [item](QStringView name) {
                return item.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (found == s_weekdays.cend())
                return std::nullopt;
            day = int(found - s_weekdays.cbegin()) + 1;
        } else {
            bool ok = false;
            day = item.toInt(&ok);
            if (!ok || day < 1 || day > 31)
                return std::nullopt;
        }
        if (!days.contains(day))
            days.append(day);
    }
    std::sort(days.begin(), days.end());
    return days;
}

} // namespace

std::optional<ScalingPeriod> ScalingPeriod::parse(QStringView text)
{
    const QList<QStringView> fields = text.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 3 || fields.at(1) != u"*")
        return std::nullopt;
    ScalingPeriod period;
    const bool anyDayOfMonth = fields.at(0) == u"*";
    const bool anyDayOfWeek = fields.at(2) == u"*";
    if (anyDayOfMonth && anyDayOfWeek)
        return period;
    if (!anyDayOfMonth && !anyDayOfWeek)
        return std::nullopt;
    const std::optional<QList<int>> days =
        parseList(anyDayOfMonth ? fields.at(2) : fields.at(0), anyDayOfMonth);
    if (!days)
        return std::nullopt;
    period.m_kind = anyDayOfMonth ? Kind::DaysOfWeek : Kind::DaysOfMonth;
    period.m_days = *days;
    return period;
}

bool ScalingPeriod::includes(const QDate &date) const
{
    switch (m_kind) {
    case Kind::EveryDay:
        return true;
    case Kind::DaysOfWeek:
        return m_days.contains(date.dayOfWeek());
    case Kind::DaysOfMonth:
        return m_days.contains(date.day());
    }
    return false;
}

bool ScalingPeriod::overlaps(const ScalingPeriod &other) const
{
    if (m_kind == Kind::EveryDay || other.m_kind == Kind::EveryDay)
        return true;
    if (m_kind != other.m_kind)
        return true; // some Monday is a 1st, some Friday a 31st, ...
    return std::any_of(m_days.cbegin(), m_days.cend(),
                       [&other](int day) { return other.m_days.contains(day); });
}

QString ScalingPeriod::toString() const
{
    QStringList items;
    for (int day : m_days)
        items.append(m_kind == Kind::DaysOfWeek ? s_weekdays.at(day - 1).toString() : QString::number(day));
    switch (m_kind) {
    case Kind::EveryDay:
        return u"* * *"_s;
    case Kind::DaysOfWeek:
        return u"* * "_s + items.join(u',');
    case Kind::DaysOfMonth:
        return items.join(u',') + u" * *"_s;
    }
    return {};
}
