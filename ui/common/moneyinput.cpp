#include "moneyinput.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>

namespace rd {

namespace {

// The currencies partners in Korea and elsewhere deal in most; any other ISO code can be typed.
const char *const kCommonCurrencies[] = {"KRW", "USD", "EUR", "JPY", "GBP", "CNY", "AUD", "CAD", "SGD", "HKD", "TWD", "INR"};

} // namespace

MoneyInput::MoneyInput(QWidget *parent)
    : QWidget(parent)
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
{
    m_amount->setObjectName(QStringLiteral("amount"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_amount->setPlaceholderText(QStringLiteral("1500000"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (const char *code : kCommonCurrencies)
        m_currency->addItem(QString::fromLatin1(code));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    setCurrency(QLocale().currencySymbol(QLocale::CurrencyIsoCode));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_amount, 1);
    layout->addWidget(m_currency);
    connect(m_amount, &QLineEdit::textChanged, this, &MoneyInput::changed);
    connect(m_currency, &QComboBox::currentTextChanged, this, &MoneyInput::changed);
}

void MoneyInput::setMoney(const Money &money)
{
    setCurrency(money.currency);
    m_amount->setText(moneyToDecimalString(money));
}

void MoneyInput::setCurrency(const QString &code)
{
    if (code.isEmpty() || !currencyDecimals(code))
        return;
    if (m_currency->findText(code) < 0)
        m_currency->addItem(code);
    m_currency->setCurrentText(code);
}

QString MoneyInput::amountText() const
{
    QString amount = m_amount->text().trimmed();
    // Grouping as people type it ("1,500,000") is fine; the decimal point stays a point.
    amount.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x00a0));
    return amount;
}

QString MoneyInput::currencyCode() const
{
    return m_currency->currentText().trimmed().toUpper();
}

MoneyParse MoneyInput::parse() const
{
    return parseMoney(amountText(), currencyCode());
}

std::optional<Money> MoneyInput::money() const
{
    return parse().money;
}

QString MoneyInput::problem() const
{
    if (m_amount->text().trimmed().isEmpty())
        return QCoreApplication::translate("MoneyInput", "Enter the amount.");
    return parse().error;
}

} // namespace rd
