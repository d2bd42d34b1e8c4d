#pragma once

#include "status.h"

#include <QString>
#include <QStringList>

namespace rd {

// Preset reasons for "No thanks", Decline and Lost. They are stored as codes beside their
// English words, so that each reader sees them in their own language; a reason the rep typed
// has no code and stays as typed.
namespace Reasons {

// The presets offered for an action, in the order the dialog lists them.
QStringList presetCodes(Action action);
bool isPreset(const QString &code);
// The preset in the current language (QCoreApplication's translators).
QString title(const QString &code);
// The preset's English words, as stored in the reason text.
QString englishTitle(const QString &code);
// What to show for a stored reason: the preset in the reader's language, or the typed text.
QString display(const QString &reason, const QString &code);

} // namespace Reasons

} // namespace rd
