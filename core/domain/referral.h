#pragma once

#include "money.h"
#include "status.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

struct Contact
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString locale;
    bool notificationsDisabled = false; // contactPreference.disableNotifications

    bool operator==(const Contact &other) const = default;
};

struct Address
{
    QString line1;
    QString line2;
    QString city;
    QString state;
    QString postalCode;
    QString country; // ISO 3166 alpha-2
    QString region;

    bool operator==(const Address &other) const = default;
};

struct Customer
{
    QString name;
    Address address;
    QString size;
    QList<Contact> contacts;

    bool operator==(const Customer &other) const = default;
};

struct Requirements
{
    QStringList industries;
    QStringList products;
    QStringList services;
    QStringList solutions;

    bool operator==(const Requirements &other) const = default;
};

// The customer's request (RFI) as the partner receives it.
struct Details
{
    QString notes;
    Requirements requirements;
    std::optional<Money> valueHint;

    bool operator==(const Details &other) const = default;
};

struct Estimate
{
    Money value;
    QDate closingDate;
    QString notes;

    bool operator==(const Estimate &other) const = default;
};

struct Referral
{
    QString id;
    QString engagementId;
    QString name;
    QString externalReferenceId;
    Status status = Status::New;
    QDateTime receivedAt;  // UTC
    QDateTime statusSince; // UTC: when the referral entered its current status
    QDateTime deadline;    // UTC; invalid when the status has none
    QDateTime respondBy;   // UTC; the 24-hour target, archives nothing
    QDateTime closedAt;    // UTC; invalid while open
    QDateTime acceptedAt;  // UTC; when it entered Negotiating, if it did here
    Customer customer;
    Details details;
    std::optional<Estimate> estimate;
    std::optional<Money> finalValue;
    QString reason;     // as typed, or the preset's words when reasonCode is set
    QString reasonCode; // a preset reason (reasons.h), shown in the reader's language
    bool sample = false; // made up by "Load sample referrals", removable together
    // consent.consentToContact; a request that does not say asked to be contacted by sending it.
    bool consentToContact = true;
    QString partnerId; // the partner organisation it belongs to; empty when none is stored
    QString profileId; // the business profile it was routed to; empty when none fits
    QString claimedBy;  // the colleague handling it (claim.h); empty when nobody said so
    QDateTime claimedAt; // UTC; since when
    int version = 1;
};

enum class HistoryEvent { StatusChange, EstimateChange, Claim };

struct HistoryEntry
{
    HistoryEvent event = HistoryEvent::StatusChange;
    std::optional<Status> from; // empty for the entry that records the import
    Status to = Status::New;
    QDateTime at;
    QString actor;
    QString reason;
    QString reasonCode;
    std::optional<Money> value;
    QDate closingDate;
    QString notes; // the estimate's notes, for an estimate change; the new claimant, for a claim
    // An estimate change: the estimate before it (value, closing date and notes).
    std::optional<Estimate> previousEstimate;
    // A decision that may be undone: its row keeps the referral as it was before (undo.h).
    bool keepsBeforeState = false;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::Referral)
