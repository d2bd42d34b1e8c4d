// What the window makes of the deadline checker's sweeps: the archived referrals named, the
// selected one explained, the rows it could not archive reported.
#include "mainwindow.h"

#include "detailpane.h"
#include "displaytext.h"
#include "setasidereport.h"

namespace rd {

void MainWindow::onArchived(const SweepResult &result)
{
    reloadAll();
    announceArchived(result);
    m_setAsideReport->report(result.setAside);
    const std::optional<QString> shown = m_detail->referralId();
    if (!shown)
        return;
    if (result.missed.contains(*shown)) {
        m_detail->setNotice(tr("Time ran out: this referral is now archived as Missed, and the customer is told to choose another partner."));
    } else if (result.expired.contains(*shown)) {
        m_detail->setNotice(tr("Time ran out: this referral is now archived as Expired, and the customer is told to choose another partner."));
    }
}

void MainWindow::announceArchived(const SweepResult &result)
{
    const QStringList ids = result.missed + result.expired;
    if (ids.isEmpty())
        return;
    constexpr int kNamed = 3;
    QStringList names;
    for (const QString &id : ids.mid(0, kNamed)) {
        const std::optional<Referral> referral = m_store.find(id);
        names.append(tr("“%1”").arg(referral ? DisplayText::referralName(*referral) : id));
    }
    const int count = int(ids.size());
    const int others = count - int(names.size());
    QString message;
    if (count == 1) {
        message = result.missed.isEmpty()
            ? tr("%1 ran out of time and is archived as Expired; the customer is told to choose another partner.").arg(names.first())
            : tr("%1 ran out of time and is archived as Missed; the customer is told to choose another partner.").arg(names.first());
    } else if (others == 0) {
        message = tr("%n referral(s) ran out of time and are archived: %1.", nullptr, count).arg(names.join(QStringLiteral(", ")));
    } else {
        message = tr("%n referral(s) ran out of time and are archived: %1 and %2 more.", nullptr, count)
                      .arg(names.join(QStringLiteral(", ")))
                      .arg(others);
    }
    alert(tr("Archived: time ran out"), message);
}

} // namespace rd
