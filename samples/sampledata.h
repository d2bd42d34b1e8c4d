#pragma once

#include "status.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// The word lists sample referrals are made of. They live in samples/data/*.json, built into
// the samples library as resources, and are read once. Sample data, not interface text: none
// of it is translated.
//
// The order of every list matters: the generator picks by position, so reordering, adding or
// removing an entry changes the referrals every seed gives.

// A word of a customer's name and how it reads in an e-mail domain.
struct SampleNamePart
{
    QString text;
    QString slug;
    bool corporate = true; // takes a legal form (주식회사, Inc., Ltd)
};

struct SampleIndustry
{
    QString id;
    QList<SampleNamePart> korean;
    QList<SampleNamePart> english;
};

// What a product's request counts, which sets how large the deal is.
enum class SampleQuantity { Users, Servers, Devices, Rooms, Developers };

struct SampleProduct
{
    QString id;
    SampleQuantity quantity;
    QString koreanTitle;
    QString englishTitle;
    QString koreanNote; // %1: the quantity
    QString englishNote;
    double unitCostUsd; // per quantity, for the value hint
};

// Patterns (postal codes, phones, address lines) hold placeholders, drawn for each referral:
// ? a digit, ! a digit from 1, @ a letter of a UK inward code, & a Canadian letter.
struct SampleDistrict
{
    QString name;
    QStringList roads;
    QString postalPattern;
};

struct SampleKoreanCity
{
    QString name;
    QString state;
    QString areaCode;
    int weight;
    QList<SampleDistrict> districts;
};

struct SampleEnglishCity
{
    QString name;
    QString state;
    QString phonePattern;
    QStringList postalPatterns;
    QStringList streets;
};

struct SampleCountry
{
    QString code;
    QString currency;
    QString locale;
    int weight;
    QStringList legalForms;
    QStringList line2Patterns;
    QList<SampleEnglishCity> cities;
};

struct SamplePersonName
{
    QString text;
    QString roman;
};

struct SampleSizeBand
{
    QString size; // a value of customerSizes()
    int weight;
    double minEmployees;
    double maxEmployees;
};

struct SampleStatusWeight
{
    Status status;
    int weight;
};

struct SampleCurrency
{
    QString code;
    double perUsd;
    qint64 minorPerMajor;
};

struct SampleTexts
{
    QStringList korean;
    QStringList english;
    // For reasons: the preset each sentence stands for ("" for a reason typed in words of its
    // own), so that sample reasons count by their code as reps' presets do.
    QStringList codes;
};

struct SampleData
{
    QList<SampleStatusWeight> statuses;
    QList<SampleSizeBand> sizes;
    QList<SampleIndustry> industries;
    QList<SampleProduct> products;
    QStringList services;
    QList<SampleNamePart> koreanStems;
    QList<SampleNamePart> englishStems;
    QList<SampleKoreanCity> koreanCities;
    QStringList koreanLine2;
    QList<SampleCountry> countries;
    QList<SamplePersonName> koreanSurnames;
    QList<SamplePersonName> koreanGivenNames;
    QStringList englishFirstNames;
    QStringList englishLastNames;
    QList<SampleCurrency> currencies;
    SampleTexts noteAdditions;
    SampleTexts estimateNotes;
    SampleTexts skipReasons;
    SampleTexts declineReasons;
    SampleTexts lossReasons;

    // The currency with this ISO 4217 code, or null when the data has none.
    const SampleCurrency *currency(const QString &code) const;
};

// The tables, read on first use (thread-safe) and kept for the life of the program. A data
// file that is missing (its resource not linked in) or malformed stops the program with a
// message naming it: making referrals from empty tables would only crash later, less clearly.
const SampleData &sampleData();

// How a word reads in an e-mail address: its ASCII letters and digits, in lower case.
QString slugOf(const QString &text);

} // namespace rd
