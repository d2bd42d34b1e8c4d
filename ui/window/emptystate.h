#pragma once

#include <QWidget>

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

    class QLabel *m_title;
    class QLabel *m_text;
    class QPushButton *m_import;
    class QPushButton *m_samples;
};
