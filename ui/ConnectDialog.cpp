#include "ConnectDialog.h"

#include "AppSession.h"
#include "ClientConfig.h"
#include "ui_ConnectDialog.h"

namespace whop::ui {

ConnectDialog::ConnectDialog(app::AppSession *session, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ConnectDialog>()), m_session(session)
{
    ui->setupUi(this);
    ui->environment->addItem(tr("Production (api.whop.com)"), api::productionBaseUrl());
    ui->environment->addItem(tr("Sandbox (sandbox-api.whop.com)"), api::sandboxBaseUrl());
    ui->environment->addItem(tr("Custom base URL"), QUrl());
    ui->baseUrl->setEnabled(false);
    ui->sessionOnlyButton->hide();
    connect(ui->environment, &QComboBox::currentIndexChanged, this, [this] {
        const QUrl url = ui->environment->currentData().toUrl();
        ui->baseUrl->setEnabled(url.isEmpty());
        if (!url.isEmpty())
            ui->baseUrl->setText(url.toString());
    });
    ui->baseUrl->setText(api::productionBaseUrl().toString());
    connect(ui->connectButton, &QPushButton::clicked, this, [this] { start(false); });
    connect(ui->sessionOnlyButton, &QPushButton::clicked, this, [this] { start(true); });
    connect(ui->cancelButton, &QPushButton::clicked, this, [this] {
        m_session->cancelConnect();
        reject();
    });
    connect(m_session, &app::AppSession::connectFinished, this,
            [this](bool ok, const QString &message) {
                setWorking(false);
                ui->status->setText(message);
                if (ok) {
                    ui->token->clear();
                    accept();
                }
            });
    connect(m_session, &app::AppSession::keychainFailed, this,
            [this](const auth::KeychainError &error) {
                setWorking(false);
                ui->status->setText(error.userMessage());
                ui->sessionOnlyButton->show();
            });
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::statusText() const
{
    return ui->status->text();
}

QUrl ConnectDialog::chosenBaseUrl() const
{
    return QUrl(ui->baseUrl->text().trimmed(), QUrl::StrictMode);
}

void ConnectDialog::setWorking(bool working)
{
    ui->connectButton->setEnabled(!working);
    ui->sessionOnlyButton->setEnabled(!working);
    ui->token->setEnabled(!working);
    ui->environment->setEnabled(!working);
}

void ConnectDialog::start(bool sessionOnly)
{
    QString why;
    if (!api::isAcceptableBaseUrl(chosenBaseUrl(), &why)) {
        ui->status->setText(why);
        ui->baseUrl->setFocus();
        return;
    }
    setWorking(true);
    ui->status->setText(tr("Checking the token with Whop…"));
    m_session->connectWithToken(ui->token->text().toUtf8(), chosenBaseUrl(), sessionOnly);
}

} // namespace whop::ui
