#include "samplereferrals.h"

#include "deadlinepolicy.h"
#include "sampledata.h"
#include "taxonomy.h"

#include <QRandomGenerator>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>

namespace rd {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kKoreanPercent = 60;

QString grouped(qint64 number)
{
    QString text = QString::number(number);
    for (qsizetype at = text.size() - 3; at > 0; at -= 3)
        text.insert(at, QLatin1Char(','));
    return text;
}

qint64 roundSignificant(double value, int digits)
{
    if (value < 1)
        return 1;
    const int magnitude = int(std::floor(std::log10(value)));
    const double step = std::pow(10.0, std::max(0, magnitude + 1 - digits));
    return std::max<qint64>(qint64(step), qint64(std::llround(value / step) * step));
}

// Makes one referral from a generator seeded for it alone.
class Maker
{
public:
    Maker(const SampleData &tables, QRandomGenerator &rng, qint64 nowMs)
        : t(tables)
        , rng(rng)
        , nowMs(nowMs)
    {
    }

    Referral make(int index);

private:
    int between(int low, int high) { return rng.bounded(low, high + 1); } // both included
    qint64 duration(qint64 low, qint64 high) { return rng.bounded(low, high); }
    bool chance(int percent) { return rng.bounded(100) < percent; }
    double uniform(double low, double high) { return low + rng.generateDouble() * (high - low); }
    double logUniform(double low, double high) { return std::exp(uniform(std::log(low), std::log(high))); }

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(rng.bounded(int(items.size())));
    }

    template<typename T>
    const T &pickWeighted(const QList<T> &items)
    {
        int total = 0;
        for (const T &item : items)
            total += item.weight;
        int roll = rng.bounded(total);
        for (const T &item : items) {
            roll -= item.weight;
            if (roll < 0)
                return item;
        }
        return items.constLast();
    }

    QString fill(const QString &pattern);
    QString textFrom(const SampleTexts &choices) { return korean ? pick(choices.korean) : pick(choices.english); }
    qint64 quantity(SampleQuantity kind, double employees);
    Money money(double usd, int significantDigits, bool cents);
    qint64 newResponse();
    qint64 evaluation();
    void customer(Referral &r, const SampleIndustry &industry);
    QList<Contact> contacts(const QString &domain, const QString &phonePattern);

    const SampleData &t;
    QRandomGenerator &rng;
    const qint64 nowMs;
    bool korean = false;
    const SampleCurrency *currency = nullptr;
};

QString Maker::fill(const QString &pattern)
{
    static const QString ukLetters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    static const QString caLetters = QStringLiteral("ABCEGHJKLMNPRSTVWXYZ");
    QString text = pattern;
    for (QChar &c : text) {
        switch (c.unicode()) {
        case '?':
            c = QChar(u'0' + rng.bounded(10));
            break;
        case '!':
            c = QChar(u'1' + rng.bounded(9));
            break;
        case '@':
            c = ukLetters.at(rng.bounded(int(ukLetters.size())));
            break;
        case '&':
            c = caLetters.at(rng.bounded(int(caLetters.size())));
            break;
        default:
            break;
        }
    }
    return text;
}

qint64 Maker::quantity(SampleQuantity kind, double employees)
{
    double value = 1;
    switch (kind) {
    case SampleQuantity::Users:
        value = std::max(1.0, employees * uniform(0.3, 1.0));
        break;
    case SampleQuantity::Servers:
        value = std::clamp(employees / uniform(15, 60), 2.0, 800.0);
        break;
    case SampleQuantity::Devices:
        value = std::max(1.0, employees * uniform(0.05, 0.5));
        break;
    case SampleQuantity::Rooms:
        value = std::clamp(employees / uniform(20, 80), 1.0, 60.0);
        break;
    case SampleQuantity::Developers:
        value = std::max(2.0, employees * uniform(0.02, 0.15));
        break;
    }
    // Customers give round figures once the numbers grow ("about 1,200 mailboxes").
    return value < 100 ? qint64(value) : roundSignificant(value, 2);
}

