#pragma once

#include "referralstore.h"
#include "referraltotals.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace rd {

// The Review window's filters over the archive: any set of outcomes, a range of closing days,
// and one country, business profile, rep (who archived it) and reason, each or all.
class ReviewFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewFilterBar(const QDate &today, QWidget *parent = nullptr);

    // The archived tab with these filters; the days are whole local days, both included.
    ReferralQuery query() const;
    // What the lists offer: the archive's own countries, profiles, reps and reasons. What is
    // chosen stays chosen while it is still offered.
    void setChoices(const ArchiveChoices &choices);

    void setOutcomes(const QList<Status> &outcomes);
    void setClosedRange(const QDate &from, const QDate &until);
    void clearClosedRange();

    QComboBox *countryFilter() const { return m_country; }
    QComboBox *profileFilter() const { return m_profile; }
    QComboBox *repFilter() const { return m_rep; }
    QComboBox *reasonFilter() const { return m_reason; }
    QCheckBox *outcomeBox(Status status) const { return m_outcomes.value(status); }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombo(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items);

    QMap<Status, QCheckBox *> m_outcomes;
    QLabel *m_outcomeLabel;
    QCheckBox *m_useRange;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QLabel *m_countryLabel;
    QComboBox *m_country;
    QLabel *m_profileLabel;
    QComboBox *m_profile;
    QLabel *m_repLabel;
    QComboBox *m_rep;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    ArchiveChoices m_choices;
};

} // namespace rd
