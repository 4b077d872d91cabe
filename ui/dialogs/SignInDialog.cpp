#include "ui/dialogs/SignInDialog.h"

#include "auth/OAuthSignIn.h"
#include "ui/Browser.h"
#include "ui_SignInDialog.h"

#include <QClipboard>
#include <QGuiApplication>

namespace whop::ui {

SignInDialog::SignInDialog(auth::OAuthSignIn *flow, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SignInDialog>()), m_flow(flow)
{
    ui->setupUi(this);
    m_timeoutMs = 5 * 60 * 1000;
    m_elapsed.start();
    connect(&m_tick, &QTimer::timeout, this, &SignInDialog::updateRemaining);
    m_tick.start(1000);
    updateRemaining();
    const QUrl url = flow->authorizeUrl();
    connect(ui->copyButton, &QPushButton::clicked, this, [this, url] {
        QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
        ui->hint->setText(tr("The link is on the clipboard: paste it into your browser."));
    });
    connect(ui->openButton, &QPushButton::clicked, this, [url] { Browser::open(url); });
    // Enter opens the browser again (the default button); Escape cancels the sign-in.
    ui->openButton->setFocus();
    connect(ui->cancelButton, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(flow, &auth::OAuthSignIn::exchanging, this,
            [this] { ui->message->setText(tr("Finishing the sign-in…")); });
    connect(flow, &auth::OAuthSignIn::succeeded, this, [this] {
        ui->message->setText(tr("Signed in. Checking your profile…"));
        m_tick.stop();
    });
    connect(flow, &auth::OAuthSignIn::failed, this,
            [this, flow](auth::OAuthSignIn::Failure failure, const QString &message) {
                if (failure != auth::OAuthSignIn::Failure::Cancelled)
                    m_problem = flow->problem();
                ui->message->setText(message);
                m_tick.stop();
                QDialog::reject();
            });
    // Whop shows its refusal of an unregistered redirect URI in the browser, never coming back
    // here (RFC 6749, 4.1.2.1): what such a page means is said here, with the way to the fix.
    ui->redirectHint->setText(
        tr("If the browser shows an error about the redirect URI (redirect_uri) instead of "
           "asking you to sign in, your Whop app does not list exactly %1. Set up sign-in… "
           "shows what to register.")
            .arg(flow->redirectUri().toString()));
    connect(ui->setUpButton, &QPushButton::clicked, this, [this] {
        reject(); // this sign-in cannot come back: it is cancelled first
        Q_EMIT setUpRequested(auth::SetupStep::RedirectUri);
    });
    if (!Browser::open(url))
        ui->hint->setText(tr("No browser could be opened. Copy the link and open it in your "
                             "browser."));
}

SignInDialog::~SignInDialog() = default;

QString SignInDialog::message() const
{
    return ui->message->text();
}

void SignInDialog::reject()
{
    if (m_flow)
        m_flow->cancel(); // reports failed(Cancelled), which closes the dialog
    QDialog::reject();
}

void SignInDialog::updateRemaining()
{
    const qint64 left = std::max<qint64>(0, m_timeoutMs - m_elapsed.elapsed()) / 1000;
    ui->remaining->setText(
        tr("Time left: %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

} // namespace whop::ui
