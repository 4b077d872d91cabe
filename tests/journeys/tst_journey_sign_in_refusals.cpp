// Each way Whop refuses a sign-in leads to its fix, with the keyboard only: a confidential app
// (invalid_client) to the client type, a redirect URI the app does not list (Whop's error page in
// the browser) to the exact URI to register, a scope the app may not ask for (invalid_scope) and
// a save refused for want of user:profile:update (403 insufficient_scope) to the scopes. The
// stand-in for Whop is a sandbox at a custom base URL whose app is set up wrongly, then fixed as
// a person would in Whop's developer dashboard, and the sign-in goes on from the guide.
#include "common/BrowserDriver.h"
#include "common/SandboxFixture.h"
#include "journeys/JourneyApp.h"
#include "ui/Browser.h"

#include <QPointer>

using namespace whop;
using namespace whop::journey;

namespace {
const QString ClientId = QLatin1String(sandbox::SandboxServer::OAuthClientId);
} // namespace

class SignInRefusalsJourney : public JourneyTest
{
    Q_OBJECT

    // The app in Whop's developer dashboard as this test sets it up: public, this app's redirect
    // URI, the scopes it asks for, unless `change` says otherwise.
    void setUpTheApp(JourneyApp &app, const std::function<void(sandbox::OAuthApp &)> &change = {})
    {
        sandbox::OAuthApp a;
        a.redirectUris = {app.session->preferences()->redirectUri().toString()};
        if (change)
            change(a);
        whop->registerOAuthApp(ClientId, a);
    }

