#include "testdatabase.h"

#include "money.h"
#include "partnercenterjson.h"
#include "reasons.h"
#include "samplereferrals.h"

#include <QSet>
#include <QTest>

using namespace rd;

namespace {

constexpr quint32 kSeed = 2026;

QDateTime now()
{
    return utc("2026-10-01T12:00:00Z");
}

bool hasHangul(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

bool sameReferral(const Referral &a, const Referral &b)
{
    return a.id == b.id && a.engagementId == b.engagementId && a.name == b.name
        && a.externalReferenceId == b.externalReferenceId && a.status == b.status
        && a.receivedAt == b.receivedAt && a.statusSince == b.statusSince && a.closedAt == b.closedAt
        && a.customer == b.customer && a.details == b.details && a.estimate == b.estimate
        && a.finalValue == b.finalValue && a.reason == b.reason;
}

// The amount survives a round trip through its decimal text: its currency is known and the
// amount has no more decimals than the currency allows.
bool fitsItsCurrency(const Money &money)
{
    if (!currencyDecimals(money.currency) || money.minorUnits <= 0)
        return false;
    const MoneyParse parsed = parseMoney(moneyToDecimalString(money), money.currency);
    return parsed.money && *parsed.money == money;
}

const QStringList kIndustries = {
    QStringLiteral("Agriculture, Forestry, & Fishing"), QStringLiteral("Communications & Media"),
    QStringLiteral("Education"), QStringLiteral("Financial Services"), QStringLiteral("Government"),
    QStringLiteral("Healthcare"), QStringLiteral("Hospitality"), QStringLiteral("Manufacturing"),
    QStringLiteral("Power & Utilities"), QStringLiteral("Public Safety and National Security"),
    QStringLiteral("Retail & Consumer Goods"), QStringLiteral("Services"),
    QStringLiteral("Travel & Transportation"), QStringLiteral("Wholesale & Distribution"),
};
const QStringList kProducts = {
    QStringLiteral("Azure"), QStringLiteral("EnterpriseMobilityAndSecurity"), QStringLiteral("Exchange"),
    QStringLiteral("DeveloperTools"), QStringLiteral("Dynamics365Business"), QStringLiteral("Dynamics365Enterprise"),
    QStringLiteral("DynamicsAX,GP,NAV,SL"), QStringLiteral("Microsoft365"), QStringLiteral("Office"),
    QStringLiteral("PowerBI"), QStringLiteral("Project"), QStringLiteral("SharePoint"),
    QStringLiteral("SkypeForBusiness"), QStringLiteral("Surface"), QStringLiteral("SurfaceHub"),
    QStringLiteral("SQL"), QStringLiteral("Teams"), QStringLiteral("Visio"), QStringLiteral("Windows"),
    QStringLiteral("Yammer"),
};
const QStringList kServices = {
    QStringLiteral("ConsultingAndProfessional"), QStringLiteral("CustomSolution(ISV)"),
    QStringLiteral("DeploymentOrMigration"), QStringLiteral("Hardware"), QStringLiteral("Integration"),
    QStringLiteral("IPServices(ISV)"), QStringLiteral("LearningAndCertification"), QStringLiteral("Licensing"),
    QStringLiteral("ManagedServices"), QStringLiteral("ProjectServices"),
};

} // namespace

class TestSampleReferrals : public QObject
{
    Q_OBJECT

private slots:
    void shouldBeTheSameForTheSameSeed()
    {
        const QList<Referral> first = sampleReferrals(300, now(), kSeed);
        const QList<Referral> second = sampleReferrals(300, now(), kSeed);
        QCOMPARE(first.size(), 300);
        QCOMPARE(second.size(), 300);
        for (int i = 0; i < first.size(); ++i)
            QVERIFY2(sameReferral(first.at(i), second.at(i)), qPrintable(first.at(i).id));

        const QList<Referral> other = sampleReferrals(300, now(), kSeed + 1);
        int same = 0;
        for (int i = 0; i < first.size(); ++i)
            same += sameReferral(first.at(i), other.at(i)) ? 1 : 0;
        QCOMPARE(same, 0);
    }

