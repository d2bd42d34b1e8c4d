#include "databaseopener.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

std::unique_ptr<Database> openDatabaseInteractively(QString path, QWidget *parent)
{
    for (;;) {
        DatabaseError error;
        std::unique_ptr<Database> database = Database::openSqlite(path, &error);
        if (database)
            return database;

        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("DatabaseOpener", "Referral Desk can't open its database"),
                        error.message, QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("databaseErrorDialog"));
        QPushButton *retry = box.addButton(QCoreApplication::translate("DatabaseOpener", "Try again"), QMessageBox::AcceptRole);
        QPushButton *other = box.addButton(QCoreApplication::translate("DatabaseOpener", "Open another database…"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Close);
        box.setDefaultButton(retry);
        box.exec();
        if (box.clickedButton() == other) {
            const QString chosen = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("DatabaseOpener", "Open or create a database"),
                                                                QFileInfo(path).absolutePath(),
                                                                QCoreApplication::translate("DatabaseOpener", "Referral Desk databases (*.sqlite);;All files (*)"),
                                                                nullptr, QFileDialog::DontConfirmOverwrite);
            if (chosen.isEmpty())
                return nullptr;
            path = chosen;
        } else if (box.clickedButton() != retry) {
            return nullptr;
        }
    }
}
