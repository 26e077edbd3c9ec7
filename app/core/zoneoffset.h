#pragma once

#include <QString>

/** How the console names a time zone by its offset from UTC: "GMT+8", "GMT+5:30", "GMT-3", "GMT". */
namespace ZoneOffset {
QString text(int offsetSeconds);
} // namespace ZoneOffset
