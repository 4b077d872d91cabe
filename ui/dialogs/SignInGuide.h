#pragma once

#include "auth/SignInProblem.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class SignInGuide;
}
namespace whop::app {
class Preferences;
}

namespace whop::ui {

// Set up sign-in…: what to set in Whop's developer dashboard, step by step (an app, its client
// type Public, this exact redirect URI, the scopes), then the app's client id, checked as it is
// typed. Its primary button (Enter) stores the client id and closes the guide accepted, for the
// caller to carry on with the sign-in; Escape cancels. Opened for a refusal, it says what Whop
// refused and shows the step that fixes it, with the keyboard there.
class SignInGuide : public QDialog
{
    Q_OBJECT
public:
    explicit SignInGuide(app::Preferences *preferences, QWidget *parent = nullptr);
    ~SignInGuide() override;

    // Opens a new guide window-modally over `parent` (asynchronously) at `step`, saying what
    // went wrong when `problem` is one. It deletes itself when closed.
    static SignInGuide *openAt(app::Preferences *preferences, QWidget *parent, auth::SetupStep step,
                               auth::SignInProblem problem = auth::SignInProblem::None);

    // Highlights `step`, moves the keyboard there and says what `problem` was (nothing for None).
    void showStep(auth::SetupStep step, auth::SignInProblem problem = auth::SignInProblem::None);
    // The step shown as the one to fix; App when none is.
    auth::SetupStep highlightedStep() const { return m_step; }
    // The redirect URI to register, as shown.
    QString redirectUri() const;
    // Picks another port for the fixed redirect URI (the one kept is taken by another program),
    // shows the new URI and says it must be registered instead.
    void useAnotherPort();

    void accept() override;

private:
    void showRedirect();
    void validate();
    QLabel *stepText(auth::SetupStep step) const;
    QString problemText(auth::SignInProblem problem) const;
    void showProblem(const QString &text);

    std::unique_ptr<Ui::SignInGuide> ui;
    app::Preferences *m_preferences;
    auth::SetupStep m_step = auth::SetupStep::App;
    bool m_portBusy = false;
};

} // namespace whop::ui
