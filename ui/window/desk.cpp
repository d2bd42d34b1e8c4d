#include "desk.h"

#include "backgrounddeadlines.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "recentdatabases.h"
#include "referralstore.h"

#include <QFileInfo>
#include <QMessageBox>

namespace rd {

// Members in the order they depend on each other: the window goes first, the database last.
class Desk::Session
{
public:
    std::unique_ptr<Database> database;
    std::unique_ptr<ReferralStore> store;
    std::unique_ptr<BackgroundDeadlines> deadlines;
    std::unique_ptr<MainWindow> window;
};

Desk::Desk(const Clock &clock, const QString &user, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_user(user)
{
}

Desk::~Desk() = default;

MainWindow *Desk::window() const
{
    return m_session ? m_session->window.get() : nullptr;
}

bool Desk::open(const QString &path, MissingDatabase missing)
{
    std::unique_ptr<Database> database = openDatabaseInteractively(path, window(), missing);
    if (!database)
        return false;
    QString error;
    std::unique_ptr<Session> session = start(std::move(database), &error);
    if (!session) {
        QMessageBox::critical(window(), tr("Referral Desk"), error);
        return false;
    }
    RecentDatabases::remember(session->database->location());
    if (m_session) {
        // What the old window remembers is read by the new one as it opens.
        m_session->window->saveSettings();
        m_session->window->hide();
    }
    std::unique_ptr<Session> old = std::move(m_session);
    m_session = std::move(session);
    m_session->window->show();
    m_session->deadlines->start();
    if (old) {
        // The old window may be the one whose menu asked for this: it goes, with everything it
        // uses, once that is over.
        std::shared_ptr<Session> doomed(std::move(old));
        QMetaObject::invokeMethod(this, [doomed]() mutable { doomed.reset(); }, Qt::QueuedConnection);
    }
    return true;
}

std::unique_ptr<Desk::Session> Desk::start(std::unique_ptr<Database> database, QString *error)
{
    auto session = std::make_unique<Session>();
    session->database = std::move(database);
    session->store = std::make_unique<ReferralStore>(*session->database);
    session->deadlines = std::make_unique<BackgroundDeadlines>(session->database->location(), m_clock);
    if (!session->deadlines->checker()) {
        *error = session->deadlines->error();
        return nullptr;
    }
    session->window = std::make_unique<MainWindow>(*session->database, *session->store, m_clock,
                                                   *session->deadlines->checker(), m_user);
    connect(session->window.get(), &MainWindow::databaseRequested, this, &Desk::switchTo);
    return session;
}

void Desk::switchTo(const QString &path, bool create)
{
    MainWindow *current = window();
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(current->databaseLocation()).absoluteFilePath())
        return;
    if (create && QFileInfo::exists(path)) {
        current->noticeBar()->showMessage(tr("“%1” already exists and was left as it is; open it with File > Open database….")
                                              .arg(QFileInfo(path).fileName()),
                                          NoticeBar::Kind::Warning);
        return;
    }
    open(path);
}

} // namespace rd
