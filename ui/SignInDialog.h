#pragma once

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
// cancelled, and says how it ended.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(auth::OAuthSignIn *flow, QWidget *parent = nullptr);
    ~SignInDialog() override;

    QString message() const;

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
};

} // namespace whop::ui
