#include "partnercenterjson.h"

#include "isotime.h"
#include "money.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace rd {

namespace {

constexpr int kMaxIdLength = 128;
constexpr int kMaxTextLength = 1000;
constexpr int kMaxNotesLength = 10000;
constexpr int kMaxContacts = 50;
constexpr int kMaxRequirements = 200;
// A file written on a machine whose clock runs a little ahead is not a receipt from the future.
constexpr qint64 kClockSkewMs = 5 * 60 * 1000;

// Thrown inside this file only, to leave a record at its first wrong field.
struct FieldError
{
    QString message;
};

QString jsonTypeName(const JsonNode &value)
{
    switch (value.kind()) {
    case JsonNode::Kind::Null:
        return QCoreApplication::translate("PartnerCenterJson", "null");
    case JsonNode::Kind::Bool:
        return QCoreApplication::translate("PartnerCenterJson", "true or false");
    case JsonNode::Kind::Number:
        return QCoreApplication::translate("PartnerCenterJson", "a number");
    case JsonNode::Kind::String:
        return QCoreApplication::translate("PartnerCenterJson", "text");
    case JsonNode::Kind::Array:
        return QCoreApplication::translate("PartnerCenterJson", "a list");
    case JsonNode::Kind::Object:
        return QCoreApplication::translate("PartnerCenterJson", "an object");
    case JsonNode::Kind::Absent:
        break;
    }
    return QCoreApplication::translate("PartnerCenterJson", "nothing");
}

[[noreturn]] void wrongType(const QString &path, const QString &expected, const JsonNode &value)
{
    throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"%1\" must be %2, not %3.").arg(path, expected, jsonTypeName(value))};
}

// Control characters other than tab and line breaks are never text a person wrote, and NUL
// ends strings in too many places; an unpaired surrogate cannot be stored and read back.
bool hasForbiddenCharacters(const QString &value, bool singleLine)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const bool lineBreakOrTab = u == u'\t' || u == u'\n' || u == u'\r';
        if ((u < 0x20 && (singleLine || !lineBreakOrTab)) || u == 0x7f)
            return true;
    }
    return false;
}

QString checkedText(const JsonNode &value, const QString &path, int maxLength, bool singleLine)
{
    if (!value.isValidUnicode() || !QStringView(value.text()).isValidUtf16()) {
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"%1\" holds text that is not valid Unicode (such as an unpaired UTF-16 surrogate); fix the text and import again.")
                             .arg(path)};
    }
    if (hasForbiddenCharacters(value.text(), singleLine)) {
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"%1\" holds control characters, which are not text.").arg(path)};
    }
    const QString trimmed = value.text().trimmed();
    if (trimmed.size() > maxLength) {
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"%1\" is longer than %2 characters.").arg(path).arg(maxLength)};
    }
    return trimmed;
}

QString text(const JsonNode &object, const QString &key, const QString &path, int maxLength = kMaxTextLength,
             bool singleLine = false)
{
    const JsonNode &value = object.value(key);
    if (value.isMissing())
        return {};
    if (!value.isString())
        wrongType(path, QCoreApplication::translate("PartnerCenterJson", "text"), value);
    return checkedText(value, path, maxLength, singleLine);
}

// A boolean flag, false when not given.
bool flag(const JsonNode &object, const QString &key, const QString &path)
{
    const JsonNode &value = object.value(key);
    if (value.isMissing())
        return false;
    if (value.kind() != JsonNode::Kind::Bool)
        wrongType(path, QCoreApplication::translate("PartnerCenterJson", "true or false"), value);
    return value.boolValue();
}

const JsonNode &object(const JsonNode &parent, const QString &key, const QString &path)
{
    static const JsonNode empty = JsonNode::object();
    const JsonNode &value = parent.value(key);
    if (value.isMissing())
        return empty;
    if (!value.isObject())
        wrongType(path, QCoreApplication::translate("PartnerCenterJson", "an object"), value);
    return value;
}

const JsonNode &array(const JsonNode &parent, const QString &key, const QString &path, int maxItems)
{
    static const JsonNode empty = JsonNode::array();
    const JsonNode &value = parent.value(key);
    if (value.isMissing())
        return empty;
    if (!value.isArray())
        wrongType(path, QCoreApplication::translate("PartnerCenterJson", "a list"), value);
    if (value.size() > maxItems) {
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"%1\" has more than %2 entries.").arg(path).arg(maxItems)};
    }
    return value;
}

