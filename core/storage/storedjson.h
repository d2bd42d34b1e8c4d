#pragma once

#include "referral.h"

#include <QList>
#include <QString>

namespace rd::StoredJson {

// The JSON a referral row keeps in its contacts and requirements columns. Reading it is on the
// path of every page of every tab, so it is parsed with RapidJSON's SAX reader straight from the
// column's UTF-16 text, building the domain values without a document in between. Text that is
// not such JSON reads as no contacts and no requirements, as it always has.
QString contactsToJson(const QList<Contact> &contacts);
QList<Contact> contactsFromJson(const QString &json);
QString requirementsToJson(const Requirements &requirements);
Requirements requirementsFromJson(const QString &json);

} // namespace rd::StoredJson
