#pragma once

#include <QString>

namespace rd {

// The UI language: chosen on the command line (--lang), else the one the user picked last in
// View > Language, else the system's.
QString startupLanguage(const QString &commandLineChoice);
// Speaks `language` ("ko" or "en") from now on: catalogues, formats, and every open window.
void applyLanguage(const QString &language);

} // namespace rd
