#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

/**
 * The schedule of a timing or mix scaling rule (reference 7.3): the dates it is valid (both
 * empty: for ever), the days it runs (`period`) and up to 20 points in the day. Timing rules set
 * `targetReplicas` at each point; mix rules set `minReplicas`/`maxReplicas` for the metric part.
 * Texts are kept as sent, so that a malformed value can be reported as SAE reports it.
 */
struct ScalingTimer
{
    /// The time zone SAE documents for schedules (GMT+8).
    static constexpr char defaultTimeZone[] = "Asia/Shanghai";

    struct Schedule
    {
        QString atTime; ///< `HH:mm`
        std::optional<int> targetReplicas;
        std::optional<int> minReplicas;
        std::optional<int> maxReplicas;

        /// The parsed `atTime`; invalid unless it is exactly `HH:mm`.
        QTime time() const;

        friend bool operator==(const Schedule &, const Schedule &) = default;
    };

    QString beginDate; ///< `yyyy-MM-dd`, or empty
    QString endDate;   ///< `yyyy-MM-dd`, or empty
    QString period = QStringLiteral("* * *");
    QString timeZone; ///< empty: defaultTimeZone
    QList<Schedule> schedules;

    /// Invalid when unset or not `yyyy-MM-dd`.
    QDate begin() const;
    QDate end() const;
    bool isLongTerm() const { return beginDate.isEmpty() && endDate.isEmpty(); }
    /// True when `date` (in the rule's time zone) lies within beginDate..endDate.
    bool isValidOn(const QDate &date) const;
    QString effectiveTimeZone() const;

    /// `HH:mm`, strictly: two digits each, 00:00 to 23:59.
    static QTime parseTime(const QString &text);
    /// `yyyy-MM-dd`, strictly.
    static QDate parseDate(const QString &text);

    friend bool operator==(const ScalingTimer &, const ScalingTimer &) = default;
};
