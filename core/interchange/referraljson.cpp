#include "referraljson.h"

#include "isotime.h"
#include "visibility.h"

namespace rd {

namespace {

QJsonValue instantOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(formatIsoInstant(instant)) : QJsonValue(QJsonValue::Null);
}

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject customerToJson(const Referral &referral)
{
    const Visibility visibility = visibilityFor(referral.status);
    const Customer &customer = referral.customer;
    QJsonObject address;
    if (visibility.organisation) {
        insertIfSet(address, QStringLiteral("addressLine1"), customer.address.line1);
        insertIfSet(address, QStringLiteral("addressLine2"), customer.address.line2);
    }
    insertIfSet(address, QStringLiteral("city"), customer.address.city);
    insertIfSet(address, QStringLiteral("state"), customer.address.state);
    insertIfSet(address, QStringLiteral("postalCode"), customer.address.postalCode);
    insertIfSet(address, QStringLiteral("country"), customer.address.country);
    insertIfSet(address, QStringLiteral("region"), customer.address.region);

    QJsonObject json;
    if (visibility.organisation)
        json.insert(QStringLiteral("name"), customer.name);
    json.insert(QStringLiteral("address"), address);
    insertIfSet(json, QStringLiteral("size"), customer.size);
    if (visibility.contacts) {
        QJsonArray contacts;
        for (const Contact &contact : customer.contacts) {
            QJsonObject member;
            insertIfSet(member, QStringLiteral("firstName"), contact.firstName);
            insertIfSet(member, QStringLiteral("lastName"), contact.lastName);
            insertIfSet(member, QStringLiteral("email"), contact.email);
            insertIfSet(member, QStringLiteral("phoneNumber"), contact.phone);
            insertIfSet(member, QStringLiteral("locale"), contact.locale);
            contacts.append(member);
        }
        json.insert(QStringLiteral("contacts"), contacts);
    }
    return json;
}

QJsonObject detailsToJson(const Details &details)
{
    QJsonObject json{
        {QStringLiteral("notes"), details.notes},
        {QStringLiteral("requirements"),
         QJsonObject{{QStringLiteral("industries"), QJsonArray::fromStringList(details.requirements.industries)},
                     {QStringLiteral("products"), QJsonArray::fromStringList(details.requirements.products)},
                     {QStringLiteral("services"), QJsonArray::fromStringList(details.requirements.services)},
                     {QStringLiteral("solutions"), QJsonArray::fromStringList(details.requirements.solutions)}}},
    };
    json.insert(QStringLiteral("valueHint"), details.valueHint ? QJsonValue(moneyToJson(*details.valueHint)) : QJsonValue());
    return json;
}

} // namespace

QJsonObject moneyToJson(const Money &money)
{
    return {{QStringLiteral("value"), moneyToDecimalString(money)}, {QStringLiteral("currency"), money.currency}};
}

QJsonObject referralToJson(const Referral &r)
{
    QJsonObject json{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("status"), statusName(r.status)},
        {QStringLiteral("receivedAt"), instantOrNull(r.receivedAt)},
        {QStringLiteral("statusSince"), instantOrNull(r.statusSince)},
        {QStringLiteral("deadline"), instantOrNull(r.deadline)},
        {QStringLiteral("respondBy"), instantOrNull(r.respondBy)},
        {QStringLiteral("closedAt"), instantOrNull(r.closedAt)},
        {QStringLiteral("customer"), customerToJson(r)},
        {QStringLiteral("details"), detailsToJson(r.details)},
        {QStringLiteral("version"), r.version},
    };
    insertIfSet(json, QStringLiteral("engagementId"), r.engagementId);
    insertIfSet(json, QStringLiteral("name"), r.name);
    insertIfSet(json, QStringLiteral("externalReferenceId"), r.externalReferenceId);
    // Where it was routed, when it was: the organisation and the business profile.
    insertIfSet(json, QStringLiteral("partner"), r.partnerId);
    insertIfSet(json, QStringLiteral("profile"), r.profileId);
    // Who on the team is handling it: only there while someone is.
    if (!r.claimedBy.isEmpty())
        json.insert(QStringLiteral("claim"), QJsonObject{{QStringLiteral("by"), r.claimedBy}, {QStringLiteral("since"), instantOrNull(r.claimedAt)}});
    if (r.estimate) {
        QJsonObject estimate = moneyToJson(r.estimate->value);
        estimate.insert(QStringLiteral("closingDate"),
                        r.estimate->closingDate.isValid() ? QJsonValue(r.estimate->closingDate.toString(Qt::ISODate)) : QJsonValue());
        insertIfSet(estimate, QStringLiteral("notes"), r.estimate->notes);
        json.insert(QStringLiteral("estimate"), estimate);
    } else {
        json.insert(QStringLiteral("estimate"), QJsonValue());
    }
    if (r.finalValue)
        json.insert(QStringLiteral("finalValue"), moneyToJson(*r.finalValue));
    insertIfSet(json, QStringLiteral("reason"), r.reason);
    insertIfSet(json, QStringLiteral("reasonCode"), r.reasonCode);
    return json;
}

QJsonArray historyToJson(const QList<HistoryEntry> &history)
{
    QJsonArray array;
    for (const HistoryEntry &entry : history) {
        QJsonObject json{
            {QStringLiteral("from"), entry.from ? QJsonValue(statusName(*entry.from)) : QJsonValue()},
            {QStringLiteral("to"), statusName(entry.to)},
            {QStringLiteral("at"), instantOrNull(entry.at)},
            {QStringLiteral("actor"), entry.actor},
        };
        insertIfSet(json, QStringLiteral("reason"), entry.reason);
        insertIfSet(json, QStringLiteral("reasonCode"), entry.reasonCode);
        if (entry.value)
            json.insert(QStringLiteral("value"), moneyToJson(*entry.value));
        if (entry.closingDate.isValid())
            json.insert(QStringLiteral("closingDate"), entry.closingDate.toString(Qt::ISODate));
        if (entry.event == HistoryEvent::Claim) {
            json.insert(QStringLiteral("event"), QStringLiteral("claim"));
            json.insert(QStringLiteral("claimant"), entry.notes.isEmpty() ? QJsonValue() : QJsonValue(entry.notes));
        }
        if (entry.event == HistoryEvent::EstimateChange) {
            json.insert(QStringLiteral("event"), QStringLiteral("estimate"));
            insertIfSet(json, QStringLiteral("notes"), entry.notes);
            if (const std::optional<Estimate> &before = entry.previousEstimate) {
                QJsonObject previous = moneyToJson(before->value);
                previous.insert(QStringLiteral("closingDate"), before->closingDate.isValid()
                                    ? QJsonValue(before->closingDate.toString(Qt::ISODate)) : QJsonValue());
                insertIfSet(previous, QStringLiteral("notes"), before->notes);
                json.insert(QStringLiteral("previous"), previous);
            }
        }
        array.append(json);
    }
    return array;
}

} // namespace rd
