#include "partnercenterjson.h"

#include "isotime.h"
#include "money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace {

// Thrown inside this file only, to leave a record at its first wrong field.
struct FieldError
{
    QString message;
};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("PartnerCenterJson", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("PartnerCenterJson", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("PartnerCenterJson", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("PartnerCenterJson", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("PartnerCenterJson", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("PartnerCenterJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("PartnerCenterJson", "nothing");
}

[[noreturn]] void wrongType(const QString &path, const QString &expected, const QJsonValue &value)
{
    throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"%1\" must be %2, not %3.").arg(path, expected, jsonTypeName(value))};
}

bool absent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

QString text(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (absent(value))
        return {};
    if (!value.isString())
        wrongType(path, QCoreApplication::translate("PartnerCenterJson", "text"), value);
    return value.toString().trimmed();
}

QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
{
    const QJsonValue value = parent.value(key);
    if (absent(value))
        return {};
    if (!value.isObject())
        wrongType(path, QCoreApplication::translate("PartnerCenterJson", "an object"), value);
    return value.toObject();
}

QJsonArray array(const QJsonObject &parent, const QString &key, const QString &path)
{
    const QJsonValue value = parent.value(key);
    if (absent(value))
        return {};
    if (!value.isArray())
        wrongType(path, QCoreApplication::translate("PartnerCenterJson", "a list"), value);
    return value.toArray();
}

QDateTime instant(const QJsonObject &object, const QString &key, const QString &path)
{
    const QString value = text(object, key, path);
    if (value.isEmpty())
        return {};
    const std::optional<QDateTime> parsed = parseIsoInstant(value);
    if (!parsed) {
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"%1\" is not a date and time in ISO 8601 such as 2024-05-01T09:30:00Z: \"%2\".")
                             .arg(path, value)};
    }
    return *parsed;
}

Status lifecycleStatus(const QString &status, const QString &substatus)
{
    const auto is = [](const QString &value, const char *name) {
        return value.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    const bool noSubstatus = substatus.isEmpty() || is(substatus, "None");
    if (status.isEmpty() || is(status, "None") || is(status, "New")) {
        if (noSubstatus || is(substatus, "Pending") || is(substatus, "Received"))
            return Status::New;
    } else if (is(status, "Active")) {
        if (noSubstatus || is(substatus, "Accepted"))
            return Status::Negotiating;
    } else if (is(status, "Closed")) {
        if (is(substatus, "Won"))
            return Status::Won;
        if (is(substatus, "Lost"))
            return Status::Lost;
        if (is(substatus, "Declined"))
            return Status::Declined;
        if (is(substatus, "Expired"))
            return Status::Expired;
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "A referral with status Closed needs the substatus Won, Lost, Declined or Expired, not \"%1\".")
                             .arg(substatus)};
    } else {
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"status\" has the value \"%1\"; Partner Center uses New, Active or Closed.").arg(status)};
    }
    throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The substatus \"%1\" does not go with the status \"%2\".").arg(substatus, status)};
}

QString customerSize(const QString &raw)
{
    if (raw.isEmpty())
        return {};
    QString size = raw;
    size.remove(QRegularExpression(QStringLiteral("employees$"), QRegularExpression::CaseInsensitiveOption));
    for (const QString &known : customerSizes()) {
        if (known.compare(size, Qt::CaseInsensitive) == 0)
            return known;
    }
    throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"customerProfile.size\" has the value \"%1\", which is not a customer size Partner Center uses (such as 1to50 or 51to500).")
                         .arg(raw)};
}

Address address(const QJsonObject &profile)
{
    const QJsonObject json = object(profile, QStringLiteral("address"), QStringLiteral("customerProfile.address"));
    const auto field = [&json](const char *key) {
        return text(json, QString::fromLatin1(key), QStringLiteral("customerProfile.address.") + QLatin1String(key));
    };
    Address result{field("addressLine1"), field("addressLine2"), field("city"), field("state"),
                   field("postalCode"), field("country").toUpper(), field("region")};
    if (!result.country.isEmpty()) {
        static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
        if (!twoLetters.match(result.country).hasMatch()
            || QLocale::codeToTerritory(result.country) == QLocale::AnyTerritory) {
            throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"customerProfile.address.country\" must be a two-letter ISO 3166 country code such as KR or US, not \"%1\".")
                                 .arg(result.country)};
        }
    }
    return result;
}

