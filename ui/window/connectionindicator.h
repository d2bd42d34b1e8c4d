#pragma once

#include <QLabel>

class QStatusBar;

namespace rd {

class ChangeFeed;

// The status bar's word on a team server that went away: shown while the connection is lost
// (decisions are refused until it is back), gone once the feed has reconnected and the views
// reloaded. A database file is always there, so it never shows.
class ConnectionIndicator : public QLabel
{
    Q_OBJECT
public:
    ConnectionIndicator(ChangeFeed &changes, QStatusBar *statusBar);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(bool connected);
    void retranslateUi();

    QStatusBar *m_statusBar;
};

} // namespace rd
