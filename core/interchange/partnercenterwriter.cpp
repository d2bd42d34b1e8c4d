#include "partnercenterwriter.h"

#include "isotime.h"
#include "money.h"

#include <QJsonArray>
#include <QTimeZone>

namespace rd {

namespace {

// Partner Center's status and substatus for each of ours it has.
std::optional<std::pair<QString, QString>> partnerCenterStatus(Status status)
{
    switch (status) {
    case Status::New:
        return std::pair{QStringLiteral("New"), QStringLiteral("Received")};
    case Status::Negotiating:
        return std::pair{QStringLiteral("Active"), QStringLiteral("Accepted")};
    case Status::Won:
        return std::pair{QStringLiteral("Closed"), QStringLiteral("Won")};
    case Status::Lost:
        return std::pair{QStringLiteral("Closed"), QStringLiteral("Lost")};
    case Status::Declined:
        return std::pair{QStringLiteral("Closed"), QStringLiteral("Declined")};
    case Status::Expired:
        return std::pair{QStringLiteral("Closed"), QStringLiteral("Expired")};
    case Status::Evaluating:
    case Status::Skipped:
    case Status::Missed:
        break;
    }
    return std::nullopt;
}

void insertText(QJsonObject &json, const char *key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(QLatin1String(key), value);
}

QJsonArray items(const QStringList &ids, const char *key)
{
    QJsonArray array;
    for (const QString &id : ids)
        array.append(QJsonObject{{QLatin1String(key), id}});
    return array;
}

} // namespace

std::optional<QJsonObject> partnerCenterRecord(const Referral &r)
{
    const std::optional<std::pair<QString, QString>> status = partnerCenterStatus(r.status);
    if (!status)
        return std::nullopt;
    QJsonObject json{{QStringLiteral("id"), r.id},
                     {QStringLiteral("status"), status->first},
                     {QStringLiteral("substatus"), status->second},
                     {QStringLiteral("createdDateTime"), formatIsoInstant(r.receivedAt)}};
    if (r.status != Status::New && r.statusSince.isValid())
        json.insert(QStringLiteral("updatedDateTime"), formatIsoInstant(r.statusSince));
    insertText(json, "engagementId", r.engagementId);
    insertText(json, "name", r.name);
    insertText(json, "externalReferenceId", r.externalReferenceId);
    if (r.status == Status::Lost || r.status == Status::Declined)
        insertText(json, "statusReason", r.reason);

    QJsonObject address;
    insertText(address, "addressLine1", r.customer.address.line1);
    insertText(address, "addressLine2", r.customer.address.line2);
    insertText(address, "city", r.customer.address.city);
    insertText(address, "state", r.customer.address.state);
    insertText(address, "postalCode", r.customer.address.postalCode);
    insertText(address, "country", r.customer.address.country);
    insertText(address, "region", r.customer.address.region);
    QJsonArray team;
    for (const Contact &contact : r.customer.contacts) {
        QJsonObject member;
        insertText(member, "firstName", contact.firstName);
        insertText(member, "lastName", contact.lastName);
        insertText(member, "email", contact.email);
        insertText(member, "phoneNumber", contact.phone);
        QJsonObject preference{{QStringLiteral("disableNotifications"), contact.notificationsDisabled}};
        insertText(preference, "locale", contact.locale);
        member.insert(QStringLiteral("contactPreference"), preference);
        team.append(member);
    }
    QJsonObject customer{{QStringLiteral("address"), address}, {QStringLiteral("team"), team}};
    insertText(customer, "name", r.customer.name);
    insertText(customer, "size", r.customer.size);
    json.insert(QStringLiteral("customerProfile"), customer);
    json.insert(QStringLiteral("consent"), QJsonObject{{QStringLiteral("consentToContact"), r.consentToContact}});

    const Requirements &requirements = r.details.requirements;
    QJsonObject details{{QStringLiteral("requirements"),
                         QJsonObject{{QStringLiteral("industries"), items(requirements.industries, "id")},
                                     {QStringLiteral("products"), items(requirements.products, "id")},
                                     {QStringLiteral("services"), items(requirements.services, "id")},
                                     {QStringLiteral("solutions"), items(requirements.solutions, "name")}}}};
    insertText(details, "notes", r.details.notes);
    // Partner Center keeps one deal value: the final one once won, the estimate while open.
    const std::optional<Money> value = r.finalValue ? r.finalValue
        : r.estimate                                ? std::optional<Money>(r.estimate->value)
                                                    : r.details.valueHint;
    if (value) {
        // A JSON number, as Partner Center sends it: written in its shortest form, a double
        // reads back as the same decimal for every amount of up to 15 digits.
        details.insert(QStringLiteral("dealValue"), moneyToDecimalString(*value).toDouble());
        details.insert(QStringLiteral("currency"), value->currency);
    }
    if (r.estimate && r.estimate->closingDate.isValid())
        details.insert(QStringLiteral("closingDateTime"), formatIsoInstant(r.estimate->closingDate.startOfDay(QTimeZone::utc())));
    json.insert(QStringLiteral("details"), details);
    return json;
}

} // namespace rd
