#include "ui/dialogs/SignInGuide.h"

#include "auth/LoopbackPort.h"
#include "session/Preferences.h"
#include "ui/AppStyle.h"
#include "ui/TallEnough.h"
#include "ui_SignInGuide.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace whop::ui {

using auth::SetupStep;
using auth::SignInProblem;

SignInGuide::SignInGuide(app::Preferences *preferences, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SignInGuide>()), m_preferences(preferences)
{
    ui->setupUi(this);
    keepTallEnough(this); // its wrapped texts take more lines in some languages
    QPushButton *ok = ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Save and &continue"));
    ok->setAccessibleName(tr("Save and continue"));
    ok->setDefault(true); // Enter, wherever the keyboard is in the guide
    ui->problem->hide();
    showAsAlert(ui->problem, true);
    // Read with the keyboard too: the guide may open with the focus on what Whop refused.
    ui->problem->setFocusPolicy(Qt::StrongFocus);
    for (QPushButton *button :
         {ui->copyRedirectButton, ui->anotherPortButton, ui->copyScopesButton})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));

    const app::PreferenceValues effective = preferences->effective();
    ui->scopes->setText(effective.oauthScopes);
    ui->clientId->setText(effective.oauthClientId);
    ui->clientId->setReadOnly(!preferences->overriddenBy(app::Setting::OAuthClientId).isEmpty());
    showRedirect();

    connect(ui->copyRedirectButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(ui->redirectUri->text());
        ui->redirectNote->setText(tr("The redirect URI is on the clipboard: paste it into your "
                                     "app's redirect URIs in Whop's developer dashboard."));
    });
    connect(ui->copyScopesButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(ui->scopes->text()); });
    connect(ui->anotherPortButton, &QPushButton::clicked, this, &SignInGuide::useAnotherPort);
    connect(ui->clientId, &QLineEdit::textChanged, this, &SignInGuide::validate);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &SignInGuide::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &SignInGuide::reject);
    validate();
}

SignInGuide::~SignInGuide() = default;

SignInGuide *SignInGuide::openAt(app::Preferences *preferences, QWidget *parent, SetupStep step,
                                 SignInProblem problem)
{
    auto *guide = new SignInGuide(preferences, parent);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->open();
    guide->activateWindow(); // the keyboard goes to it, even from a dialog below
    guide->showStep(step, problem);
    return guide;
}

QString SignInGuide::redirectUri() const
{
    return ui->redirectUri->text();
}

void SignInGuide::showRedirect()
{
    const bool fixed = m_preferences->usesFixedRedirect();
    const QUrl uri = m_preferences->redirectUri();
    ui->redirectUri->setText(uri.toString());
    // Another program may hold the kept port now: then the sign-in cannot listen there.
    m_portBusy = fixed && !auth::isLoopbackPortFree(quint16(uri.port(0)));
    ui->anotherPortButton->setVisible(m_portBusy);
    QString note;
    if (!fixed)
        note = tr("As set in Preferences (Edit → Preferences…).");
    else if (m_portBusy)
        note = tr("Another program uses port %1 now, so the browser cannot come back here. Use "
                  "another port picks a free one; then register the new redirect URI instead.")
                   .arg(uri.port());
    else
        note = tr("Port %1 was chosen for this computer once and stays the same, so you "
                  "register this URI only once.")
                   .arg(uri.port());
    ui->redirectNote->setText(note);
    showAsAlert(ui->redirectNote, m_portBusy);
    ui->redirectUri->setAccessibleDescription(note);
}

void SignInGuide::useAnotherPort()
{
    const quint16 before = quint16(QUrl(ui->redirectUri->text()).port(0));
    if (m_preferences->chooseAnotherRedirectPort() == 0) {
        showProblem(tr("No free port was found on this computer. Close a program that listens "
                       "on many ports, then try again."));
        return;
    }
    showRedirect();
    showProblem(tr("The redirect URI is now %1, because port %2 was in use. Add it to your app "
                   "in step 3 exactly as shown, in place of the old one, then choose Save and "
                   "continue.")
                    .arg(ui->redirectUri->text())
                    .arg(before));
    m_step = SetupStep::RedirectUri;
    ui->redirectUri->setFocus(Qt::OtherFocusReason);
    ui->redirectUri->selectAll();
}

QLabel *SignInGuide::stepText(SetupStep step) const
{
    switch (step) {
    case SetupStep::App:
        return ui->appStep;
    case SetupStep::ClientType:
        return ui->clientTypeStep;
    case SetupStep::RedirectUri:
        return ui->redirectStep;
    case SetupStep::Scopes:
        return ui->scopesStep;
    case SetupStep::ClientId:
        return ui->clientIdStep;
    }
    return ui->appStep;
}

