#include "ui/dialogs/AddIdentityDialog.h"

#include "api/ClientConfig.h"
#include "session/AppSession.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/dialogs/SignInGuide.h"
#include "ui_AddIdentityDialog.h"

#include <QTimer>

namespace whop::ui {

using auth::IdentityKind;

AddIdentityDialog::AddIdentityDialog(app::AppSession *session, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::AddIdentityDialog>()), m_session(session)
{
    ui->setupUi(this);
    ui->environment->addItem(tr("Production (api.whop.com)"), api::productionBaseUrl());
    ui->environment->addItem(tr("Sandbox (sandbox-api.whop.com)"), api::sandboxBaseUrl());
    if (!session->demoBaseUrl().isEmpty())
        ui->environment->addItem(tr("Local demo sandbox"), session->demoBaseUrl());
    ui->environment->addItem(tr("Custom base URL"), QUrl());
    ui->kind->addItem(auth::Identity::kindName(IdentityKind::UserToken),
                      int(IdentityKind::UserToken));
    ui->kind->addItem(auth::Identity::kindName(IdentityKind::AccountApiKey),
                      int(IdentityKind::AccountApiKey));
    ui->kind->addItem(auth::Identity::kindName(IdentityKind::AppApiKey),
                      int(IdentityKind::AppApiKey));
    auto explainKind = [this] {
        const QString text = kindHelp(IdentityKind(ui->kind->currentData().toInt()));
        ui->kindHelp->setText(text);
        ui->kind->setAccessibleDescription(text);
    };
    connect(ui->kind, &QComboBox::currentIndexChanged, this, explainKind);
    explainKind();
    ui->sessionOnlyButton->hide();
    auto syncUrl = [this] {
        const QUrl url = ui->environment->currentData().toUrl();
        ui->baseUrl->setEnabled(url.isEmpty());
        if (!url.isEmpty())
            ui->baseUrl->setText(url.toString());
    };
    connect(ui->environment, &QComboBox::currentIndexChanged, this, syncUrl);
    syncUrl();

    // Enter anywhere in the form checks and adds the pasted token: it is the default button.
    // Sign in and Close take Enter only while they have the focus (auto-default), so Enter in
    // the token field never closes the dialog.
    ui->addButton->setDefault(true);
    ui->status->setTextFormat(Qt::PlainText); // may carry the server's words
    connect(ui->addButton, &QPushButton::clicked, this, &AddIdentityDialog::addPasted);
    connect(ui->signInButton, &QPushButton::clicked, this, &AddIdentityDialog::signIn);
    // After a sign-in was refused for a setting, setting it up carries that sign-in on.
    connect(ui->setUpSignInButton, &QPushButton::clicked, this,
            [this] { openSignInSetup(m_fixStep, m_fixProblem, m_resumeSignIn); });
    ui->anotherPortButton->hide();
    connect(ui->anotherPortButton, &QPushButton::clicked, this, [this] {
        ui->anotherPortButton->hide();
        openSignInSetup(auth::SetupStep::RedirectUri, auth::SignInProblem::PortBusy, true)
            ->useAnotherPort();
    });
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(ui->sessionOnlyButton, &QPushButton::clicked, this,
            [this] { m_session->identityService()->keepPendingForSession(); });
    auto *service = m_session->identityService();
    connect(service, &app::IdentityService::addFailed, this, [this](const QString &message) {
        setWorking(false);
        ui->status->setText(message);
        // The token stays, selected, for the person to correct or replace.
        ui->token->setFocus(Qt::OtherFocusReason);
        ui->token->selectAll();
    });
    connect(service, &app::IdentityService::keychainFailed, this,
            [this](const auth::KeychainError &error) {
                setWorking(false);
                ui->status->setText(error.userMessage());
                ui->sessionOnlyButton->show();
            });
    connect(service, &app::IdentityService::ready, this, [this] {
        setWorking(false);
        ui->token->clear();
        ui->sessionOnlyButton->hide();
        if (m_signIn)
            m_signIn->accept();
        accept();
    });
}

AddIdentityDialog::~AddIdentityDialog() = default;

void AddIdentityDialog::done(int result)
{
    // However it closes (Close, Escape, the window's close button, an identity added), a check
    // still running is cancelled and the pasted secret does not stay behind in the widget.
    m_session->identityService()->cancelAdd();
    m_resumeSignIn = false;
    m_fixStep = auth::SetupStep::App;
    m_fixProblem = auth::SignInProblem::None;
    ui->anotherPortButton->hide();
    if (m_signIn && m_signIn->isVisible())
        m_signIn->reject();
    ui->token->clear();
    ui->status->clear();
    setWorking(false);
    QDialog::done(result);
}

QString AddIdentityDialog::kindHelp(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::UserToken:
        return tr("An access token Whop issued for your own account. Edits your global profile "
                  "and your profile in each of your accounts until it expires; it is not "
                  "renewed, so add it again then (signing in with Whop renews on its own).");
    case IdentityKind::AccountApiKey:
        return tr("A key a business creates in its dashboard on whop.com. Edits a member's "
                  "profile inside that business and its connected accounts (what the account "
                  "shows), not the global profile.");
    case IdentityKind::AppApiKey:
        return tr("The key of an app, from Whop's developer dashboard. Edits a member's profile "
                  "inside the accounts that installed the app (what the account shows), not "
                  "the global profile.");
    case IdentityKind::OAuthUser:
        break;
    }
    return {};
}