QList<Contact> contacts(const QJsonObject &profile)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QList<Contact> result;
    const QJsonArray team = array(profile, QStringLiteral("team"), QStringLiteral("customerProfile.team"));
    for (int i = 0; i < team.size(); ++i) {
        const QString path = QStringLiteral("customerProfile.team[%1]").arg(i);
        if (!team.at(i).isObject())
            wrongType(path, QCoreApplication::translate("PartnerCenterJson", "an object"), team.at(i));
        const QJsonObject member = team.at(i).toObject();
        Contact contact{text(member, QStringLiteral("firstName"), path + QStringLiteral(".firstName")),
                        text(member, QStringLiteral("lastName"), path + QStringLiteral(".lastName")),
                        text(member, QStringLiteral("email"), path + QStringLiteral(".email")),
                        text(member, QStringLiteral("phoneNumber"), path + QStringLiteral(".phoneNumber")),
                        {}};
        const QJsonObject preference = object(member, QStringLiteral("contactPreference"), path + QStringLiteral(".contactPreference"));
        contact.locale = text(preference, QStringLiteral("locale"), path + QStringLiteral(".contactPreference.locale"));
        if (!contact.email.isEmpty() && !email.match(contact.email).hasMatch())
            throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"%1.email\" is not an e-mail address: \"%2\".").arg(path, contact.email)};
        result.append(contact);
    }
    return result;
}

QStringList requirementIds(const QJsonObject &requirements, const QString &key, const char *nameKey)
{
    QStringList ids;
    const QString path = QStringLiteral("details.requirements.") + key;
    const QJsonArray items = array(requirements, key, path);
    for (int i = 0; i < items.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonValue item = items.at(i);
        if (item.isString()) {
            ids.append(item.toString().trimmed());
            continue;
        }
        if (!item.isObject())
            wrongType(itemPath, QCoreApplication::translate("PartnerCenterJson", "an object"), item);
        QString id = text(item.toObject(), QString::fromLatin1(nameKey), itemPath + QLatin1Char('.') + QLatin1String(nameKey));
        if (id.isEmpty())
            id = text(item.toObject(), QStringLiteral("id"), itemPath + QStringLiteral(".id"));
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

std::optional<Money> dealValue(const QJsonObject &details)
{
    const QJsonValue value = details.value(QStringLiteral("dealValue"));
    const QString currency = text(details, QStringLiteral("currency"), QStringLiteral("details.currency")).toUpper();
    if (!currency.isEmpty() && !currencyDecimals(currency)) {
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"details.currency\" must be an ISO 4217 currency code such as KRW or USD, not \"%1\".")
                             .arg(currency)};
    }
    if (absent(value))
        return std::nullopt;
    if (!value.isDouble())
        wrongType(QStringLiteral("details.dealValue"), QCoreApplication::translate("PartnerCenterJson", "a number"), value);
    const double amount = value.toDouble();
    if (amount < 0)
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"details.dealValue\" is negative; a deal value is zero or more.")};
    if (amount == 0)
        return std::nullopt;
    if (currency.isEmpty())
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"details.dealValue\" is given without \"details.currency\", so its currency is unknown.")};
    const int decimals = *currencyDecimals(currency);
    const double scaled = amount * std::pow(10.0, decimals);
    if (scaled > 9.0e17)
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"details.dealValue\" is too large to be a deal value.")};
    const double rounded = std::round(scaled);
    if (std::fabs(scaled - rounded) > 1e-6 * std::max(1.0, std::fabs(rounded))) {
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"details.dealValue\" has more decimals than %1 allows (%2).")
                             .arg(currency)
                             .arg(decimals)};
    }
    return Money{static_cast<qint64>(rounded), currency};
}

