#include "ui/WindowCommands.h"

#include "session/AppSession.h"
#include "session/Diagnostics.h"
#include "ui/dialogs/SignInGuide.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeySequence>

namespace whop::ui {

WindowCommands::WindowCommands(app::AppSession *session, QWidget *window, QAction *preferences,
                               QAction *copyDiagnostics)
    : QObject(window), m_session(session), m_window(window)
{
    // The platform's shortcut for Preferences where it has one (Ctrl+, on macOS, Ctrl+Shift+,
    // on KDE); GNOME and Windows have none, so Ctrl+, as most applications there use.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(keys);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this,
            [this] { openPreferences(PreferencesDialog::Section::SignIn); });
    connect(copyDiagnostics, &QAction::triggered, this, &WindowCommands::copyDiagnostics);
}

PreferencesDialog *WindowCommands::openPreferences(PreferencesDialog::Section section)
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        m_preferences->focusSection(section);
        return m_preferences;
    }
    m_preferences = PreferencesDialog::openAt(m_session->preferences(), m_window, section);
    return m_preferences;
}

void WindowCommands::openSignInGuide(auth::SignInProblem problem)
{
    auto *guide =
        SignInGuide::openAt(m_session->preferences(), m_window,
                            auth::stepFixing(problem).value_or(auth::SetupStep::App), problem);
    connect(guide, &QDialog::accepted, this, &WindowCommands::signInSetUp);
}

void WindowCommands::copyDiagnostics()
{
    if (m_collecting)
        return;
    m_collecting = true;
    Q_EMIT status(tr("Collecting diagnostics…"));
    // The keychain is asked without blocking; the text goes to the clipboard when it answers.
    app::gatherDiagnostics(*m_session, this, [this](const app::DiagnosticsFacts &gathered) {
        m_collecting = false;
        app::DiagnosticsFacts facts = gathered;
        facts.platform = QGuiApplication::platformName();
        QGuiApplication::clipboard()->setText(app::buildDiagnostics(facts));
        Q_EMIT status(tr("Diagnostics copied to the clipboard: versions, settings and recent "
                         "error kinds, without tokens, names or profile text."));
    });
}

} // namespace whop::ui
