#include "referralrow.h"

#include "rowvalues.h"
#include "status.h"
#include "storedjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace rd {

namespace {

const QStringList kWritableColumns = {
    QStringLiteral("id"), QStringLiteral("engagement_id"), QStringLiteral("name"),
    QStringLiteral("external_reference_id"), QStringLiteral("status"), QStringLiteral("tab"),
    QStringLiteral("received_at"), QStringLiteral("status_since"), QStringLiteral("deadline"),
    QStringLiteral("respond_by"), QStringLiteral("closed_at"), QStringLiteral("accepted_at"),
    QStringLiteral("customer_name"),
    QStringLiteral("address_line1"), QStringLiteral("address_line2"), QStringLiteral("city"),
    QStringLiteral("state"), QStringLiteral("postal_code"), QStringLiteral("country"),
    QStringLiteral("region"), QStringLiteral("customer_size"), QStringLiteral("contacts"),
    QStringLiteral("notes"), QStringLiteral("requirements"), QStringLiteral("hint_value"),
    QStringLiteral("hint_currency"), QStringLiteral("estimate_value"),
    QStringLiteral("estimate_currency"), QStringLiteral("estimate_closing"),
    QStringLiteral("estimate_notes"), QStringLiteral("final_value"),
    QStringLiteral("final_currency"), QStringLiteral("reason"), QStringLiteral("imported_at"),
    QStringLiteral("reason_code"), QStringLiteral("sample"), QStringLiteral("consent_to_contact"),
    QStringLiteral("partner_id"), QStringLiteral("profile_id"), QStringLiteral("claimed_by"),
    QStringLiteral("claimed_at"),
};

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant minorUnits(const std::optional<Money> &value)
{
    return value ? QVariant(value->minorUnits) : QVariant(QMetaType::fromType<qint64>());
}

QVariant currency(const std::optional<Money> &value)
{
    return value ? QVariant(value->currency) : QVariant(QMetaType::fromType<QString>());
}

// A Qt::UTC date-time holds no time zone object: cheaper, on every instant of every page.
QDateTime utcInstant(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
}

} // namespace

