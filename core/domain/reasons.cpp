#include "reasons.h"

#include <QCoreApplication>

namespace rd {

namespace {

struct Preset
{
    const char *code;
    const char *english;
    bool lost; // a reason a deal was lost, or one for not taking a referral
};

// Codes are stable (they are stored); the English words may be reworded.
constexpr Preset kPresets[] = {
    {"outside-region", QT_TRANSLATE_NOOP("Reasons", "Outside the regions we serve"), false},
    {"not-our-expertise", QT_TRANSLATE_NOOP("Reasons", "Not our area of expertise"), false},
    {"customer-too-small", QT_TRANSLATE_NOOP("Reasons", "Customer too small for us"), false},
    {"customer-too-large", QT_TRANSLATE_NOOP("Reasons", "Customer too large for us"), false},
    {"no-capacity", QT_TRANSLATE_NOOP("Reasons", "No capacity right now"), false},
    {"budget-too-low", QT_TRANSLATE_NOOP("Reasons", "Budget too low"), false},
    {"duplicate", QT_TRANSLATE_NOOP("Reasons", "Duplicate of another referral"), false},
    {"spam", QT_TRANSLATE_NOOP("Reasons", "Looks like spam"), false},
    {"chose-another-partner", QT_TRANSLATE_NOOP("Reasons", "The customer chose another partner"), true},
    {"price", QT_TRANSLATE_NOOP("Reasons", "Price"), true},
    {"budget-cut", QT_TRANSLATE_NOOP("Reasons", "The customer's budget was cut"), true},
    {"project-cancelled", QT_TRANSLATE_NOOP("Reasons", "The project was cancelled"), true},
    {"stopped-answering", QT_TRANSLATE_NOOP("Reasons", "The customer stopped answering"), true},
    {"timing", QT_TRANSLATE_NOOP("Reasons", "Timing did not fit"), true},
};

const Preset *preset(const QString &code)
{
    for (const Preset &entry : kPresets) {
        if (code == QLatin1String(entry.code))
            return &entry;
    }
    return nullptr;
}

} // namespace

namespace Reasons {

QStringList presetCodes(Action action)
{
    const bool lost = action == Action::Lost;
    QStringList codes;
    for (const Preset &entry : kPresets) {
        if (entry.lost == lost)
            codes.append(QString::fromLatin1(entry.code));
    }
    return codes;
}

bool isPreset(const QString &code)
{
    return preset(code) != nullptr;
}

QString title(const QString &code)
{
    const Preset *entry = preset(code);
    return entry ? QCoreApplication::translate("Reasons", entry->english) : QString();
}

QString englishTitle(const QString &code)
{
    const Preset *entry = preset(code);
    return entry ? QString::fromLatin1(entry->english) : QString();
}

QString display(const QString &reason, const QString &code)
{
    return isPreset(code) ? title(code) : reason;
}

} // namespace Reasons

} // namespace rd
