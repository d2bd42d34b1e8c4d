#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rd {

// What a first start on an empty database shows: a way in, not an empty table.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

signals:
    void importRequested();
    void samplesRequested();

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_import;
    QPushButton *m_samples;
};

} // namespace rd
