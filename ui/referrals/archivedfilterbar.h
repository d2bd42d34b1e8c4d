#pragma once

#include "status.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace rd {

// The archived tab's filters: one outcome or all, and an optional range of closing dates; the
// Review window takes them further (several outcomes, country, profile, rep, reason, totals).
class ArchivedFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ArchivedFilterBar(const QDate &today, QWidget *parent = nullptr);

    QList<Status> outcomes() const;
    // Start of the first day and end of the last day, in local time; invalid when unset.
    QDateTime closedFrom() const;
    QDateTime closedUntil() const;

    QPushButton *reviewButton() const { return m_review; }

    QVariantMap state() const;
    void restoreState(const QVariantMap &state);

protected:
    void changeEvent(QEvent *event) override;

signals:
    void changed();
    // "Review…": the same archive in the Review window, starting from these filters.
    void reviewRequested();

private:
    void retranslateUi();

    QLabel *m_outcomeLabel;
    QComboBox *m_outcome;
    QCheckBox *m_useRange;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QPushButton *m_review;
};

} // namespace rd
