#include "databaseopener.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rd;

// A database that can't be opened gets a dialog that names the file and what to do.
class TestDatabaseOpener : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    // Answers the error dialog with `button` once it shows, and returns what it said.
    QString answerErrorDialog(QMessageBox::StandardButton button, const QString &path)
    {
        QString text;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                qWarning("no error dialog");
                return;
            }
            text = box->text();
            box->button(button)->click();
        });
        const std::unique_ptr<Database> database = openDatabaseInteractively(ConnectionSpec::sqliteFile(path));
        if (database)
            qWarning("the database opened after all");
        return text;
    }

private slots:
    void shouldNameTheFileOfADamagedDatabase()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, QStringLiteral("notes.sqlite"), QByteArray("not a database at all\n").repeated(100));
        const QString text = answerErrorDialog(QMessageBox::Close, path);
        QVERIFY2(text.contains(path), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("backup")), qPrintable(text));
    }

    void shouldRefuseANewerDatabaseWithoutTouchingIt()
    {
        TestDatabase db;
        QVERIFY(db.exec(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (500)")));
        const QString text = answerErrorDialog(QMessageBox::Close, db.path());
        QVERIFY2(text.contains(QStringLiteral("newer version")), qPrintable(text));
        QCOMPARE(db.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt(), 500);
    }

    void shouldAskBeforeCreatingADatabaseAtATypedPath()
    {
        QTemporaryDir dir;
        const QString typo = dir.filePath(QStringLiteral("refferals.sqlite"));
        QString asked;
        const auto answer = [&](const QString &button) {
            QTimer::singleShot(0, this, [&, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->objectName() != QLatin1String("missingDatabaseDialog")) {
                    qWarning("no question");
                    return;
                }
                asked = box->text();
                for (QAbstractButton *candidate : box->buttons()) {
                    if (candidate->text() == button)
                        candidate->click();
                }
            });
        };
        answer(QStringLiteral("Cancel"));
        QVERIFY(!openDatabaseInteractively(ConnectionSpec::sqliteFile(typo), nullptr, MissingDatabase::Ask));
        QCOMPARE(asked, QStringLiteral("There is no database at %1.").arg(typo));
        QVERIFY(!QFileInfo::exists(typo));

        asked.clear();
        answer(QStringLiteral("Create database"));
        QVERIFY(openDatabaseInteractively(ConnectionSpec::sqliteFile(typo), nullptr, MissingDatabase::Ask));
        QVERIFY(!asked.isEmpty());
        QVERIFY(QFileInfo::exists(typo));

        // Once it is there, nothing is asked.
        asked.clear();
        QVERIFY(openDatabaseInteractively(ConnectionSpec::sqliteFile(typo), nullptr, MissingDatabase::Ask));
        QVERIFY(asked.isEmpty());
    }

    void shouldOpenAGoodDatabaseWithoutAsking()
    {
        QTemporaryDir dir;
        const std::unique_ptr<Database> database = openDatabaseInteractively(ConnectionSpec::sqliteFile(dir.filePath(QStringLiteral("fresh.sqlite"))));
        QVERIFY(database);
    }
};

QTEST_MAIN(TestDatabaseOpener)
#include "tst_databaseopener.moc"
