#include "ratesdialog.h"

#include "money.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

enum Column { CurrencyColumn, RateColumn, DateColumn };

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

RatesDialog::RatesDialog(const ConversionRates &rates, QWidget *parent)
    : QDialog(parent)
    , m_targetLabel(new QLabel(this))
    , m_target(new QLineEdit(rates.target, this))
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_problems(new QLabel(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("ratesDialog"));
    m_target->setObjectName(QStringLiteral("targetCurrency"));
    m_target->setMaxLength(3);
    m_targetLabel->setBuddy(m_target);
    m_table->setObjectName(QStringLiteral("ratesTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_explanation->setWordWrap(true);
    for (const ExchangeRate &rate : rates.rates)
        addRate(rate);

    auto *target = new QHBoxLayout;
    target->addWidget(m_targetLabel);
    target->addWidget(m_target);
    target->addStretch(1);
    auto *rows = new QHBoxLayout;
    rows->addWidget(m_add);
    rows->addWidget(m_remove);
    rows->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(target);
    layout->addWidget(m_table, 1);
    layout->addLayout(rows);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addRate(ExchangeRate{}); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &RatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RatesDialog::reject);
    retranslateUi();
    resize(560, 380);
}

void RatesDialog::addRate(const ExchangeRate &rate)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, CurrencyColumn, new QTableWidgetItem(rate.currency));
    m_table->setItem(row, RateColumn, new QTableWidgetItem(rate.rate));
    m_table->setItem(row, DateColumn, new QTableWidgetItem(rate.date.isValid() ? rate.date.toString(Qt::ISODate) : QString()));
}

ConversionRates RatesDialog::rates() const
{
    ConversionRates rates;
    rates.target = m_target->text().trimmed().toUpper();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString currency = cell(m_table, row, CurrencyColumn).toUpper();
        if (currency.isEmpty() && cell(m_table, row, RateColumn).isEmpty())
            continue;
        rates.rates.append(ExchangeRate{currency, cell(m_table, row, RateColumn),
                                        QDate::fromString(cell(m_table, row, DateColumn), Qt::ISODate)});
    }
    return rates;
}

QStringList RatesDialog::problems() const
{
    QStringList problems;
    const ConversionRates entered = rates();
    if (!entered.target.isEmpty() && !currencyDecimals(entered.target))
        problems.append(tr("%1 is not a currency code.").arg(entered.target));
    QStringList seen;
    for (int i = 0; i < entered.rates.size(); ++i) {
        const ExchangeRate &rate = entered.rates.at(i);
        const int number = i + 1;
        if (!currencyDecimals(rate.currency))
            problems.append(tr("Row %1: the currency code is not known.").arg(number));
        else if (seen.contains(rate.currency))
            problems.append(tr("Row %1: this currency has a rate already.").arg(number));
        seen.append(rate.currency);
        if (const QString problem = rateProblem(rate.rate); !problem.isEmpty())
            problems.append(tr("Row %1: %2").arg(number).arg(problem));
        if (!rate.date.isValid())
            problems.append(tr("Row %1: give the day of the rate as YYYY-MM-DD.").arg(number));
    }
    if (entered.target.isEmpty() && !entered.rates.isEmpty())
        problems.append(tr("Name the currency to convert to."));
    return problems;
}

void RatesDialog::accept()
{
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    if (found.isEmpty())
        QDialog::accept();
}

void RatesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RatesDialog::retranslateUi()
{
    setWindowTitle(tr("Exchange rates"));
    m_explanation->setText(tr("Amounts in a currency with a rate here are shown converted, with the rate and its day. "
                              "A currency without a rate stays as it is."));
    m_targetLabel->setText(tr("Convert to (currency code):"));
    m_table->setHorizontalHeaderLabels({tr("Currency"), tr("1 unit is worth"), tr("Day of the rate (YYYY-MM-DD)")});
    m_add->setText(tr("Add a rate"));
    m_remove->setText(tr("Remove the rate"));
}

} // namespace rd
