#pragma once

#include <QComboBox>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace rd {

// Whether `code` is an ISO 3166 alpha-2 code Qt knows, as the command line checks --country.
bool isCountryCode(const QString &code);

// The customer's country as two letters, typed in either case, with its name beside it in the
// UI language.
class CountryField : public QWidget
{
    Q_OBJECT
public:
    explicit CountryField(QWidget *parent);

    // Upper case, as stored; whatever was typed, valid or not.
    QString code() const;
    void setCode(const QString &code);
    bool isValid() const { return isCountryCode(code()); }
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void edited();
    void returnPressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateName();

    QLineEdit *m_edit;
    QLabel *m_name;
};

// The Partner Center customer sizes by their names in the UI language, kept as ids, after a
// first entry for no size at all (its words are the owner's: "Any size", "Not said").
class CustomerSizeCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit CustomerSizeCombo(QWidget *parent);

    void setNoneText(const QString &text);
    // The chosen size's id; empty for the first entry.
    QString sizeId() const;
    // Chooses `id`'s entry, or the first one when it is not a known size.
    void setSizeId(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace rd