Money Maker::money(double usd, int significantDigits, bool cents)
{
    qint64 minor = roundSignificant(usd * currency->perUsd, significantDigits) * currency->minorPerMajor;
    if (cents && currency->minorPerMajor > 1)
        minor += rng.bounded(currency->minorPerMajor);
    return Money{minor, currency->code};
}

// How long a new referral waited for "I'm interested" or "No thanks": most within the 24-hour
// target, many after it, none at the 72-hour deadline.
qint64 Maker::newResponse()
{
    const DeadlinePolicy policy;
    const qint64 target = policy.respondTargetSeconds * kSecond;
    const qint64 window = policy.newWindowSeconds * kSecond;
    return chance(65) ? duration(5 * kMinute, target) : duration(target, window - kHour);
}

// How long an evaluated referral waited for Accept or Decline.
qint64 Maker::evaluation()
{
    const qint64 window = DeadlinePolicy().evaluatingWindowSeconds * kSecond;
    return chance(60) ? duration(30 * kMinute, 2 * kDay) : duration(2 * kDay, window - kHour);
}

QList<Contact> Maker::contacts(const QString &domain, const QString &phonePattern)
{
    const int count = chance(65) ? 1 : (chance(80) ? 2 : 3);
    QList<Contact> result;
    QStringList locals;
    for (int i = 0; i < count; ++i) {
        Contact contact;
        QString local;
        if (korean) {
            const SamplePersonName &surname = pick(t.koreanSurnames);
            const SamplePersonName &given = pick(t.koreanGivenNames);
            contact.firstName = given.text;
            contact.lastName = surname.text;
            contact.locale = QStringLiteral("ko-kr");
            contact.phone = fill(chance(60) ? QStringLiteral("+82 10 0??? ????") : phonePattern);
            local = given.roman % QLatin1Char('.') % surname.roman;
        } else {
            contact.firstName = pick(t.englishFirstNames);
            contact.lastName = pick(t.englishLastNames);
            contact.phone = fill(phonePattern);
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

void Maker::customer(Referral &r, const SampleIndustry &industry)
{
    Customer &c = r.customer;
    if (korean) {
        const SampleNamePart &stem = pick(t.koreanStems);
        const SampleNamePart &kind = pick(industry.korean);
        if (!kind.corporate) {
            c.name = stem.text % QLatin1Char(' ') % kind.text;
        } else {
            switch (rng.bounded(4)) {
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
        const SampleKoreanCity &city = pickWeighted(t.koreanCities);
        const SampleDistrict &district = pick(city.districts);
        const QString road = pick(district.roads);
        if (chance(20)) {
            c.address.line1 = district.name % QLatin1Char(' ') % road % QString::number(between(2, 60))
                              % QStringLiteral("번길 ") % QString::number(between(1, 80));
        } else {
            c.address.line1 = district.name % QLatin1Char(' ') % road % QLatin1Char(' ') % QString::number(between(1, 350));
        }
        c.address.line2 = fill(pick(t.koreanLine2));
        c.address.city = city.name;
        c.address.state = city.state;
        c.address.postalCode = fill(district.postalPattern);
        c.address.country = QStringLiteral("KR");
        // .example is reserved (RFC 2606), so no mail ever reaches a real company.
        const QString domain = stem.slug % QLatin1Char('-') % kind.slug % QStringLiteral(".example");
        c.contacts = contacts(domain, QStringLiteral("+82 ") % city.areaCode % QStringLiteral(" 0??? ????"));
        currency = t.currency(QStringLiteral("KRW"));
        return;
    }

    const SampleCountry &country = pickWeighted(t.countries);
    const SampleNamePart &stem = pick(t.englishStems);
    const SampleNamePart &kind = pick(industry.english);
    c.name = stem.text % QLatin1Char(' ') % kind.text;
    if (kind.corporate) {
        const QString &form = pick(country.legalForms);
        if (!form.isEmpty())
            c.name += QLatin1Char(' ') + form;
    }
    const SampleEnglishCity &city = pick(country.cities);
    c.address.line1 = QString::number(between(1, 2400)) % QLatin1Char(' ') % pick(city.streets);
    c.address.line2 = fill(pick(country.line2Patterns));
    c.address.city = city.name;
    c.address.state = city.state;
    c.address.postalCode = fill(pick(city.postalPatterns));
    c.address.country = country.code;
    c.contacts = contacts(stem.slug % QLatin1Char('-') % kind.slug % QStringLiteral(".example.com"), city.phonePattern);
    for (Contact &contact : c.contacts)
        contact.locale = country.locale;

    // Some Canadian and Singaporean customers think of their budget in US dollars.
    QString code = country.currency;
    if ((country.code == QLatin1String("CA") || country.code == QLatin1String("SG")) && chance(15))
        code = QStringLiteral("USD");
    currency = t.currency(code);
}

Referral Maker::make(int index)
{
    const QString number = QString::number(index).rightJustified(6, QLatin1Char('0'));
    Referral r;
    r.sample = true; // made up: removable together, and no customer is ever told anything
    r.id = QStringLiteral("demo-") % number;
    r.engagementId = QStringLiteral("demo-eng-") % number;
    r.status = pickWeighted(t.statuses).status;
    korean = chance(kKoreanPercent);

    const SampleIndustry &industry = pick(t.industries);
    const SampleSizeBand &size = pickWeighted(t.sizes);
    const double employees = logUniform(size.minEmployees, size.maxEmployees);
    customer(r, industry);
    r.customer.size = size.size;

    Requirements &requirements = r.details.requirements;
    requirements.industries.append(industry.id);
    if (chance(10)) {
        const QString &second = pick(t.industries).id;
        if (second != industry.id)
            requirements.industries.append(second);
    }
    const SampleProduct &product = pick(t.products);
    requirements.products.append(product.id);
    for (int extra = chance(50) ? between(1, 2) : 0; extra > 0; --extra) {
        const QString &id = pick(t.products).id;
        if (!requirements.products.contains(id))
            requirements.products.append(id);
    }
    for (int services = chance(75) ? between(1, 2) : 0; services > 0; --services) {
        const QString &id = pick(t.services);
        if (!requirements.services.contains(id))
            requirements.services.append(id);
    }

    // The ids an import stores, so that one industry has one spelling whatever its source.
    requirements.industries = Taxonomy::canonicalIds(TaxonomyKind::Industry, requirements.industries);
    requirements.products = Taxonomy::canonicalIds(TaxonomyKind::Product, requirements.products);
    requirements.services = Taxonomy::canonicalIds(TaxonomyKind::Service, requirements.services);

    const qint64 amount = quantity(product.quantity, employees);
    r.name = korean ? product.koreanTitle : product.englishTitle;
    r.details.notes = (korean ? product.koreanNote : product.englishNote).arg(grouped(amount));
    if (chance(65))
        r.details.notes += QLatin1Char(' ') + textFrom(t.noteAdditions);
    const double dealUsd = std::clamp(amount * product.unitCostUsd * (requirements.services.isEmpty() ? 1.0 : 1.3), 2000.0, 2.0e7);
    if (chance(80))
        r.details.valueHint = money(dealUsd * uniform(0.7, 1.3), 2, false);

    const DeadlinePolicy policy;
    qint64 receivedMs = 0;
    qint64 sinceMs = 0;
    qint64 acceptedMs = 0;
    bool accepted = false;
    switch (r.status) {
    case Status::New: {
        // A third within the last few hours, the rest spread up to just before the deadline,
        // so that the 24-hour target is both still ahead and already passed.
        const qint64 target = policy.respondTargetSeconds * kSecond;
        const int roll = rng.bounded(100);
        const qint64 age = roll < 35 ? duration(kMinute, 4 * kHour)
                         : roll < 60 ? duration(4 * kHour, target)
                                     : duration(target, policy.newWindowSeconds * kSecond - 30 * kMinute);
        receivedMs = sinceMs = nowMs - age;
        break;
    }
    case Status::Evaluating:
        sinceMs = nowMs - (chance(50) ? duration(5 * kMinute, kDay)
                                      : duration(kDay, policy.evaluatingWindowSeconds * kSecond - kHour));
        receivedMs = sinceMs - newResponse();
        break;
    case Status::Negotiating:
        acceptedMs = sinceMs = nowMs - duration(kHour, 120 * kDay);
        accepted = true;
        receivedMs = acceptedMs - evaluation() - newResponse();
        break;
    default: {
        // Archived over the previous eighteen months.
        sinceMs = nowMs - duration(kHour, 548 * kDay);
        switch (r.status) {
        case Status::Won:
        case Status::Lost:
            acceptedMs = sinceMs - duration(2 * kDay, 150 * kDay);
            accepted = true;
            receivedMs = acceptedMs - evaluation() - newResponse();
            break;
        case Status::Skipped:
            receivedMs = sinceMs - newResponse();
            break;
        case Status::Missed:
            receivedMs = sinceMs - policy.newWindowSeconds * kSecond;
            break;
        case Status::Declined:
            receivedMs = sinceMs - evaluation() - newResponse();
            break;
        default: // Expired
            receivedMs = sinceMs - policy.evaluatingWindowSeconds * kSecond - newResponse();
            break;
        }
        r.closedAt = QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC);
        break;
    }
    }
    r.receivedAt = QDateTime::fromMSecsSinceEpoch(receivedMs, Qt::UTC);
    r.statusSince = QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC);

    if (accepted) {
        const QDate acceptedOn = QDateTime::fromMSecsSinceEpoch(acceptedMs, Qt::UTC).date();
        QDate closing;
        if (r.status == Status::Negotiating) {
            const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
            closing = today.addDays(chance(12) ? between(-14, -1) : between(0, 120));
        } else {
            closing = r.closedAt.date().addDays(between(-20, 30));
        }
        // The closing date could not be in the past when the deal was accepted.
        closing = std::max(closing, acceptedOn);
        r.estimate = Estimate{money(dealUsd * uniform(0.6, 1.5), 3, chance(15)), closing,
                              chance(65) ? textFrom(t.estimateNotes) : QString()};
        r.acceptedAt = QDateTime::fromMSecsSinceEpoch(acceptedMs, Qt::UTC);
        r.externalReferenceId = QStringLiteral("CRM-") % QString::number(acceptedOn.year()) % QLatin1Char('-') % number;
    }

    switch (r.status) {
    case Status::Won:
        r.finalValue = chance(40) ? r.estimate->value
                                  : money(double(r.estimate->value.minorUnits) / currency->minorPerMajor / currency->perUsd
                                              * uniform(0.85, 1.1),
                                          4, false);
        break;
    case Status::Lost:
        r.reason = textFrom(t.lossReasons);
        break;
    case Status::Skipped:
        r.reason = textFrom(t.skipReasons);
        break;
    case Status::Declined:
        r.reason = textFrom(t.declineReasons);
        break;
    default:
        break;
    }
    return r;
}

} // namespace

QList<Referral> sampleReferrals(int count, const QDateTime &now, quint32 seed, int firstIndex)
{
    QList<Referral> referrals;
    if (count <= 0 || !now.isValid())
        return referrals;
    const SampleData &t = sampleData();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    referrals.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int index = firstIndex + i;
        // Seeded per referral: the same number gives the same referral in any batch.
        const quint32 seeds[] = {seed, quint32(index)};
        QRandomGenerator rng(seeds);
        referrals.append(Maker(t, rng, nowMs).make(index));
    }
    return referrals;
}

} // namespace rd
