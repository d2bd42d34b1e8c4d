// The window itself: its parts, their words, where it was on the screen, and closing.
#include "businessprofileswindow.h"

#include "profileeditor.h"
#include "profiletree.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace rd {

BusinessProfilesWindow::BusinessProfilesWindow(Database &database, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(database)
{
    setObjectName(QStringLiteral("businessProfilesWindow"));
    createLayout();

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &BusinessProfilesWindow::save);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Cancel);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(m_saveAction);
    addAction(m_closeAction);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &BusinessProfilesWindow::onCurrentItemChanged);
    connect(m_editor, &ProfileEditor::edited, this, [this] {
        m_status->clear();
        validate();
    });
    connect(m_new, &QPushButton::clicked, this, &BusinessProfilesWindow::newProfile);
    connect(m_save, &QPushButton::clicked, this, &BusinessProfilesWindow::save);
    connect(m_revert, &QPushButton::clicked, this, &BusinessProfilesWindow::revert);
    connect(m_addPartner, &QPushButton::clicked, this, &BusinessProfilesWindow::addPartner);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    // Closing the main window would take the edits with it.
    if (parent)
        parent->installEventFilter(this);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("profilesWindow/geometry")).toByteArray()))
        resize(1180, 760);
    m_splitter->restoreState(settings.value(QStringLiteral("profilesWindow/splitter")).toByteArray());

    reload();
    editNothing();
    retranslateUi();
}

BusinessProfilesWindow::~BusinessProfilesWindow() = default;

void BusinessProfilesWindow::createLayout()
{
    // Made in the order Tab walks them: the list, the fields, the buttons.
    auto *listSide = new QWidget(this);
    m_listLabel = new QLabel(listSide);
    m_tree = new ProfileTree(listSide);
    m_listLabel->setBuddy(m_tree);
    m_addPartner = new QPushButton(listSide);
    m_addPartner->setObjectName(QStringLiteral("addPartnerButton"));
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listLabel);
    listLayout->addWidget(m_tree);
    listLayout->addWidget(m_addPartner, 0, Qt::AlignLeft);

    auto *editSide = new QWidget(this);
    m_heading = new QLabel(editSide);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto *scroll = new QScrollArea(editSide);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new ProfileEditor(scroll);
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    scroll->setWidget(m_editor);
    m_problems = new QLabel(editSide);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_status = new QLabel(editSide);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_new = new QPushButton(editSide);
    m_new->setObjectName(QStringLiteral("newProfileButton"));
    m_save = new QPushButton(editSide);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_revert = new QPushButton(editSide);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_close = new QPushButton(editSide);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);

    auto *editLayout = new QVBoxLayout(editSide);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_heading);
    editLayout->addWidget(scroll, 1);
    editLayout->addWidget(m_problems);
    editLayout->addWidget(m_status);
    editLayout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("profilesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(editSide);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

QString BusinessProfilesWindow::problemText() const
{
    return m_problems->text();
}

QString BusinessProfilesWindow::statusText() const
{
    return m_status->text();
}

void BusinessProfilesWindow::retranslateUi()
{
    setWindowTitle(tr("Business profiles"));
    m_listLabel->setText(tr("Partners and pro&files:"));
    m_addPartner->setText(tr("&Add partner…"));
    m_new->setText(tr("Ne&w profile"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the profile (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Show the profile as it is stored, dropping the edits"));
    m_close->setText(tr("Close"));
    m_saveAction->setText(tr("Save the profile"));
    m_closeAction->setText(tr("Close"));
    updateHeading();
    // What the last save said was in the other language; the problems are asked again.
    m_status->clear();
    validate();
}

void BusinessProfilesWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BusinessProfilesWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeavingEdits()) {
        event->ignore();
        return;
    }
    rememberGeometry();
    event->accept();
}

bool BusinessProfilesWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Close && isVisible()) {
        if (!confirmLeavingEdits()) {
            event->ignore();
            return true;
        }
        rememberGeometry();
        hide();
    }
    return QWidget::eventFilter(watched, event);
}

void BusinessProfilesWindow::rememberGeometry() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("profilesWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("profilesWindow/splitter"), m_splitter->saveState());
}

} // namespace rd
