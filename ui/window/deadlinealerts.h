#pragma once

#include <QObject>
#include <QSet>

namespace rd {

class Clock;
class ReferralStore;

// Decides what the desktop notifications say: new referrals, and deadlines that come within
// four hours and within one hour, each announced once.
class DeadlineAlerts : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kFirstWarningMs = 4 * 3600 * 1000;
    static constexpr qint64 kLastWarningMs = 1 * 3600 * 1000;

    DeadlineAlerts(ReferralStore &store, const Clock &clock, QObject *parent = nullptr);

public slots:
    void check();
    void announceNew(int count);

signals:
    void alert(const QString &title, const QString &message);

private:
    ReferralStore &m_store;
    const Clock &m_clock;
    QSet<QString> m_warnedFirst;
    QSet<QString> m_warnedLast;
};

} // namespace rd
