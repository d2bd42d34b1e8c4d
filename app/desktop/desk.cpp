#include "desk.h"

#include "backgrounddeadlines.h"
#include "backgroundsender.h"
#include "changefeed.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "recentdatabases.h"
#include "referralstore.h"
#include "useraccount.h"

#include <QFileInfo>
#include <QMessageBox>

namespace rd {

// Members in the order they depend on each other: the window goes first, the database last.
class Desk::OpenDatabase
{
public:
    std::unique_ptr<Database> database;
    std::unique_ptr<ReferralStore> store;
    std::unique_ptr<ChangeFeed> changes;
    std::unique_ptr<BackgroundDeadlines> deadlines;
    std::unique_ptr<BackgroundSender> sender;
    std::unique_ptr<MainWindow> window;
};

Desk::Desk(const Clock &clock, const Session &session, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_session(session)
{
}

Desk::~Desk() = default;

MainWindow *Desk::window() const
{
    return m_open ? m_open->window.get() : nullptr;
}

bool Desk::open(const ConnectionSpec &spec, MissingDatabase missing)
{
    ConnectionSpec asThisSession = spec;
    asThisSession.session = m_session;
    // On a server each person is their own role, and that is who decides unless --user says
    // otherwise; a file is one person's, recorded under their login name.
    if (asThisSession.session.actor.isEmpty() && spec.engine == ConnectionSpec::Engine::Sqlite)
        asThisSession.session.actor = loginName();
    std::unique_ptr<Database> database = openDatabaseInteractively(asThisSession, window(), missing);
    if (!database)
        return false;
    QString error;
    std::unique_ptr<OpenDatabase> opened = start(std::move(database), &error);
    if (!opened) {
        QMessageBox::critical(window(), tr("Referral Desk"), error);
        return false;
    }
    RecentDatabases::remember(opened->database->spec());
    if (m_open) {
        // What the old window remembers is read by the new one as it opens.
        m_open->window->saveSettings();
        m_open->window->hide();
    }
    std::unique_ptr<OpenDatabase> old = std::move(m_open);
    m_open = std::move(opened);
    m_open->window->show();
    m_open->deadlines->start();
    m_open->sender->start();
    if (old) {
        // The old window may be the one whose menu asked for this: it goes, with everything it
        // uses, once that is over.
        std::shared_ptr<OpenDatabase> doomed(std::move(old));
        QMetaObject::invokeMethod(this, [doomed]() mutable { doomed.reset(); }, Qt::QueuedConnection);
    }
    return true;
}

std::unique_ptr<Desk::OpenDatabase> Desk::start(std::unique_ptr<Database> database, QString *error)
{
    auto opened = std::make_unique<OpenDatabase>();
    opened->database = std::move(database);
    opened->store = std::make_unique<ReferralStore>(*opened->database);
    opened->changes = ChangeFeed::open(*opened->database);
    // The checker works on another connection like this one, on its own thread.
    opened->deadlines = std::make_unique<BackgroundDeadlines>(opened->database->spec(), m_clock);
    if (!opened->deadlines->checker()) {
        *error = opened->deadlines->error();
        return nullptr;
    }
    // The outbox goes out on a thread and connection of its own too; a change here may have
    // written a message, so a round follows it.
    opened->sender = std::make_unique<BackgroundSender>(opened->database->spec(), m_clock);
    connect(opened->store.get(), &ReferralStore::referralsChanged, opened->sender.get(), &BackgroundSender::sendSoon);
    const Workspace workspace{*opened->database, *opened->store, *opened->changes,
                              *opened->deadlines->checker(), m_clock};
    opened->window = std::make_unique<MainWindow>(workspace);
    connect(opened->window.get(), &MainWindow::databaseRequested, this, &Desk::switchTo);
    connect(opened->window.get(), &MainWindow::serverRequested, this, &Desk::connectTo);
    return opened;
}

void Desk::switchTo(const QString &path, bool create)
{
    MainWindow *current = window();
    const ConnectionSpec chosen = ConnectionSpec::fromUserText(path, m_session);
    if (chosen.sameDatabase(current->connection()))
        return;
    if (create && QFileInfo::exists(path)) {
        current->noticeBar()->showMessage(tr("“%1” already exists and was left as it is; open it with File > Open database….")
                                              .arg(QFileInfo(path).fileName()),
                                          NoticeBar::Kind::Warning);
        return;
    }
    open(chosen);
}

void Desk::connectTo(const QString &address, const QString &password)
{
    // The same server as someone else is another session: no sameDatabase() shortcut here.
    ConnectionSpec chosen = ConnectionSpec::postgresql(address, m_session);
    chosen.password = password;
    open(chosen);
}

} // namespace rd
