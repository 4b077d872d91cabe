#include "MainWindow.h"

#include "AccountFacts.h"
#include "AppInfo.h"
#include "AppSession.h"
#include "AppStyle.h"
#include "AvatarWidget.h"
#include "DraftRecoveryDialog.h"
#include "FieldState.h"
#include "IdentityBar.h"
#include "ImageFetcher.h"
#include "InheritedFields.h"
#include "ModeBar.h"
#include "OverviewWindow.h"
#include "PictureController.h"
#include "Prompts.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QTimer>
#include <QToolBar>
#include <QWindow>

namespace whop::ui {

using profile::Field;
using profile::ProfileEditor;

MainWindow::MainWindow(app::AppSession *session, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_session(session),
      m_editor(session->editor()),
      m_fetcher(new avatar::ImageFetcher(session->networkAccessManager(), this)),
      m_statusLabel(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_identityBar(new IdentityBar(session, this))
{
    ui->setupUi(this);
    auto *toolbar = addToolBar(tr("Identity"));
    toolbar->setObjectName(QStringLiteral("identityToolBar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_identityBar);
    toolbar->addSeparator();
    toolbar->addWidget(new ModeBar(session, this));
    // Its selectors follow their contents' width from the first paint on: switching a combo box
    // to that creates its pop-up at once (half a millisecond each), so it waits until then.
    connect(
        this, &MainWindow::firstPainted, toolbar,
        [toolbar] {
            for (auto *combo : toolbar->findChildren<QComboBox *>())
                combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        },
        Qt::SingleShotConnection);
    new InheritedFields(session, ui->formLayout, ui->nameEdit, ui->usernameEdit, ui->bioEdit);
    m_statusLabel->setObjectName(QStringLiteral("statusLine"));
    m_statusLabel->setAccessibleName(tr("Status"));
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
    for (QLabel *error : {ui->nameError, ui->usernameError, ui->bioError})
        showAsAlert(error, true);
    ui->banner->hide();
    ui->cancelButton->hide();
    ui->avatar->setText(tr("No picture"));

    connect(ui->actionSave, &QAction::triggered, m_editor, &ProfileEditor::save);
    connect(ui->saveButton, &QPushButton::clicked, m_editor, &ProfileEditor::save);
    connect(ui->actionRevert, &QAction::triggered, m_editor, &ProfileEditor::revert);
    connect(ui->revertButton, &QPushButton::clicked, m_editor, &ProfileEditor::revert);
    connect(ui->actionReload, &QAction::triggered, m_editor, &ProfileEditor::load);
    connect(ui->reloadButton, &QPushButton::clicked, m_editor, &ProfileEditor::load);
    connect(ui->cancelButton, &QPushButton::clicked, m_editor, &ProfileEditor::cancel);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionAddIdentity, &QAction::triggered, m_identityBar, &IdentityBar::openAddDialog);
    connect(ui->actionManageIdentities, &QAction::triggered, m_identityBar,
            &IdentityBar::openManageDialog);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionAllAccounts, &QAction::triggered, this,
            [this] { OverviewWindow::showFor(m_session, this); });
    connect(ui->bannerClose, &QToolButton::clicked, this, &MainWindow::hideBanner);
    connect(ui->bannerAction, &QPushButton::clicked, this, [this] {
        if (ui->bannerAction->property("connect").toBool()) {
            m_identityBar->openAddDialog();
            return;
        }
        hideBanner();
        if (m_editor->hasSnapshot() && m_editor->isDirty())
            m_editor->save();
        else
            m_editor->load();
    });

    connect(ui->nameEdit, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_editor->setValue(Field::Name, t); });
    connect(ui->usernameEdit, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_editor->setValue(Field::Username, t); });
    connect(ui->bioEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_editor->setValue(Field::Bio, ui->bioEdit->toPlainText());
    });

