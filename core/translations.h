#pragma once

#include <QLocale>

class QCoreApplication;

// Installs Referral Desk's own messages and Qt's for `locale`, replacing any installed before.
// English is the source language: its catalogue holds only plural forms.
void installTranslations(const QLocale &locale);
