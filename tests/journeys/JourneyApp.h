#pragma once

// The whole editor as app/main.cpp builds it (AppSession with the sandbox as its demo backend,
// MainWindow, the session started once the window has painted), shown as a real top-level window,
// plus a stand-in for Whop: a sandbox on 127.0.0.1 (port 0) reached through "Custom base URL".
// Identities go to the real keychain of the test run and are removed again by forgetIdentities().

#include "AppSession.h"
#include "CredentialStore.h"
#include "DemoSession.h"
#include "IdentityRegistry.h"
#include "Journey.h"
#include "KeychainSupport.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <memory>

namespace whop::journey {

struct JourneyApp
{
    std::unique_ptr<app::AppSession> session;
    std::unique_ptr<ui::MainWindow> window;

    explicit JourneyApp(const app::Options &options = {},
                        const QProcessEnvironment &environment = {})
        : session(test::makeSession(options, environment)),
          window(std::make_unique<ui::MainWindow>(session.get()))
    {
        // As in app/main.cpp: the window first, the session once it has painted.
        QObject::connect(
            window.get(), &ui::MainWindow::firstPainted, session.get(),
            [s = session.get()] { s->start(); }, Qt::SingleShotConnection);
        window->show();
        window->activateWindow();
    }
    ~JourneyApp()
    {
        // Whatever the journey left open goes with the window, without questions.
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w != window.get() && w->isVisible() && qobject_cast<QDialog *>(w))
                w->hide();
        }
        window.reset();
        session.reset();
    }

    // The window is on screen, has the keyboard, and the first profile is shown.
    bool waitUntilReady(int ms = WaitMs)
    {
        if (!QTest::qWaitForWindowActive(window.get(), ms))
            return false;
        return QTest::qWaitFor([&] { return statusText(window.get()).contains("Loaded."); }, ms);
    }

    // A control of the window by its object name, to read what it shows (never to act on it).
    template <typename T> T *field(const char *objectName) const
    {
        return window->findChild<T *>(QLatin1String(objectName));
    }
    // The local sandbox behind the demo (null until the demo has started).
    sandbox::SandboxServer *demoServer() const { return test::sandboxOf(*session); }
    QString status() const { return statusText(window.get()); }
    QWidget *banner() const { return window->findChild<QWidget *>(QStringLiteral("banner")); }
    // The banner's message as shown; empty when no banner is on screen.
    QString bannerShown() const
    {
        QWidget *b = banner();
        return isOnScreen(b) ? visibleTexts(b).join(QLatin1Char(' ')) : QString();
    }
    QString identityShown() const
    {
        return shownText(window->findChild<QComboBox *>(QStringLiteral("identitySwitcher")));
    }
    QString profileModeShown() const
    {
        return shownText(window->findChild<QComboBox *>(QStringLiteral("modeSelector")));
    }
};

// Identity → Add identity…, Custom base URL `base`, the kind of credential (as the list names
// it), the token pasted, Enter: all by keys, as a person adds an identity. True once the dialog
// has closed; the caller checks what the window shows.
inline bool addIdentityByKeys(const QUrl &base, const QString &token,
                              const QString &kind = QStringLiteral("User token"))
{
    if (!waitForKeyboard() || !useMenu(Qt::Key_I, Qt::Key_A))
        return false;
    QDialog *dialog = waitForDialog(QStringLiteral("Add an identity"));
    if (!dialog)
        return false;
    press(Qt::Key_E, Qt::AltModifier); // &Environment
    if (!chooseInFocusedCombo(QStringLiteral("Custom base URL")))
        return false;
    press(Qt::Key_B, Qt::AltModifier); // &Base URL
    press(QKeySequence::SelectAll);
    type(base.toString());
    press(Qt::Key_K, Qt::AltModifier); // &Kind
    if (!chooseInFocusedCombo(kind))
        return false;
    press(Qt::Key_T, Qt::AltModifier); // &Token
    paste(token);
    press(Qt::Key_Return);
    return waitForDialogGone(QStringLiteral("Add an identity"));
}

// The requests `server` received with `method` (e.g. "PATCH").
inline QList<sandbox::RecordedRequest> requestsWith(const sandbox::SandboxServer &server,
                                                    const QByteArray &method)
{
    QList<sandbox::RecordedRequest> found;
    for (const auto &r : server.requests()) {
        if (r.method == method)
            found << r;
    }
    return found;
}

inline QJsonObject jsonBody(const sandbox::RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// Waits until the keychain has no entry for `identityId`. The keychain answers in order, so its
// removal has also reported back by then: nothing of it is still in flight when the app goes.
inline bool waitUntilKeychainForgets(const QString &identityId)
{
    auth::CredentialStore store(QStringLiteral("com.whop.ProfileEditor"));
    return QTest::qWaitFor(
        [&] {
            const auto read = test::waitForJob(store.read(identityId), 5000);
            return read.finished && read.error.kind == auth::KeychainError::Kind::NotFound;
        },
        WaitMs);
}

// Removes every identity of this test program from the keychain and from identities.json.
inline void forgetIdentities()
{
    auth::IdentityRegistry registry;
    registry.load();
    auth::CredentialStore store(QStringLiteral("com.whop.ProfileEditor"));
    for (const auto &i : registry.identities())
        (void)test::waitForJob(store.remove(i.id), 5000);
    QFile::remove(registry.path());
    QSettings().clear();
    test::removeAppData();
}

} // namespace whop::journey