    void shouldGiveTheSameReferralsInBatchesAsInOneCall()
    {
        const QList<Referral> whole = sampleReferrals(250, now(), kSeed);
        const QList<Referral> batches = sampleReferrals(100, now(), kSeed, 0) + sampleReferrals(150, now(), kSeed, 100);
        QCOMPARE(batches.size(), whole.size());
        for (int i = 0; i < whole.size(); ++i)
            QVERIFY2(sameReferral(whole.at(i), batches.at(i)), qPrintable(whole.at(i).id));
    }

    void shouldNotRepeatIdsAcrossBatches()
    {
        QSet<QString> ids;
        QSet<QString> engagements;
        for (int first : {0, 500, 1000}) {
            const QList<Referral> batch = sampleReferrals(500, now(), kSeed, first);
            QCOMPARE(batch.constFirst().id, QStringLiteral("demo-%1").arg(first, 6, 10, QLatin1Char('0')));
            for (const Referral &referral : batch) {
                ids.insert(referral.id);
                engagements.insert(referral.engagementId);
            }
        }
        QCOMPARE(ids.size(), 1500);
        QCOMPARE(engagements.size(), 1500);
    }

    void shouldGiveNothingForNoCount()
    {
        QVERIFY(sampleReferrals(0, now(), kSeed).isEmpty());
        QVERIFY(sampleReferrals(-5, now(), kSeed).isEmpty());
    }

    void shouldCoverEveryStatusInAThousand()
    {
        QHash<Status, int> counts;
        for (const Referral &referral : sampleReferrals(1000, now(), kSeed))
            ++counts[referral.status];
        for (Status status : allStatuses())
            QVERIFY2(counts.value(status) > 0, qPrintable(statusName(status)));
        // Roughly the shares asked for: about a tenth new, a twelfth evaluating, an eighth negotiating.
        QVERIFY(counts.value(Status::New) > 60 && counts.value(Status::New) < 140);
        QVERIFY(counts.value(Status::Evaluating) > 40 && counts.value(Status::Evaluating) < 120);
        QVERIFY(counts.value(Status::Negotiating) > 80 && counts.value(Status::Negotiating) < 160);
    }

    void shouldStoreEveryReferralWithNoOpenOneOverdue()
    {
        TestDatabase db;
        QList<Referral> all;
        for (int first : {0, 600}) {
            const QList<Referral> batch = sampleReferrals(600, now(), kSeed, first);
            const InsertResult result = db.store().insert(batch, now(), QStringLiteral("tester"));
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.inserted, QList<bool>(batch.size(), true));
            all += batch;
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM referrals")).toInt(), 1200);

        const SweepResult swept = db.store().sweep(now());
        QVERIFY2(swept.error.isEmpty(), qPrintable(swept.error));
        QVERIFY2(swept.isEmpty(), qPrintable((swept.missed + swept.expired).join(QLatin1Char(' '))));

        const QHash<Tab, int> counts = db.store().countsByTab();
        QHash<Tab, int> expected;
        for (const Referral &referral : std::as_const(all))
            ++expected[tabOf(referral.status)];
        for (Tab tab : allTabs())
            QCOMPARE(counts.value(tab), expected.value(tab));

        // Stored as generated, apart from what the store computes itself.
        const Referral &sample = all.at(7);
        const std::optional<Referral> stored = db.store().find(sample.id);
        QVERIFY(stored);
        QCOMPARE(stored->receivedAt, sample.receivedAt);
        QCOMPARE(stored->details, sample.details);

        // Storing again changes nothing.
        const InsertResult again = db.store().insert(all.mid(0, 50), now(), QStringLiteral("tester"));
        QCOMPARE(again.inserted, QList<bool>(50, false));
    }

