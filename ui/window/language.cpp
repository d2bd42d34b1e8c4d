#include "language.h"

#include "translations.h"

#include <QSettings>

namespace rd {

QString startupLanguage(const QString &commandLineChoice)
{
    if (!commandLineChoice.isEmpty())
        return commandLineChoice;
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void applyLanguage(const QString &language)
{
    installTranslations(localeForLanguage(language));
}

} // namespace rd
