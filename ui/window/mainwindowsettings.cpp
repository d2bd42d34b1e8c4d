// What the window remembers between runs: its layout, and per database what was chosen there.
#include "mainwindow.h"

#include "archivedfilterbar.h"
#include "database.h"
#include "referraltabpage.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

namespace rd {

QString MainWindow::databaseKey(const QString &name) const
{
    const QByteArray id = QCryptographicHash::hash(m_database.spec().identity().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("databases/%1/%2").arg(QString::fromLatin1(id), name);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    for (ReferralTabPage *page : std::as_const(m_pages))
        page->restoreState(settings.value(QStringLiteral("tabs/%1").arg(tabName(page->tab()))).toByteArray());
    // Filters belong to the database they were set on: another file has other referrals.
    page(Tab::Archived)->filterBar()->restoreState(settings.value(databaseKey(QStringLiteral("archivedFilters"))).toMap());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tabs/current"), 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    for (ReferralTabPage *page : std::as_const(m_pages))
        settings.setValue(QStringLiteral("tabs/%1").arg(tabName(page->tab())), page->saveState());
    settings.setValue(databaseKey(QStringLiteral("archivedFilters")), page(Tab::Archived)->filterBar()->state());
    settings.setValue(QStringLiteral("tabs/current"), m_tabs->currentIndex());
}

} // namespace rd
