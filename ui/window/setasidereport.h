#pragma once

#include "referralstore.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

class QWidget;

namespace rd {

class NoticeBar;

// Referrals the deadline checker could not archive (a damaged row): the notice bar names how
// many and which, and its Details button lists each id with the reason. The sweep reports a
// row once, so this is where the rep hears of it.
class SetAsideReport : public QObject
{
    Q_OBJECT
public:
    SetAsideReport(NoticeBar &notices, QWidget *window);

    void report(const QList<SetAsideRow> &rows);
    QList<SetAsideRow> rows() const { return m_rows; }
    QDialog *detailsDialog() const { return m_dialog; }

public slots:
    void showDetails();

private:
    // Ids beyond this many are in the Details dialog only.
    static constexpr int kNamedInNotice = 3;

    NoticeBar &m_notices;
    QWidget *m_window;
    QList<SetAsideRow> m_rows;
    QPointer<QDialog> m_dialog;
};

} // namespace rd
