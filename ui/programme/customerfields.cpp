#include "customerfields.h"

#include "displaytext.h"
#include "taxonomy.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace rd {

bool isCountryCode(const QString &code)
{
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    return twoLetters.match(code).hasMatch() && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

CountryField::CountryField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_name(new QLabel(this))
{
    setFocusProxy(m_edit);
    m_edit->setMaxLength(2);
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_edit));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")));
    m_edit->setPlaceholderText(QStringLiteral("KR"));
    m_name->setMinimumWidth(m_name->fontMetrics().horizontalAdvance(QStringLiteral("United Kingdom")));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_name, 1);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateName();
        emit edited();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &CountryField::returnPressed);
}

QString CountryField::code() const
{
    return m_edit->text().trimmed().toUpper();
}

void CountryField::setCode(const QString &code)
{
    m_edit->setText(code.trimmed().toUpper());
}

void CountryField::updateName()
{
    m_name->setText(isValid() ? DisplayText::country(code()) : QString());
}

void CountryField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateName();
    QWidget::changeEvent(event);
}

CustomerSizeCombo::CustomerSizeCombo(QWidget *parent)
    : QComboBox(parent)
{
    addItem(QString(), QString());
    for (const TaxonomyEntry &entry : Taxonomy::entries(TaxonomyKind::CustomerSize))
        addItem(QString(), entry.id);
    retranslate();
}

void CustomerSizeCombo::setNoneText(const QString &text)
{
    setItemText(0, text);
}

QString CustomerSizeCombo::sizeId() const
{
    return currentData().toString();
}

void CustomerSizeCombo::setSizeId(const QString &id)
{
    const int index = id.isEmpty() ? 0 : findData(id);
    setCurrentIndex(index < 0 ? 0 : index);
}

void CustomerSizeCombo::retranslate()
{
    for (int index = 1; index < count(); ++index)
        setItemText(index, DisplayText::customerSize(itemData(index).toString()));
}

void CustomerSizeCombo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

} // namespace rd
