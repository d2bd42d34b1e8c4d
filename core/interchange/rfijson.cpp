#include "rfijson.h"

#include "partnercenterjson.h"

#include <QCoreApplication>
#include <algorithm>

namespace rd {

namespace {

constexpr int kMaxNameLength = 200;

QString defaultName(const Referral &referral)
{
    // The customer's name stays hidden while the referral is New: the title must not carry it.
    const QString firstLine = referral.details.notes.section(QLatin1Char('\n'), 0, 0).simplified();
    if (!firstLine.isEmpty())
        return firstLine.left(80);
    return QCoreApplication::translate("rd::RfiJson", "Request for information");
}

} // namespace

ParsedRfi parseRfi(const JsonNode &record, const QDateTime &now)
{
    ParsedRfi parsed;
    if (!record.isObject()) {
        parsed.error = QCoreApplication::translate("rd::RfiJson", "An RFI must be a JSON object with customerProfile, consent, details and profiles.");
        return parsed;
    }
    // The request as Partner Center would send it, from the fields a customer gives: the ids,
    // times and status are the programme's to set.
    JsonNode referral = JsonNode::object();
    referral.insert(QStringLiteral("id"), JsonNode::string(QStringLiteral("rfi"), true));
    for (const char *key : {"name", "customerProfile", "consent", "details"}) {
        const JsonNode &value = record.value(QString::fromLatin1(key));
        if (!value.isAbsent())
            referral.insert(QString::fromLatin1(key), value);
    }
    const ParsedReferral read = parsePartnerCenterReferral(referral, now);
    if (!read.referral) {
        parsed.error = read.error;
        return parsed;
    }
    RfiRequest request{*read.referral, {}};
    request.referral.id.clear();
    request.referral.status = Status::New;
    request.referral.receivedAt = now.toUTC();
    request.referral.statusSince = now.toUTC();
    if (request.referral.name.trimmed().isEmpty())
        request.referral.name = defaultName(request.referral);
    if (request.referral.name.size() > kMaxNameLength) {
        parsed.error = QCoreApplication::translate("rd::RfiJson", "The field \"name\" is longer than %1 characters.").arg(kMaxNameLength);
        return parsed;
    }

    const Customer &customer = request.referral.customer;
    if (customer.name.trimmed().isEmpty()) {
        parsed.error = QCoreApplication::translate("rd::RfiJson", "The field \"customerProfile.name\" is missing: partners need to know who is asking.");
        return parsed;
    }
    if (customer.address.country.size() != 2) {
        parsed.error = QCoreApplication::translate("rd::RfiJson", "The field \"customerProfile.address.country\" must be a two-letter ISO 3166 country code such as KR.");
        return parsed;
    }
    const bool reachable = std::any_of(customer.contacts.cbegin(), customer.contacts.cend(),
                                       [](const Contact &contact) { return !contact.email.trimmed().isEmpty(); });
    if (!reachable) {
        parsed.error = QCoreApplication::translate("rd::RfiJson", "The field \"customerProfile.team\" needs at least one contact with an e-mail address, so that a partner can answer.");
        return parsed;
    }

    const JsonNode &profiles = record.value(QStringLiteral("profiles"));
    if (!profiles.isArray()) {
        parsed.error = QCoreApplication::translate("rd::RfiJson", "The field \"profiles\" must be a list of business profile ids.");
        return parsed;
    }
    for (int i = 0; i < profiles.size(); ++i) {
        const JsonNode &id = profiles.at(i);
        if (!id.isString() || id.text().trimmed().isEmpty()) {
            parsed.error = QCoreApplication::translate("rd::RfiJson", "The field \"profiles[%1]\" must be a business profile id.").arg(i);
            return parsed;
        }
        request.profileIds.append(id.text().trimmed());
    }
    parsed.request = request;
    return parsed;
}

} // namespace rd
