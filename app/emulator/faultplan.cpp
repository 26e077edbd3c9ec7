#include "faultplan.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <optional>

namespace {

using namespace Qt::StringLiterals;

const QString s_knownKeys =
    u"latency, error-rate, malformed-rate, truncate-rate, drop-rate, throttling-storm, seed"_s;

/// `300ms`, `2s`, `1.5s`: a duration with its unit, in milliseconds, or nullopt.
std::optional<double> parseMilliseconds(QStringView text)
{
    static const QRegularExpression format(u"^(\\d+(?:\\.\\d+)?)(ms|s)$"_s);
    const QRegularExpressionMatch match = format.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double amount = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return match.captured(2) == u"s" ? amount * 1000 : amount;
}

QString formatDuration(std::chrono::milliseconds duration)
{
    return u"%1ms"_s.arg(duration.count());
}

QString formatRate(double rate)
{
    return QString::number(rate, 'g', QLocale::FloatingPointShortest);
}

QString exampleValue(QStringView key)
{
    if (key == u"latency")
        return u"300ms"_s;
    if (key == u"seed")
        return u"7"_s;
    return u"0.05"_s;
}

std::optional<QString> parseLatency(QStringView value, FaultPlan *plan)
{
    const qsizetype range = value.indexOf(u"..");
    const QStringView first = range < 0 ? value : value.left(range);
    const QStringView last = range < 0 ? value : value.mid(range + 2);
    const std::optional<double> minimum = parseMilliseconds(first);
    const std::optional<double> maximum = parseMilliseconds(last);
    if (!minimum || !maximum) {
        return u"latency wants a duration in ms or s, like 300ms, 1.5s or 100ms..800ms, not \"%1\""_s.arg(
            value);
    }
    const double longest = double(FaultPlan::longestLatency.count());
    if (*minimum > longest || *maximum > longest)
        return u"latency must not be longer than %1s"_s.arg(FaultPlan::longestLatency.count() / 1000);
    if (*minimum > *maximum)
        return u"latency range %1 runs backwards; write the shorter duration first"_s.arg(value);
    plan->minimumLatency = std::chrono::milliseconds(qRound64(*minimum));
    plan->maximumLatency = std::chrono::milliseconds(qRound64(*maximum));
    return std::nullopt;
}

std::optional<QString> parseRate(QStringView key, QStringView value, double *rate)
{
    bool ok = false;
    const double parsed = value.toDouble(&ok);
    if (!ok || qIsNaN(parsed))
        return u"%1 wants a number from 0 to 1, like %1=0.05; \"%2\" is not a number"_s.arg(key, value);
    if (parsed < 0 || parsed > 1)
        return u"%1 must be from 0 to 1, not %2"_s.arg(key, value);
    *rate = parsed;
    return std::nullopt;
}

std::optional<QString> parseSwitch(QStringView key, QStringView value, bool *on)
{
    if (value == u"on" || value == u"true" || value == u"1") {
        *on = true;
        return std::nullopt;
    }
    if (value == u"off" || value == u"false" || value == u"0") {
        *on = false;
        return std::nullopt;
    }
    return u"%1 wants on or off, not \"%2\""_s.arg(key, value);
}

} // namespace

bool FaultPlan::isActive() const
{
    return maximumLatency.count() > 0 || errorRate > 0 || malformedRate > 0 || truncateRate > 0
           || dropRate > 0 || throttlingStorm;
}

std::variant<FaultPlan, QString> FaultPlan::parse(QStringView spec)
{
    FaultPlan plan;
    if (spec.trimmed().isEmpty())
        return plan;
    QSet<QString> seen;
    for (const QStringView rawEntry : spec.split(u',')) {
        const QStringView entry = rawEntry.trimmed();
        if (entry.isEmpty())
            return u"an empty entry in \"%1\"; separate faults with single commas"_s.arg(spec);
        const qsizetype equals = entry.indexOf(u'=');
        const QStringView key = (equals < 0 ? entry : entry.left(equals)).trimmed();
        const std::optional<QStringView> value =
            equals < 0 ? std::nullopt : std::optional<QStringView>(entry.mid(equals + 1).trimmed());
        if (seen.contains(key.toString()))
            return u"%1 is given twice"_s.arg(key);
        seen.insert(key.toString());

        std::optional<QString> error;
        if (key == u"throttling-storm") {
            plan.throttlingStorm = true;
            if (value)
                error = parseSwitch(key, *value, &plan.throttlingStorm);
        } else if (key == u"latency" || key == u"error-rate" || key == u"malformed-rate"
                   || key == u"truncate-rate" || key == u"drop-rate" || key == u"seed") {
            if (!value || value->isEmpty())
                return u"%1 wants a value, like %1=%2"_s.arg(key, exampleValue(key));
            if (key == u"latency") {
                error = parseLatency(*value, &plan);
            } else if (key == u"seed") {
                bool ok = false;
                plan.seed = value->toULongLong(&ok);
                if (!ok)
                    error = u"seed wants a non-negative integer, not \"%1\""_s.arg(*value);
            } else {
                double *rate = key == u"error-rate"       ? &plan.errorRate
                               : key == u"malformed-rate" ? &plan.malformedRate
                               : key == u"truncate-rate"  ? &plan.truncateRate
                                                          : &plan.dropRate;
                error = parseRate(key, *value, rate);
            }
        } else {
            error = u"unknown fault \"%1\"; the known ones are %2"_s.arg(key, s_knownKeys);
        }
        if (error)
            return *error;
    }
    // Each request suffers at most one of them, so together they are a share of all requests.
    const double total = plan.errorRate + plan.malformedRate + plan.truncateRate + plan.dropRate;
    if (total > 1 + 1e-9) {
        return u"error-rate, malformed-rate, truncate-rate and drop-rate add up to %1; together they "
               "must not exceed 1"_s.arg(QString::number(total, 'g', 6));
    }
    return plan;
}

QString FaultPlan::toString() const
{
    if (!isActive())
        return {};
    QStringList entries;
    if (maximumLatency.count() > 0) {
        QString latency = u"latency="_s + formatDuration(minimumLatency);
        if (maximumLatency != minimumLatency)
            latency += u".."_s + formatDuration(maximumLatency);
        entries.append(latency);
    }
    const std::pair<QString, double> rates[] = {{u"error-rate"_s, errorRate},
                                                {u"malformed-rate"_s, malformedRate},
                                                {u"truncate-rate"_s, truncateRate},
                                                {u"drop-rate"_s, dropRate}};
    for (const auto &[key, rate] : rates) {
        if (rate > 0)
            entries.append(key + u'=' + formatRate(rate));
    }
    if (throttlingStorm)
        entries.append(u"throttling-storm"_s);
    entries.append(u"seed=%1"_s.arg(seed));
    return entries.join(u',');
}
