#include "sampledata.h"

#include "money.h"
#include "partnercenterjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

namespace {

// The data files are code in all but syntax: a fault in one is the build's, not the user's, so
// it stops the program with a message for whoever changed the file.
[[noreturn]] void badData(const QString &what)
{
    qFatal("Sample data: %s", qPrintable(what));
}

QJsonObject readDataFile(const QString &name)
{
    QFile file(QStringLiteral(":/referral-desk/samples/") + name);
    if (!file.open(QIODevice::ReadOnly))
        badData(file.fileName() + QStringLiteral(" is not built in: link the samples library's resources"));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (!json.isObject())
        badData(file.fileName() + QStringLiteral(": ") + error.errorString());
    return json.object();
}

QString text(const QJsonObject &json, QStringView key)
{
    return json.value(key).toString();
}

// The items of a JSON array, each read by `read`.
template<typename Read>
auto listOf(const QJsonValue &json, Read read)
{
    QList<decltype(read(QJsonValue()))> list;
    for (const QJsonValue &item : json.toArray())
        list.append(read(item));
    return list;
}

QStringList strings(const QJsonValue &json)
{
    return listOf(json, [](const QJsonValue &item) { return item.toString(); });
}

SampleTexts texts(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return {strings(object.value(u"korean")), strings(object.value(u"english")), strings(object.value(u"codes"))};
}

// A plain string is an English word that takes a legal form and reads as itself in a domain;
// an object gives its own slug (a romanization, for Korean words) or says it is no company.
SampleNamePart namePart(const QJsonValue &json)
{
    if (json.isString())
        return {json.toString(), slugOf(json.toString()), true};
    const QJsonObject object = json.toObject();
    const QString word = text(object, u"text");
    return {word, object.contains(u"slug") ? text(object, u"slug") : slugOf(word),
            object.value(u"corporate").toBool(true)};
}

SamplePersonName personName(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return {text(object, u"text"), text(object, u"roman")};
}

SampleIndustry industry(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return {text(object, u"id"), listOf(object.value(u"korean"), namePart), listOf(object.value(u"english"), namePart)};
}

SampleQuantity quantity(const QString &name)
{
    static const QList<std::pair<QString, SampleQuantity>> names = {
        {QStringLiteral("users"), SampleQuantity::Users},     {QStringLiteral("servers"), SampleQuantity::Servers},
        {QStringLiteral("devices"), SampleQuantity::Devices}, {QStringLiteral("rooms"), SampleQuantity::Rooms},
        {QStringLiteral("developers"), SampleQuantity::Developers},
    };
    for (const auto &[candidate, kind] : names) {
        if (candidate == name)
            return kind;
    }
    badData(QStringLiteral("unknown product quantity \"%1\"").arg(name));
}

SampleProduct product(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return {text(object, u"id"),          quantity(text(object, u"quantity")), text(object, u"koreanTitle"),
            text(object, u"englishTitle"), text(object, u"koreanNote"),         text(object, u"englishNote"),
            object.value(u"unitCostUsd").toDouble()};
}

SampleStatusWeight statusWeight(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    const std::optional<Status> status = statusFromName(text(object, u"status"));
    if (!status)
        badData(QStringLiteral("unknown status \"%1\"").arg(text(object, u"status")));
    return {*status, object.value(u"weight").toInt()};
}

SampleSizeBand sizeBand(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    // The size text itself comes from customerSizes(), the list the importer accepts.
    const qsizetype at = customerSizes().indexOf(text(object, u"size"));
    if (at < 0)
        badData(QStringLiteral("unknown customer size \"%1\"").arg(text(object, u"size")));
    const QJsonArray employees = object.value(u"employees").toArray();
    return {customerSizes().at(at), object.value(u"weight").toInt(), employees.at(0).toDouble(), employees.at(1).toDouble()};
}

SampleCurrency currency(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    const QString code = text(object, u"code");
    qint64 minorPerMajor = 1;
    for (int i = currencyDecimals(code).value_or(0); i > 0; --i)
        minorPerMajor *= 10;
    return {code, object.value(u"perUsd").toDouble(), minorPerMajor};
}

SampleDistrict district(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return {text(object, u"name"), strings(object.value(u"roads")), text(object, u"postalCode")};
}

SampleKoreanCity koreanCity(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return {text(object, u"name"), text(object, u"state"), text(object, u"areaCode"), object.value(u"weight").toInt(),
            listOf(object.value(u"districts"), district)};
}

SampleEnglishCity englishCity(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return {text(object, u"name"), text(object, u"state"), text(object, u"phone"), strings(object.value(u"postalCodes")),
            strings(object.value(u"streets"))};
}

SampleCountry country(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return {text(object, u"code"),
            text(object, u"currency"),
            text(object, u"locale"),
            object.value(u"weight").toInt(),
            strings(object.value(u"legalForms")),
            strings(object.value(u"line2")),
            listOf(object.value(u"cities"), englishCity)};
}

SampleData loadSampleData()
{
    SampleData data;
    const QJsonObject customers = readDataFile(QStringLiteral("customers.json"));
    data.industries = listOf(customers.value(u"industries"), industry);
    data.koreanStems = listOf(customers.value(u"koreanStems"), namePart);
    data.englishStems = listOf(customers.value(u"englishStems"), namePart);
    data.sizes = listOf(customers.value(u"sizes"), sizeBand);
    data.koreanSurnames = listOf(customers.value(u"koreanSurnames"), personName);
    data.koreanGivenNames = listOf(customers.value(u"koreanGivenNames"), personName);
    data.englishFirstNames = strings(customers.value(u"englishFirstNames"));
    data.englishLastNames = strings(customers.value(u"englishLastNames"));

    const QJsonObject places = readDataFile(QStringLiteral("places.json"));
    data.koreanCities = listOf(places.value(u"koreanCities"), koreanCity);
    data.koreanLine2 = strings(places.value(u"koreanLine2"));
    data.countries = listOf(places.value(u"countries"), country);

    const QJsonObject referrals = readDataFile(QStringLiteral("referrals.json"));
    data.statuses = listOf(referrals.value(u"statuses"), statusWeight);
    data.products = listOf(referrals.value(u"products"), product);
    data.services = strings(referrals.value(u"services"));
    data.currencies = listOf(referrals.value(u"currencies"), currency);
    data.noteAdditions = texts(referrals.value(u"noteAdditions"));
    data.estimateNotes = texts(referrals.value(u"estimateNotes"));
    data.skipReasons = texts(referrals.value(u"skipReasons"));
    data.declineReasons = texts(referrals.value(u"declineReasons"));
    data.lossReasons = texts(referrals.value(u"lossReasons"));
    return data;
}

} // namespace

const SampleCurrency *SampleData::currency(const QString &code) const
{
    for (const SampleCurrency &candidate : currencies) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

const SampleData &sampleData()
{
    static const SampleData data = loadSampleData();
    return data;
}

QString slugOf(const QString &text)
{
    QString slug;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug.append(c.toLower());
    }
    return slug;
}

} // namespace rd
