#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace rd {

// A partner organisation taking part in the programme: the database's own company, or, for a
// vendor or distributor running a programme, each of its partners.
struct PartnerOrganisation
{
    QString id;
    QString name;
};

// Where a business profile does business: a city in a country (ISO 3166 alpha-2).
struct ProfileLocation
{
    QString city;
    QString country;

    bool operator==(const ProfileLocation &) const = default;
};

// Who receives the alerts of a profile's region, in their language.
struct ProfileContact
{
    QString name;
    QString email;
    QString locale = QStringLiteral("en"); // "ko" or "en"

    bool operator==(const ProfileContact &) const = default;
};

// One business profile per region where a partner does business (REFERRALS.md): the contact
// who is told of new referrals, up to five locations, a description, the expertise customers
// find it by, and the customer sizes it does not serve.
struct BusinessProfile
{
    QString id;
    QString partnerId;
    QString region;
    bool active = true; // a paused profile is not found and gets no referrals
    ProfileContact contact;
    QList<ProfileLocation> locations;
    QString description;
    QStringList industries; // taxonomy ids
    QStringList products;
    QStringList services;
    QStringList solutions;
    QStringList keywords;      // free words, in any language
    QStringList excludedSizes; // customer size names it opted out of

    bool operator==(const BusinessProfile &) const = default;
};

inline constexpr int kMaxProfileLocations = 5;
inline constexpr int kMaxProfileDescriptionLength = 2500;
inline constexpr int kMaxProfileNameLength = 200;
inline constexpr int kMaxProfileKeywords = 50;

// What is wrong with a profile, one sentence a problem in the reader's language, naming the
// field; empty when it may be stored. Taxonomy and size ids are canonical already.
QStringList problemsIn(const BusinessProfile &profile);
// The same for a partner organisation (an id and a name).
QStringList problemsIn(const PartnerOrganisation &partner);

// An e-mail address as a mail server accepts it: local@domain, one @, a dot in the domain, no
// spaces or control characters.
bool isPlausibleEmail(const QString &address);

} // namespace rd

Q_DECLARE_METATYPE(rd::BusinessProfile)

namespace rd {

// Where a referral from a customer in `country` goes among one organisation's profiles: the
// first active one (in id order) with a location there; empty when none has.
QString profileForCountry(const QList<BusinessProfile> &profiles, const QString &country);

} // namespace rd
