#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace rd {

// File > New database…, Open database… and Open recent: each ends in databaseChosen() with
// the file to work on next.
class DatabaseActions : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseActions(QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QMenu *recentMenu() const { return m_recent; }
    void retranslate();

signals:
    // `create`: New database…, which must not open a file that is already there.
    void databaseChosen(const QString &path, bool create);

private:
    void chooseFile(bool create);
    void fillRecent();

    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QMenu *m_recent;
};

} // namespace rd
