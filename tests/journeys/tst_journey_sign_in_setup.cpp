// The first run that explains itself, with the keyboard only: the demo banner tells the three
// ways in and offers to set up sign-in; Add identity → Sign in with Whop says no Whop app is set
// up and puts the focus on Set up sign-in…; Enter opens Preferences at the client id; a client id
// and a registered redirect URI typed, Enter, and the sign-in goes on by itself against the local
// sandbox and adds the identity. Also: an API version Whop does not know offers Preferences, where
// choosing another takes effect at once.
#include "Browser.h"
#include "BrowserDriver.h"
#include "JourneyApp.h"

#include <QApplication>
#include <QPointer>
#include <QTcpServer>

using namespace whop;
using namespace whop::journey;

namespace {

// A port nothing listens on now, for a "registered" redirect URI.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class SignInSetupJourney : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> whop; // stands in for Whop at a custom base URL
    QList<test::BrowserVisit> visits;

private Q_SLOTS:
    void initTestCase()
    {
        whop = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(whop->listenLocal(0));
        // The browser: follows the authorize URL to the app's listener, as a person who is
        // signed in to Whop and approves.
        ui::Browser::setOpener([this](const QUrl &url) {
            QTimer::singleShot(0, this, [this, url] { visits << test::visit(url); });
            return true;
        });
    }
    void init()
    {
        forgetIdentities();
        visits.clear();
    }
    void cleanupTestCase()
    {
        ui::Browser::setOpener({});
        forgetIdentities();
    }

    void firstRun_bannerTellsTheThreeWaysIn_andOffersToSetUpSignIn()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        const QString banner = app.bannerShown();
        for (const char *said :
             {"demo sandbox", "three ways in", "Sign in with Whop", "developer dashboard",
              "global profile", "user token", "API key", "business's dashboard"})
            QVERIFY2(banner.contains(QLatin1String(said)), qPrintable(banner));
        auto *setUp =
            app.banner()->findChild<QAbstractButton *>(QStringLiteral("bannerSecondAction"));
        QVERIFY(isOnScreen(setUp));
        QCOMPARE(shownText(setUp), QStringLiteral("Set up sign-in…"));
        QCOMPARE(setUp->accessibleName(), shownText(setUp));

