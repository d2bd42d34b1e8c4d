#include "displaytext.h"

#include "deadlinepolicy.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace rd {

namespace {

// Short formats write "6/30/27" or "27. 6. 30.": a year of two digits reads as a day or a
// month, and the year 2127 as 2027.
QString withFourDigitYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

bool isHangul(QStringView text)
{
    bool any = false;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        const bool hangul = (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F);
        if (!hangul)
            return false;
        any = true;
    }
    return any;
}

} // namespace

namespace DisplayText {

QString timeLeft(qint64 milliseconds)
{
    // Plain ints for %n: lupdate 6.4 hangs on an expression in that argument.
    const int minutes = static_cast<int>(qMax<qint64>(0, milliseconds / 60000));
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    const int days = hours / 24;
    if (minutes < 1)
        return QCoreApplication::translate("DisplayText", "under a minute");
    if (minutes < 60)
        return QCoreApplication::translate("DisplayText", "%n min", nullptr, minutes);
    if (hours < 48) {
        if (rest == 0)
            return QCoreApplication::translate("DisplayText", "%n h", nullptr, hours);
        return QCoreApplication::translate("DisplayText", "%1 h %2 min").arg(hours).arg(rest);
    }
    return QCoreApplication::translate("DisplayText", "%n day(s)", nullptr, days);
}

QString deadlineState(const QDateTime &deadline, const QDateTime &now)
{
    if (!deadline.isValid())
        return {};
    if (!deadlinePassed(deadline, now))
        return QCoreApplication::translate("DisplayText", "%1 left").arg(timeLeft(now.msecsTo(deadline)));
    return QCoreApplication::translate("DisplayText", "passed %1 ago").arg(timeLeft(deadline.msecsTo(now)));
}

QString targetState(const Referral &referral, const QDateTime &now)
{
    switch (respondTargetState(referral, now)) {
    case TargetState::None:
        return {};
    case TargetState::Due:
        return QCoreApplication::translate("DisplayText", "due in %1").arg(timeLeft(now.msecsTo(referral.respondBy)));
    case TargetState::Passed:
        return deadlineState(referral.respondBy, now);
    case TargetState::Met:
        return QCoreApplication::translate("DisplayText", "met");
    case TargetState::Missed:
        return QCoreApplication::translate("DisplayText", "missed");
    }
    return {};
}

QString exactTime(const QDateTime &instant, const QLocale &locale)
{
    if (!instant.isValid())
        return {};
    return QCoreApplication::translate("DisplayText", "%1 (your time)\n%2 UTC")
        .arg(locale.toString(instant.toLocalTime(), QLocale::LongFormat),
             locale.toString(instant.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString dateFormat(const QLocale &locale)
{
    return withFourDigitYear(locale.dateFormat(QLocale::ShortFormat));
}

QString date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString localDate(const QDateTime &instant, const QLocale &locale)
{
    return instant.isValid() ? date(instant.toLocalTime().date(), locale) : QString();
}

QString localDateTime(const QDateTime &instant, const QLocale &locale)
{
    return instant.isValid() ? locale.toString(instant.toLocalTime(), withFourDigitYear(locale.dateTimeFormat(QLocale::ShortFormat)))
                             : QString();
}

QString money(const Money &value, const QLocale &locale)
{
    // The deal's currency decides the decimals, the UI's locale the grouping and separators.
    return formatMoney(value, locale);
}

QString customerSize(const QString &size)
{
    // The sizes' names, with their thousands separators, are in the taxonomy table.
    return Taxonomy::displayName(TaxonomyKind::CustomerSize, size);
}

QString personName(const Contact &contact)
{
    const QString first = contact.firstName.trimmed();
    const QString last = contact.lastName.trimmed();
    const bool hangul = (first.isEmpty() || isHangul(first)) && (last.isEmpty() || isHangul(last)) && !(first + last).isEmpty();
    if (hangul)
        return last + first;
    return QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
}

QString referralName(const Referral &referral)
{
    return referral.name.trimmed().isEmpty() ? referral.id : referral.name.trimmed();
}

QString country(const QString &code)
{
    if (code.isEmpty())
        return {};
    // Qt names territories only in English; the countries partners here deal with most are
    // named in the UI's language, the rest fall back to Qt's English name.
    static const struct
    {
        const char *code;
        const char *name;
    } kCountries[] = {
        {"KR", QT_TRANSLATE_NOOP("Country", "South Korea")}, {"US", QT_TRANSLATE_NOOP("Country", "United States")},
        {"GB", QT_TRANSLATE_NOOP("Country", "United Kingdom")}, {"AU", QT_TRANSLATE_NOOP("Country", "Australia")},
        {"CA", QT_TRANSLATE_NOOP("Country", "Canada")}, {"SG", QT_TRANSLATE_NOOP("Country", "Singapore")},
        {"JP", QT_TRANSLATE_NOOP("Country", "Japan")}, {"CN", QT_TRANSLATE_NOOP("Country", "China")},
        {"TW", QT_TRANSLATE_NOOP("Country", "Taiwan")}, {"HK", QT_TRANSLATE_NOOP("Country", "Hong Kong")},
        {"VN", QT_TRANSLATE_NOOP("Country", "Vietnam")}, {"IN", QT_TRANSLATE_NOOP("Country", "India")},
        {"DE", QT_TRANSLATE_NOOP("Country", "Germany")}, {"FR", QT_TRANSLATE_NOOP("Country", "France")},
        {"NZ", QT_TRANSLATE_NOOP("Country", "New Zealand")},
    };
    for (const auto &country : kCountries) {
        if (code == QLatin1String(country.code))
            return QCoreApplication::translate("Country", country.name);
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QLocale::territoryToString(territory);
}

} // namespace DisplayText

} // namespace rd
