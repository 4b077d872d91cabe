#include "ui/MainWindow.h"

#include "AppInfo.h"
#include "avatar/ImageFetcher.h"
#include "session/AppSession.h"
#include "ui/AppStyle.h"
#include "ui/OverviewWindow.h"
#include "ui/PictureController.h"
#include "ui/Prompts.h"
#include "ui/RecoveryFlow.h"
#include "ui/WindowCommands.h"
#include "ui/dialogs/AboutBox.h"
#include "ui/dialogs/DraftRecoveryDialog.h"
#include "ui/dialogs/HistoryDialog.h"
#include "ui/dialogs/SaveConflictDialog.h"
#include "ui/widgets/AccountFacts.h"
#include "ui/widgets/ActionButton.h"
#include "ui/widgets/AvatarWidget.h"
#include "ui/widgets/ElidingLabel.h"
#include "ui/widgets/IdentityBar.h"
#include "ui/widgets/ModeBar.h"
#include "ui/widgets/NoticeBanner.h"
#include "ui/widgets/ProfileForm.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QWindow>

namespace whop::ui {

using profile::Field;
using profile::ProfileEditor;

namespace {

// The "»" button a tool bar shows when it is too narrow for its controls has only an icon: it is
// given a name for screen readers and a tooltip for the eye.
void nameExtensionButton(QToolBar *toolbar)
{
    auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    if (!more)
        return;
    more->setAccessibleName(MainWindow::tr("More controls"));
    more->setToolTip(MainWindow::tr("Show the controls that do not fit"));
}

} // namespace

MainWindow::MainWindow(app::AppSession *session, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_session(session),
      m_editor(session->editor()),
      m_fetcher(new avatar::ImageFetcher(session->networkAccessManager(), this)),
      m_statusLabel(new ElidingLabel(this)), m_busy(new QProgressBar(this)),
      m_identityBar(new IdentityBar(session, this)), m_recovery(new RecoveryFlow(session, this))
{
    ui->setupUi(this);
    // Two rows: which identity, then which of its profiles (and, for API keys, which user).
    // Each row has the window's width to itself, so its selector shows its whole text at the
    // default size; a narrower window elides it in the middle (ElidingComboBox).
    auto *identityRow = addToolBar(tr("Identity"));
    identityRow->setObjectName(QStringLiteral("identityToolBar"));
    identityRow->addWidget(m_identityBar);
    addToolBarBreak();
    auto *profileRow = addToolBar(tr("Profile"));
    profileRow->setObjectName(QStringLiteral("profileToolBar"));
    profileRow->addWidget(new ModeBar(session, this));
    for (QToolBar *row : {identityRow, profileRow}) {
        row->setMovable(false);
        nameExtensionButton(row);
    }
    // The selectors follow their contents' width from the first paint on: switching a combo box
    // to that creates its pop-up at once (half a millisecond each), so it waits until then.
    connect(
        this, &MainWindow::firstPainted, this,
        [identityRow, profileRow] {
            for (QToolBar *row : {identityRow, profileRow}) {
                for (auto *combo : row->findChildren<QComboBox *>())
                    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            }
        },
        Qt::SingleShotConnection);
    ui->form->bind(session);
    // Tab goes from the form to Save, then to the other buttons.
    setTabOrder(ui->form->lastInTabOrder(), ui->saveButton);
    m_statusLabel->setObjectName(QStringLiteral("statusLine"));
    // Plain text (it may quote the server), on one line that fits the window in any language:
    // shortened with "…" when it must, whole in its tooltip and for screen readers.

    statusBar()->addWidget(m_statusLabel, 1);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    // Busy or not, the status bar and the button row keep their size: nothing below jumps.
    for (QWidget *w : {static_cast<QWidget *>(m_busy), static_cast<QWidget *>(ui->cancelButton)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    statusBar()->addPermanentWidget(m_busy);
    ui->cancelButton->hide();

    // One action each for the menu, its shortcut and the button or tool button showing it.
    connect(ui->actionSave, &QAction::triggered, m_editor, &ProfileEditor::save);
    connect(ui->actionRevert, &QAction::triggered, m_editor, &ProfileEditor::revert);
    connect(ui->actionReload, &QAction::triggered, m_editor, &ProfileEditor::load);
    bindButtonToAction(ui->saveButton, ui->actionSave);
    bindButtonToAction(ui->revertButton, ui->actionRevert);
    bindButtonToAction(ui->reloadButton, ui->actionReload);
    m_identityBar->useActions(ui->actionAddIdentity, ui->actionManageIdentities);
    connect(ui->cancelButton, &QPushButton::clicked, m_editor, &ProfileEditor::cancel);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionAbout, &QAction::triggered, this, [this] { AboutBox::openFor(this); });
    connect(ui->actionAllAccounts, &QAction::triggered, this,
            [this] { OverviewWindow::showFor(m_session, this); });
    connect(ui->actionHistory, &QAction::triggered, this, &MainWindow::openHistory);
    connect(m_recovery, &RecoveryFlow::status, m_statusLabel, &QLabel::setText);
    m_commands =
        new WindowCommands(session, this, ui->actionPreferences, ui->actionCopyDiagnostics);
    connect(m_commands, &WindowCommands::status, m_statusLabel, &QLabel::setText);
    // Sign-in set up from the banner: on to the sign-in, for the identity on screen when it
    // signed in with Whop (it signs in again), else the person chooses where.
    connect(m_commands, &WindowCommands::signInSetUp, this, [this] {
        const auth::Identity *identity = m_session->activeIdentity();
        const bool again = identity && identity->kind == auth::IdentityKind::OAuthUser;
        m_identityBar->openAddDialog();
        if (AddIdentityDialog *add = m_identityBar->addDialog())
            add->continueSignIn(again ? identity->apiBaseUrl() : QUrl());
    });

    // The banner shows the session's notice about the current situation, nothing older.
    connect(m_session, &app::AppSession::notice, ui->banner, &NoticeBanner::showNotice);
    connect(m_session, &app::AppSession::noticeCleared, ui->banner, &NoticeBanner::clear);
    connect(ui->banner, &NoticeBanner::dismissed, m_session, &app::AppSession::dismissNotice);
    connect(ui->banner, &NoticeBanner::actionTriggered, this, [this](app::Notice::Action action) {
        switch (action) {
        case app::Notice::Action::AddIdentity:
        case app::Notice::Action::SignInAgain:
            ui->actionAddIdentity->trigger();
            return;
        case app::Notice::Action::Retry:
            m_session->retry();
            return;
        case app::Notice::Action::SetUpSignIn:
            m_commands->openSignInGuide(m_session->currentNotice().signInProblem);
            return;
        case app::Notice::Action::Preferences:
            m_commands->openPreferences(PreferencesDialog::Section::Network);
            return;
        case app::Notice::Action::None:
            return;
        }
    });
    ui->banner->showNotice(m_session->currentNotice());

    connect(m_fetcher, &avatar::ImageFetcher::imageReady, this,
            [this](const QUrl &, const QImage &image) { ui->avatar->showServerPicture(image); });
    connect(m_fetcher, &avatar::ImageFetcher::failed, this,
            [this](const QUrl &, const QString &) { ui->avatar->showPictureUnavailable(); });

    // The picture: choose, frame and show the draft's; the editor uploads it on save.
    auto *pictures = new PictureController(ui->avatar, m_editor, m_fetcher, ui->menuProfile, this);
    connect(pictures, &PictureController::message, m_session, [this](const QString &text) {
        m_session->showNotice({app::Notice::Kind::Warning, text});
    });
    connect(pictures, &PictureController::status, m_statusLabel, &QLabel::setText);

    connect(m_session, &app::AppSession::modeChanged, this, &MainWindow::updateTitle);
    bindEditor();
    // The choice a save asks for when the same fields were changed elsewhere meanwhile.
    SaveConflictDialog::attach(m_editor, this, session->networkAccessManager(),
                               [this](const QString &text) { m_statusLabel->setText(text); });
    // A leftover draft from an earlier run is offered back after the first load.
    DraftRecoveryDialog::attach(m_session->drafts(), this);
    syncState();
    showSnapshot(); // "not loaded" in the account panel from the first frame on
}

MainWindow::~MainWindow() = default;

void MainWindow::bindEditor()
{
    connect(m_editor, &ProfileEditor::draftChanged, this, &MainWindow::syncState);
    connect(m_editor, &ProfileEditor::fieldErrorsChanged, this, &MainWindow::syncState);
    connect(m_editor, &ProfileEditor::snapshotChanged, this, &MainWindow::showSnapshot);
    connect(m_editor, &ProfileEditor::stateChanged, this, &MainWindow::syncState);
    // Failures reach the banner as the session's notices; a cancel only needs a word here.
    connect(m_editor, &ProfileEditor::errorChanged, this, [this](const api::ApiError &error) {
        if (error.kind == api::ErrorKind::Cancelled)
            m_statusLabel->setText(tr("Cancelled. Your changes are still here."));
    });
    connect(m_editor, &ProfileEditor::serverFieldError, this, [this](Field field, const QString &) {
        ui->form->focusField(field);
        m_statusLabel->setText(tr("Whop did not accept a field; see the message beside it."));
    });
    connect(m_editor, &ProfileEditor::retrying, this,
            [this](int n, int delayMs, const api::ApiError &why) {
                m_statusLabel->setText(tr("%1 Trying again in %2 s (attempt %3)…")
                                           .arg(why.userMessage())
                                           .arg(QLocale().toString(delayMs / 1000.0, 'f', 1))
                                           .arg(n + 1));
            });
    connect(m_editor, &ProfileEditor::saved, this, [this] {
        m_statusLabel->setText(
            tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)) +
            SaveConflictDialog::noteFor(m_editor->lastCheck()));
        if (m_closeAfterSave)
            close();
    });
    connect(m_editor, &ProfileEditor::loaded, this, [this] {
        m_statusLabel->setText(tr("Loaded."));
        // A batch cut short by a crash: what arrived where, once per identity in a run.
        m_recovery->checkAtStart();
        if (!m_profileShown) {
            m_profileShown = true;
            // After this event loop pass the form is painted with the profile.
            QTimer::singleShot(0, this, &MainWindow::profileShown);
        }
    });
}

HistoryDialog *MainWindow::openHistory()
{
    const bool fresh = !findChild<HistoryDialog *>(QString(), Qt::FindDirectChildrenOnly);
    HistoryDialog *history = HistoryDialog::showFor(m_session, this);
    if (fresh) {
        connect(history, &HistoryDialog::checkBatchRequested, m_recovery, &RecoveryFlow::check);
        connect(history, &HistoryDialog::status, m_statusLabel, &QLabel::setText);
        // What a restore or a finished batch changed shows in the list at once.
        connect(m_recovery, &RecoveryFlow::status, history, [history] {
            if (history->isVisible())
                history->reload();
        });
    }
    return history;
}

void MainWindow::syncState()
{
    const auto state = m_editor->state();
    const bool busy = m_editor->isBusy();
    const bool dirty = m_editor->isDirty();
    ui->actionSave->setEnabled(m_editor->canSave());
    ui->actionRevert->setEnabled(dirty && !busy);
    ui->actionReload->setEnabled(!busy);
    ui->cancelButton->setVisible(busy);
    m_busy->setVisible(busy);
    setWindowModified(dirty);
    if (state == ProfileEditor::State::Loading)
        m_statusLabel->setText(tr("Loading profile…"));
    else if (state == ProfileEditor::State::Saving)
        m_statusLabel->setText(tr("Saving…"));
    else if (state == ProfileEditor::State::Empty && !m_editor->lastError().isError())
        m_statusLabel->setText(tr("Not loaded."));
}

void MainWindow::showSnapshot()
{
    const auto &u = m_editor->snapshot();
    const bool have = m_editor->hasSnapshot();
    ui->accountBox->showUser(u, have);
    if (have)
        ui->avatar->setPerson(u.displayName(), u.username, u.id);
    else
        ui->avatar->setPerson({}, {}, {});
    if (u.pictureUrl != m_shownPicture) {
        m_shownPicture = u.pictureUrl;
        requestPicture();
    }
    updateTitle();
}

void MainWindow::requestPicture()
{
    if (m_shownPicture.isEmpty()) {
        m_fetcher->cancel();
        ui->avatar->showNoPicture();
        return;
    }
    m_fetcher->fetch(m_shownPicture, ui->avatar->size(), devicePixelRatioF());
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    if (!m_painted)
        Q_EMIT firstPaintStarted();
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Moving to a screen with another scale factor: fetch the picture again at the new density.
    if (windowHandle() && !m_watchingScreen) {
        m_watchingScreen = true;
        connect(windowHandle(), &QWindow::screenChanged, this, [this] {
            if (!m_shownPicture.isEmpty())
                requestPicture();
        });
    }
}

QString MainWindow::bannerText() const
{
    return ui->banner->text();
}

void MainWindow::updateTitle()
{
    const QString who = m_editor->hasSnapshot() ? m_editor->snapshot().username : QString();
    QString title = QLatin1String(AppName);
    if (!who.isEmpty())
        title = QStringLiteral("@%1 — %2").arg(who, title);
    if (m_session->isDemo())
        title += tr(" — Demo");
    setWindowTitle(title + QStringLiteral("[*]"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->isDirty() || m_closeAfterSave) {
        m_editor->cancel();
        event->accept();
        return;
    }
    event->ignore();
    if (m_askingToClose) // the question is already on screen
        return;
    m_askingToClose = true;
    const auto now = Prompts::askUnsavedChanges(
        this, tr("Your profile has changes that are not saved. Save them before closing?"),
        [this](Prompts::Unsaved answer) {
            m_askingToClose = false;
            if (answer == Prompts::Unsaved::Discard) {
                discardEdits();
                close(); // nothing is left to ask about
                return;
            }
            answerClose(answer);
        });
    if (!now)
        return; // the box is open; the answer closes the window or not
    m_askingToClose = false;
    if (*now == Prompts::Unsaved::Discard) {
        discardEdits();
        event->accept();
        return;
    }
    answerClose(*now);
}

void MainWindow::discardEdits()
{
    m_editor->cancel();
    m_editor->revert(); // discarded: the kept draft goes too
}

void MainWindow::answerClose(Prompts::Unsaved answer)
{
    if (answer != Prompts::Unsaved::Save)
        return; // Cancel: the window stays as it is
    if (!m_editor->save()) {
        m_statusLabel->setText(tr("Fix the marked fields before saving."));
        return;
    }
    m_closeAfterSave = true;
    // A failed save clears the request to close: the person sees why and decides.
    connect(
        m_editor, &ProfileEditor::errorChanged, this,
        [this](const api::ApiError &e) {
            if (e.isError())
                m_closeAfterSave = false;
        },
        Qt::SingleShotConnection);
    connect(
        m_editor, &ProfileEditor::serverFieldError, this, [this] { m_closeAfterSave = false; },
        Qt::SingleShotConnection);
    // So does a save that stopped to ask about changes made elsewhere.
    connect(
        m_editor, &ProfileEditor::conflictFound, this, [this] { m_closeAfterSave = false; },
        Qt::SingleShotConnection);
}

} // namespace whop::ui