    connect(m_fetcher, &avatar::ImageFetcher::imageReady, this,
            [this](const QUrl &, const QImage &image) {
                ui->avatar->setPixmap(QPixmap::fromImage(roundAvatar(image)));
            });
    connect(m_fetcher, &avatar::ImageFetcher::failed, this, [this](const QUrl &, const QString &) {
        ui->avatar->setText(tr("Picture unavailable"));
    });

    // The picture: choose, frame and show the draft's; the editor uploads it on save.
    auto *pictures = new PictureController(ui->avatar, m_editor, m_fetcher, ui->menuProfile, this);
    connect(pictures, &PictureController::message, this,
            [this](const QString &text) { showBanner(text); });
    connect(pictures, &PictureController::status, m_statusLabel, &QLabel::setText);

    connect(m_session, &app::AppSession::modeChanged, this, &MainWindow::updateTitle);
    connect(m_session, &app::AppSession::notice, this, [this](const QString &text) {
        showBanner(text, m_session->isDemo() ? tr("Connect…") : QString());
    });
    connect(m_session, &app::AppSession::signInRequired, this,
            [this](const QString &text) { showBanner(text, tr("Connect…")); });
    bindEditor();
    // A leftover draft from an earlier run is offered back after the first load.
    DraftRecoveryDialog::attach(m_session->drafts(), this);
    syncFromEditor();
    syncState();
    showSnapshot(); // "not loaded" in the account panel from the first frame on
}

MainWindow::~MainWindow() = default;

void MainWindow::bindEditor()
{
    connect(m_editor, &ProfileEditor::draftChanged, this, &MainWindow::syncFromEditor);
    connect(m_editor, &ProfileEditor::fieldErrorsChanged, this, &MainWindow::syncFieldState);
    connect(m_editor, &ProfileEditor::snapshotChanged, this, &MainWindow::showSnapshot);
    connect(m_editor, &ProfileEditor::stateChanged, this, &MainWindow::syncState);
    connect(m_editor, &ProfileEditor::errorChanged, this, [this](const api::ApiError &error) {
        if (!error.isError()) {
            // A notice with "Connect…" stays; an error's banner (a 401's too) goes once a
            // request succeeds again.
            if (!ui->bannerAction->property("connect").toBool() ||
                ui->banner->property("fromError").toBool())
                hideBanner();
            return;
        }
        if (error.kind == api::ErrorKind::Cancelled) {
            m_statusLabel->setText(tr("Cancelled. Your changes are still here."));
            return;
        }
        if (error.kind == api::ErrorKind::Forbidden && !m_session->mode().isGlobal()) {
            const auto mode = m_session->mode();
            showBanner(tr("You have no rights on the account “%1” (%2), so its profile cannot be "
                          "shown or changed here. Choose another account or the global profile.")
                           .arg(mode.accountTitle.isEmpty() ? mode.accountId : mode.accountTitle,
                                mode.accountId));
            return;
        }
        const bool retryable = m_editor->canRetry();
        showBanner(m_editor->errorText(), error.kind == api::ErrorKind::Unauthorized
                                              ? tr("Connect…")
                                          : retryable ? tr("Retry")
                                                      : QString());
        ui->banner->setProperty("fromError", true);
    });
    connect(m_editor, &ProfileEditor::serverFieldError, this, [this](Field field, const QString &) {
        QWidget *w = fieldWidget(field);
        w->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->selectAll();
        m_statusLabel->setText(tr("Whop did not accept a field; see the message beside it."));
    });
    connect(m_editor, &ProfileEditor::retrying, this,
            [this](int n, int delayMs, const api::ApiError &why) {
                m_statusLabel->setText(tr("%1 Trying again in %2 s (attempt %3)…")
                                           .arg(why.userMessage())
                                           .arg(delayMs / 1000.0, 0, 'f', 1)
                                           .arg(n + 1));
            });
    connect(m_editor, &ProfileEditor::saved, this, [this] {
        m_statusLabel->setText(
            tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        if (m_closeAfterSave)
            close();
    });
    connect(m_editor, &ProfileEditor::loaded, this, [this] {
        m_statusLabel->setText(tr("Loaded."));
        if (!m_profileShown) {
            m_profileShown = true;
            // After this event loop pass the form is painted with the profile.
            QTimer::singleShot(0, this, &MainWindow::profileShown);
        }
    });
}

QWidget *MainWindow::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Name:
        return ui->nameEdit;
    case Field::Username:
        return ui->usernameEdit;
    case Field::Bio:
        return ui->bioEdit;
    }
    return ui->nameEdit;
}

