#pragma once

#include <QLocale>

class QCoreApplication;

// Installs Referral Desk's own messages and Qt's for `locale`, replacing any installed before.
// English is the source language, so English needs no translator at all.
void installTranslations(const QLocale &locale);
