#pragma once

#include "timing.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd::bench {

// One measured operation: ours through Referral Desk's own code, raw the same SQL through
// SQLite's C API in the same run.
struct Measured
{
    QString name;
    QString group; // what the list calls it: import, open, search, sweep, sort, report, find, outbox
    Timing ours;
    Timing raw;
    int rows = 0; // what one run of it touched: referrals stored, rows shown, rows archived
    QString notMeasured; // why it was left out at this size (it would take hours); empty when measured
};

struct Setup
{
    int size = 0;
    int runs = 5;
    QString work;     // a folder for the databases and files
    QString cli;      // referral-desk-cli, for the import as a user runs it
    QDateTime now;    // the instant the samples are made for
    QStringList groups; // the groups to measure (Measured::group); empty: all

    bool measures(const QString &group) const { return groups.isEmpty() || groups.contains(group); }
};

// The sample database of `setup.size` referrals, made once by our store (timed, beside the
// same inserts done raw into an empty copy of the schema) and kept for the reads.
Measured generateDatabase(const Setup &setup, const QString &path);

// A Partner Center file of `count` new referrals, imported by the command line into a new
// database, beside the same inserts done raw; *peakResidentKb is the import's peak memory.
Measured importFile(const Setup &setup, int count, long *peakResidentKb);

// Reads of the window and the reports on the database at `path`, each beside the statements
// it ran, repeated raw.
QList<Measured> measureReads(const Setup &setup, const QString &path);

// A deadline sweep with 1% of the open referrals due, on fresh copies of `path`.
Measured measureSweep(const Setup &setup, const QString &path);

// Find a partner over a thousand business profiles and the outbox sending a thousand alerts to
// a local SMTP server, on a copy of `path` given a programme of partners and profiles.
QList<Measured> measureProgramme(const Setup &setup, const QString &path);

} // namespace rd::bench
