#include "connectionindicator.h"

#include "changefeed.h"

#include <QEvent>
#include <QStatusBar>

namespace rd {

ConnectionIndicator::ConnectionIndicator(ChangeFeed &changes, QStatusBar *statusBar)
    : QLabel(statusBar)
    , m_statusBar(statusBar)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold"));
    statusBar->addPermanentWidget(this);
    connect(&changes, &ChangeFeed::connectionChanged, this, &ConnectionIndicator::show);
    retranslateUi();
    setVisible(!changes.isConnected());
}

void ConnectionIndicator::show(bool connected)
{
    setVisible(!connected);
    if (connected)
        m_statusBar->showMessage(tr("Connected to the server again; the referrals were reloaded."), 10000);
}

void ConnectionIndicator::retranslateUi()
{
    setText(tr("Server unreachable: trying again; nothing can be decided until it is back"));
    setToolTip(tr("The connection to the team's server was lost. Referral Desk tries again every few seconds "
                  "and reloads every tab once it is back. Decisions made meanwhile are refused, never lost silently."));
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

} // namespace rd