QDateTime instant(const JsonNode &object, const QString &key, const QString &path)
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
    if (const std::optional<TaxonomyEntry> known = Taxonomy::find(TaxonomyKind::CustomerSize, size))
        return known->id;
    throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"customerProfile.size\" has the value \"%1\", which is not a customer size Partner Center uses (such as 1to50 or 51to500).")
                         .arg(raw)};
}

Address address(const JsonNode &profile)
{
    const JsonNode &json = object(profile, QStringLiteral("address"), QStringLiteral("customerProfile.address"));
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

QList<Contact> contacts(const JsonNode &profile)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QList<Contact> result;
    const JsonNode &team = array(profile, QStringLiteral("team"), QStringLiteral("customerProfile.team"), kMaxContacts);
    for (int i = 0; i < team.size(); ++i) {
        const QString path = QStringLiteral("customerProfile.team[%1]").arg(i);
        if (!team.at(i).isObject())
            wrongType(path, QCoreApplication::translate("PartnerCenterJson", "an object"), team.at(i));
        const JsonNode &member = team.at(i);
        Contact contact{text(member, QStringLiteral("firstName"), path + QStringLiteral(".firstName")),
                        text(member, QStringLiteral("lastName"), path + QStringLiteral(".lastName")),
                        text(member, QStringLiteral("email"), path + QStringLiteral(".email")),
                        text(member, QStringLiteral("phoneNumber"), path + QStringLiteral(".phoneNumber")),
                        {}};
        const JsonNode &preference = object(member, QStringLiteral("contactPreference"), path + QStringLiteral(".contactPreference"));
        contact.locale = text(preference, QStringLiteral("locale"), path + QStringLiteral(".contactPreference.locale"));
        contact.notificationsDisabled = flag(preference, QStringLiteral("disableNotifications"),
                                             path + QStringLiteral(".contactPreference.disableNotifications"));
        if (!contact.email.isEmpty() && !email.match(contact.email).hasMatch())
            throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"%1.email\" is not an e-mail address: \"%2\".").arg(path, contact.email)};
        result.append(contact);
    }
    return result;
}

QStringList requirementIds(const JsonNode &requirements, const QString &key, const char *nameKey)
{
    QStringList ids;
    const QString path = QStringLiteral("details.requirements.") + key;
    const JsonNode &items = array(requirements, key, path, kMaxRequirements);
    for (int i = 0; i < items.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const JsonNode &item = items.at(i);
        if (item.isString()) {
            ids.append(checkedText(item, itemPath, kMaxTextLength, true));
            continue;
        }
        if (!item.isObject())
            wrongType(itemPath, QCoreApplication::translate("PartnerCenterJson", "an object"), item);
        QString id = text(item, QString::fromLatin1(nameKey), itemPath + QLatin1Char('.') + QLatin1String(nameKey));
        if (id.isEmpty())
            id = text(item, QStringLiteral("id"), itemPath + QStringLiteral(".id"));
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

std::optional<Money> dealValue(const JsonNode &details)
{
    const JsonNode &value = details.value(QStringLiteral("dealValue"));
    const QString currency = text(details, QStringLiteral("currency"), QStringLiteral("details.currency")).toUpper();
    if (!currency.isEmpty() && !currencyDecimals(currency)) {
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"details.currency\" must be an ISO 4217 currency code such as KRW or USD, not \"%1\".")
                             .arg(currency)};
    }
    if (value.isMissing())
        return std::nullopt;
    if (!value.isNumber())
        wrongType(QStringLiteral("details.dealValue"), QCoreApplication::translate("PartnerCenterJson", "a number"), value);
    // Partner Center sends 0 for "no value given".
    const std::optional<QString> decimal = decimalFromJsonNumber(value.text());
    if (decimal && isZeroDecimal(*decimal))
        return std::nullopt;
    if (value.text().startsWith(QLatin1Char('-')))
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"details.dealValue\" is negative; a deal value is zero or more.")};
    if (currency.isEmpty())
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"details.dealValue\" is given without \"details.currency\", so its currency is unknown.")};
    // The number as written, never through a double: 99999.999 USD is refused, not rounded.
    const MoneyParse parsed = parseMoney(decimal.value_or(value.text()), currency);
    if (!parsed.money)
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"details.dealValue\" is not a deal value: %1").arg(parsed.error)};
    return parsed.money;
}

