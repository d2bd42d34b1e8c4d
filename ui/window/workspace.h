#pragma once

namespace rd {

class ChangeFeed;
class Clock;
class Database;
class DeadlineChecker;
class ReferralStore;

// What a window works on, made and owned by the composition root for one open database: the
// connection (its spec says which database and who is connected), the store over it, the feed
// of changes other connections commit, and the deadline checker (which may live on a thread
// of its own: the window talks to it through queued calls and signals).
struct Workspace
{
    Database &database;
    ReferralStore &store;
    ChangeFeed &changes;
    DeadlineChecker &checker;
    const Clock &clock;
};

} // namespace rd
