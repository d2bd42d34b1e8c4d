#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rd {

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
    QLocale::setDefault(locale);
    // Switching back to English removes the Korean catalogue rather than installing an empty
    // one: Qt sends no LanguageChange for a catalogue it considers empty.
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

QString translateInto(const QString &language, const char *context, const char *source)
{
    if (language != QLatin1String("ko"))
        return QString::fromUtf8(source);
    // Loaded once; translate() of a loaded catalogue only reads it.
    static const QTranslator *const korean = [] {
        auto *translator = new QTranslator;
        if (!translator->load(QStringLiteral(":/i18n/referral-desk_ko.qm")))
            qWarning("The Korean catalogue is missing from this build.");
        return translator;
    }();
    const QString translated = korean->translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QLocale localeForLanguage(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code == QLatin1String("ko"))
        return system.language() == QLocale::Korean ? system : QLocale(QLocale::Korean, QLocale::SouthKorea);
    if (code == QLatin1String("en"))
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
    return system;
}

QString currentLanguage()
{
    return QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

} // namespace rd
