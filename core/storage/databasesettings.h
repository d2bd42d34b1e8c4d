#pragma once

#include <QString>
#include <optional>

namespace rd {

class Database;

// Settings the whole database shares, whoever opens it (its own partner organisation, the mail
// server), kept in its settings table. Never a secret: passwords stay in the keyring.
namespace DatabaseSettings {

inline const QString kOwnPartner = QStringLiteral("own_partner");
inline const QString kMailServer = QStringLiteral("mail.server");
inline const QString kMailFrom = QStringLiteral("mail.from");
inline const QString kMailUser = QStringLiteral("mail.user");
inline const QString kInstance = QStringLiteral("instance");

// The value of `key`; nothing when it is not set or cannot be read.
std::optional<QString> value(Database &database, const QString &key);
// Sets `key` inside the caller's transaction (or alone, when there is none).
// *error, when given, says why the database refused.
bool setValue(Database &database, const QString &key, const QString &value, QString *error = nullptr);
// Sets `key` only when it has no value yet.
bool setValueIfAbsent(Database &database, const QString &key, const QString &value, QString *error = nullptr);

} // namespace DatabaseSettings

} // namespace rd