Referral readReferral(const JsonNode &json, const QString &id, const QDateTime &importedAt)
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
    if (created.isValid() && created > importedAt.addMSecs(kClockSkewMs)) {
        throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"createdDateTime\" is %1, later than now: a referral cannot have arrived in the future. Check the clock of the system that wrote the file.")
                             .arg(formatIsoInstant(created))};
    }
    referral.receivedAt = created.isValid() ? created : importedAt.toUTC();
    referral.statusSince = referral.status == Status::New ? referral.receivedAt
                                                          : (updated.isValid() ? updated : importedAt.toUTC());
    if (isArchived(referral.status))
        referral.closedAt = referral.statusSince;

    const JsonNode &profile = object(json, QStringLiteral("customerProfile"), QStringLiteral("customerProfile"));
    referral.customer.name = text(profile, QStringLiteral("name"), QStringLiteral("customerProfile.name"));
    referral.customer.address = address(profile);
    referral.customer.size = customerSize(text(profile, QStringLiteral("size"), QStringLiteral("customerProfile.size")));
    referral.customer.contacts = contacts(profile);
    const JsonNode &consent = object(json, QStringLiteral("consent"), QStringLiteral("consent"));
    if (!consent.value(QStringLiteral("consentToContact")).isMissing())
        referral.consentToContact = flag(consent, QStringLiteral("consentToContact"), QStringLiteral("consent.consentToContact"));

    const JsonNode &details = object(json, QStringLiteral("details"), QStringLiteral("details"));
    referral.details.notes = text(details, QStringLiteral("notes"), QStringLiteral("details.notes"), kMaxNotesLength);
    referral.details.valueHint = dealValue(details);
    const JsonNode &requirements = object(details, QStringLiteral("requirements"), QStringLiteral("details.requirements"));
    // One spelling per id ("FinancialServices" and "Financial Services" are one industry).
    referral.details.requirements = Requirements{
        Taxonomy::canonicalIds(TaxonomyKind::Industry, requirementIds(requirements, QStringLiteral("industries"), "id")),
        Taxonomy::canonicalIds(TaxonomyKind::Product, requirementIds(requirements, QStringLiteral("products"), "id")),
        Taxonomy::canonicalIds(TaxonomyKind::Service, requirementIds(requirements, QStringLiteral("services"), "id")),
        requirementIds(requirements, QStringLiteral("solutions"), "name")};
    const QDateTime closing = instant(details, QStringLiteral("closingDateTime"), QStringLiteral("details.closingDateTime"));

    // A deal already accepted in Partner Center carries its estimate in the details.
    if (referral.details.valueHint && referral.status != Status::New) {
        referral.estimate = Estimate{*referral.details.valueHint, closing.date(), {}};
        if (referral.status == Status::Won)
            referral.finalValue = referral.details.valueHint;
    }
    if (referral.status == Status::Lost || referral.status == Status::Declined)
        referral.reason = text(json, QStringLiteral("statusReason"), QStringLiteral("statusReason"), kMaxNotesLength);
    return referral;
}

} // namespace

const QStringList &customerSizes()
{
    static const QStringList sizes = [] {
        QStringList ids;
        for (const TaxonomyEntry &entry : Taxonomy::entries(TaxonomyKind::CustomerSize))
            ids.append(entry.id);
        return ids;
    }();
    return sizes;
}

ParsedReferral parsePartnerCenterReferral(const JsonNode &record, const QDateTime &importedAt)
{
    ParsedReferral result;
    if (!record.isObject()) {
        result.error = QCoreApplication::translate("PartnerCenterJson", "The record is %1, not a referral object.").arg(jsonTypeName(record));
        return result;
    }
    const JsonNode &id = record.value(QStringLiteral("id"));
    if (!id.isMissing() && !id.isString()) {
        result.error = QCoreApplication::translate("PartnerCenterJson", "The field \"id\" must be text, not %1.").arg(jsonTypeName(id));
        return result;
    }
    try {
        result.id = text(record, QStringLiteral("id"), QStringLiteral("id"), kMaxIdLength, true);
        if (result.id.isEmpty()) {
            throw FieldError{QCoreApplication::translate("PartnerCenterJson", "The field \"id\" is missing or empty; every referral needs its Partner Center id.")};
        }
        result.referral = readReferral(record, result.id, importedAt);
    } catch (const FieldError &error) {
        result.error = error.message;
        if (!id.isValidUnicode() || !QStringView(id.text()).isValidUtf16()
            || hasForbiddenCharacters(id.text(), true) || id.text().size() > kMaxIdLength)
            result.id.clear(); // not an id the report can print or anyone can look up
    }
    return result;
}

} // namespace rd