Referral readReferral(const QJsonObject &json, const QString &id, const QDateTime &importedAt)
{
    Referral referral;
    referral.id = id;
    referral.engagementId = text(json, QStringLiteral("engagementId"), QStringLiteral("engagementId"));
    referral.name = text(json, QStringLiteral("name"), QStringLiteral("name"));
    referral.externalReferenceId = text(json, QStringLiteral("externalReferenceId"), QStringLiteral("externalReferenceId"));
    referral.status = lifecycleStatus(text(json, QStringLiteral("status"), QStringLiteral("status")),
                                      text(json, QStringLiteral("substatus"), QStringLiteral("substatus")));

    const QDateTime created = instant(json, QStringLiteral("createdDateTime"), QStringLiteral("createdDateTime"));
    const QDateTime updated = instant(json, QStringLiteral("updatedDateTime"), QStringLiteral("updatedDateTime"));
    referral.receivedAt = created.isValid() ? created : importedAt.toUTC();
    referral.statusSince = referral.status == Status::New ? referral.receivedAt
                                                          : (updated.isValid() ? updated : importedAt.toUTC());
    if (isArchived(referral.status))
        referral.closedAt = referral.statusSince;

    const QJsonObject profile = object(json, QStringLiteral("customerProfile"), QStringLiteral("customerProfile"));
    referral.customer.name = text(profile, QStringLiteral("name"), QStringLiteral("customerProfile.name"));
    referral.customer.address = address(profile);
    referral.customer.size = customerSize(text(profile, QStringLiteral("size"), QStringLiteral("customerProfile.size")));
    referral.customer.contacts = contacts(profile);

    const QJsonObject details = object(json, QStringLiteral("details"), QStringLiteral("details"));
    referral.details.notes = text(details, QStringLiteral("notes"), QStringLiteral("details.notes"));
    referral.details.valueHint = dealValue(details);
    const QJsonObject requirements = object(details, QStringLiteral("requirements"), QStringLiteral("details.requirements"));
    referral.details.requirements = Requirements{requirementIds(requirements, QStringLiteral("industries"), "id"),
                                                 requirementIds(requirements, QStringLiteral("products"), "id"),
                                                 requirementIds(requirements, QStringLiteral("services"), "id"),
                                                 requirementIds(requirements, QStringLiteral("solutions"), "name")};
    const QDateTime closing = instant(details, QStringLiteral("closingDateTime"), QStringLiteral("details.closingDateTime"));

    // A deal already accepted in Partner Center carries its estimate in the details.
    if (referral.details.valueHint && referral.status != Status::New) {
        referral.estimate = Estimate{*referral.details.valueHint, closing.date(), {}};
        if (referral.status == Status::Won)
            referral.finalValue = referral.details.valueHint;
    }
    if (referral.status == Status::Lost || referral.status == Status::Declined)
        referral.reason = text(json, QStringLiteral("statusReason"), QStringLiteral("statusReason"));
    return referral;
}

} // namespace

const QStringList &customerSizes()
{
    static const QStringList sizes = {
        QStringLiteral("1to50"),         QStringLiteral("51to500"),        QStringLiteral("Morethan500"),
        QStringLiteral("1to9"),          QStringLiteral("10to50"),         QStringLiteral("51to250"),
        QStringLiteral("251to1000"),     QStringLiteral("1001to5000"),     QStringLiteral("5001to10000"),
        QStringLiteral("10001to20000"),  QStringLiteral("Morethan20000"),
    };
    return sizes;
}

ParsedReferral parsePartnerCenterReferral(const QJsonValue &record, const QDateTime &importedAt)
{
    ParsedReferral result;
    if (!record.isObject()) {
        result.error = QCoreApplication::translate("PartnerCenterJson", "The record is %1, not a referral object.").arg(jsonTypeName(record));
        return result;
    }
    const QJsonObject json = record.toObject();
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (id.isString())
        result.id = id.toString().trimmed();
    if (!absent(id) && !id.isString()) {
        result.error = QCoreApplication::translate("PartnerCenterJson", "The field \"id\" must be text, not %1.").arg(jsonTypeName(id));
        return result;
    }
    if (result.id.isEmpty()) {
        result.error = QCoreApplication::translate("PartnerCenterJson", "The field \"id\" is missing or empty; every referral needs its Partner Center id.");
        return result;
    }
    try {
        result.referral = readReferral(json, result.id, importedAt);
    } catch (const FieldError &error) {
        result.error = error.message;
    }
    return result;
}
