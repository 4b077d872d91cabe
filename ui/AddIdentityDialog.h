#pragma once

#include <QDialog>
#include <QPointer>

#include "Identity.h"
#include "SignInDialog.h"

#include <memory>

namespace Ui {
class AddIdentityDialog;
}
namespace whop::app {
class AppSession;
}

namespace whop::ui {

// Add an identity: sign in with Whop in the browser, or paste a token or API key (checked
// with one request before it is stored in the keychain). Each way says where its credential
// comes from and what it can edit; on the first run an introduction says there are three.
// Sign-in settings are one button away (Set up sign-in…, Preferences at its sign-in section),
// and a sign-in refused for a setting goes on by itself once the person has set it up.
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

public Q_SLOTS:
    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Preferences at the sign-in section, over this dialog; with `resumeSignIn`, its OK starts
    // the sign-in again.
    void openSignInSetup(bool resumeSignIn);
    void addPasted();
    void signIn();
    QUrl chosenBaseUrl() const;
    void setWorking(bool working);

    std::unique_ptr<Ui::AddIdentityDialog> ui;
    app::AppSession *m_session;
    QPointer<SignInDialog> m_signIn;
    bool m_resumeSignIn = false; // a sign-in waits for its settings
};

} // namespace whop::ui