void AddIdentityDialog::showEvent(QShowEvent *event)
{
    // The three ways in are introduced while there is no identity yet (the first run).
    ui->firstRunIntro->setVisible(m_session->identities()->identities().isEmpty());
    QDialog::showEvent(event);
}

SignInGuide *AddIdentityDialog::openSignInSetup(auth::SetupStep step, auth::SignInProblem problem,
                                                bool resumeSignIn)
{
    m_resumeSignIn = resumeSignIn;
    auto *guide = SignInGuide::openAt(m_session->preferences(), this, step, problem);
    connect(guide, &QDialog::finished, this, [this](int result) {
        // Back here: the sign-in the person asked for goes on with what they set up.
        activateWindow();
        m_fixStep = auth::SetupStep::App;
        m_fixProblem = auth::SignInProblem::None;
        if (result == QDialog::Accepted && std::exchange(m_resumeSignIn, false)) {
            QTimer::singleShot(0, this, &AddIdentityDialog::signIn);
            return;
        }
        m_resumeSignIn = false;
        (ui->signInButton->isEnabled() ? ui->signInButton : ui->setUpSignInButton)
            ->setFocus(Qt::OtherFocusReason);
    });
    return guide;
}

void AddIdentityDialog::continueSignIn(const QUrl &apiBaseUrl)
{
    if (apiBaseUrl.isEmpty()) {
        ui->signInButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    const int known = ui->environment->findData(apiBaseUrl);
    ui->environment->setCurrentIndex(known >= 0 ? known : ui->environment->count() - 1);
    if (known < 0)
        ui->baseUrl->setText(apiBaseUrl.toString());
    signIn();
}

void AddIdentityDialog::offerFix(const QString &message, auth::SignInProblem problem)
{
    ui->status->setText(message);
    const std::optional<auth::SetupStep> step = auth::stepFixing(problem);
    if (!step)
        return;
    // The message names a setting: the button that leads to it is next, with the focus, and the
    // sign-in goes on once it is set up.
    m_resumeSignIn = true;
    m_fixStep = *step;
    m_fixProblem = problem;
    if (problem == auth::SignInProblem::PortBusy && m_session->preferences()->usesFixedRedirect()) {
        ui->status->setText(message + QLatin1Char(' ') +
                            tr("Use another port picks a free one; the redirect URI to register "
                               "with your Whop app changes with it."));
        ui->anotherPortButton->show();
        ui->anotherPortButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    ui->setUpSignInButton->setFocus(Qt::OtherFocusReason);
}

QString AddIdentityDialog::statusText() const
{
    return ui->status->text();
}

QUrl AddIdentityDialog::chosenBaseUrl() const
{
    return QUrl(ui->baseUrl->text().trimmed(), QUrl::StrictMode);
}

void AddIdentityDialog::setWorking(bool working)
{
    ui->addButton->setEnabled(!working);
    ui->signInButton->setEnabled(!working);
    ui->setUpSignInButton->setEnabled(!working);
    ui->anotherPortButton->setEnabled(!working);
    ui->token->setEnabled(!working);
    ui->environment->setEnabled(!working);
    ui->kind->setEnabled(!working);
}

void AddIdentityDialog::addPasted()
{
    QString why;
    if (!api::isAcceptableBaseUrl(chosenBaseUrl(), &why)) {
        ui->status->setText(why);
        ui->baseUrl->setFocus();
        return;
    }
    if (ui->token->text().trimmed().isEmpty()) { // Enter before pasting: say where it goes
        ui->status->setText(tr("Paste a token or key first."));
        ui->token->setFocus();
        return;
    }
    setWorking(true);
    ui->sessionOnlyButton->hide();
    ui->status->setText(tr("Checking with Whop…"));
    m_session->identityService()->addPasted(IdentityKind(ui->kind->currentData().toInt()),
                                            chosenBaseUrl(), ui->token->text().toUtf8(), false);
}

void AddIdentityDialog::signIn()
{
    QString why;
    if (!api::isAcceptableBaseUrl(chosenBaseUrl(), &why)) {
        ui->status->setText(why);
        return;
    }
    ui->anotherPortButton->hide();
    auth::SignInProblem problem = auth::SignInProblem::None;
    auth::OAuthSignIn *flow = m_session->beginSignIn(chosenBaseUrl(), &why, &problem);
    if (!flow) {
        offerFix(why, problem);
        return;
    }
    m_fixStep = auth::SetupStep::App;
    m_fixProblem = auth::SignInProblem::None;
    ui->status->setText(tr("Waiting for the browser…"));
    m_signIn = new SignInDialog(flow, this);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signIn, &QDialog::rejected, this, [this] {
        activateWindow(); // back here, with the keyboard on what comes next
        if (m_signIn)
            offerFix(m_signIn->message(), m_signIn->problem());
    });
    connect(m_signIn, &SignInDialog::setUpRequested, this, [this](auth::SetupStep step) {
        openSignInSetup(step, auth::SignInProblem::RedirectMismatch, true);
    });
    m_signIn->open();
}

} // namespace whop::ui
