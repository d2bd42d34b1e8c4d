#include "locationseditor.h"

#include "displaytext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rd {

LocationsEditor::LocationsEditor(QWidget *parent)
    : QWidget(parent)
    , m_add(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int index = 0; index < kMaxProfileLocations; ++index) {
        Row row{new QWidget(this), nullptr, nullptr, nullptr, nullptr};
        row.city = new QLineEdit(row.widget);
        row.city->setObjectName(QStringLiteral("city%1").arg(index));
        row.country = new QLineEdit(row.widget);
        row.country->setObjectName(QStringLiteral("country%1").arg(index));
        row.country->setMaxLength(2);
        row.country->setMaximumWidth(row.country->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")));
        row.countryName = new QLabel(row.widget);
        row.countryName->setMinimumWidth(row.countryName->fontMetrics().horizontalAdvance(QStringLiteral("United Kingdom")));
        row.remove = new QToolButton(row.widget);
        row.remove->setObjectName(QStringLiteral("removeLocation%1").arg(index));
        auto *line = new QHBoxLayout(row.widget);
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(row.city, 3);
        line->addWidget(row.country);
        line->addWidget(row.countryName, 2);
        line->addWidget(row.remove);
        layout->addWidget(row.widget);
        m_rows.append(row);

        connect(row.city, &QLineEdit::textChanged, this, [this] {
            if (!m_filling)
                emit edited();
        });
        connect(row.country, &QLineEdit::textChanged, this, [this, index] {
            updateCountryName(m_rows.at(index));
            if (!m_filling)
                emit edited();
        });
        connect(row.remove, &QToolButton::clicked, this, [this, index] { removeRow(index); });
    }
    m_add->setObjectName(QStringLiteral("addLocation"));
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &LocationsEditor::addRow);
    showRows(0);
    retranslateUi();
}

QLineEdit *LocationsEditor::cityEdit(int row) const
{
    return m_rows.at(row).city;
}

QLineEdit *LocationsEditor::countryEdit(int row) const
{
    return m_rows.at(row).country;
}

QToolButton *LocationsEditor::removeButton(int row) const
{
    return m_rows.at(row).remove;
}

void LocationsEditor::setLocations(const QList<ProfileLocation> &locations)
{
    m_filling = true;
    for (int index = 0; index < m_rows.size(); ++index) {
        const ProfileLocation location = locations.value(index);
        m_rows.at(index).city->setText(location.city);
        m_rows.at(index).country->setText(location.country);
    }
    showRows(int(qMin(locations.size(), m_rows.size())));
    m_filling = false;
}

QList<ProfileLocation> LocationsEditor::locations() const
{
    QList<ProfileLocation> locations;
    for (int index = 0; index < m_shown; ++index) {
        // Codes are written in capitals (KR); people type them either way.
        const ProfileLocation location{m_rows.at(index).city->text().trimmed(),
                                       m_rows.at(index).country->text().trimmed().toUpper()};
        if (!location.city.isEmpty() || !location.country.isEmpty())
            locations.append(location);
    }
    return locations;
}

bool LocationsEditor::addRow()
{
    if (m_shown >= m_rows.size())
        return false;
    const Row &row = m_rows.at(m_shown);
    row.city->clear();
    row.country->clear();
    showRows(m_shown + 1);
    row.city->setFocus();
    emit edited();
    return true;
}

void LocationsEditor::removeRow(int row)
{
    if (row < 0 || row >= m_shown)
        return;
    m_filling = true;
    for (int index = row; index + 1 < m_shown; ++index) {
        m_rows.at(index).city->setText(m_rows.at(index + 1).city->text());
        m_rows.at(index).country->setText(m_rows.at(index + 1).country->text());
    }
    m_filling = false;
    showRows(m_shown - 1);
    // The focus stays in the list rather than falling to the window.
    if (m_shown > 0)
        m_rows.at(qMin(row, m_shown - 1)).city->setFocus();
    else
        m_add->setFocus();
    emit edited();
}

void LocationsEditor::showRows(int count)
{
    m_shown = count;
    for (int index = 0; index < m_rows.size(); ++index)
        m_rows.at(index).widget->setVisible(index < count);
    m_add->setEnabled(count < m_rows.size());
}

void LocationsEditor::updateCountryName(const Row &row)
{
    const QString code = row.country->text().trimmed().toUpper();
    row.countryName->setText(code.size() == 2 ? DisplayText::country(code) : QString());
}

void LocationsEditor::retranslateUi()
{
    m_add->setText(tr("Add l&ocation"));
    m_add->setToolTip(tr("A profile has up to %1 locations.").arg(kMaxProfileLocations));
    for (const Row &row : std::as_const(m_rows)) {
        row.city->setPlaceholderText(tr("City"));
        row.country->setPlaceholderText(QStringLiteral("KR"));
        row.country->setToolTip(tr("Country: the two-letter ISO 3166 code, such as KR or US"));
        row.remove->setText(tr("Remove"));
        row.remove->setToolTip(tr("Remove this location"));
        updateCountryName(row);
    }
}

void LocationsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace rd
