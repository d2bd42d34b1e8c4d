#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace rd {

// File > New database…, Open database…, Connect to team server… and Open recent: each ends in
// databaseChosen() with the file or server address to work on next, or serverChosen() with an
// address and the password typed for it.
class DatabaseActions : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseActions(QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *connectAction() const { return m_connect; }
    QMenu *recentMenu() const { return m_recent; }
    void retranslate();

signals:
    // `create`: New database…, which must not open a file that is already there.
    void databaseChosen(const QString &path, bool create);
    void serverChosen(const QString &address, const QString &password);

private:
    void chooseFile(bool create);
    void chooseServer();
    void fillRecent();

    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_connect;
    QMenu *m_recent;
};

} // namespace rd