    // Identity → Add identity…, Custom base URL at the stand-in, Sign in with Whop: by keys.
    QDialog *signInByKeys()
    {
        QDialog *add = openAddIdentityAt(whop->baseUrl());
        if (!add)
            return nullptr;
        press(Qt::Key_W, Qt::AltModifier); // Sign in with &Whop…
        return add;
    }
    static QString seen(const QWidget *w)
    {
        return w ? visibleTexts(w).join(QLatin1String(" | ")) : QString();
    }
    // The guide in front, with the step that fixes the refusal: its problem text and the step's
    // text shown (highlighted), and what the keyboard is on.
    static QDialog *guideShowing(const QString &problem, const char *stepName)
    {
        QDialog *guide = waitForDialog(QStringLiteral("Set up sign-in"));
        if (!guide)
            return nullptr;
        auto *step = guide->findChild<QLabel *>(QLatin1String(stepName));
        if (!showsText(guide, problem) || !isOnScreen(step) || !step->font().bold()) {
            qWarning() << "the guide shows:" << seen(guide);
            return nullptr;
        }
        return guide;
    }
    // After Save and continue in the guide: the sign-in went on and added the identity.
    bool signedIn(JourneyApp &app)
    {
        return waitForDialogGone(QStringLiteral("Add an identity")) &&
               QTest::qWaitFor(
                   [&] {
                       return app.identityShown().contains(QStringLiteral("Signed in with Whop"));
                   },
                   WaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        JourneyTest::initTestCase();
        followSignInsInTheBrowser();
    }
    void init()
    {
        JourneyTest::init();
        // The person's Whop app, set in Preferences.
        QSettings().setValue(QStringLiteral("oauth/clientId"), ClientId);
    }

    void confidentialApp_leadsToTheClientTypeStep()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        setUpTheApp(app, [](sandbox::OAuthApp &a) {
            a.confidential = true;
            a.clientSecret = QStringLiteral("only-a-server-can-keep-this");
        });
        QPointer<QDialog> add = signInByKeys();
        QVERIFY(add);
        QVERIFY2(waitForText(add, QStringLiteral("invalid_client")), qPrintable(seen(add)));
        QVERIFY(showsText(add, QStringLiteral("client type must be Public")));
        QVERIFY(waitForKeyboard()); // the waiting dialog closed: back in Add an identity
        QCOMPARE(focusedText(), QStringLiteral("Set up sign-in…"));

        QVERIFY(press(Qt::Key_Return));
        QDialog *guide =
            guideShowing(QStringLiteral("set the app's client type to Public"), "clientTypeStep");
        QVERIFY(guide);
        QVERIFY(showsText(guide, QStringLiteral("2. Client type: Public")));
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("problem")); // read first
        // Fixed in Whop's dashboard: the app is public now. Save and continue signs in.
        setUpTheApp(app);
        QVERIFY(press(Qt::Key_Return));
        QVERIFY2(signedIn(app), qPrintable(seen(add)));
        QCOMPARE(visits.size(), 2);
    }

    // Whop shows its refusal of a redirect URI the app does not list in the browser: the waiting
    // dialog says what that page means and offers the guide at the redirect step.
    void unregisteredRedirect_leadsToTheRedirectStep()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        setUpTheApp(app, [](sandbox::OAuthApp &a) {
            a.redirectUris = {QStringLiteral("http://localhost:8765/callback")}; // another one
        });
        const QString uri = app.session->preferences()->redirectUri().toString();
        QPointer<QDialog> add = signInByKeys();
        QVERIFY(add);
        QDialog *waiting = waitForDialog(QStringLiteral("Sign in with Whop"));
        QVERIFY(waiting);
        QTRY_COMPARE_WITH_TIMEOUT(visits.size(), 1, WaitMs);
        QCOMPARE(visits.first().authorizeStatus, 400); // Whop's page; no way back to the app
        QVERIFY(waiting->isVisible());
        QVERIFY2(showsText(waiting, QStringLiteral("error about the redirect URI")),
                 qPrintable(seen(waiting)));
        QVERIFY(showsText(waiting, uri));
        QVERIFY(tabToButton(QStringLiteral("Set up sign-in…")));
        QVERIFY(press(Qt::Key_Space));

        QDialog *guide = guideShowing(QStringLiteral("does not list exactly"), "redirectStep");
        QVERIFY(guide);
        QVERIFY(waitForDialogGone(QStringLiteral("Sign in with Whop")));
        // The keyboard is on the exact URI to register.
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("redirectUri"));
        QCOMPARE(focusedText(), uri);
        QVERIFY(keyTarget()->accessibleDescription().contains(QStringLiteral("does not list")));
        whop->addOAuthRedirectUri(ClientId, focusedText()); // registered in the dashboard
        QVERIFY(press(Qt::Key_Return));
        QVERIFY2(signedIn(app), qPrintable(seen(add)));
        QCOMPARE(visits.last().callbackStatus, 200);
    }

    void scopeTheAppMayNotAskFor_leadsToTheScopesStep()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        setUpTheApp(app, [](sandbox::OAuthApp &a) {
            a.scopes = {QStringLiteral("openid"), QStringLiteral("profile")};
        });
        QPointer<QDialog> add = signInByKeys();
        QVERIFY(add);
        QVERIFY2(waitForText(add, QStringLiteral("invalid_scope")), qPrintable(seen(add)));
        QVERIFY(waitForKeyboard()); // the waiting dialog closed: back in Add an identity
        QCOMPARE(focusedText(), QStringLiteral("Set up sign-in…"));
        QVERIFY(press(Qt::Key_Return));
        QDialog *guide = guideShowing(QStringLiteral("Step 4 fixes it"), "scopesStep");
        QVERIFY(guide);
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("scopes"));
        QCOMPARE(focusedText(), QStringLiteral("openid profile user:profile:update"));
        setUpTheApp(app); // every scope allowed now
        QVERIFY(press(Qt::Key_Return));
        QVERIFY2(signedIn(app), qPrintable(seen(add)));
    }

    // Signed in, a save is refused for want of user:profile:update: the banner says so and offers
    // the guide at the scopes, and signing in again.
    void saveRefusedForTheScope_leadsToTheScopesStep()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        setUpTheApp(app);
        QPointer<QDialog> add = signInByKeys();
        QVERIFY(add);
        QVERIFY2(signedIn(app), qPrintable(seen(add)));
        QTRY_VERIFY_WITH_TIMEOUT(app.status().contains(QStringLiteral("Loaded.")), WaitMs);

        sandbox::Fault refused = test::makeFault(sandbox::Fault::Kind::Status, 403);
        refused.method = "PATCH";
        refused.body = R"({"error":{"type":"permission_error","code":"insufficient_scope",)"
                       R"("message":"This token lacks the scope user:profile:update."}})";
        whop->injectFault(refused);
        press(Qt::Key_N, Qt::AltModifier); // &Name
        press(Qt::Key_End);
        type(QStringLiteral(" Jr"));
        press(QKeySequence::Save);
        QVERIFY2(waitForText(app.banner(), QStringLiteral("lacks the scope user:profile:update")),
                 qPrintable(app.bannerShown()));
        auto *second =
            app.banner()->findChild<QAbstractButton *>(QStringLiteral("bannerSecondAction"));
        QCOMPARE(shownText(second), QStringLiteral("Sign in again…"));
        QVERIFY(tabToButton(QStringLiteral("Set up sign-in…")));
        QVERIFY(press(Qt::Key_Space));
        QDialog *guide = guideShowing(QStringLiteral("user:profile:update"), "scopesStep");
        QVERIFY(guide);
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("scopes"));
        QVERIFY(press(Qt::Key_Escape));
        QVERIFY(waitForDialogGone(QStringLiteral("Set up sign-in")));
        // The edit is still there, to be saved once signed in again.
        QVERIFY(shownText(app.field<QLineEdit>("nameEdit")).endsWith(QStringLiteral(" Jr")));
    }
};

int main(int argc, char **argv)
{
    return runJourney<SignInRefusalsJourney>(argc, argv);
}
// moc of the shared base class (JourneyApp.h), here rather than in a file of its own.
#include "moc_JourneyApp.cpp"
#include "tst_journey_sign_in_refusals.moc"
