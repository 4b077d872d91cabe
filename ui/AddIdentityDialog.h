#pragma once

#include <QDialog>
#include <QPointer>

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
// with one request before it is stored in the keychain).
class AddIdentityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddIdentityDialog(app::AppSession *session, QWidget *parent = nullptr);
    ~AddIdentityDialog() override;

    QString statusText() const;
    SignInDialog *signInDialog() const { return m_signIn; }

public Q_SLOTS:
    void done(int result) override;

private:
    void addPasted();
    void signIn();
    QUrl chosenBaseUrl() const;
    void setWorking(bool working);

    std::unique_ptr<Ui::AddIdentityDialog> ui;
    app::AppSession *m_session;
    QPointer<SignInDialog> m_signIn;
};

} // namespace whop::ui
