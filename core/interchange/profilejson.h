#pragma once

#include "businessprofile.h"

#include <QJsonObject>
#include <optional>

namespace rd {

// Business profiles as the command line reads and writes them:
// {"id", "partner", "region", "active", "contact": {"name", "email", "locale"},
//  "locations": [{"city", "country"}], "description", "industries", "products", "services",
//  "solutions", "keywords", "excludedSizes"}. What `profileToJson` writes, `profileFromJson`
// takes back unchanged.
QJsonObject profileToJson(const BusinessProfile &profile);

// A profile from its JSON: taxonomy ids and sizes in their canonical spelling, countries in
// upper case. Empty, with *error a sentence naming the field, when a field has the wrong type;
// whether the values will do is problemsIn()'s to say.
std::optional<BusinessProfile> profileFromJson(const QJsonObject &json, QString *error);

} // namespace rd
