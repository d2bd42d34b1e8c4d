#include "profilejson.h"

#include "taxonomy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rd {

namespace {

struct FieldError
{
    QString message;
};

FieldError wrongType(const QString &field, const char *expected)
{
    return {QCoreApplication::translate("ProfileJson", "The field \"%1\" must be %2.")
                .arg(field, QCoreApplication::translate("ProfileJson", expected))};
}

QString text(const QJsonObject &json, const QString &key, const QString &path)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw wrongType(path, QT_TRANSLATE_NOOP("ProfileJson", "text"));
    return value.toString();
}

QStringList texts(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        throw wrongType(key, QT_TRANSLATE_NOOP("ProfileJson", "a list of texts"));
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            throw wrongType(key, QT_TRANSLATE_NOOP("ProfileJson", "a list of texts"));
        result.append(item.toString());
    }
    return result;
}

QJsonObject object(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        throw wrongType(key, QT_TRANSLATE_NOOP("ProfileJson", "an object"));
    return value.toObject();
}

} // namespace

QJsonObject profileToJson(const BusinessProfile &profile)
{
    QJsonArray locations;
    for (const ProfileLocation &location : profile.locations)
        locations.append(QJsonObject{{QStringLiteral("city"), location.city}, {QStringLiteral("country"), location.country}});
    return {
        {QStringLiteral("id"), profile.id},
        {QStringLiteral("partner"), profile.partnerId},
        {QStringLiteral("region"), profile.region},
        {QStringLiteral("active"), profile.active},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), profile.contact.name},
                                                {QStringLiteral("email"), profile.contact.email},
                                                {QStringLiteral("locale"), profile.contact.locale}}},
        {QStringLiteral("locations"), locations},
        {QStringLiteral("description"), profile.description},
        {QStringLiteral("industries"), QJsonArray::fromStringList(profile.industries)},
        {QStringLiteral("products"), QJsonArray::fromStringList(profile.products)},
        {QStringLiteral("services"), QJsonArray::fromStringList(profile.services)},
        {QStringLiteral("solutions"), QJsonArray::fromStringList(profile.solutions)},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(profile.keywords)},
        {QStringLiteral("excludedSizes"), QJsonArray::fromStringList(profile.excludedSizes)},
    };
}

std::optional<BusinessProfile> profileFromJson(const QJsonObject &json, QString *error)
{
    try {
        BusinessProfile profile;
        profile.id = text(json, QStringLiteral("id"), QStringLiteral("id"));
        profile.partnerId = text(json, QStringLiteral("partner"), QStringLiteral("partner"));
        profile.region = text(json, QStringLiteral("region"), QStringLiteral("region"));
        const QJsonValue active = json.value(QStringLiteral("active"));
        if (!active.isUndefined() && !active.isNull() && !active.isBool())
            throw wrongType(QStringLiteral("active"), QT_TRANSLATE_NOOP("ProfileJson", "true or false"));
        profile.active = active.toBool(true);

        const QJsonObject contact = object(json, QStringLiteral("contact"));
        profile.contact.name = text(contact, QStringLiteral("name"), QStringLiteral("contact.name"));
        profile.contact.email = text(contact, QStringLiteral("email"), QStringLiteral("contact.email")).trimmed();
        const QString locale = text(contact, QStringLiteral("locale"), QStringLiteral("contact.locale")).toLower();
        // Culture names as Partner Center writes them (ko-kr, en-us) say the language first.
        if (locale.isEmpty() || locale == QLatin1String("en") || locale.startsWith(QLatin1String("en-")))
            profile.contact.locale = QStringLiteral("en");
        else if (locale == QLatin1String("ko") || locale.startsWith(QLatin1String("ko-")))
            profile.contact.locale = QStringLiteral("ko");
        else
            profile.contact.locale = locale;

        const QJsonValue locations = json.value(QStringLiteral("locations"));
        if (!locations.isUndefined() && !locations.isNull() && !locations.isArray())
            throw wrongType(QStringLiteral("locations"), QT_TRANSLATE_NOOP("ProfileJson", "a list of locations"));
        for (const QJsonValue &item : locations.toArray()) {
            if (!item.isObject())
                throw wrongType(QStringLiteral("locations"), QT_TRANSLATE_NOOP("ProfileJson", "a list of locations"));
            const QJsonObject location = item.toObject();
            profile.locations.append({text(location, QStringLiteral("city"), QStringLiteral("locations.city")).trimmed(),
                                      text(location, QStringLiteral("country"), QStringLiteral("locations.country")).trimmed().toUpper()});
        }
        profile.description = text(json, QStringLiteral("description"), QStringLiteral("description"));
        profile.industries = Taxonomy::canonicalIds(TaxonomyKind::Industry, texts(json, QStringLiteral("industries")));
        profile.products = Taxonomy::canonicalIds(TaxonomyKind::Product, texts(json, QStringLiteral("products")));
        profile.services = Taxonomy::canonicalIds(TaxonomyKind::Service, texts(json, QStringLiteral("services")));
        profile.solutions = Taxonomy::canonicalIds(TaxonomyKind::Solution, texts(json, QStringLiteral("solutions")));
        profile.keywords = texts(json, QStringLiteral("keywords"));
        profile.excludedSizes = Taxonomy::canonicalIds(TaxonomyKind::CustomerSize, texts(json, QStringLiteral("excludedSizes")));
        return profile;
    } catch (const FieldError &failure) {
        if (error)
            *error = failure.message;
        return std::nullopt;
    }
}

} // namespace rd
