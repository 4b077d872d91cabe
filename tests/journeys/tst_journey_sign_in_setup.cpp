// The first run that explains itself, with the keyboard only: the demo banner tells the three
// ways in and offers to set up sign-in, which opens the guide and carries on to signing in; Add
// identity → Sign in with Whop says no Whop app is set up and puts the focus on Set up sign-in…;
// Enter opens the guide, which shows exactly what to set in Whop's developer dashboard (client
// type Public, this redirect URI with Copy, the scopes) and asks for the client id, checked as
// typed; Enter saves, and the sign-in goes on by itself against the local sandbox, whose app has
// exactly that redirect URI registered, and adds the identity. Also: an API version Whop does not
// know offers Preferences, where choosing another takes effect at once.
#include "common/BrowserDriver.h"
#include "journeys/JourneyApp.h"
#include "ui/Browser.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>

using namespace whop;
using namespace whop::journey;

class SignInSetupJourney : public JourneyTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        JourneyTest::initTestCase();
        followSignInsInTheBrowser();
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

        // Tab to it, Space: the guide, the focus on the client id (nothing else to type).
        QVERIFY(tabToButton(QStringLiteral("Set up sign-in…")));
        QVERIFY(press(Qt::Key_Space));
        QDialog *guide = waitForDialog(QStringLiteral("Set up sign-in"));
        QVERIFY(guide);
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("clientId"));
        QVERIFY(type(QStringLiteral("app_Mine")));
        QVERIFY(press(Qt::Key_Return));
        QVERIFY(waitForDialogGone(QStringLiteral("Set up sign-in")));
        // Saved, it carries on to the sign-in: Add an identity, the keyboard on Sign in with Whop
        // (where to sign in is the person's choice).
        QDialog *add = waitForDialog(QStringLiteral("Add an identity"));
        QVERIFY(add);
        QCOMPARE(focusedText(), QStringLiteral("Sign in with Whop…"));
        QCOMPARE(app.session->preferences()->stored().oauthClientId, QStringLiteral("app_Mine"));
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("Add an identity")));
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
        QPointer<QDialog> guide = waitForDialog(QStringLiteral("Set up sign-in"));
        QVERIFY(guide);
        // Exactly what to set in Whop's developer dashboard, step by step.
        for (const char *said : {"developer dashboard", "Client type: Public", "Redirect URI",
                                 "exactly as shown", "Scopes", "user:profile:update", "Client id"})
            QVERIFY2(showsText(guide, QLatin1String(said)),
                     qPrintable(visibleTexts(guide).join(QLatin1String(" | "))));
        auto *uriField = guide->findChild<QLineEdit *>(QStringLiteral("redirectUri"));
        const QString shown = shownText(uriField);
        const quint16 port = app.session->preferences()->redirectPort();
        QVERIFY(port >= 49152);
        QCOMPARE(shown, QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
        QCOMPARE(shownText(guide->findChild<QLineEdit *>(QStringLiteral("scopes"))),
                 QStringLiteral("openid profile user:profile:update"));
        // The client id is asked for (the message named it), checked as typed; Continue waits.
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("clientId"));
        auto *save = guide->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(shownText(save), QStringLiteral("Save and continue"));
        QVERIFY(!save->isEnabled());
        type(QStringLiteral("ap"));
        QVERIFY(showsText(guide, QStringLiteral("starts with app_")));
        QVERIFY(keyTarget()->accessibleDescription().contains(QStringLiteral("starts with app_")));
        QVERIFY(!save->isEnabled());
        press(QKeySequence::SelectAll);
        type(QLatin1String(sandbox::SandboxServer::OAuthClientId));
        QVERIFY(save->isEnabled());
        // The redirect URI by its Copy button, back up with Shift+Tab, as into the dashboard.
        QVERIFY(tabUntil(
            [](QWidget *w) { return w->objectName() == QLatin1String("copyRedirectButton"); }, 10,
            true));
        QVERIFY(press(Qt::Key_Space));
        QCOMPARE(QGuiApplication::clipboard()->text(), shown);
        // What the person does in Whop's dashboard: that exact URI on a public app.
        whop->addOAuthRedirectUri(QLatin1String(sandbox::SandboxServer::OAuthClientId), shown);
        QVERIFY(press(Qt::Key_Return)); // Save and continue, wherever the keyboard is
        QVERIFY(waitForDialogGone(QStringLiteral("Set up sign-in")));

        // Back in Add an identity, the sign-in the person asked for goes on: the browser opens
        // at the sandbox, comes back to the registered address, and the identity is added.
        if (!waitForDialogGone(QStringLiteral("Add an identity")))
            QFAIL(qPrintable(add ? visibleTexts(add).join(QLatin1String(" | ")) : QString()));
        QCOMPARE(visits.size(), 1);
        QCOMPARE(visits.first().authorizeStatus, 302);
        QCOMPARE(visits.first().redirect.host(), QStringLiteral("127.0.0.1"));
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
                                                     QUrl::FullyDecoded) == shown;
        }
        QVERIFY(askedWithIt);
        // What was set up is kept for the next start: the client id, and the port.
        app::Preferences next(app::Options{});
        QCOMPARE(next.stored().oauthClientId, QLatin1String(sandbox::SandboxServer::OAuthClientId));
        QVERIFY(next.usesFixedRedirect());
        QCOMPARE(next.redirectPort(), port);
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
    return runJourney<SignInSetupJourney>(argc, argv);
}
// moc of the shared base class (JourneyApp.h), here rather than in a file of its own.
#include "moc_JourneyApp.cpp"
#include "tst_journey_sign_in_setup.moc"
