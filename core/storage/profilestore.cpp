#include "profilestore.h"

#include "database.h"
#include "databasesettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace rd {

namespace {

// How each list of a profile is kept in profile_terms.
struct TermList
{
    const char *kind;
    QStringList BusinessProfile::*list;
};

const TermList kTermLists[] = {
    {"industry", &BusinessProfile::industries}, {"product", &BusinessProfile::products},
    {"service", &BusinessProfile::services},    {"solution", &BusinessProfile::solutions},
    {"keyword", &BusinessProfile::keywords},    {"excluded_size", &BusinessProfile::excludedSizes},
};

// A null QString binds as NULL: optional texts are stored as '' instead.
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

bool run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

} // namespace

ProfileStore::ProfileStore(Database &database)
    : m_database(database)
{
}

ProfileChange ProfileStore::setPartner(const PartnerOrganisation &partner)
{
    ProfileChange change;
    change.problems = problemsIn(partner);
    if (!change.problems.isEmpty()) {
        change.result = ProfileChange::Result::Refused;
        return change;
    }
    if (!m_database.beginWrite()) {
        change.problems = {m_database.describe(m_database.lastError())};
        return change;
    }
    const bool existed = partnerExists(partner.id);
    QSqlQuery query(m_database.connection());
    query.prepare(existed ? QStringLiteral("UPDATE partners SET name = ? WHERE id = ?")
                          : QStringLiteral("INSERT INTO partners (name, id) VALUES (?, ?)"));
    // The first organisation stored is the database's own: imported referrals belong to it.
    if (!run(query, {partner.name.trimmed(), partner.id.trimmed()})
        || !DatabaseSettings::setValueIfAbsent(m_database, DatabaseSettings::kOwnPartner, partner.id.trimmed())
        || !m_database.commit()) {
        change.problems = {m_database.describe(query.lastError().isValid() ? query.lastError() : m_database.lastError())};
        m_database.rollback();
        return change;
    }
    change.result = existed ? ProfileChange::Result::Replaced : ProfileChange::Result::Created;
    return change;
}

std::optional<PartnerOrganisation> ProfileStore::partner(const QString &id) const
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name FROM partners WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return PartnerOrganisation{query.value(0).toString(), query.value(1).toString()};
}

QString ProfileStore::ownPartner() const
{
    return DatabaseSettings::value(m_database, DatabaseSettings::kOwnPartner).value_or(QString());
}

QList<PartnerOrganisation> ProfileStore::partners() const
{
    m_lastError.clear();
    QList<PartnerOrganisation> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, name FROM partners ORDER BY id"))) {
        m_lastError = m_database.describe(query.lastError());
        return result;
    }
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

bool ProfileStore::partnerExists(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM partners WHERE id = ?"));
    query.addBindValue(id.trimmed());
    return query.exec() && query.next();
}

ProfileChange ProfileStore::setProfile(const BusinessProfile &profile)
{
    bool allStored = false;
    return setProfiles({profile}, &allStored).constFirst();
}

QList<ProfileChange> ProfileStore::setProfiles(const QList<BusinessProfile> &profiles, bool *allStored)
{
    *allStored = false;
    QList<ProfileChange> changes;
    if (!m_database.beginWrite()) {
        ProfileChange failed;
        failed.problems = {m_database.describe(m_database.lastError())};
        return QList<ProfileChange>(qMax<qsizetype>(1, profiles.size()), failed);
    }
    bool refused = false;
    for (const BusinessProfile &profile : profiles) {
        changes.append(writeProfile(profile));
        refused = refused || !changes.constLast().stored();
    }
    if (refused || !m_database.commit()) {
        const QString error = refused ? QString() : m_database.describe(m_database.lastError());
        m_database.rollback();
        if (!error.isEmpty()) {
            for (ProfileChange &change : changes)
                change = {ProfileChange::Result::Failed, {error}};
        }
        return changes;
    }
    *allStored = true;
    return changes;
}

