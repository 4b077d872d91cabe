#pragma once

#include "auth/SignInProblem.h"
#include "ui/dialogs/PreferencesDialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace whop::app {
class AppSession;
}

namespace whop::ui {

// The main window's Edit → Preferences… and Help → Copy diagnostics: opening the one dialog,
// and putting the diagnostics text on the clipboard. Also the banner's Set up sign-in…: the
// guide (ui/SignInGuide) at the step that fixes what went wrong.
class WindowCommands : public QObject
{
    Q_OBJECT
public:
    WindowCommands(app::AppSession *session, QWidget *window, QAction *preferences,
                   QAction *copyDiagnostics);

    // Opens Preferences (or brings the open one forward) with the focus in `section`.
    PreferencesDialog *openPreferences(PreferencesDialog::Section section);
    // Opens the sign-in guide at the step that fixes `problem` (the start when none does);
    // signInSetUp() once the person saved it.
    void openSignInGuide(auth::SignInProblem problem);
    void copyDiagnostics();

Q_SIGNALS:
    // A line for the status bar.
    void status(const QString &text);
    // The guide was completed: the sign-in can go on.
    void signInSetUp();

private:
    app::AppSession *m_session;
    QWidget *m_window;
    QPointer<PreferencesDialog> m_preferences;
    bool m_collecting = false;
};

} // namespace whop::ui
