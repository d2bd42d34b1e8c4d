#pragma once

#include <QMenu>

namespace rd {

// View > Language: each language named in itself, the one spoken now checked.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    QAction *action(const QString &language) const;

signals:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

} // namespace rd
