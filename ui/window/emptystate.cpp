#include "emptystate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    m_title->setFont(font);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_samples = new QPushButton(this);
    m_samples->setObjectName(QStringLiteral("samplesButton"));
    m_import->setDefault(true);

    // A column of its own width, centred: a word-wrapped label given an alignment in a layout
    // gets its one-line height and is cut.
    auto *column = new QWidget(this);
    column->setMaximumWidth(480);
    auto *content = new QVBoxLayout(column);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_title, 0, Qt::AlignHCenter);
    content->addWidget(m_text);
    content->addWidget(m_import, 0, Qt::AlignHCenter);
    content->addWidget(m_samples, 0, Qt::AlignHCenter);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
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

} // namespace rd