void MainWindow::setFieldText(Field field, const QString &text)
{
    QWidget *w = fieldWidget(field);
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        if (line->text() != text)
            line->setText(text);
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(w)) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    }
}

void MainWindow::syncFromEditor()
{
    m_updating = true;
    for (Field f : profile::AllFields)
        setFieldText(f, m_editor->value(f));
    m_updating = false;
    syncFieldState();
}

void MainWindow::syncFieldState()
{
    showFieldState(*ui, *m_editor);
    syncState();
}

void MainWindow::syncState()
{
    const auto state = m_editor->state();
    const bool busy = m_editor->isBusy();
    const bool dirty = m_editor->isDirty();
    const bool haveProfile = m_editor->hasSnapshot();
    ui->saveButton->setEnabled(m_editor->canSave());
    ui->actionSave->setEnabled(m_editor->canSave());
    ui->revertButton->setEnabled(dirty && !busy);
    ui->actionRevert->setEnabled(dirty && !busy);
    ui->reloadButton->setEnabled(!busy);
    ui->actionReload->setEnabled(!busy);
    ui->cancelButton->setVisible(busy);
    m_busy->setVisible(busy);
    for (Field f : profile::AllFields) {
        QWidget *w = fieldWidget(f);
        w->setEnabled(haveProfile);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(state == ProfileEditor::State::Saving);
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            edit->setReadOnly(state == ProfileEditor::State::Saving);
    }
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
    showAccountFacts(*ui, u, m_editor->hasSnapshot());
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
        ui->avatar->setPixmap({});
        ui->avatar->setText(tr("No picture"));
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

void MainWindow::showBanner(const QString &text, const QString &action)
{
    ui->bannerLabel->setText(text);
    ui->bannerAction->setVisible(!action.isEmpty());
    ui->bannerAction->setText(action);
    ui->bannerAction->setProperty("connect", action == tr("Connect…"));
    ui->banner->setProperty("fromError", false);
    ui->banner->show();
}

void MainWindow::hideBanner()
{
    ui->banner->hide();
    ui->bannerLabel->clear();
    ui->bannerAction->setProperty("connect", false);
}

QString MainWindow::bannerText() const
{
    return ui->banner->isVisibleTo(this) ? ui->bannerLabel->text() : QString();
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

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About %1").arg(QLatin1String(AppName)),
        tr("<h3>%1 %2</h3><p>Edit your Whop profile: display name, username, bio and "
           "picture.</p><p>Qt %3 · QtKeychain %4</p><p>License: MIT</p><p><a "
           "href=\"%5\">%5</a></p>")
            .arg(QLatin1String(AppName), QLatin1String(AppVersion), QLatin1String(qVersion()),
                 QLatin1String(QtKeychainVersion), QLatin1String(ProjectUrl)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->isDirty() || m_closeAfterSave) {
        m_editor->cancel();
        event->accept();
        return;
    }
    const auto answer = Prompts::askUnsavedChanges(
        this, tr("Your profile has changes that are not saved. Save them before closing?"));
    switch (answer) {
    case Prompts::Unsaved::Discard:
        m_editor->cancel();
        m_editor->revert(); // discarded: the kept draft goes too
        event->accept();
        return;
    case Prompts::Unsaved::Cancel:
        event->ignore();
        return;
    case Prompts::Unsaved::Save:
        event->ignore();
        if (m_editor->save()) {
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
                m_editor, &ProfileEditor::serverFieldError, this,
                [this] { m_closeAfterSave = false; }, Qt::SingleShotConnection);
        } else {
            m_statusLabel->setText(tr("Fix the marked fields before saving."));
        }
        return;
    }
}

} // namespace whop::ui
