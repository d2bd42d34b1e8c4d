// ReferralStore::sendDueReminders: reminders are written when their moment comes, not ahead,
// so the outbox holds only messages meant to go.
#include "referralstore.h"

#include "database.h"
#include "notifications.h"
#include "referralrow.h"
#include "referralwriter.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace rd {

namespace {

constexpr int kReminderBatch = 500;

// A reminder of this topic already written while the referral has been in its status (and not
// withdrawn): it is sent once per status.
QString notRemindedOf(const char *topic)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM outbox o WHERE o.referral_id = referrals.id AND o.kind = 'reminder' "
                          "AND o.topic = '%1' AND o.withdrawn_at IS NULL AND o.created_at >= referrals.status_since)")
        .arg(QLatin1String(topic));
}

} // namespace

int ReferralStore::enqueueDueReminders(const QDateTime &now, QString *error)
{
    if (!m_database.beginExclusiveWrite()) {
        *error = m_database.describe(m_database.lastError());
        return -1;
    }
    const qint64 at = now.toMSecsSinceEpoch();
    QSqlQuery due(m_database.connection());
    due.setForwardOnly(m_database.dialect().readsRowsOneAtATime());
    due.prepare(QStringLiteral("SELECT %1 FROM referrals WHERE tab IN ('new', 'evaluating') AND set_aside IS NULL AND sample = 0 "
                               "AND profile_id IS NOT NULL AND deadline > ? AND ((deadline <= ? AND %2) "
                               "OR (status = 'new' AND respond_by <= ? AND %3)) ORDER BY deadline, id LIMIT ?")
                    .arg(ReferralRow::columns(), notRemindedOf("deadline"), notRemindedOf("target")));
    due.addBindValue(at);
    due.addBindValue(at + m_policy.firstWarningSeconds * 1000);
    due.addBindValue(at);
    due.addBindValue(kReminderBatch);
    if (!due.exec()) {
        *error = m_database.describe(due.lastError());
        m_database.rollback();
        return -1;
    }
    QList<Referral> referrals;
    while (due.next())
        referrals.append(ReferralRow::fromQuery(due));
    due.finish();

    ReferralWriter writer(m_database);
    int written = 0;
    for (const Referral &referral : referrals) {
        QSet<QString> sent;
        QSqlQuery topics(m_database.connection());
        topics.prepare(QStringLiteral("SELECT topic FROM outbox WHERE referral_id = ? AND kind = 'reminder' "
                                      "AND withdrawn_at IS NULL AND created_at >= ?"));
        topics.addBindValue(referral.id);
        topics.addBindValue(ReferralRow::instant(referral.statusSince));
        if (!topics.exec()) {
            *error = m_database.describe(topics.lastError());
            m_database.rollback();
            return -1;
        }
        while (topics.next())
            sent.insert(topics.value(0).toString());
        QList<PlannedMessage> owed;
        for (const PlannedMessage &reminder : dueReminders(referral, writer.routing().contactOf(referral.profileId), now, m_policy)) {
            if (!sent.contains(reminder.topic))
                owed.append(reminder);
        }
        if (!writer.enqueue(referral.id, owed, now)) {
            *error = writer.lastError();
            m_database.rollback();
            return -1;
        }
        written += int(owed.size());
    }
    if (!m_database.commit()) {
        *error = m_database.describe(m_database.lastError());
        m_database.rollback();
        return -1;
    }
    if (referrals.size() < kReminderBatch)
        return written;
    const int more = enqueueDueReminders(now, error);
    return more < 0 ? -1 : written + more;
}

} // namespace rd
