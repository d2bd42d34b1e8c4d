// ReferralStore::sweep: the deadline sweep, apart from the rest of the store because of the
// care it takes with rows it cannot archive.
#include "referralstore.h"

#include "database.h"
#include "referralrow.h"
#include "referralwriter.h"
#include "transitionplan.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rd {

namespace {

constexpr int kSweepBatch = 500;

bool execute(Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    return query.exec(statement);
}

} // namespace

ReferralStore::DueOutcome ReferralStore::archiveDue(ReferralWriter &writer, DueRow &row, SweepResult &archived,
                                                   QString *error)
{
    if (!row.problem.isEmpty()) {
        *error = row.problem;
        return DueOutcome::SetAside;
    }
    Referral &referral = row.referral;
    const std::optional<Status> to = statusAfterDeadline(referral.status);
    if (!to) {
        *error = QCoreApplication::translate("ReferralStore", "It has a deadline, but a referral that is %1 has none.")
                     .arg(statusTitle(referral.status));
        return DueOutcome::SetAside;
    }
    // Each row in a savepoint of its own: a row that fails takes back only its own writes.
    if (!execute(m_database, QStringLiteral("SAVEPOINT sweep_row"))) {
        *error = m_database.describe(m_database.connection().lastError());
        return DueOutcome::Failed;
    }
    if (!writeTransition(writer, referral, planDeadlineArchive(referral, *to, m_policy))) {
        *error = writer.lastError();
        execute(m_database, QStringLiteral("ROLLBACK TO sweep_row"));
        execute(m_database, QStringLiteral("RELEASE sweep_row"));
        // A row that no longer matches its own id is damaged; a database error (a full disk, a
        // lock) is the database's and may pass, so the whole batch waits for the next sweep.
        return writer.lastFailureWasMismatch() ? DueOutcome::SetAside : DueOutcome::Failed;
    }
    execute(m_database, QStringLiteral("RELEASE sweep_row"));
    (*to == Status::Missed ? archived.missed : archived.expired).append(referral.id);
    return DueOutcome::Archived;
}

SweepResult ReferralStore::sweep(const QDateTime &now, const std::atomic<bool> *stop)
{
    SweepResult result;
    for (;;) {
        if (!m_database.beginExclusiveWrite()) {
            result.error = m_database.describe(m_database.lastError());
            break;
        }
        QSqlQuery due(m_database.connection());
        due.setForwardOnly(m_database.dialect().readsRowsOneAtATime());
        due.prepare(QStringLiteral("SELECT %1, %2 FROM referrals WHERE deadline <= ? AND set_aside IS NULL "
                                   "ORDER BY deadline, id LIMIT ?%3")
                        .arg(ReferralRow::columns(), m_database.dialect().rowKeyColumn(), m_database.dialect().skipRowsTakenElsewhere()));
        due.addBindValue(ReferralRow::instant(now));
        due.addBindValue(kSweepBatch);
        if (!due.exec()) {
            result.error = m_database.describe(due.lastError());
            m_database.rollback();
            break;
        }

        // Read the whole batch before writing: the writes move rows out of the range being read.
        QList<DueRow> rows;
        const int rowKey = int(ReferralRow::columns().count(QLatin1Char(','))) + 1;
        while (due.next())
            rows.append(DueRow{ReferralRow::fromQuery(due), ReferralRow::problemIn(due), due.value(rowKey)});
        due.finish();

        SweepResult batch;
        bool ok = true;
        ReferralWriter writer(m_database);
        QString failure;
        for (DueRow &row : rows) {
            QString error;
            const DueOutcome outcome = archiveDue(writer, row, batch, &error);
            if (outcome == DueOutcome::Archived)
                continue;
            if (outcome == DueOutcome::Failed) {
                failure = error;
                ok = false;
                break;
            }
            // Set aside so that the rest is archived and later sweeps do not stop on it again.
            batch.setAside.append(SetAsideRow{row.referral.id, error});
            if (!(ok = writer.setAside(row.rowKey, error))) {
                failure = writer.lastError();
                break;
            }
        }
        if (!ok || !m_database.commit()) {
            result.error = ok ? m_database.describe(m_database.lastError()) : failure;
            m_database.rollback();
            break;
        }
        result.missed += batch.missed;
        result.expired += batch.expired;
        result.setAside += batch.setAside;
        if (rows.size() < kSweepBatch || (stop && *stop))
            break;
    }
    // The same moment may owe reminders to the referrals that are still open.
    QString reminderError;
    if (result.error.isEmpty() && enqueueDueReminders(now, &reminderError) < 0)
        result.error = reminderError;
    if (!result.isEmpty() || !result.setAside.isEmpty())
        emit referralsChanged();
    return result;
}

} // namespace rd
