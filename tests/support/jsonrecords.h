#pragma once

#include "jsonnode.h"

#include <QByteArray>
#include <QJsonObject>

namespace rd {

// One record as the import's streaming reader hands it over, from JSON text or a QJsonObject
// (whose numbers are already doubles, so exact-number tests use text).
JsonNode jsonRecord(const QByteArray &json);
JsonNode jsonRecord(const QJsonObject &object);

} // namespace rd
