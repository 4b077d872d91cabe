#pragma once

#include <QDialog>
#include <QPointer>

#include "auth/Identity.h"
#include "ui/dialogs/SignInDialog.h"

#include <memory>

namespace Ui {
class AddIdentityDialog;
}
namespace whop::app {
class AppSession;
}

namespace whop::ui {

class SignInGuide;

// Add an identity: sign in with Whop in the browser, or paste a token or API key (checked
// with one request before it is stored in the keychain). Each way says where its credential
// comes from and what it can edit; on the first run an introduction says there are three.
// Setting up sign-in is one button away (Set up sign-in…, the guide), and a sign-in that could not
// start or was refused for a setting (no Whop app, the port taken, the app's client type, its
// redirect URI, its scopes) says so, opens the guide at the step that fixes it, and goes on by
// itself once the person has fixed it.
class AddIdentityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddIdentityDialog(app::AppSession *session, QWidget *parent = nullptr);
    ~AddIdentityDialog() override;

    QString statusText() const;
    // Where a credential of `kind` comes from on Whop and what it can edit.
    static QString kindHelp(auth::IdentityKind kind);
    SignInDialog *signInDialog() const { return m_signIn; }
    // Carries on with a sign-in set up elsewhere (the guide from the main window): against
    // `apiBaseUrl` when one is given, else the keyboard goes to Sign in with Whop.
    void continueSignIn(const QUrl &apiBaseUrl = {});

public Q_SLOTS:
    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The guide at `step`, over this dialog, saying what `problem` was; with `resumeSignIn`, its
    // Save and continue starts the sign-in again.
    SignInGuide *openSignInSetup(auth::SetupStep step, auth::SignInProblem problem,
                                 bool resumeSignIn);
    // A sign-in that could not start or ended: `message`, and when a setting fixes `problem`, the
    // button that leads there gets the focus.
    void offerFix(const QString &message, auth::SignInProblem problem);
    void addPasted();
    void signIn();
    QUrl chosenBaseUrl() const;
    void setWorking(bool working);

    std::unique_ptr<Ui::AddIdentityDialog> ui;
    app::AppSession *m_session;
    QPointer<SignInDialog> m_signIn;
    bool m_resumeSignIn = false; // a sign-in waits for its settings
    // What the last sign-in needs fixed, for Set up sign-in…
    auth::SetupStep m_fixStep = auth::SetupStep::App;
    auth::SignInProblem m_fixProblem = auth::SignInProblem::None;
};

} // namespace whop::ui
