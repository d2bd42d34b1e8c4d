#include "samplecustomers.h"

#include "samplerandom.h"

#include <QStringBuilder>

namespace rd {

namespace {

QList<Contact> contacts(SampleRandom &random, const SampleData &data, bool korean, const QString &domain,
                        const QString &phonePattern)
{
    const int count = random.chance(65) ? 1 : (random.chance(80) ? 2 : 3);
    QList<Contact> result;
    QStringList locals;
    for (int i = 0; i < count; ++i) {
        Contact contact;
        QString local;
        if (korean) {
            const SamplePersonName &surname = random.pick(data.koreanSurnames);
            const SamplePersonName &given = random.pick(data.koreanGivenNames);
            contact.firstName = given.text;
            contact.lastName = surname.text;
            contact.locale = QStringLiteral("ko-kr");
            contact.phone = random.fill(random.chance(60) ? QStringLiteral("+82 10 0??? ????") : phonePattern);
            local = given.roman % QLatin1Char('.') % surname.roman;
        } else {
            contact.firstName = random.pick(data.englishFirstNames);
            contact.lastName = random.pick(data.englishLastNames);
            contact.phone = random.fill(phonePattern);
            local = slugOf(contact.firstName) % QLatin1Char('.') % slugOf(contact.lastName);
        }
        if (locals.contains(local))
            local += QString::number(i + 1);
        locals.append(local);
        contact.email = local % QLatin1Char('@') % domain;
        result.append(contact);
    }
    return result;
}

SampleCustomer koreanCustomer(SampleRandom &random, const SampleData &data, const SampleIndustry &industry)
{
    Customer c;
    const SampleNamePart &stem = random.pick(data.koreanStems);
    const SampleNamePart &kind = random.pick(industry.korean);
    if (!kind.corporate) {
        c.name = stem.text % QLatin1Char(' ') % kind.text;
    } else {
        // The legal form goes before or after the name, in full or short, as companies write it.
        switch (random.below(4)) {
        case 0:
            c.name = stem.text % QLatin1Char(' ') % kind.text;
            break;
        case 1:
            c.name = stem.text % QLatin1Char(' ') % kind.text % QStringLiteral(" 주식회사");
            break;
        case 2:
            c.name = QStringLiteral("주식회사 ") % stem.text % kind.text;
            break;
        default:
            c.name = QStringLiteral("(주)") % stem.text % kind.text;
            break;
        }
    }
    const SampleKoreanCity &city = random.pickWeighted(data.koreanCities);
    const SampleDistrict &district = random.pick(city.districts);
    const QString road = random.pick(district.roads);
    if (random.chance(20)) {
        c.address.line1 = district.name % QLatin1Char(' ') % road % QString::number(random.between(2, 60))
                          % QStringLiteral("번길 ") % QString::number(random.between(1, 80));
    } else {
        c.address.line1 = district.name % QLatin1Char(' ') % road % QLatin1Char(' ') % QString::number(random.between(1, 350));
    }
    c.address.line2 = random.fill(random.pick(data.koreanLine2));
    c.address.city = city.name;
    c.address.state = city.state;
    c.address.postalCode = random.fill(district.postalPattern);
    c.address.country = QStringLiteral("KR");
    // .example is reserved (RFC 2606), so no mail ever reaches a real company.
    const QString domain = stem.slug % QLatin1Char('-') % kind.slug % QStringLiteral(".example");
    c.contacts = contacts(random, data, true, domain, QStringLiteral("+82 ") % city.areaCode % QStringLiteral(" 0??? ????"));
    return {c, data.currency(QStringLiteral("KRW"))};
}

SampleCustomer englishCustomer(SampleRandom &random, const SampleData &data, const SampleIndustry &industry)
{
    Customer c;
    const SampleCountry &country = random.pickWeighted(data.countries);
    const SampleNamePart &stem = random.pick(data.englishStems);
    const SampleNamePart &kind = random.pick(industry.english);
    c.name = stem.text % QLatin1Char(' ') % kind.text;
    if (kind.corporate) {
        const QString &form = random.pick(country.legalForms);
        if (!form.isEmpty())
            c.name += QLatin1Char(' ') + form;
    }
    const SampleEnglishCity &city = random.pick(country.cities);
    c.address.line1 = QString::number(random.between(1, 2400)) % QLatin1Char(' ') % random.pick(city.streets);
    c.address.line2 = random.fill(random.pick(country.line2Patterns));
    c.address.city = city.name;
    c.address.state = city.state;
    c.address.postalCode = random.fill(random.pick(city.postalPatterns));
    c.address.country = country.code;
    c.contacts = contacts(random, data, false, stem.slug % QLatin1Char('-') % kind.slug % QStringLiteral(".example.com"),
                          city.phonePattern);
    for (Contact &contact : c.contacts)
        contact.locale = country.locale;

    // Some Canadian and Singaporean customers think of their budget in US dollars.
    QString code = country.currency;
    if ((country.code == QLatin1String("CA") || country.code == QLatin1String("SG")) && random.chance(15))
        code = QStringLiteral("USD");
    return {c, data.currency(code)};
}

} // namespace

SampleCustomer sampleCustomer(SampleRandom &random, const SampleData &data, const SampleIndustry &industry, bool korean)
{
    return korean ? koreanCustomer(random, data, industry) : englishCustomer(random, data, industry);
}

} // namespace rd
