#pragma once

#include "money.h"
#include "referral.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace rd {

// How the window writes times, money and statuses for people, in the UI's locale.
namespace DisplayText {

// "2 h 15 min", "3 days", "45 min": the time from now to a deadline.
QString timeLeft(qint64 milliseconds);
// A deadline as it stands now: "2 h 15 min left", "passed 3 h ago".
QString deadlineState(const QDateTime &deadline, const QDateTime &now);
// The target of the first answer (DeadlinePolicy): "met", "due in 5 h", "passed 2 h ago".
QString targetState(const Referral &referral, const QDateTime &now);
// The exact instant in local time and UTC, for tooltips.
QString exactTime(const QDateTime &instant, const QLocale &locale = QLocale());
// The locale's short date format with the year in four digits: 6/30/2027, 2027. 6. 30.
QString dateFormat(const QLocale &locale = QLocale());
QString date(const QDate &date, const QLocale &locale = QLocale());
QString localDate(const QDateTime &instant, const QLocale &locale = QLocale());
QString localDateTime(const QDateTime &instant, const QLocale &locale = QLocale());
// The amount in its own currency, grouped and symbolled the locale's way: ₩1,500,000, $1,234.50.
QString money(const Money &value, const QLocale &locale = QLocale());
QString customerSize(const QString &size);
// A contact as people write their name: "Minji Park", but "박민지" (family name first, no
// space) when it is written in Hangul.
QString personName(const Contact &contact);
// How messages name a referral: its RFI name, or its id when it has none.
QString referralName(const Referral &referral);
QString country(const QString &code);

} // namespace DisplayText

} // namespace rd