ProfileChange ProfileStore::writeProfile(const BusinessProfile &profile)
{
    ProfileChange change;
    change.problems = problemsIn(profile);
    if (change.problems.isEmpty() && !partnerExists(profile.partnerId)) {
        change.problems.append(QCoreApplication::translate("ProfileStore", "There is no partner with the id \"%1\"; add the partner first.")
                                   .arg(profile.partnerId));
    }
    if (!change.problems.isEmpty()) {
        change.result = ProfileChange::Result::Refused;
        return change;
    }
    const QString id = profile.id.trimmed();
    QSqlQuery exists(m_database.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM business_profiles WHERE id = ?"));
    exists.addBindValue(id);
    const bool existed = exists.exec() && exists.next();

    QSqlQuery query(m_database.connection());
    const auto failed = [&](const QSqlQuery &statement) {
        change.result = ProfileChange::Result::Failed;
        change.problems = {m_database.describe(statement.lastError())};
        return change;
    };
    // Replacing keeps the row (referrals point at it) and rewrites its lists.
    query.prepare(existed ? QStringLiteral("UPDATE business_profiles SET partner_id = ?, region = ?, active = ?, contact_name = ?, "
                                           "contact_email = ?, contact_locale = ?, description = ? WHERE id = ?")
                          : QStringLiteral("INSERT INTO business_profiles (partner_id, region, active, contact_name, contact_email, "
                                           "contact_locale, description, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!run(query, {profile.partnerId.trimmed(), profile.region.trimmed(), profile.active ? 1 : 0, profile.contact.name.trimmed(),
                     profile.contact.email.trimmed(), profile.contact.locale, textValue(profile.description), id}))
        return failed(query);
    for (const char *table : {"profile_locations", "profile_terms"}) {
        QSqlQuery clear(m_database.connection());
        clear.prepare(QStringLiteral("DELETE FROM %1 WHERE profile_id = ?").arg(QLatin1String(table)));
        if (!run(clear, {id}))
            return failed(clear);
    }
    QSqlQuery location(m_database.connection());
    location.prepare(QStringLiteral("INSERT INTO profile_locations (profile_id, position, city, country) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < profile.locations.size(); ++i) {
        if (!run(location, {id, i, profile.locations.at(i).city, profile.locations.at(i).country}))
            return failed(location);
    }
    QSqlQuery term(m_database.connection());
    term.prepare(QStringLiteral("INSERT INTO profile_terms (profile_id, kind, position, term) VALUES (?, ?, ?, ?)"));
    for (const TermList &list : kTermLists) {
        const QStringList &terms = profile.*list.list;
        for (int i = 0; i < terms.size(); ++i) {
            if (!run(term, {id, QLatin1String(list.kind), i, terms.at(i)}))
                return failed(term);
        }
    }
    change.result = existed ? ProfileChange::Result::Replaced : ProfileChange::Result::Created;
    return change;
}

std::optional<BusinessProfile> ProfileStore::profile(const QString &id) const
{
    const QList<BusinessProfile> found = select(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<BusinessProfile> ProfileStore::profiles(const QString &partnerId) const
{
    if (partnerId.isEmpty())
        return select(QStringLiteral("1 = 1"), {});
    return select(QStringLiteral("partner_id = ?"), {partnerId});
}

QList<BusinessProfile> ProfileStore::activeProfilesIn(const QString &country) const
{
    return select(QStringLiteral("active = 1 AND id IN (SELECT profile_id FROM profile_locations WHERE country = ?)"),
                  {country.trimmed().toUpper()});
}

QList<BusinessProfile> ProfileStore::select(const QString &which, const QVariantList &bindings) const
{
    m_lastError.clear();
    // Three queries whatever the number of profiles: the rows, then their locations and terms.
    const QString ofThese = QStringLiteral(" WHERE profile_id IN (SELECT id FROM business_profiles WHERE %1)").arg(which);
    QSqlQuery rows(m_database.connection());
    QSqlQuery locations(m_database.connection());
    QSqlQuery terms(m_database.connection());
    rows.prepare(QStringLiteral("SELECT id, partner_id, region, active, contact_name, contact_email, contact_locale, description "
                                "FROM business_profiles WHERE %1 ORDER BY id").arg(which));
    locations.prepare(QStringLiteral("SELECT profile_id, city, country FROM profile_locations%1 ORDER BY profile_id, position").arg(ofThese));
    terms.prepare(QStringLiteral("SELECT profile_id, kind, term FROM profile_terms%1 ORDER BY profile_id, kind, position").arg(ofThese));
    for (QSqlQuery *query : {&rows, &locations, &terms}) {
        query->setForwardOnly(m_database.dialect().readsRowsOneAtATime());
        if (!run(*query, bindings)) {
            m_lastError = m_database.describe(query->lastError());
            return {};
        }
    }

    QList<BusinessProfile> result;
    QHash<QString, int> rowOf;
    while (rows.next()) {
        BusinessProfile p;
        p.id = rows.value(0).toString();
        p.partnerId = rows.value(1).toString();
        p.region = rows.value(2).toString();
        p.active = rows.value(3).toInt() != 0;
        p.contact = {rows.value(4).toString(), rows.value(5).toString(), rows.value(6).toString()};
        p.description = rows.value(7).toString();
        rowOf.insert(p.id, int(result.size()));
        result.append(p);
    }
    while (locations.next()) {
        if (const auto row = rowOf.constFind(locations.value(0).toString()); row != rowOf.constEnd())
            result[*row].locations.append({locations.value(1).toString(), locations.value(2).toString()});
    }
    while (terms.next()) {
        const auto row = rowOf.constFind(terms.value(0).toString());
        if (row == rowOf.constEnd())
            continue;
        const QString kind = terms.value(1).toString();
        for (const TermList &list : kTermLists) {
            if (kind == QLatin1String(list.kind))
                (result[*row].*list.list).append(terms.value(2).toString());
        }
    }
    return result;
}

} // namespace rd
