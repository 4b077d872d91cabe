#pragma once

#include "auth/SignInProblem.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class SignInDialog;
}
namespace whop::auth {
class OAuthSignIn;
}

namespace whop::ui {

// Shows that a browser sign-in is waiting: opens the browser, offers the link, can be
// cancelled, and says how it ended (problem() tells why as a kind). A redirect URI the Whop app
// does not list is refused by Whop in the browser, where this app cannot see it: the dialog
// says what such a page means, and Set up sign-in… (setUpRequested) leads to the fix.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(auth::OAuthSignIn *flow, QWidget *parent = nullptr);
    ~SignInDialog() override;

    QString message() const;
    // Why the sign-in ended; None while it runs, after success and when cancelled.
    auth::SignInProblem problem() const { return m_problem; }

Q_SIGNALS:
    // The person asked for the guide at `step`; the sign-in has been cancelled.
    void setUpRequested(whop::auth::SetupStep step);

public Q_SLOTS:
    // Cancels the sign-in (Cancel, Escape, or the dialog that opened it closing).
    void reject() override;

private:
    void updateRemaining();

    std::unique_ptr<Ui::SignInDialog> ui;
    QPointer<auth::OAuthSignIn> m_flow;
    QElapsedTimer m_elapsed;
    QTimer m_tick;
    int m_timeoutMs = 0;
    auth::SignInProblem m_problem = auth::SignInProblem::None;
};

} // namespace whop::ui
