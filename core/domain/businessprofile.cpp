#include "businessprofile.h"

#include "taxonomy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace rd {

namespace {

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// A name-like field: present, of reasonable length, plain text.
void checkName(const QString &value, const QString &field, QStringList *problems)
{
    if (value.trimmed().isEmpty())
        problems->append(QCoreApplication::translate("BusinessProfile", "The %1 is missing.").arg(field));
    else if (value.size() > kMaxProfileNameLength)
        problems->append(QCoreApplication::translate("BusinessProfile", "The %1 is longer than %2 characters.").arg(field).arg(kMaxProfileNameLength));
    else if (hasControlCharacters(value))
        problems->append(QCoreApplication::translate("BusinessProfile", "The %1 holds control characters, which are not text.").arg(field));
}

bool isCountryCode(const QString &code)
{
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    return twoLetters.match(code).hasMatch() && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

} // namespace

bool isPlausibleEmail(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return address.size() <= 254 && !hasControlCharacters(address) && pattern.match(address).hasMatch();
}

QStringList problemsIn(const PartnerOrganisation &partner)
{
    QStringList problems;
    checkName(partner.id, QCoreApplication::translate("BusinessProfile", "partner id"), &problems);
    checkName(partner.name, QCoreApplication::translate("BusinessProfile", "partner name"), &problems);
    return problems;
}

QStringList problemsIn(const BusinessProfile &profile)
{
    QStringList problems;
    checkName(profile.id, QCoreApplication::translate("BusinessProfile", "profile id"), &problems);
    checkName(profile.partnerId, QCoreApplication::translate("BusinessProfile", "partner of the profile"), &problems);
    checkName(profile.region, QCoreApplication::translate("BusinessProfile", "region"), &problems);
    checkName(profile.contact.name, QCoreApplication::translate("BusinessProfile", "contact's name"), &problems);
    if (!isPlausibleEmail(profile.contact.email))
        problems.append(QCoreApplication::translate("BusinessProfile", "The contact's e-mail address \"%1\" is not an address mail can go to.").arg(profile.contact.email));
    if (profile.contact.locale != QLatin1String("ko") && profile.contact.locale != QLatin1String("en"))
        problems.append(QCoreApplication::translate("BusinessProfile", "The contact's language must be ko or en, not \"%1\".").arg(profile.contact.locale));

    if (profile.locations.isEmpty())
        problems.append(QCoreApplication::translate("BusinessProfile", "A profile needs at least one location."));
    if (profile.locations.size() > kMaxProfileLocations)
        problems.append(QCoreApplication::translate("BusinessProfile", "A profile has at most %1 locations.").arg(kMaxProfileLocations));
    for (const ProfileLocation &location : profile.locations) {
        checkName(location.city, QCoreApplication::translate("BusinessProfile", "city of a location"), &problems);
        if (!isCountryCode(location.country))
            problems.append(QCoreApplication::translate("BusinessProfile", "The country of a location must be a two-letter ISO 3166 code such as KR or US, not \"%1\".").arg(location.country));
    }

    if (profile.description.size() > kMaxProfileDescriptionLength)
        problems.append(QCoreApplication::translate("BusinessProfile", "The description is longer than %1 characters.").arg(kMaxProfileDescriptionLength));
    if (profile.keywords.size() > kMaxProfileKeywords)
        problems.append(QCoreApplication::translate("BusinessProfile", "A profile has at most %1 keywords.").arg(kMaxProfileKeywords));
    for (const QString &keyword : profile.keywords)
        checkName(keyword, QCoreApplication::translate("BusinessProfile", "keyword"), &problems);
    for (const QString &size : profile.excludedSizes) {
        if (!Taxonomy::find(TaxonomyKind::CustomerSize, size))
            problems.append(QCoreApplication::translate("BusinessProfile", "\"%1\" is not a customer size of Partner Center.").arg(size));
    }
    return problems;
}

} // namespace rd

namespace rd {

QString profileForCountry(const QList<BusinessProfile> &profiles, const QString &country)
{
    const QString wanted = country.trimmed().toUpper();
    if (wanted.isEmpty())
        return {};
    QString chosen;
    for (const BusinessProfile &profile : profiles) {
        if (!profile.active || (!chosen.isEmpty() && profile.id >= chosen))
            continue;
        for (const ProfileLocation &location : profile.locations) {
            if (location.country.toUpper() == wanted) {
                chosen = profile.id;
                break;
            }
        }
    }
    return chosen;
}

} // namespace rd
