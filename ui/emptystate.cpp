#include "emptystate.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    m_title->setFont(font);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(480);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_samples = new QPushButton(this);
    m_samples->setObjectName(QStringLiteral("samplesButton"));
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    for (QWidget *widget : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_import),
                            static_cast<QWidget *>(m_samples)})
        layout->addWidget(widget, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_import, &QPushButton::clicked, this, &EmptyState::importRequested);
    connect(m_samples, &QPushButton::clicked, this, &EmptyState::samplesRequested);
    retranslateUi();
}

void EmptyState::retranslateUi()
{
    m_title->setText(tr("No referrals yet"));
    m_text->setText(tr("Import the referrals you exported from Partner Center as JSON, or load sample referrals to try Referral Desk."));
    m_import->setText(tr("Import referrals…"));
    m_samples->setText(tr("Load sample referrals"));
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
