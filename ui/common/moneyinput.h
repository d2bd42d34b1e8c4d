#pragma once

#include "money.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;

namespace rd {

// An amount with its ISO 4217 currency, checked as it is typed.
class MoneyInput : public QWidget
{
    Q_OBJECT
public:
    explicit MoneyInput(QWidget *parent = nullptr);

    void setMoney(const Money &money);
    void setCurrency(const QString &code);
    std::optional<Money> money() const;
    // Why the amount can't be used yet; empty when it can.
    QString problem() const;
    // The amount as a plain decimal ("1500000", "1234.50"), grouping taken out; and the code.
    QString amountText() const;
    QString currencyCode() const;
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyBox() const { return m_currency; }

signals:
    void changed();

private:
    MoneyParse parse() const;

    QLineEdit *m_amount;
    QComboBox *m_currency;
};

} // namespace rd