    void shouldPutOpenReferralsInsideTheirWindows()
    {
        const DeadlinePolicy policy;
        int targetAhead = 0;
        int targetPassed = 0;
        int withinHours = 0;
        for (const Referral &referral : sampleReferrals(1000, now(), kSeed)) {
            QVERIFY(referral.receivedAt.isValid());
            QVERIFY(referral.receivedAt <= referral.statusSince);
            QVERIFY(referral.statusSince <= now());
            QVERIFY(!referral.deadline.isValid());
            QVERIFY(!referral.respondBy.isValid());
            switch (referral.status) {
            case Status::New:
                QCOMPARE(referral.statusSince, referral.receivedAt);
                QVERIFY(policy.deadlineFor(Status::New, referral.receivedAt) > now());
                (policy.respondByFor(referral.receivedAt) > now() ? targetAhead : targetPassed) += 1;
                withinHours += referral.receivedAt.secsTo(now()) < 4 * 3600 ? 1 : 0;
                break;
            case Status::Evaluating:
                QVERIFY(policy.deadlineFor(Status::Evaluating, referral.statusSince) > now());
                QVERIFY(referral.receivedAt.secsTo(referral.statusSince) < policy.newWindowSeconds);
                break;
            default:
                break;
            }
            if (isArchived(referral.status)) {
                QCOMPARE(referral.closedAt, referral.statusSince);
                QVERIFY(referral.closedAt > now().addMonths(-19));
            } else {
                QVERIFY(!referral.closedAt.isValid());
            }
        }
        QVERIFY(targetAhead > 0);
        QVERIFY(targetPassed > 0);
        QVERIFY(withinHours > 0);
    }

    void shouldGiveNegotiatedDealsAnEstimateInTheCustomersCurrency()
    {
        int inThePast = 0;
        for (const Referral &referral : sampleReferrals(1000, now(), kSeed)) {
            if (referral.details.valueHint)
                QVERIFY2(fitsItsCurrency(*referral.details.valueHint), qPrintable(referral.id));
            switch (referral.status) {
            case Status::Negotiating:
            case Status::Won:
            case Status::Lost:
                QVERIFY2(referral.estimate, qPrintable(referral.id));
                QVERIFY2(fitsItsCurrency(referral.estimate->value), qPrintable(referral.id));
                QVERIFY(referral.estimate->closingDate.isValid());
                if (referral.details.valueHint)
                    QCOMPARE(referral.estimate->value.currency, referral.details.valueHint->currency);
                if (referral.status == Status::Negotiating) {
                    QVERIFY(referral.estimate->closingDate >= now().date().addDays(-31));
                    QVERIFY(referral.estimate->closingDate <= now().date().addMonths(6));
                    inThePast += referral.estimate->closingDate < now().date() ? 1 : 0;
                }
                break;
            default:
                QVERIFY2(!referral.estimate, qPrintable(referral.id));
                break;
            }
            if (referral.status == Status::Won) {
                QVERIFY2(referral.finalValue, qPrintable(referral.id));
                QVERIFY(fitsItsCurrency(*referral.finalValue));
                QCOMPARE(referral.finalValue->currency, referral.estimate->value.currency);
            } else {
                QVERIFY(!referral.finalValue);
            }
            const bool needsReason = referral.status == Status::Lost || referral.status == Status::Declined
                || referral.status == Status::Skipped;
            QCOMPARE(!referral.reason.trimmed().isEmpty(), needsReason);
            QVERIFY(referral.reason.size() <= kMaxReasonLength);
        }
        QVERIFY(inThePast > 0);
    }

    void shouldGiveSomeReasonsAsPresets()
    {
        // Reports count presets by their code, so the sample data must have some, beside
        // reasons in words of their own, for each of No thanks, Decline and Lost.
        QHash<Status, int> presets;
        QHash<Status, int> typed;
        for (const Referral &referral : sampleReferrals(1000, now(), kSeed)) {
            if (referral.reason.isEmpty())
                continue;
            if (referral.reasonCode.isEmpty()) {
                ++typed[referral.status];
                continue;
            }
            QVERIFY2(Reasons::isPreset(referral.reasonCode), qPrintable(referral.reasonCode));
            QCOMPARE(referral.reason, Reasons::englishTitle(referral.reasonCode));
            const Action action = referral.status == Status::Skipped ? Action::Skip
                                : referral.status == Status::Declined ? Action::Decline : Action::Lost;
            QVERIFY2(Reasons::presetCodes(action).contains(referral.reasonCode), qPrintable(referral.reasonCode));
            ++presets[referral.status];
        }
        for (Status status : {Status::Skipped, Status::Declined, Status::Lost}) {
            QVERIFY(presets.value(status) > 0);
            QVERIFY(typed.value(status) > 0);
        }
    }

