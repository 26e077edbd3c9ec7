#pragma once

#include <QString>

/**
 * `--color-scheme light|dark`: the Fusion style with a light or a dark palette, for screenshots
 * and for desktops whose theme Qt 6.4 cannot read. Without it the console keeps the platform's
 * style and palette, and every widget takes its colours from them.
 */
namespace ColorScheme {

/// Applies "light" or "dark"; anything else leaves the system's palette.
void apply(const QString &scheme);

} // namespace ColorScheme
