#include "exportcolumns.h"

#include "isotime.h"
#include "money.h"

namespace rd {

namespace {

ExportCell text(const QString &value)
{
    return ExportCell{ExportCell::Kind::Text, value, 0, 0, {}, {}};
}

ExportCell instant(const QDateTime &value)
{
    if (!value.isValid())
        return text({});
    return ExportCell{ExportCell::Kind::Instant, formatIsoInstant(value), 0, 0, value.toUTC(), {}};
}

ExportCell date(const QDate &value)
{
    if (!value.isValid())
        return text({});
    return ExportCell{ExportCell::Kind::Date, value.toString(Qt::ISODate), 0, 0, {}, value};
}

// The amount and its currency, two cells; both empty when there is none.
QList<ExportCell> money(const std::optional<Money> &value)
{
    if (!value)
        return {text({}), text({})};
    const int decimals = currencyDecimals(value->currency).value_or(0);
    double amount = double(value->minorUnits);
    for (int i = 0; i < decimals; ++i)
        amount /= 10.0;
    return {ExportCell{ExportCell::Kind::Money, moneyToDecimalString(*value), amount, decimals, {}, {}}, text(value->currency)};
}

QString contactsText(const QList<Contact> &contacts)
{
    QStringList people;
    for (const Contact &contact : contacts) {
        QString person = QStringList{contact.firstName, contact.lastName}.join(QLatin1Char(' ')).trimmed();
        if (!contact.email.isEmpty())
            person += person.isEmpty() ? contact.email : QStringLiteral(" <%1>").arg(contact.email);
        if (!contact.phone.isEmpty())
            person += (person.isEmpty() ? QString() : QStringLiteral(" ")) + contact.phone;
        if (!person.isEmpty())
            people.append(person);
    }
    return people.join(QStringLiteral("; "));
}

} // namespace

QStringList exportHeader()
{
    return {
        QStringLiteral("id"), QStringLiteral("engagementId"), QStringLiteral("name"), QStringLiteral("status"),
        QStringLiteral("receivedAt"), QStringLiteral("closedAt"), QStringLiteral("customerName"), QStringLiteral("country"),
        QStringLiteral("city"), QStringLiteral("size"), QStringLiteral("industries"), QStringLiteral("products"),
        QStringLiteral("services"), QStringLiteral("solutions"), QStringLiteral("valueHint"), QStringLiteral("valueHintCurrency"),
        QStringLiteral("estimatedValue"), QStringLiteral("estimatedCurrency"), QStringLiteral("closingDate"),
        QStringLiteral("finalValue"), QStringLiteral("finalCurrency"), QStringLiteral("reason"), QStringLiteral("reasonCode"),
        QStringLiteral("partner"), QStringLiteral("profile"), QStringLiteral("contacts"),
    };
}

QList<ExportCell> exportCells(const Referral &r)
{
    const Requirements &needs = r.details.requirements;
    const QString list = QStringLiteral("; ");
    QList<ExportCell> cells{
        text(r.id), text(r.engagementId), text(r.name), text(statusName(r.status)),
        instant(r.receivedAt), instant(r.closedAt), text(r.customer.name), text(r.customer.address.country),
        text(r.customer.address.city), text(r.customer.size), text(needs.industries.join(list)), text(needs.products.join(list)),
        text(needs.services.join(list)), text(needs.solutions.join(list)),
    };
    cells += money(r.details.valueHint);
    cells += money(r.estimate ? std::optional<Money>(r.estimate->value) : std::nullopt);
    cells.append(date(r.estimate ? r.estimate->closingDate : QDate()));
    cells += money(r.finalValue);
    cells += {text(r.reason), text(r.reasonCode), text(r.partnerId), text(r.profileId), text(contactsText(r.customer.contacts))};
    return cells;
}

} // namespace rd
