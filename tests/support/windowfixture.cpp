#include "windowfixture.h"

#include "noticebar.h"
#include "referraltabpage.h"
#include "translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace rd {

WindowFixture::WindowFixture(const QDateTime &now)
    // The window records decisions under its session's actor.
    : m_db(std::make_unique<TestDatabase>(DeadlinePolicy{}, Session{QStringLiteral("dana")}))
    , m_clock(std::make_unique<ManualClock>(now))
{
}

WindowFixture::~WindowFixture()
{
    m_window.reset();
    m_changes.reset();
    m_checker.reset();
}

void WindowFixture::openWindow()
{
    m_window.reset();
    m_checker = std::make_unique<DeadlineChecker>(m_db->store(), *m_clock);
    m_checker->start();
    m_changes = ChangeFeed::open(m_db->database());
    m_window = std::make_unique<MainWindow>(Workspace{m_db->database(), m_db->store(), *m_changes, *m_checker, *m_clock});
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qFatal("the window did not show");
}

void WindowFixture::closeWindow()
{
    m_window->close();
    m_window.reset();
}

void WindowFixture::addReferrals(int count, const QDateTime &received)
{
    QList<Referral> referrals;
    for (int i = 0; i < count; ++i)
        referrals.append(sampleReferral(QStringLiteral("r%1").arg(i), received.addSecs(i)));
    if (!m_db->store().insert(referrals, received, QStringLiteral("importer")).error.isEmpty())
        qFatal("cannot store the referrals");
}

void WindowFixture::addEvaluatingReferral()
{
    addReferrals(1, m_clock->now().addSecs(-3600));
    ActionRequest interested;
    interested.action = Action::Interested;
    if (m_db->store().apply(QStringLiteral("r0"), interested, m_clock->now(), QStringLiteral("dana")).result
        != ActionOutcome::Result::Applied)
        qFatal("cannot move r0 to Evaluating");
}

QString WindowFixture::select(Tab tab, int row)
{
    m_window->tabs()->setCurrentIndex(int(tab));
    ReferralTabPage *page = m_window->page(tab);
    page->view()->setFocus();
    page->view()->selectRow(row);
    return page->currentId();
}

void WindowFixture::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_window->currentPage()->view(), key, modifiers);
}

QString WindowFixture::noticeText() const
{
    return m_window->noticeBar()->text();
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void useTestSettings(QTemporaryDir &config, const QString &program)
{
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication::setOrganizationName(QStringLiteral("referral-desk-tests"));
    QApplication::setApplicationName(program);
    installTranslations(QLocale(QLocale::English));
}

} // namespace rd
