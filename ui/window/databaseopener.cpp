#include "databaseopener.h"

#include "serverconnectiondialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace rd {

namespace {

// Asks before a database is made at a path nobody has used; false: give up. `path` becomes
// another, existing file when the user picks one.
bool confirmNewDatabase(QString *path, QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("DatabaseOpener", "No database there"),
                    QCoreApplication::translate("DatabaseOpener", "There is no database at %1.").arg(QDir::toNativeSeparators(*path)),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("missingDatabaseDialog"));
    box.setInformativeText(QCoreApplication::translate("DatabaseOpener", "Create a new, empty database there, or open another one?"));
    QPushButton *create = box.addButton(QCoreApplication::translate("DatabaseOpener", "Create database"), QMessageBox::AcceptRole);
    QPushButton *other = box.addButton(QCoreApplication::translate("DatabaseOpener", "Open another database…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == create)
        return true;
    if (box.clickedButton() != other)
        return false;
    const QString chosen = QFileDialog::getOpenFileName(parent, QCoreApplication::translate("DatabaseOpener", "Open database"),
                                                        QFileInfo(*path).absolutePath(),
                                                        QCoreApplication::translate("DatabaseOpener", "Referral Desk databases (*.sqlite);;All files (*)"));
    if (chosen.isEmpty())
        return false;
    *path = chosen;
    return true;
}

// What to do after a database could not be opened: try the same again, change where (the
// other button's words say to what), or give up.
enum class AfterFailure { TryAgain, Change, GiveUp };

AfterFailure askAfterFailure(const QString &message, const QString &changeLabel, QWidget *parent)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("DatabaseOpener", "Referral Desk can't open its database"),
                    message, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("databaseErrorDialog"));
    QPushButton *retry = box.addButton(QCoreApplication::translate("DatabaseOpener", "Try again"), QMessageBox::AcceptRole);
    QPushButton *change = box.addButton(changeLabel, QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == retry)
        return AfterFailure::TryAgain;
    return box.clickedButton() == change ? AfterFailure::Change : AfterFailure::GiveUp;
}

// A server that can't be reached, refuses the password or has no such database: try again, or
// change the address or password.
std::unique_ptr<Database> openServerInteractively(ConnectionSpec spec, QWidget *parent)
{
    for (;;) {
        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(spec, &error);
        if (database)
            return database;

        const AfterFailure next = askAfterFailure(error.message, QCoreApplication::translate("DatabaseOpener", "Change the connection…"), parent);
        if (next == AfterFailure::GiveUp)
            return nullptr;
        if (next == AfterFailure::Change) {
            ServerConnectionDialog dialog(spec.displayLocation(), parent);
            if (dialog.exec() != QDialog::Accepted)
                return nullptr;
            const Session session = spec.session;
            spec = ConnectionSpec::postgresql(dialog.address(), session);
            spec.password = dialog.password();
        }
    }
}

} // namespace

std::unique_ptr<Database> openDatabaseInteractively(ConnectionSpec spec, QWidget *parent, MissingDatabase missing)
{
    if (spec.engine == ConnectionSpec::Engine::Postgresql)
        return openServerInteractively(std::move(spec), parent);
    // The dialogs choose files: another database chosen here is another file, opened as the
    // same session.
    QString path = spec.location;
    if (missing == MissingDatabase::Ask && !QFileInfo::exists(path) && !confirmNewDatabase(&path, parent))
        return nullptr;
    for (;;) {
        DatabaseError error;
        std::unique_ptr<Database> database = Database::open(ConnectionSpec::sqliteFile(path, spec.session), &error);
        if (database)
            return database;

        const AfterFailure next = askAfterFailure(error.message, QCoreApplication::translate("DatabaseOpener", "Open another database…"), parent);
        if (next == AfterFailure::GiveUp)
            return nullptr;
        if (next == AfterFailure::Change) {
            const QString chosen = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("DatabaseOpener", "Open or create a database"),
                                                                QFileInfo(path).absolutePath(),
                                                                QCoreApplication::translate("DatabaseOpener", "Referral Desk databases (*.sqlite);;All files (*)"),
                                                                nullptr, QFileDialog::DontConfirmOverwrite);
            if (chosen.isEmpty())
                return nullptr;
            path = chosen;
        }
    }
}

} // namespace rd
