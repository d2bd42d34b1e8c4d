#pragma once

#include "referraltablemodel.h"

#include <QWidget>

class QTableView;
class QLabel;

namespace rd {

class ArchivedFilterBar;
class ColumnWidths;

// One tab: its table (and, for the archive, its filters). Keeps the selection and the scroll
// position when the rows are read again.
class ReferralTabPage : public QWidget
{
    Q_OBJECT
public:
    ReferralTabPage(ReferralStore &store, const Clock &clock, Tab tab, QWidget *parent = nullptr);

    Tab tab() const { return m_model->tab(); }
    ReferralTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ArchivedFilterBar *filterBar() const { return m_filters; }
    // "Nothing matches", shown instead of an empty table while a search or filter is on.
    QString nothingMatchesText() const;

    std::optional<Referral> currentReferral() const;
    QString currentId() const;
    void selectId(const QString &id);
    // Moves the selection by `step` rows (J and K), fetching more rows at the end.
    void moveSelection(int step);
    void selectNearestTo(int row);
    // Narrows the table to what matches `text`; the selection stays if its row still shows.
    void setSearch(const QString &text);

    // Whether the row that takes the place of a referral leaving the tab gets selected: after
    // the rep's own decision yes (triage goes on), after a deadline or another user's change no.
    void setAdvanceOnRemoval(bool advance) { m_advanceOnRemoval = advance; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void currentChanged(const QString &id);
    // The selected referral left the table because it changed (a deadline, another user), not
    // because of a search or filter here; `before` is how it looked while selected.
    void currentLeft(const Referral &before);
    // A search or filter changed what the table shows.
    void narrowed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rememberPlace();
    void restorePlace();
    void applyFilters();
    void updateNothingMatches();

    ReferralTableModel *m_model;
    QTableView *m_view;
    ArchivedFilterBar *m_filters = nullptr;
    ColumnWidths *m_widths;
    QLabel *m_nothingMatches;
    void emitCurrentIfChanged();

    QString m_placeId;
    std::optional<Referral> m_placeReferral;
    bool m_narrowing = false;
    QString m_emittedId;
    bool m_advanceOnRemoval = false;
    int m_placeRow = -1;
    int m_placeScroll = 0;
};

} // namespace rd
