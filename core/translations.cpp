#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

QTranslator &ownTranslator()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}

} // namespace

void installTranslations(const QLocale &locale)
{
    QCoreApplication::removeTranslator(&ownTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    // English needs its catalogue only for plural forms.
    const QLocale catalogue = english ? QLocale(QLocale::English) : locale;
    if (ownTranslator().load(catalogue, QStringLiteral("referral-desk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&ownTranslator());
    if (english)
        return;
    if (qtTranslator().load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
}
