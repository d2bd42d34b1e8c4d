#pragma once

#include <QObject>
#include <QSet>

class QTableView;

namespace rd {

class ReferralTableModel;

// Keeps a tab's columns readable: dates, amounts, times and headers are never cut, whatever
// the language; the space a wider window gives goes to the text columns that need it (notes,
// customer, requirements). A column the user resizes keeps the user's width.
class ColumnWidths : public QObject
{
    Q_OBJECT
public:
    ColumnWidths(QTableView *view, ReferralTableModel *model);

    // Fits again: after a reload, a language switch, or when the view changes size.
    void fit();
    QList<int> userSized() const { return QList<int>(m_userSized.begin(), m_userSized.end()); }
    void setUserSized(const QList<int> &columns);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The width a column's header needs; and its cells: the first page's rows and a sample of
    // the widest value in the current format for what must not be cut.
    int headerWidth(int column) const;
    int contentWidth(int column) const;
    bool mustShowWhole(int column) const;

    QTableView *m_view;
    ReferralTableModel *m_model;
    QSet<int> m_userSized;
    bool m_fitting = false;
};

} // namespace rd
