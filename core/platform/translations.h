#pragma once

#include <QLocale>

class QCoreApplication;

namespace rd {

// Installs Referral Desk's own messages and Qt's for `locale`, replacing any installed before.
// English is the source language: its catalogue holds only plural forms.
// Also makes `locale` the default, so that dates, numbers and money follow the language.
void installTranslations(const QLocale &locale);

// The locale for a language the user chose ("ko" or "en"); the system's locale when it speaks
// that language (an English user in Britain keeps British dates), else the language's home.
// Empty or unknown codes give the system locale.
QLocale localeForLanguage(const QString &code);
// "ko" or "en": the language the UI speaks now.
QString currentLanguage();

// `source` of `context` in `language` ("ko" or "en"), whatever the UI speaks: an e-mail is
// written in its recipient's language. Mark such sources with QT_TRANSLATE_NOOP. Thread-safe.
QString translateInto(const QString &language, const char *context, const char *source);

} // namespace rd
