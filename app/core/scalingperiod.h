#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/**
 * The day selector of a timer scaling rule (reference 7.3, `period`), in three forms:
 * `* * *` every day; `* * Fri,Mon` on those weekdays; `1,2,3,28,31 * *` on those days of the
 * month (a day a month does not have is skipped). Times and dates are GMT+8.
 */
class ScalingPeriod
{
public:
    enum class Kind
    {
        EveryDay,
        DaysOfWeek,
        DaysOfMonth,
    };

    /// Nullopt when the text is none of the three forms.
    static std::optional<ScalingPeriod> parse(QStringView text);

    Kind kind() const { return m_kind; }
    /// Days of the week 1 (Monday) to 7 (Sunday), or days of the month 1 to 31, ascending.
    const QList<int> &days() const { return m_days; }
    bool includes(const QDate &date) const;
    /// True when some date is included by both periods.
    bool overlaps(const ScalingPeriod &other) const;
    /// The canonical text, e.g. `* * Mon,Fri`.
    QString toString() const;

private:
    Kind m_kind = Kind::EveryDay;
    QList<int> m_days;
};
