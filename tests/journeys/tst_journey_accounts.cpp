// Profiles inside accounts, with the keyboard: an account API key (enter the user, Enter, edit,
// save) and a user token in override mode (pick the account from the list by typing, take the
// global value with "Use global", save).
#include "journeys/JourneyApp.h"

#include <QApplication>

using namespace whop;
using namespace whop::journey;

class AccountsJourney : public JourneyTest
{
    Q_OBJECT

private Q_SLOTS:
    void apiKey_enterTheUser_Enter_edit_save()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        QVERIFY(addIdentityByKeys(whop->baseUrl(),
                                  QLatin1String(sandbox::SandboxServer::DemoApiKey),
                                  QStringLiteral("Account API key")));
        QTRY_VERIFY_WITH_TIMEOUT(app.identityShown().contains(QStringLiteral("Account API key")),
                                 WaitMs);
        // What to do next is said, and only that: the demo's banner is gone.
        QTRY_VERIFY_WITH_TIMEOUT(app.bannerShown().contains(QStringLiteral("Enter the user")),
                                 WaitMs);
        QVERIFY(!app.bannerShown().contains(QStringLiteral("demo")));
        QVERIFY(app.profileModeShown().contains(QStringLiteral("Demo Studio")));

        QVERIFY(waitForKeyboard());
        QVERIFY(press(Qt::Key_E, Qt::AltModifier)); // Us&er
        QCOMPARE(keyTarget(), app.field<QWidget>("userToEdit"));
        type(QStringLiteral("alice"));
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(shownText(app.field<QLineEdit>("usernameEdit")),
                                  QStringLiteral("alice"), WaitMs);
        QVERIFY(app.bannerShown().isEmpty());

        press(Qt::Key_B, Qt::AltModifier);
        press(QKeySequence::MoveToEndOfDocument);
        type(QStringLiteral(" Edited with a key."));
        press(QKeySequence::Save);
        QTRY_VERIFY_WITH_TIMEOUT(app.status().contains(QStringLiteral("Saved")), WaitMs);
        const auto sent = requestsWith(*whop, "PATCH");
        QCOMPARE(sent.size(), 1);
        QVERIFY2(sent.first().path.contains(QStringLiteral("alice")) ||
                     sent.first().path.contains(QStringLiteral("user_Alice")),
                 qPrintable(sent.first().path));
        QCOMPARE(jsonBody(sent.first()).keys(), QStringList{QStringLiteral("bio")});
        QVERIFY(jsonBody(sent.first())
                    .value(QStringLiteral("bio"))
                    .toString()
                    .endsWith(QStringLiteral(" Edited with a key.")));
    }

    void overrideMode_pickTheAccountByKeys_useGlobal_save()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        QVERIFY(
            addIdentityByKeys(whop->baseUrl(), QLatin1String(sandbox::SandboxServer::DemoToken)));
        QTRY_COMPARE_WITH_TIMEOUT(shownText(app.field<QLineEdit>("nameEdit")),
                                  QStringLiteral("Demo Creator"), WaitMs);

        QVERIFY(waitForKeyboard());
        press(Qt::Key_O, Qt::AltModifier); // Pr&ofile
        press(Qt::Key_End);                // Profile in another account…
        QDialog *picker = waitForDialog(QStringLiteral("Choose an account"));
        QVERIFY(picker);
        QVERIFY(waitForText(picker, QStringLiteral("accounts.")));
        type(QStringLiteral("demo stu"));
        press(Qt::Key_Return);
        QVERIFY(waitForDialogGone(QStringLiteral("Choose an account")));
        QTRY_VERIFY_WITH_TIMEOUT(app.profileModeShown().contains(QStringLiteral("Demo Studio")),
                                 WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(shownText(app.field<QLineEdit>("nameEdit")),
                                  QStringLiteral("Demo at Studio"), WaitMs);

        // The account's name differs from the global one: "Use global" offers it.
        QVERIFY(waitForKeyboard());
        QVERIFY(waitForText(app.window.get(), QStringLiteral("Use global: Demo Creator")));
        press(Qt::Key_N, Qt::AltModifier);
        QVERIFY(tabUntil(
            [](QWidget *w) { return shownText(w).startsWith(QStringLiteral("Use global: ")); }, 30,
            true));
        QCOMPARE(focusedText(), QStringLiteral("Use global: Demo Creator"));
        press(Qt::Key_Space);
        QCOMPARE(shownText(app.field<QLineEdit>("nameEdit")), QStringLiteral("Demo Creator"));
        press(QKeySequence::Save);
        QTRY_VERIFY_WITH_TIMEOUT(app.status().contains(QStringLiteral("Saved")), WaitMs);
        const auto sent = requestsWith(*whop, "PATCH");
        QCOMPARE(sent.size(), 1);
        QVERIFY2(sent.first().path.contains(QLatin1String(sandbox::SandboxServer::DemoAccountId)) ||
                     sent.first().query.toString().contains(
                         QLatin1String(sandbox::SandboxServer::DemoAccountId)),
                 qPrintable(sent.first().path));
        QCOMPARE(jsonBody(sent.first()).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Demo Creator"));
        QCOMPARE(whop->storedUser(QLatin1String(sandbox::SandboxServer::DemoUserId))
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Demo Creator")); // the global profile is untouched

        // Back to the global profile from the keyboard.
        press(Qt::Key_O, Qt::AltModifier);
        press(Qt::Key_Home);
        QTRY_COMPARE_WITH_TIMEOUT(app.profileModeShown(), QStringLiteral("Global profile"), WaitMs);
    }

    void noRightsInAnAccount_saysSo_andTheMessageGoesWithTheAccount()
    {
        app::Options options;
        options.demo = true;
        JourneyApp app(options);
        QVERIFY(app.waitUntilReady());
        press(Qt::Key_O, Qt::AltModifier);
        press(Qt::Key_End);
        QDialog *picker = waitForDialog(QStringLiteral("Choose an account"));
        QVERIFY(picker);
        press(Qt::Key_T, Qt::AltModifier); // Or &type an id
        type(QStringLiteral("biz_Foreign001"));
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.bannerShown().contains(QStringLiteral("no rights")), WaitMs);
        QVERIFY(app.bannerShown().contains(QStringLiteral("biz_Foreign001")));

        // Another profile: what was said about that account is not said about this one.
        QVERIFY(waitForKeyboard());
        press(Qt::Key_O, Qt::AltModifier);
        press(Qt::Key_Home);
        QTRY_COMPARE_WITH_TIMEOUT(app.profileModeShown(), QStringLiteral("Global profile"), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(app.status().contains(QStringLiteral("Loaded.")), WaitMs);
        QVERIFY2(app.bannerShown().isEmpty(), qPrintable(app.bannerShown()));
    }
};

int main(int argc, char **argv)
{
    return runJourney<AccountsJourney>(argc, argv);
}
// moc of the shared base class (JourneyApp.h), here rather than in a file of its own.
#include "moc_JourneyApp.cpp"
#include "tst_journey_accounts.moc"