namespace ReferralRow {

QString eventName(HistoryEvent event)
{
    switch (event) {
    case HistoryEvent::StatusChange:
        return QStringLiteral("status");
    case HistoryEvent::EstimateChange:
        return QStringLiteral("estimate");
    case HistoryEvent::Claim:
        return QStringLiteral("claim");
    }
    return QStringLiteral("status");
}

HistoryEvent eventFromName(const QString &name)
{
    if (name == QLatin1String("estimate"))
        return HistoryEvent::EstimateChange;
    if (name == QLatin1String("claim"))
        return HistoryEvent::Claim;
    return HistoryEvent::StatusChange;
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QVariant instant(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime instantFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : utcInstant(value.toLongLong());
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString insertStatement()
{
    return QStringLiteral("INSERT INTO referrals (%1) VALUES (%2) ON CONFLICT (id) DO NOTHING")
        .arg(kWritableColumns.join(QStringLiteral(", ")), placeholders(int(kWritableColumns.size())));
}

QString historyInsertStatement()
{
    return QStringLiteral(
        "INSERT INTO referral_history (referral_id, event, from_status, to_status, at, actor, reason, reason_code, "
        "value, currency, closing_date, notes, old_value, old_currency, old_closing_date, old_notes, before_state) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QVariantList historyValues(const QString &referralId, const HistoryEntry &entry, const QString &beforeState)
{
    const auto nullable = [](const QString &value) { return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value); };
    const std::optional<Estimate> &previous = entry.previousEstimate;
    const std::optional<Money> previousValue = previous ? std::optional<Money>(previous->value) : std::nullopt;
    return {
        referralId,
        eventName(entry.event),
        entry.from ? QVariant(statusName(*entry.from)) : QVariant(QMetaType::fromType<QString>()),
        statusName(entry.to),
        instant(entry.at),
        entry.actor,
        nullable(entry.reason),
        nullable(entry.reasonCode),
        minorUnits(entry.value),
        currency(entry.value),
        date(entry.closingDate),
        nullable(entry.notes),
        minorUnits(previousValue),
        currency(previousValue),
        date(previous ? previous->closingDate : QDate()),
        previous ? nullable(previous->notes) : QVariant(QMetaType::fromType<QString>()),
        nullable(beforeState),
    };
}

QStringList writableColumns()
{
    return kWritableColumns;
}

QString columns(Parts parts)
{
    QStringList read = kWritableColumns;
    if (parts == Parts::Listed)
        read.replace(read.indexOf(QLatin1String("contacts")), QStringLiteral("CAST(NULL AS TEXT) AS contacts"));
    return read.join(QStringLiteral(", ")) + QStringLiteral(", version");
}

QVariantList values(const Referral &r, const QDateTime &importedAt)
{
    std::optional<Money> estimateValue;
    if (r.estimate)
        estimateValue = r.estimate->value;
    return {
        r.id, text(r.engagementId), text(r.name), text(r.externalReferenceId),
        statusName(r.status), tabName(tabOf(r.status)),
        instant(r.receivedAt), instant(r.statusSince), instant(r.deadline), instant(r.respondBy),
        instant(r.closedAt), instant(r.acceptedAt), text(r.customer.name), text(r.customer.address.line1),
        text(r.customer.address.line2), text(r.customer.address.city),
        text(r.customer.address.state), text(r.customer.address.postalCode),
        text(r.customer.address.country), text(r.customer.address.region),
        text(r.customer.size), StoredJson::contactsToJson(r.customer.contacts), text(r.details.notes),
        StoredJson::requirementsToJson(r.details.requirements), minorUnits(r.details.valueHint),
        currency(r.details.valueHint), minorUnits(estimateValue), currency(estimateValue),
        date(r.estimate ? r.estimate->closingDate : QDate()),
        text(r.estimate ? r.estimate->notes : QString()), minorUnits(r.finalValue),
        currency(r.finalValue), text(r.reason), instant(importedAt),
        text(r.reasonCode), r.sample ? 1 : 0, r.consentToContact ? 1 : 0,
        text(r.partnerId.isEmpty() ? QString() : r.partnerId), text(r.profileId.isEmpty() ? QString() : r.profileId),
        text(r.claimedBy.isEmpty() ? QString() : r.claimedBy), instant(r.claimedBy.isEmpty() ? QDateTime() : r.claimedAt),
    };
}

Referral fromRow(const RowValues &row)
{
    Referral r;
    int i = 0;
    const auto text = [&row, &i]() { return row.text(i++); };
    const auto instant = [&row, &i]() {
        const int column = i++;
        return row.isNull(column) ? QDateTime() : utcInstant(row.integer(column));
    };
    const auto money = [&row, &i]() -> std::optional<Money> {
        const int value = i++;
        const int currency = i++;
        if (row.isNull(value) || row.isNull(currency))
            return std::nullopt;
        return Money{row.integer(value), row.text(currency)};
    };
    r.id = text();
    r.engagementId = text();
    r.name = text();
    r.externalReferenceId = text();
    r.status = statusFromName(text()).value_or(Status::New);
    ++i; // tab: implied by the status
    r.receivedAt = instant();
    r.statusSince = instant();
    r.deadline = instant();
    r.respondBy = instant();
    r.closedAt = instant();
    r.acceptedAt = instant();
    r.customer.name = text();
    r.customer.address.line1 = text();
    r.customer.address.line2 = text();
    r.customer.address.city = text();
    r.customer.address.state = text();
    r.customer.address.postalCode = text();
    r.customer.address.country = text();
    r.customer.address.region = text();
    r.customer.size = text();
    r.customer.contacts = StoredJson::contactsFromJson(text());
    r.details.notes = text();
    r.details.requirements = StoredJson::requirementsFromJson(text());
    r.details.valueHint = money();
    const std::optional<Money> estimate = money();
    const QDate closing = QDate::fromString(text(), Qt::ISODate);
    const QString estimateNotes = text();
    if (estimate)
        r.estimate = Estimate{*estimate, closing, estimateNotes};
    r.finalValue = money();
    r.reason = text();
    ++i; // imported_at
    r.reasonCode = text();
    r.sample = row.integer(i++) != 0;
    r.consentToContact = row.integer(i++) != 0;
    r.partnerId = text();
    r.profileId = text();
    r.claimedBy = text();
    r.claimedAt = instant();
    r.version = int(row.integer(i++));
    return r;
}

Referral fromQuery(const QSqlQuery &query)
{
    return fromRow(QueryRowValues(query));
}

QString problemIn(const QSqlQuery &query)
{
    const QString status = query.value(kWritableColumns.indexOf(QStringLiteral("status"))).toString();
    if (!statusFromName(status)) {
        return QCoreApplication::translate("ReferralRow", "Its status \"%1\" is not one Referral Desk knows.").arg(status);
    }
    const QString id = query.value(0).toString();
    if (id.isEmpty() || id.contains(QChar::ReplacementCharacter)) {
        return QCoreApplication::translate("ReferralRow", "Its id is not valid text (bytes that are not UTF-8), so the row can't be changed by its id.");
    }
    return {};
}

QString mutableStateToJson(const Referral &r)
{
    // Milliseconds since the epoch are exact in a double for the next quarter million years.
    const auto instantJson = [](const QDateTime &value) {
        return value.isValid() ? QJsonValue(double(value.toMSecsSinceEpoch())) : QJsonValue();
    };
    QJsonObject json{
        {QStringLiteral("status"), statusName(r.status)},
        {QStringLiteral("statusSince"), instantJson(r.statusSince)},
        {QStringLiteral("deadline"), instantJson(r.deadline)},
        {QStringLiteral("closedAt"), instantJson(r.closedAt)},
        {QStringLiteral("acceptedAt"), instantJson(r.acceptedAt)},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("reasonCode"), r.reasonCode},
        {QStringLiteral("claimedBy"), r.claimedBy},
        {QStringLiteral("claimedAt"), instantJson(r.claimedAt)},
    };
    const auto money = [](const std::optional<Money> &value) {
        return value ? QJsonValue(QJsonObject{{QStringLiteral("minor"), QString::number(value->minorUnits)},
                                              {QStringLiteral("currency"), value->currency}})
                     : QJsonValue();
    };
    if (r.estimate) {
        json.insert(QStringLiteral("estimate"), money(r.estimate->value));
        json.insert(QStringLiteral("closing"), r.estimate->closingDate.toString(Qt::ISODate));
        json.insert(QStringLiteral("estimateNotes"), r.estimate->notes);
    }
    json.insert(QStringLiteral("finalValue"), money(r.finalValue));
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool restoreMutableState(Referral &r, const QString &state)
{
    const QJsonDocument document = QJsonDocument::fromJson(state.toUtf8());
    const QJsonObject json = document.object();
    const std::optional<Status> status = statusFromName(json.value(QStringLiteral("status")).toString());
    if (!document.isObject() || !status)
        return false;
    // Amounts are kept as text: minor units may pass 2^53 in a damaged row.
    const auto instantIn = [&json](const char *key) {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isDouble() ? instantFrom(QVariant(qint64(value.toDouble()))) : QDateTime();
    };
    const auto moneyIn = [](const QJsonValue &value) -> std::optional<Money> {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject object = value.toObject();
        return Money{object.value(QStringLiteral("minor")).toString().toLongLong(),
                     object.value(QStringLiteral("currency")).toString()};
    };
    r.status = *status;
    r.statusSince = instantIn("statusSince");
    r.deadline = instantIn("deadline");
    r.closedAt = instantIn("closedAt");
    r.acceptedAt = instantIn("acceptedAt");
    r.reason = json.value(QStringLiteral("reason")).toString();
    r.reasonCode = json.value(QStringLiteral("reasonCode")).toString();
    // A state kept before claims existed has none.
    r.claimedBy = json.value(QStringLiteral("claimedBy")).toString();
    r.claimedAt = r.claimedBy.isEmpty() ? QDateTime() : instantIn("claimedAt");
    r.estimate.reset();
    if (const std::optional<Money> estimate = moneyIn(json.value(QStringLiteral("estimate")))) {
        r.estimate = Estimate{*estimate, QDate::fromString(json.value(QStringLiteral("closing")).toString(), Qt::ISODate),
                              json.value(QStringLiteral("estimateNotes")).toString()};
    }
    r.finalValue = moneyIn(json.value(QStringLiteral("finalValue")));
    return true;
}

} // namespace ReferralRow

} // namespace rd
