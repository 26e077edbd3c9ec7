#pragma once

#include <QLocale>

/** Loads the console's translation and Qt's own for a locale into the running application. */
namespace Translations {

/// True when a translation of the console was found (English needs none and also returns true).
bool install(const QLocale &locale);

} // namespace Translations
