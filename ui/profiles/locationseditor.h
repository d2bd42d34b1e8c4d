#pragma once

#include "businessprofile.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace rd {

// Where a profile does business: a row of city and country code a location, up to the
// profile's limit. The rows exist from the start and are shown as they are needed, so that Tab
// walks them in order.
class LocationsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LocationsEditor(QWidget *parent);

    void setLocations(const QList<ProfileLocation> &locations);
    // What the shown rows say; a row left blank is no location.
    QList<ProfileLocation> locations() const;
    int rowCount() const { return m_shown; }
    QLineEdit *cityEdit(int row) const;
    QLineEdit *countryEdit(int row) const;
    QToolButton *removeButton(int row) const;
    QPushButton *addButton() const { return m_add; }

public slots:
    // Shows one more row, its city focused; false when the profile has as many as it may.
    bool addRow();
    void removeRow(int row);

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *widget;
        QLineEdit *city;
        QLineEdit *country;
        QLabel *countryName;
        QToolButton *remove;
    };

    void showRows(int count);
    void updateCountryName(const Row &row);
    void retranslateUi();

    QList<Row> m_rows;
    QPushButton *m_add;
    int m_shown = 0;
    bool m_filling = false;
};

} // namespace rd
