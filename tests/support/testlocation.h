#pragma once

#include "connectionspec.h"

#include <QString>
#include <QTemporaryDir>

namespace rd {

// Whether this test run keeps its databases on the test's PostgreSQL server: CTest sets
// RD_TEST_ENGINE=postgresql for the second run of the suites that run on both engines, and
// scripts/test sets RD_TEST_POSTGRESQL to the server's maintenance database.
bool testsRunOnServer();
// The URI of the test server's maintenance database; the test fails at once without one.
QString testServerUri();
// The same server and user, another database.
QString testServerUri(const QString &databaseName);

// Where a test keeps its database: a file in a fresh temporary folder, or a database of its own
// on the test server, dropped afterwards. text() is what --db takes.
class TestLocation
{
public:
    // Schema: on a server, a copy of a database this test process migrated once (a new
    // database costs a migration, and some tests make hundreds); a file is always made new.
    enum class Start { Empty, Schema };
    explicit TestLocation(const QString &fileName = QStringLiteral("referrals.sqlite"), Start start = Start::Empty);
    ~TestLocation();
    TestLocation(const TestLocation &) = delete;
    TestLocation &operator=(const TestLocation &) = delete;

    bool onServer() const { return !m_serverDatabase.isEmpty(); }
    QString text() const;
    ConnectionSpec spec(const Session &session = {}) const;
    // Empty again, as if new: the file removed, or the database dropped and made again.
    void reset();
    // Gone, as if never made: the file removed, or the database dropped.
    void drop();
    // How the program names this database in its messages (a server without its password).
    QString shownAs() const { return spec().displayLocation(); }
    // The temporary folder of this test (files beside the database: exports, inputs).
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_fileName;
    QString m_serverDatabase;
};

// Runs `sql` on the test server's maintenance database as its administrator; fails the test
// run when it cannot.
void runOnTestServer(const QString &sql);

} // namespace rd
