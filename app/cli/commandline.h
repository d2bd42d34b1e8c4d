#pragma once

#include "database.h"
#include "globaloptions.h"
#include "lifecycle.h"
#include "referralstore.h"

#include <QTextStream>
#include <memory>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QFile;

namespace rd {

class Clock;
struct ActionOutcome;
class Database;
class ReferralStore;

// referral-desk-cli: the contract later checks and scripts rely on (see usageText()).
class CommandLine
{
public:
    enum ExitCode { Done = 0, Failure = 1, UsageError = 2, Refused = 3, NotFound = 4 };

    CommandLine(QTextStream &out, QTextStream &err);
    ~CommandLine();
    int run(const QStringList &arguments);

private:
    int importFiles(const QStringList &arguments);
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int act(Action action, const QStringList &arguments);
    int sweep(const QStringList &arguments);
    int demo(const QStringList &arguments);
    int migrate(const QStringList &arguments);
    int user(const QStringList &arguments);
    int estimate(const QStringList &arguments);
    int claim(const QStringList &arguments);
    int report(const ActionOutcome &outcome);
    // partner add|list and profile set|list|show|export (profilecommands.cpp).
    int partner(const QStringList &arguments);
    int profile(const QStringList &arguments);
    int setProfiles(const QString &input);
    // find-partner and rfi submit (programmecommands.cpp).
    int findPartner(const QStringList &arguments);
    int rfi(const QStringList &arguments);
    // mail set, outbox list|send (mailcommands.cpp).
    int mail(const QStringList &arguments);
    int outbox(const QStringList &arguments);
    int listOutbox(const std::optional<QString> &status);
    // report and export (reviewcommands.cpp).
    int reportCommand(const QStringList &arguments);
    int exportCommand(const QStringList &arguments);
    // The statuses of a --status S[,S...]; a sentence when one is unknown.
    static QString parseStatuses(const QString &value, QList<Status> *statuses);
    // --search TEXT, for list and export: the window's search.
    static QCommandLineOption searchOption();
    // list's order: that of the tab, or latest received first.
    static std::pair<SortKey, Qt::SortOrder> listOrder(const std::optional<Tab> &tab);
    int sendOutbox();
    // Parses a command's own arguments; the command word stands where a program name would.
    static bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, QString *error);
    // Opens a file to import, or standard input for "-"; a sentence when it can't.
    static QString openInput(const QString &name, QFile &file);
    static QString inputName(const QString &name);

    // Opens the database on first use, after the command's arguments are known to be right.
    ReferralStore *store();
    // Who is connected: decisions are recorded under the session's actor (--user, else the login).
    QString actor() const { return m_database->session().actor; }
    int usageError(const QString &message);
    int fail(int code, const QString &message);
    void printJson(const QJsonValue &value);

    QTextStream &m_out;
    QTextStream &m_err;
    GlobalOptions m_options;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReferralStore> m_store;
    bool m_onlyReads = false; // set by subcommands that only read (partner list, profile show…)
};

} // namespace rd
