#include "emptystate.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(tr("No referrals yet"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    title->setFont(font);
    auto *text = new QLabel(tr("Import the referrals you exported from Partner Center as JSON, or load sample referrals to try Referral Desk."), this);
    text->setWordWrap(true);
    text->setMaximumWidth(480);
    auto *import = new QPushButton(tr("Import referrals…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    auto *samples = new QPushButton(tr("Load sample referrals"), this);
    samples->setObjectName(QStringLiteral("samplesButton"));
    import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    for (QWidget *widget : {static_cast<QWidget *>(title), static_cast<QWidget *>(text), static_cast<QWidget *>(import),
                            static_cast<QWidget *>(samples)})
        layout->addWidget(widget, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(import, &QPushButton::clicked, this, &EmptyState::importRequested);
    connect(samples, &QPushButton::clicked, this, &EmptyState::samplesRequested);
}
