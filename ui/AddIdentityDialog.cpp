#include "AddIdentityDialog.h"

#include "AppSession.h"
#include "ClientConfig.h"
#include "SignInDialog.h"
#include "ui_AddIdentityDialog.h"

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
    ui->sessionOnlyButton->hide();
    auto syncUrl = [this] {
        const QUrl url = ui->environment->currentData().toUrl();
        ui->baseUrl->setEnabled(url.isEmpty());
        if (!url.isEmpty())
            ui->baseUrl->setText(url.toString());
    };
    connect(ui->environment, &QComboBox::currentIndexChanged, this, syncUrl);
    syncUrl();

    connect(ui->addButton, &QPushButton::clicked, this, &AddIdentityDialog::addPasted);
    connect(ui->token, &QLineEdit::returnPressed, this, &AddIdentityDialog::addPasted);
    connect(ui->signInButton, &QPushButton::clicked, this, &AddIdentityDialog::signIn);
    connect(ui->closeButton, &QPushButton::clicked, this, [this] {
        m_session->identityService()->cancelAdd();
        reject();
    });
    connect(ui->sessionOnlyButton, &QPushButton::clicked, this,
            [this] { m_session->identityService()->keepPendingForSession(); });
    auto *service = m_session->identityService();
    connect(service, &app::IdentityService::addFailed, this, [this](const QString &message) {
        setWorking(false);
        ui->status->setText(message);
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
    auth::OAuthSignIn *flow = m_session->beginSignIn(chosenBaseUrl(), &why);
    if (!flow) {
        ui->status->setText(why);
        return;
    }
    ui->status->setText(tr("Waiting for the browser…"));
    m_signIn = new SignInDialog(flow, this);
    connect(m_signIn, &QDialog::rejected, this, [this] {
        if (m_signIn)
            ui->status->setText(m_signIn->message());
    });
    m_signIn->open();
}

} // namespace whop::ui
