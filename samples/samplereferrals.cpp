#include "samplereferrals.h"

#include "actor.h"
#include "deadlinepolicy.h"
#include "reasons.h"
#include "samplecustomers.h"
#include "sampledata.h"
#include "samplerandom.h"
#include "taxonomy.h"

#include <QStringBuilder>

#include <algorithm>
#include <cmath>
#include <optional>

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

// When a referral came in, entered its current status and, if it did, was accepted.
struct Timeline
{
    qint64 receivedMs = 0;
    qint64 sinceMs = 0;
    std::optional<qint64> answeredMs; // "I'm interested" or "No thanks"
    std::optional<qint64> acceptedMs;
};

// The sample sales team: who answered, accepted and closed each sample referral.
const QStringList kSampleReps = {QStringLiteral("sample.kim"), QStringLiteral("sample.lee"),
                                 QStringLiteral("sample.park"), QStringLiteral("sample.taylor")};

QDateTime instant(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Makes one referral from a generator seeded for it alone.
class ReferralMaker
{
public:
    ReferralMaker(const SampleData &data, SampleRandom &random, qint64 nowMs)
        : data(data)
        , random(random)
        , nowMs(nowMs)
    {
    }

    // The referral and, in *story, its history up to now (see SampleBatch).
    Referral make(int index, QList<HistoryEntry> *story);

private:
    QString textFrom(const SampleTexts &choices)
    {
        return korean ? random.pick(choices.korean) : random.pick(choices.english);
    }
    // A reason: a preset stands for its sentence as a rep's choice would (the code, the
    // preset's English words); the others stay words of their own in either language.
    void giveReason(Referral &r, const SampleTexts &choices)
    {
        const QStringList &sentences = korean ? choices.korean : choices.english;
        const int index = random.below(int(sentences.size()));
        const QString code = choices.codes.value(index);
        if (Reasons::isPreset(code)) {
            r.reasonCode = code;
            r.reason = Reasons::englishTitle(code);
        } else {
            r.reason = sentences.at(index);
        }
    }
    qint64 quantity(SampleQuantity kind, double employees);
    Money money(double usd, int significantDigits, bool cents);
    qint64 newResponse();
    qint64 evaluation();
    Timeline timeline(Status status);
    static QList<HistoryEntry> storyOf(const Referral &r, const Timeline &times, const QString &rep);

    const SampleData &data;
    SampleRandom &random;
    const qint64 nowMs;
    bool korean = false;
    const SampleCurrency *currency = nullptr; // the customer's
};

qint64 ReferralMaker::quantity(SampleQuantity kind, double employees)
{
    double value = 1;
    switch (kind) {
    case SampleQuantity::Users:
        value = std::max(1.0, employees * random.uniform(0.3, 1.0));
        break;
    case SampleQuantity::Servers:
        value = std::clamp(employees / random.uniform(15, 60), 2.0, 800.0);
        break;
    case SampleQuantity::Devices:
        value = std::max(1.0, employees * random.uniform(0.05, 0.5));
        break;
    case SampleQuantity::Rooms:
        value = std::clamp(employees / random.uniform(20, 80), 1.0, 60.0);
        break;
    case SampleQuantity::Developers:
        value = std::max(2.0, employees * random.uniform(0.02, 0.15));
        break;
    }
    // Customers give round figures once the numbers grow ("about 1,200 mailboxes").
    return value < 100 ? qint64(value) : roundSignificant(value, 2);
}

Money ReferralMaker::money(double usd, int significantDigits, bool cents)
{
    qint64 minor = roundSignificant(usd * currency->perUsd, significantDigits) * currency->minorPerMajor;
    if (cents && currency->minorPerMajor > 1)
        minor += random.below(currency->minorPerMajor);
    return Money{minor, currency->code};
}

// How long a new referral waited for "I'm interested" or "No thanks": most within the 24-hour
// target, many after it, none at the 72-hour deadline.
qint64 ReferralMaker::newResponse()
{
    const DeadlinePolicy policy;
    const qint64 target = policy.respondTargetSeconds * kSecond;
    const qint64 window = policy.newWindowSeconds * kSecond;
    return random.chance(65) ? random.duration(5 * kMinute, target) : random.duration(target, window - kHour);
}

// How long an evaluated referral waited for Accept or Decline.
qint64 ReferralMaker::evaluation()
{
    const qint64 window = DeadlinePolicy().evaluatingWindowSeconds * kSecond;
    return random.chance(60) ? random.duration(30 * kMinute, 2 * kDay) : random.duration(2 * kDay, window - kHour);
}

// Open referrals inside their windows at `now`, archived ones closed over the previous
// eighteen months, each step as long as the status before it could have lasted.
Timeline ReferralMaker::timeline(Status status)
{
    const DeadlinePolicy policy;
    Timeline times;
    switch (status) {
    case Status::New: {
        // A third within the last few hours, the rest spread up to just before the deadline,
        // so that the 24-hour target is both still ahead and already passed.
        const qint64 target = policy.respondTargetSeconds * kSecond;
        const int roll = random.below(100);
        const qint64 age = roll < 35 ? random.duration(kMinute, 4 * kHour)
                         : roll < 60 ? random.duration(4 * kHour, target)
                                     : random.duration(target, policy.newWindowSeconds * kSecond - 30 * kMinute);
        times.receivedMs = times.sinceMs = nowMs - age;
        break;
    }
    case Status::Evaluating:
        times.sinceMs = nowMs - (random.chance(50) ? random.duration(5 * kMinute, kDay)
                                                   : random.duration(kDay, policy.evaluatingWindowSeconds * kSecond - kHour));
        times.answeredMs = times.sinceMs;
        times.receivedMs = times.sinceMs - newResponse();
        break;
    case Status::Negotiating:
        times.sinceMs = nowMs - random.duration(kHour, 120 * kDay);
        times.acceptedMs = times.sinceMs;
        times.answeredMs = *times.acceptedMs - evaluation();
        times.receivedMs = *times.answeredMs - newResponse();
        break;
    default: {
        // Archived over the previous eighteen months.
        times.sinceMs = nowMs - random.duration(kHour, 548 * kDay);
        switch (status) {
        case Status::Won:
        case Status::Lost:
            times.acceptedMs = times.sinceMs - random.duration(2 * kDay, 150 * kDay);
            times.answeredMs = *times.acceptedMs - evaluation();
            times.receivedMs = *times.answeredMs - newResponse();
            break;
        case Status::Skipped:
            times.answeredMs = times.sinceMs;
            times.receivedMs = times.sinceMs - newResponse();
            break;
        case Status::Missed:
            times.receivedMs = times.sinceMs - policy.newWindowSeconds * kSecond;
            break;
        case Status::Declined:
            times.answeredMs = times.sinceMs - evaluation();
            times.receivedMs = *times.answeredMs - newResponse();
            break;
        default: // Expired
            times.answeredMs = times.sinceMs - policy.evaluatingWindowSeconds * kSecond;
            times.receivedMs = *times.answeredMs - newResponse();
            break;
        }
        break;
    }
    }
    return times;
}

Referral ReferralMaker::make(int index, QList<HistoryEntry> *story)
{
    const QString number = QString::number(index).rightJustified(6, QLatin1Char('0'));
    Referral r;
    r.sample = true; // made up: removable together, and no customer is ever told anything
    r.id = QStringLiteral("demo-") % number;
    r.engagementId = QStringLiteral("demo-eng-") % number;
    r.status = random.pickWeighted(data.statuses).status;
    korean = random.chance(kKoreanPercent);

    const SampleIndustry &industry = random.pick(data.industries);
    const SampleSizeBand &size = random.pickWeighted(data.sizes);
    const double employees = random.logUniform(size.minEmployees, size.maxEmployees);
    const SampleCustomer customer = sampleCustomer(random, data, industry, korean);
    r.customer = customer.customer;
    r.customer.size = size.size;
    currency = customer.currency;

    Requirements &requirements = r.details.requirements;
    requirements.industries.append(industry.id);
    if (random.chance(10)) {
        const QString &second = random.pick(data.industries).id;
        if (second != industry.id)
            requirements.industries.append(second);
    }
    const SampleProduct &product = random.pick(data.products);
    requirements.products.append(product.id);
    for (int extra = random.chance(50) ? random.between(1, 2) : 0; extra > 0; --extra) {
        const QString &id = random.pick(data.products).id;
        if (!requirements.products.contains(id))
            requirements.products.append(id);
    }
    for (int services = random.chance(75) ? random.between(1, 2) : 0; services > 0; --services) {
        const QString &id = random.pick(data.services);
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
    if (random.chance(65))
        r.details.notes += QLatin1Char(' ') + textFrom(data.noteAdditions);
    const double dealUsd = std::clamp(amount * product.unitCostUsd * (requirements.services.isEmpty() ? 1.0 : 1.3), 2000.0, 2.0e7);
    if (random.chance(80))
        r.details.valueHint = money(dealUsd * random.uniform(0.7, 1.3), 2, false);

    const Timeline times = timeline(r.status);
    const QString rep = random.pick(kSampleReps);
    r.receivedAt = QDateTime::fromMSecsSinceEpoch(times.receivedMs, Qt::UTC);
    r.statusSince = QDateTime::fromMSecsSinceEpoch(times.sinceMs, Qt::UTC);
    if (isArchived(r.status))
        r.closedAt = r.statusSince;

    if (times.acceptedMs) {
        const QDate acceptedOn = QDateTime::fromMSecsSinceEpoch(*times.acceptedMs, Qt::UTC).date();
        QDate closing;
        if (r.status == Status::Negotiating) {
            const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
            closing = today.addDays(random.chance(12) ? random.between(-14, -1) : random.between(0, 120));
        } else {
            closing = r.closedAt.date().addDays(random.between(-20, 30));
        }
        // The closing date could not be in the past when the deal was accepted.
        closing = std::max(closing, acceptedOn);
        r.estimate = Estimate{money(dealUsd * random.uniform(0.6, 1.5), 3, random.chance(15)), closing,
                              random.chance(65) ? textFrom(data.estimateNotes) : QString()};
        r.acceptedAt = QDateTime::fromMSecsSinceEpoch(*times.acceptedMs, Qt::UTC);
        r.externalReferenceId = QStringLiteral("CRM-") % QString::number(acceptedOn.year()) % QLatin1Char('-') % number;
    }

    switch (r.status) {
    case Status::Won:
        r.finalValue = random.chance(40) ? r.estimate->value
                                         : money(double(r.estimate->value.minorUnits) / currency->minorPerMajor / currency->perUsd
                                                     * random.uniform(0.85, 1.1),
                                                 4, false);
        break;
    case Status::Lost:
        giveReason(r, data.lossReasons);
        break;
    case Status::Skipped:
        giveReason(r, data.skipReasons);
        break;
    case Status::Declined:
        giveReason(r, data.declineReasons);
        break;
    default:
        break;
    }
    *story = storyOf(r, times, rep);
    return r;
}

QList<HistoryEntry> ReferralMaker::storyOf(const Referral &r, const Timeline &times, const QString &rep)
{
    const auto step = [](std::optional<Status> from, Status to, qint64 atMs, const QString &actor) {
        HistoryEntry entry;
        entry.from = from;
        entry.to = to;
        entry.at = instant(atMs);
        entry.actor = actor;
        return entry;
    };
    QList<HistoryEntry> story{step(std::nullopt, Status::New, times.receivedMs, QString())}; // the arrival
    if (times.answeredMs) {
        HistoryEntry answer = step(Status::New, r.status == Status::Skipped ? Status::Skipped : Status::Evaluating, *times.answeredMs, rep);
        if (r.status == Status::Skipped) {
            answer.reason = r.reason;
            answer.reasonCode = r.reasonCode;
        }
        story.append(answer);
    }
    if (times.acceptedMs) {
        HistoryEntry accepted = step(Status::Evaluating, Status::Negotiating, *times.acceptedMs, rep);
        accepted.value = r.estimate->value;
        accepted.closingDate = r.estimate->closingDate;
        story.append(accepted);
    }
    switch (r.status) {
    case Status::Won:
    case Status::Lost: {
        HistoryEntry closed = step(Status::Negotiating, r.status, times.sinceMs, rep);
        closed.value = r.finalValue;
        closed.reason = r.reason;
        closed.reasonCode = r.reasonCode;
        story.append(closed);
        break;
    }
    case Status::Declined: {
        HistoryEntry declined = step(Status::Evaluating, Status::Declined, times.sinceMs, rep);
        declined.reason = r.reason;
        declined.reasonCode = r.reasonCode;
        story.append(declined);
        break;
    }
    case Status::Missed:
        story.append(step(Status::New, Status::Missed, times.sinceMs, Actor::kSystem));
        break;
    case Status::Expired:
        story.append(step(Status::Evaluating, Status::Expired, times.sinceMs, Actor::kSystem));
        break;
    default:
        break;
    }
    return story;
}

} // namespace

SampleBatch sampleBatch(int count, const QDateTime &now, quint32 seed, int firstIndex)
{
    SampleBatch batch;
    if (count <= 0 || !now.isValid())
        return batch;
    const SampleData &data = sampleData();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    batch.referrals.reserve(count);
    batch.stories.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int index = firstIndex + i;
        // Seeded per referral: the same number gives the same referral in any batch.
        SampleRandom random(seed, index);
        QList<HistoryEntry> story;
        batch.referrals.append(ReferralMaker(data, random, nowMs).make(index, &story));
        batch.stories.append(story);
    }
    return batch;
}

QList<Referral> sampleReferrals(int count, const QDateTime &now, quint32 seed, int firstIndex)
{
    return sampleBatch(count, now, seed, firstIndex).referrals;
}

} // namespace rd
