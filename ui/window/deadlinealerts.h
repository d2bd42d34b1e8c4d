#pragma once

#include <QObject>
#include <QSet>

namespace rd {

class Clock;
class ReferralStore;

// Decides what the desktop notifications say: new referrals, and deadlines that come within the
// store's first and last warning (DeadlinePolicy), each announced once.
class DeadlineAlerts : public QObject
{
    Q_OBJECT
public:
    DeadlineAlerts(ReferralStore &store, const Clock &clock, QObject *parent = nullptr);

public slots:
    void check();
    void announceNew(int count);

signals:
    void alert(const QString &title, const QString &message);

private:
    void announceDeadlines(int count, qint64 windowSeconds);

    ReferralStore &m_store;
    const Clock &m_clock;
    QSet<QString> m_warnedFirst;
    QSet<QString> m_warnedLast;
};

} // namespace rd
