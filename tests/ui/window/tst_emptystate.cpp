#include "translations.h"
#include "windowfixture.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QDateTime kNow = utc("2026-08-10T12:00:00Z");

} // namespace

// What a first start on an empty database shows, at the size the window starts with.
class TestEmptyState : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<WindowFixture> m_fixture;

private slots:
    void initTestCase() { useTestSettings(m_config, QStringLiteral("tst_emptystate")); }
    void init() { m_fixture = std::make_unique<WindowFixture>(kNow); }
    void cleanup()
    {
        m_fixture.reset();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shouldWrapItsTextInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Korean") << "ko";
    }

    void shouldWrapItsTextInBothLanguages()
    {
        QFETCH(QString, language);
        m_fixture->openWindow();
        m_fixture->window()->languageAction(language)->trigger();
        QTRY_COMPARE(currentLanguage(), language);
        QVERIFY(m_fixture->window()->showsEmptyState());
        for (const int width : {1280, 640}) {
            m_fixture->window()->resize(width, 800);
            QApplication::processEvents();
            auto *text = m_fixture->window()->findChild<QLabel *>(QStringLiteral("emptyStateText"));
            QVERIFY(text && text->isVisible());
            const QFontMetrics metrics = text->fontMetrics();
            const int oneLine = metrics.horizontalAdvance(text->text());
            // Wrapped into lines no wider than the label, and tall enough for all of them.
            QVERIFY2(text->width() < oneLine, qPrintable(QStringLiteral("%1 wide, text %2").arg(text->width()).arg(oneLine)));
            // Layouts settle through the event queue.
            QTRY_VERIFY2(text->height() >= text->heightForWidth(text->width()),
                     qPrintable(QStringLiteral("%1 wide %2 high, needs %3").arg(text->width()).arg(text->height()).arg(text->heightForWidth(text->width()))));
            QVERIFY(text->height() >= 2 * metrics.lineSpacing());
            const QRect inWindow(text->mapTo(m_fixture->window(), QPoint(0, 0)), text->size());
            QVERIFY2(m_fixture->window()->rect().contains(inWindow), qPrintable(QStringLiteral("label at %1,%2 %3x%4").arg(inWindow.x()).arg(inWindow.y()).arg(inWindow.width()).arg(inWindow.height())));
        }
    }
};

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
