#pragma once

#include "referral.h"

#include <QTextBrowser>
#include <optional>

namespace rd {

class Clock;
class ReferralStore;

// Everything the partner may see of the selected referral: the RFI overview while it is new,
// the customer with contact links once it is not, the estimate, and the history as a timeline.
class DetailPane : public QTextBrowser
{
    Q_OBJECT
public:
    DetailPane(ReferralStore &store, const Clock &clock, QWidget *parent = nullptr);

    std::optional<QString> referralId() const { return m_id; }
    // A sentence shown above the details, such as why the referral left the list.
    void setNotice(const QString &text);

public slots:
    void showReferral(const QString &id);
    void clear();
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

signals:
    void copied(const QString &text);
    // The pane's "Update estimate…" link, beside the closing date of a deal in negotiation.
    void estimateUpdateRequested(const QString &id);

private:
    void openLink(const QUrl &url);
    QString render(const Referral &referral) const;
    QString routing(const Referral &referral) const;
    QString closingDateCell(const Referral &referral) const;

    ReferralStore &m_store;
    const Clock &m_clock;
    std::optional<QString> m_id;
    QString m_notice;
};

} // namespace rd