    void shouldWriteKoreanCustomersInKorean()
    {
        int korean = 0;
        int english = 0;
        for (const Referral &referral : sampleReferrals(1000, now(), kSeed)) {
            const Customer &customer = referral.customer;
            QVERIFY(!customer.contacts.isEmpty());
            if (customer.address.country == QLatin1String("KR")) {
                ++korean;
                QVERIFY2(hasHangul(customer.name), qPrintable(customer.name));
                QVERIFY2(hasHangul(customer.address.line1), qPrintable(customer.address.line1));
                QVERIFY(hasHangul(referral.details.notes));
                QVERIFY(hasHangul(referral.name));
                // A reason in words of its own is Korean; a preset is a code, shown in each
                // reader's language.
                if (!referral.reason.isEmpty() && referral.reasonCode.isEmpty())
                    QVERIFY(hasHangul(referral.reason));
                if (referral.details.valueHint)
                    QCOMPARE(referral.details.valueHint->currency, QStringLiteral("KRW"));
                for (const Contact &contact : customer.contacts) {
                    QCOMPARE(contact.locale, QStringLiteral("ko-kr"));
                    QVERIFY(contact.phone.startsWith(QLatin1String("+82 ")));
                    QVERIFY(hasHangul(contact.lastName));
                }
            } else {
                ++english;
                QVERIFY2(QStringList({QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("AU"), QStringLiteral("CA"),
                                      QStringLiteral("SG")})
                             .contains(customer.address.country),
                         qPrintable(customer.address.country));
                QVERIFY(!hasHangul(customer.name));
                QVERIFY(!hasHangul(referral.details.notes));
                QVERIFY(!hasHangul(referral.reason));
                for (const Contact &contact : customer.contacts)
                    QVERIFY(contact.locale == QLatin1String("en-us") || contact.locale == QLatin1String("en-gb"));
                if (referral.details.valueHint)
                    QVERIFY(referral.details.valueHint->currency != QLatin1String("KRW"));
            }
            QVERIFY(!customer.address.city.isEmpty());
            QVERIFY(!customer.address.postalCode.isEmpty());
        }
        QVERIFY(korean > 400);
        QVERIFY(english > 250);
    }

    void shouldUseOnlyPartnerCenterValuesAndExampleDomains()
    {
        for (const Referral &referral : sampleReferrals(1000, now(), kSeed)) {
            QVERIFY2(customerSizes().contains(referral.customer.size), qPrintable(referral.customer.size));
            const Requirements &requirements = referral.details.requirements;
            QVERIFY(!requirements.industries.isEmpty());
            QVERIFY(!requirements.products.isEmpty());
            for (const QString &industry : requirements.industries)
                QVERIFY2(kIndustries.contains(industry), qPrintable(industry));
            for (const QString &product : requirements.products)
                QVERIFY2(kProducts.contains(product), qPrintable(product));
            for (const QString &service : requirements.services)
                QVERIFY2(kServices.contains(service), qPrintable(service));
            for (const Contact &contact : referral.customer.contacts) {
                QVERIFY(!contact.firstName.isEmpty() && !contact.lastName.isEmpty() && !contact.phone.isEmpty());
                const QString domain = contact.email.section(QLatin1Char('@'), 1);
                QVERIFY2(domain.endsWith(QLatin1String(".example")) || domain.endsWith(QLatin1String(".example.com")),
                         qPrintable(contact.email));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleReferrals)
#include "tst_samplereferrals.moc"
