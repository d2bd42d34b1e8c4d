#pragma once

#include "currencyconversion.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rd {

// The rates a manager enters to see the pipeline and forecast in one currency: the target,
// and for each other currency one unit's worth in it and the day the rate is from. OK waits
// until every row will do, and says what will not.
class RatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RatesDialog(const ConversionRates &rates, QWidget *parent = nullptr);

    ConversionRates rates() const;
    // What keeps OK from closing; empty when every row will do.
    QStringList problems() const;
    QLineEdit *targetField() const { return m_target; }
    QTableWidget *table() const { return m_table; }
    void addRate(const ExchangeRate &rate);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_targetLabel;
    QLineEdit *m_target;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problems;
    QLabel *m_explanation;
};

} // namespace rd
