#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

bool install(const QLocale &locale)
{
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    // English is the source language, but its plural forms ("1 application", "2 applications")
    // come from opsconsole_en; it also stands in when the locale has no translation of its own.
    auto *translator = new QTranslator(QCoreApplication::instance());
    const bool found =
        translator->load(locale, QStringLiteral("opsconsole"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found || translator->load(QStringLiteral(":/i18n/opsconsole_en.qm"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
    return found || locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace Translations
