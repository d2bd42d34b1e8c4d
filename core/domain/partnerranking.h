#pragma once

#include "businessprofile.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

// What a customer asks for in Find a partner.
struct PartnerSearch
{
    QString country; // ISO 3166 alpha-2, required
    QString size;    // a customer size name; empty: not said
    QStringList industries;
    QStringList products;
    QStringList services;
    QStringList solutions;
    QStringList keywords; // free words, Korean or English
};

// What a partner's recent history says (the last 90 days for responsiveness; similar deals for
// choosiness), counted by storage.
struct PartnerRecord
{
    int received = 0;                          // referrals received in the window
    std::optional<qint64> medianFirstAnswerMs; // receipt to I'm interested / No thanks
    int missedOrExpired = 0;
    int acceptedSimilar = 0; // similar deals (same industries, products, size) accepted
    int declinedSimilar = 0; // ... and declined
};

// One result of Find a partner with the parts of its score, each in [0, 1].
struct PartnerMatch
{
    double score = 0;
    double fit = 0;
    double responsiveness = 0;
    double choosiness = 0;
};

// The weights of the score: what the request is about first, then how the partner answers.
inline constexpr double kFitWeight = 0.6;
inline constexpr double kResponsivenessWeight = 0.25;
inline constexpr double kChoosinessWeight = 0.15;
// A partner with no history is neither rewarded nor punished for it.
inline constexpr double kNeutral = 0.5;

// Whether `profile` may be shown for `search` at all: active, serving the customer's size, with
// a location in the customer's country.
bool isCandidate(const BusinessProfile &profile, const PartnerSearch &search);

// The documented formula (docs/ranking.md):
// - fit: the mean, over the lists the request names (industries, products, services,
//   solutions, keywords), of the share of that list the profile covers; a keyword is covered
//   when the profile's keywords or description hold it, ignoring case. 1 when nothing is asked.
// - responsiveness: speed × (1 − share missed or expired), speed = 1 / (1 + median hours / 24):
//   an answer within the hour is close to 1, a median of one day 0.5. kNeutral without any
//   referral received in the window.
// - choosiness: (accepted + 1) / (accepted + declined + 2) over similar deals: kNeutral without
//   any, towards 1 for a partner that accepts such deals, towards 0 for one that declines them.
// - score: kFitWeight × fit + kResponsivenessWeight × responsiveness + kChoosinessWeight × choosiness.
PartnerMatch rankPartner(const BusinessProfile &profile, const PartnerSearch &search, const PartnerRecord &record);

} // namespace rd

namespace rd {

// One sentence, in the reader's language, saying why a result stands where it does: how much of
// the request it covers, how fast and how reliably the partner answered, how it treated
// similar deals (or that it has no such history, which counts as neutral).
QString explainMatch(const PartnerRecord &record, const PartnerMatch &match);

} // namespace rd
