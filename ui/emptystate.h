#pragma once

#include <QWidget>

// What a first start on an empty database shows: a way in, not an empty table.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

signals:
    void importRequested();
    void samplesRequested();
};