QString SignInGuide::problemText(SignInProblem problem) const
{
    const int port = QUrl(ui->redirectUri->text()).port();
    switch (problem) {
    case SignInProblem::ClientNotPublic:
        return tr("Whop refused the sign-in because it expects a client secret from your app "
                  "(invalid_client). Step 2 fixes it: set the app's client type to Public, then "
                  "choose Save and continue to sign in again.");
    case SignInProblem::RedirectMismatch:
        return tr("Whop refused the redirect URI: your app does not list exactly the one in step "
                  "3. Add it as shown (or correct the one you added), then choose Save and "
                  "continue to sign in again.");
    case SignInProblem::ScopeMissing:
        return tr("Whop refused the scopes: your app may not grant all of them, and without "
                  "user:profile:update no profile can be saved. Step 4 fixes it: allow the "
                  "scopes shown, then choose Save and continue to sign in again.");
    case SignInProblem::PortBusy:
        return m_preferences->usesFixedRedirect()
                   ? tr("Port %1 on this computer is in use by another program, so the browser "
                        "cannot come back to this app there. Use another port picks a free "
                        "one; the redirect URI changes with it, so you register the new one.")
                         .arg(port)
                   : tr("Port %1 of the redirect URI set in Preferences is in use by another "
                        "program. Close that program, or register another redirect URI with "
                        "your app and set it in Preferences.")
                         .arg(port);
    case SignInProblem::BadRedirectUri:
        return tr("The redirect URI set in Preferences cannot be used: it must be http to this "
                  "computer (127.0.0.1, [::1] or localhost) with a port. Change it in "
                  "Preferences (Edit → Preferences…).");
    case SignInProblem::NoClientId:
    case SignInProblem::None:
    case SignInProblem::InsecureEndpoints:
    case SignInProblem::Denied:
    case SignInProblem::Other:
        break;
    }
    return {};
}

void SignInGuide::showProblem(const QString &text)
{
    ui->problem->setText(text);
    ui->problem->setVisible(!text.isEmpty());
}

void SignInGuide::showStep(SetupStep step, SignInProblem problem)
{
    m_step = step;
    if (problem == SignInProblem::PortBusy)
        showRedirect(); // as it is now
    showProblem(problemText(problem));
    for (SetupStep s : {SetupStep::App, SetupStep::ClientType, SetupStep::RedirectUri,
                        SetupStep::Scopes, SetupStep::ClientId})
        showAsAlert(stepText(s), s == step && step != SetupStep::App, true);

    QWidget *target = nullptr;
    switch (step) {
    case SetupStep::RedirectUri:
        target = m_portBusy ? static_cast<QWidget *>(ui->anotherPortButton)
                            : static_cast<QWidget *>(ui->redirectUri);
        break;
    case SetupStep::Scopes:
        target = ui->scopes;
        break;
    case SetupStep::ClientType:
        target = ui->problem->isVisible() ? static_cast<QWidget *>(ui->problem) : nullptr;
        break;
    case SetupStep::App:
    case SetupStep::ClientId:
        break;
    }
    if (!target)
        target = ui->clientId;
    // A screen reader says what went wrong with the control the keyboard lands on (the client
    // id keeps its own: the reason it is not valid yet).
    if (ui->problem->isVisible() && target != ui->problem && target != ui->clientId)
        target->setAccessibleDescription(ui->problem->text());
    target->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(target))
        edit->selectAll();
}

void SignInGuide::validate()
{
    QString note;
    bool valid = true;
    const QString by = m_preferences->overriddenBy(app::Setting::OAuthClientId);
    const QString id = ui->clientId->text().trimmed();
    if (!by.isEmpty()) {
        note = tr("Set by %1 for this run.").arg(by);
    } else if (id.isEmpty()) {
        valid = false;
        note = tr("Give your app's client id: it starts with app_.");
    } else if (!app::rules::checkClientId(id, &note)) {
        valid = false;
    } else {
        note = tr("As Whop shows it with your app in the developer dashboard.");
    }
    ui->clientIdNote->setText(note);
    showAsAlert(ui->clientIdNote, !valid);
    // Screen readers announce the reason with the field.
    ui->clientId->setAccessibleDescription(note);
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void SignInGuide::accept()
{
    if (!ui->buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_preferences->overriddenBy(app::Setting::OAuthClientId).isEmpty()) {
        app::PreferenceValues values = m_preferences->stored();
        values.oauthClientId = ui->clientId->text().trimmed();
        QString why;
        if (!m_preferences->store(values, &why)) {
            showProblem(why);
            return;
        }
    }
    QDialog::accept();
}

} // namespace whop::ui
