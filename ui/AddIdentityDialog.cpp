#include "AddIdentityDialog.h"

#include "AppSession.h"
#include "ClientConfig.h"
#include "PreferencesDialog.h"
#include "SignInDialog.h"
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
            [this] { openSignInSetup(m_resumeSignIn); });
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

void AddIdentityDialog::openSignInSetup(bool resumeSignIn)
{
    m_resumeSignIn = resumeSignIn;
    auto *prefs = PreferencesDialog::openAt(m_session->preferences(), this,
                                            PreferencesDialog::Section::SignIn);
    connect(prefs, &QDialog::finished, this, [this](int result) {
        // Back here: the sign-in the person asked for goes on with what they set up.
        activateWindow();
        if (result == QDialog::Accepted && std::exchange(m_resumeSignIn, false)) {
            QTimer::singleShot(0, this, &AddIdentityDialog::signIn);
            return;
        }
        m_resumeSignIn = false;
        (ui->signInButton->isEnabled() ? ui->signInButton : ui->setUpSignInButton)
            ->setFocus(Qt::OtherFocusReason);
    });
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
    bool inPreferences = false;
    auth::OAuthSignIn *flow = m_session->beginSignIn(chosenBaseUrl(), &why, &inPreferences);
    if (!flow) {
        ui->status->setText(why);
        if (inPreferences) {
            // The message names a setting: the button that opens it is next, with the focus,
            // and the sign-in goes on once it is set up.
            m_resumeSignIn = true;
            ui->setUpSignInButton->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    ui->status->setText(tr("Waiting for the browser…"));
    m_signIn = new SignInDialog(flow, this);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signIn, &QDialog::rejected, this, [this] {
        if (m_signIn)
            ui->status->setText(m_signIn->message());
    });
    m_signIn->open();
}

} // namespace whop::ui
