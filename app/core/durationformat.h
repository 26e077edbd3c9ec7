#pragma once

#include <QString>

/** Compact, translated durations for tables and status bars: "45s", "12m", "3h 5m", "4d 2h". */
namespace DurationFormat {
QString compact(qint64 seconds);
} // namespace DurationFormat
