#pragma once

// The journeys' base. JourneyApp: the whole editor as app/main.cpp builds it (AppSession with the
// sandbox as its demo backend, MainWindow, the session started once the window has painted), shown
// as a real top-level window. JourneyTest: the base class of every journey, with a stand-in for
// Whop (a sandbox on 127.0.0.1, port 0, reached through "Custom base URL") and no identity left
// over from an earlier journey; identities go to the real keychain of the test run and are removed
// again by forgetIdentities(). runJourney() and runRestartedJourney(): the journeys' main().

#include "AppInfo.h"
#include "auth/CredentialStore.h"
#include "auth/IdentityRegistry.h"
#include "common/BrowserDriver.h"
#include "common/DemoWindow.h"
#include "common/KeychainSupport.h"
#include "common/TestSupport.h"
#include "journeys/Journey.h"
#include "sandbox/SandboxServer.h"
#include "ui/Browser.h"

#include <QApplication>
#include <QDebug>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace whop::journey {

struct JourneyApp : test::DemoWindow
{
    // The editor on `options`, its demo on a sandbox of its own or on `backend`.
    explicit JourneyApp(const app::Options &options = {},
                        const QProcessEnvironment &environment = {},
                        std::unique_ptr<app::DemoBackend> backend = nullptr)
    {
        createSession(options, environment, std::move(backend));
        createWindow();
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
        closeDemo();
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
    sandbox::SandboxServer *demoServer() const { return server(); }
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

inline void forgetIdentities();

// The base of every journey. Before each journey: no identity, no settings, no data left by an
// earlier one, and the stand-in for Whop (`whop`) without faults or recorded requests; after the
// last, no identity left in the keychain. A journey that shares its folders with a killed run of
// the real binary (runRestartedJourney) keeps them: it is made with KeepFolders.
class JourneyTest : public QObject
{
    Q_OBJECT

public:
    enum Folders
    {
        FreshFolders, // emptied before each journey
        KeepFolders,  // what an earlier run (a killed binary) left is the journey's subject
    };
    explicit JourneyTest(Folders folders = FreshFolders) : m_folders(folders) {}

protected:
    std::unique_ptr<sandbox::SandboxServer> whop; // stands in for Whop at a custom base URL
    std::unique_ptr<JourneyApp> demoApp;          // the demo of openDemo(), closed after each

    // What the browser did with each URL the editor opened, this journey
    // (followSignInsInTheBrowser()).
    QList<test::BrowserVisit> visits;

    // The options of `--demo`.
    static app::Options demo() { return test::demoOptions(); }
    // The browser, from now on: follows each URL the editor opens (the authorize URL, to the
    // app's listener when Whop redirects), as a person who is signed in to Whop and approves.
    void followSignInsInTheBrowser()
    {
        ui::Browser::setOpener([this](const QUrl &url) {
            QTimer::singleShot(0, this, [this, url] { visits << test::visit(url); });
            return true;
        });
    }
    // The demo at 900 × 620 (room for the dialogs beside it), ready for keys.
    bool openDemo()
    {
        demoApp = std::make_unique<JourneyApp>(demo());
        demoApp->window->resize(900, 620);
        return demoApp->waitUntilReady();
    }

protected Q_SLOTS:
    void initTestCase()
    {
        whop = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(whop->listenLocal(0));
    }
    void init()
    {
        if (m_folders == FreshFolders)
            forgetIdentities();
        whop->clearFaults();
        whop->clearRequests();
        visits.clear();
    }
    void cleanup() { demoApp.reset(); }
    void cleanupTestCase()
    {
        ui::Browser::setOpener({});
        if (m_folders == FreshFolders)
            forgetIdentities();
    }

private:
    const Folders m_folders;
};

// The main() of a journey: settings and folders of its own (TestSupport.h), then the journeys.
template <class Journeys> int runJourney(int argc, char **argv)
{
    QApplication application(argc, argv);
    test::isolateSettings();
    Journeys journeys;
    return QTest::qExec(&journeys, argc, argv);
}

// HOME and the XDG folders a journey shares with the real binary it starts (and kills): both runs
// use them, so the run here finds what the killed one left.
inline QTemporaryDir &sharedHome()
{
    static QTemporaryDir dir;
    return dir;
}

// The first run of a journey that restarts the editor: the real binary (`binary`) with --demo and
// the demo's test hooks (app/DemoScript.h) set in `hooks`, killed with SIGKILL (no handler, no
// cleanup) once `until` holds for what it printed.
struct KilledRun
{
    bool killed = false; // started, `until` held in time, and it died of the kill
    QString problem;     // what went wrong otherwise
    QByteArray printed;  // its standard output
};
inline KilledRun runUntilKilled(const QString &binary, const QHash<QString, QString> &hooks,
                                const std::function<bool(const QByteArray &printed)> &until, int ms)
{
    KilledRun run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"WHOP_API_KEY", "WHOP_BASE_URL", "WHOP_DEMO_SCRIPTED_EDIT",
                             "WHOP_DEMO_SCRIPTED_BATCH", "WHOP_DEMO_RECOVERY_ANSWER"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("WHOP_DEMO_EVENTS"), QStringLiteral("1"));
    for (auto it = hooks.cbegin(); it != hooks.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(binary, {QStringLiteral("--demo")});
    if (!first.waitForStarted(10000)) {
        run.problem = first.errorString();
        return run;
    }
    const bool reached = QTest::qWaitFor(
        [&] {
            run.printed += first.readAllStandardOutput();
            return until(run.printed);
        },
        ms);
    first.kill();
    if (!first.waitForFinished(10000))
        run.problem = QStringLiteral("it did not end after the kill");
    else if (!reached)
        run.problem = QStringLiteral("not reached in %1 ms").arg(ms);
    else if (first.exitStatus() != QProcess::CrashExit)
        run.problem = QStringLiteral("it ended normally, not killed");
    run.printed += first.readAllStandardOutput();
    run.killed = run.problem.isEmpty();
    if (!run.killed)
        run.problem += QStringLiteral("; it printed:\n") + QString::fromUtf8(run.printed);
    return run;
}

// The main() of a journey that starts the real binary first: HOME and the XDG folders at
// sharedHome() and the app's own names, for both runs.
template <class Journeys> int runRestartedJourney(int argc, char **argv)
{
    const QString root = sharedHome().path();
    qputenv("HOME", root.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (root + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (root + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (root + QStringLiteral("/cache")).toLocal8Bit());
    QApplication application(argc, argv);
    QApplication::setApplicationName(QLatin1String(AppName));
    QApplication::setOrganizationName(QLatin1String(OrganizationName));
    Journeys journeys(JourneyTest::KeepFolders);
    return QTest::qExec(&journeys, argc, argv);
}

// Identity → Add identity…, then Custom base URL `base`, all by keys: the dialog in front (null,
// with a warning saying where it stopped, when a step did not work).
inline QDialog *openAddIdentityAt(const QUrl &base)
{
    if (!useMenu(Qt::Key_I, Qt::Key_A)) {
        qWarning() << "Alt+I, A did not reach the Identity menu; the keyboard was at"
                   << keyTarget();
        return nullptr;
    }
    QDialog *dialog = waitForDialog(QStringLiteral("Add an identity"));
    if (!dialog) {
        qWarning() << "Add an identity did not come up; in front:" << QApplication::activeWindow();
        return nullptr;
    }
    press(Qt::Key_E, Qt::AltModifier); // &Environment
    if (!chooseInFocusedCombo(QStringLiteral("Custom base URL"))) {
        qWarning() << "Alt+E did not lead to a list offering Custom base URL:" << keyTarget();
        return nullptr;
    }
    press(Qt::Key_B, Qt::AltModifier); // &Base URL
    press(QKeySequence::SelectAll);
    type(base.toString());
    return dialog;
}

// Identity → Add identity…, Custom base URL `base`, the kind of credential (as the list names
// it), the token pasted, Enter: all by keys, as a person adds an identity. True once the dialog
// has closed; the caller checks what the window shows.
inline bool addIdentityByKeys(const QUrl &base, const QString &token,
                              const QString &kind = QStringLiteral("User token"))
{
    if (!waitForKeyboard() || !openAddIdentityAt(base))
        return false;
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
    test::forgetStoredIdentities();
    QSettings().clear();
    test::removeAppData();
}

} // namespace whop::journey