        // Tab to it, Space: Preferences, the focus on the client id.
        QVERIFY(tabToButton(QStringLiteral("Set up sign-in…")));
        QVERIFY(press(Qt::Key_Space));
        QDialog *prefs = waitForDialog(QStringLiteral("Preferences"));
        QVERIFY(prefs);
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("clientId"));
        QVERIFY(type(QStringLiteral("app_Mine")));
        QVERIFY(press(Qt::Key_Return));
        QVERIFY(waitForDialogGone(QStringLiteral("Preferences")));
        // Set up: the banner no longer offers it; the rest of what it says stays.
        QTRY_VERIFY(!isOnScreen(setUp));
        QVERIFY(app.bannerShown().contains(QStringLiteral("three ways in")));
    }

    void signInWithoutAnApp_setUpFromTheMessage_thenTheSignInGoesOn()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        QVERIFY(useMenu(Qt::Key_I, Qt::Key_A));
        // Guarded: the dialog closes itself once the identity is added, and Qt 6.4 builds a
        // QVERIFY2 message even when the check passes.
        QPointer<QDialog> add = waitForDialog(QStringLiteral("Add an identity"));
        QVERIFY(add);
        // The first run: the dialog introduces the three ways and says what each edits.
        for (const char *said : {"three ways in", "developer dashboard", "global profile"})
            QVERIFY2(showsText(add, QLatin1String(said)),
                     qPrintable(visibleTexts(add).join(QLatin1String(" | "))));
        press(Qt::Key_K, Qt::AltModifier); // &Kind: each kind says where it comes from
        QVERIFY(chooseInFocusedCombo(QStringLiteral("Account API key")));
        QVERIFY(showsText(add, QStringLiteral("dashboard on whop.com")));
        QVERIFY(showsText(add, QStringLiteral("not the global profile")));

        press(Qt::Key_E, Qt::AltModifier); // &Environment
        QVERIFY(chooseInFocusedCombo(QStringLiteral("Custom base URL")));
        press(Qt::Key_B, Qt::AltModifier); // &Base URL
        press(QKeySequence::SelectAll);
        type(whop->baseUrl().toString());
        press(Qt::Key_W, Qt::AltModifier); // Sign in with &Whop…
        QVERIFY2(waitForText(add, QStringLiteral("No OAuth client id is set")),
                 qPrintable(visibleTexts(add).join(QLatin1String(" | "))));
        // The message names a setting: the button that opens it has the focus.
        QCOMPARE(focusedText(), QStringLiteral("Set up sign-in…"));
        QVERIFY(visits.isEmpty());

        QVERIFY(press(Qt::Key_Return));
        QDialog *prefs = waitForDialog(QStringLiteral("Preferences"));
        QVERIFY(prefs);
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("clientId"));
        type(QLatin1String(sandbox::SandboxServer::OAuthClientId));
        press(Qt::Key_Tab); // the redirect choice: Any free port, checked
        QCOMPARE(focusedText(), QStringLiteral("Any free port: http://127.0.0.1:<port>/callback"));
        press(Qt::Key_Down); // Registered URI
        press(Qt::Key_Tab);
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("redirectUri"));
        const quint16 port = freePort();
        QVERIFY(port > 0);
        const QString registered = QStringLiteral("http://localhost:%1/callback").arg(port);
        type(registered.left(16));                                  // "http://localhost"
        QVERIFY(showsText(prefs, QStringLiteral("Give the port"))); // checked as typed
        type(registered.mid(16));
        QVERIFY(showsText(prefs, QStringLiteral("Exactly as registered")));
        QVERIFY(press(Qt::Key_Return));
        QVERIFY(waitForDialogGone(QStringLiteral("Preferences")));

        // Back in Add an identity, the sign-in the person asked for goes on: the browser opens
        // at the sandbox, comes back to the registered address, and the identity is added.
        if (!waitForDialogGone(QStringLiteral("Add an identity")))
            QFAIL(qPrintable(add ? visibleTexts(add).join(QLatin1String(" | ")) : QString()));
        QCOMPARE(visits.size(), 1);
        QCOMPARE(visits.first().redirect.host(), QStringLiteral("localhost"));
        QCOMPARE(visits.first().redirect.port(), int(port));
        QCOMPARE(visits.first().redirect.path(), QStringLiteral("/callback"));
        QCOMPARE(visits.first().callbackStatus, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            app.identityShown().contains(QStringLiteral("Signed in with Whop")), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(app.status().contains(QStringLiteral("Loaded.")), WaitMs);
        QVERIFY(!app.window->windowTitle().contains(QStringLiteral("Demo")));
        bool askedWithIt = false;
        for (const auto &r : whop->requests()) {
            if (r.path == QLatin1String("/oauth/authorize"))
                askedWithIt = r.query.queryItemValue(QStringLiteral("redirect_uri"),
                                                     QUrl::FullyDecoded) == registered;
        }
        QVERIFY(askedWithIt);
        // What was typed is kept for the next start.
        const app::PreferenceValues kept = app.session->preferences()->stored();
        QCOMPARE(kept.oauthClientId, QLatin1String(sandbox::SandboxServer::OAuthClientId));
        QCOMPARE(kept.oauthRedirectUri, registered);
    }

    void unknownApiVersion_offersPreferences_andAnotherTakesEffectAtOnce()
    {
        app::Options options;
        options.demo = true;
        JourneyApp app(options);
        QVERIFY(app.waitUntilReady());
        // Edit → Preferences… by its shortcut: the platform's, else Ctrl+,.
        const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
        QVERIFY(
            press(platform.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : platform.first()));
        QDialog *prefs = waitForDialog(QStringLiteral("Preferences"));
        QVERIFY(prefs);
        press(Qt::Key_V, Qt::AltModifier); // API &version
        press(QKeySequence::SelectAll);
        type(QStringLiteral("2030-01-01"));
        QVERIFY(showsText(prefs, QStringLiteral("Not a version Whop publishes")));
        press(Qt::Key_Return);
        QVERIFY(waitForDialogGone(QStringLiteral("Preferences")));

        press(Qt::Key_F5); // the next request asks for it
        QVERIFY2(waitForText(app.banner(), QStringLiteral("does not support the API version")),
                 qPrintable(app.bannerShown()));
        QVERIFY(app.bannerShown().contains(QStringLiteral("2026-07-01"))); // what Whop supports
        QVERIFY(tabToButton(QStringLiteral("Preferences…")));
        press(Qt::Key_Space);
        prefs = waitForDialog(QStringLiteral("Preferences"));
        QVERIFY(prefs);
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("apiVersion")); // the Network section
        press(QKeySequence::SelectAll);
        type(QStringLiteral("2026-07-01"));
        press(Qt::Key_Return);
        QVERIFY(waitForDialogGone(QStringLiteral("Preferences")));
        press(Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(app.status().contains(QStringLiteral("Loaded.")), WaitMs);
        QTRY_VERIFY(app.bannerShown().isEmpty());
        QByteArray lastVersion;
        for (const auto &r : app.demoServer()->requests()) {
            if (r.path.endsWith(QLatin1String("/users/me")))
                lastVersion = r.header("Api-Version-Date");
        }
        QCOMPARE(lastVersion, QByteArray("2026-07-01"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    SignInSetupJourney test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_journey_sign_in_setup.moc"
