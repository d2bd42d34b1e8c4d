#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>

namespace rd {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    // Each language is named in itself, so that anyone can find their own.
    auto *languages = new QActionGroup(this);
    for (const auto &[code, name] : {std::pair{"ko", "한국어"}, std::pair{"en", "English"}}) {
        auto *action = new QAction(QString::fromUtf8(name), languages);
        action->setObjectName(QStringLiteral("language_") + QLatin1String(code));
        action->setCheckable(true);
        action->setData(QString::fromLatin1(code));
        connect(action, &QAction::triggered, this, [this, language = QString::fromLatin1(code)] { emit languageChosen(language); });
        addAction(action);
    }
    retranslateUi();
}

QAction *LanguageMenu::action(const QString &language) const
{
    for (QAction *action : actions()) {
        if (action->data().toString() == language)
            return action;
    }
    return nullptr;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    // The window's context: the title was the window's before it moved here.
    setTitle(QCoreApplication::translate("rd::MainWindow", "&Language"));
    const QString language = currentLanguage();
    for (QAction *action : actions())
        action->setChecked(action->data().toString() == language);
}

} // namespace rd
