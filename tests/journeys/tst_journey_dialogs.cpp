// Every dialog from the keyboard: Enter does the primary action of the part with the focus,
// Escape cancels, and a dialog opened again starts clean. About, Manage identities (with its
// rename and remove questions), Sign in with Whop, the account picker, the picture's file and
// crop dialogs, Add an identity's Enter before pasting, All Accounts; and no two controls of the
// main window share a mnemonic.
#include "AppInfo.h"
#include "common/TestImages.h"
#include "journeys/JourneyApp.h"
#include "ui/Browser.h"
#include "ui/dialogs/CropDialog.h"

#include <QApplication>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace whop;
using namespace whop::journey;

class DialogsJourney : public JourneyTest
{
    Q_OBJECT
    // The mnemonic letters in `window` (menu titles, buttons, labels with a buddy) used twice.
    static QStringList repeatedMnemonics(QWidget *window)
    {
        QHash<QChar, QStringList> users;
        auto note = [&](const QString &text) {
            const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            if (at >= 0)
                users[text.at(at + 1).toLower()] << text;
        };
        if (auto *main = qobject_cast<QMainWindow *>(window)) {
            for (QAction *menu : main->menuBar()->actions())
                note(menu->text());
        }
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!isOnScreen(w))
                continue;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                note(b->text());
            else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                note(l->text());
        }
        QStringList repeated;
        for (auto it = users.cbegin(); it != users.cend(); ++it) {
            if (it.value().size() > 1)
                repeated << it.value().join(QLatin1String(" / "));
        }
        return repeated;
    }

private Q_SLOTS:
    void initTestCase()
    {
        JourneyTest::initTestCase();
        ui::CropDialog::setSettleDelayMs(0);
    }

    void about_EnterAndEscapeClose()
    {
        JourneyApp app(demo());
        QVERIFY(app.waitUntilReady());
        for (Qt::Key key : {Qt::Key_Return, Qt::Key_Escape}) {
            QVERIFY(useMenu(Qt::Key_H, Qt::Key_A));
            QDialog *about = waitForDialog(QStringLiteral("About"));
            QVERIFY(about);
            QVERIFY(showsText(about, QLatin1String(AppVersion)));
            press(key);
            QVERIFY(waitForDialogGone(QStringLiteral("About")));
            QVERIFY(waitForKeyboard());
        }
    }

    void manageIdentities_F2Renames_DeleteAsks_EnterAndEscapeClose()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        QVERIFY(addIdentityByKeys(whop->baseUrl(), QStringLiteral("alice-token")));
        QTRY_VERIFY_WITH_TIMEOUT(app.identityShown().contains(QStringLiteral("@alice")), WaitMs);

        const QString aliceId = app.session->activeIdentityId();
        QVERIFY(useMenu(Qt::Key_I, Qt::Key_M));
        QDialog *manage = waitForDialog(QStringLiteral("Manage identities"));
        QVERIFY(manage);
        press(Qt::Key_F2);
        QVERIFY(waitForDialog(QStringLiteral("Rename identity")));
        press(Qt::Key_Escape); // cancels: the name stays
        QVERIFY(waitForDialogGone(QStringLiteral("Rename identity")));
        QVERIFY(waitForDialog(QStringLiteral("Manage identities")));
        QVERIFY(focusedText().contains(QStringLiteral("@alice")));
        press(Qt::Key_F2);
        QVERIFY(waitForDialog(QStringLiteral("Rename identity")));
        press(QKeySequence::SelectAll);
        type(QStringLiteral("Alice at work"));
        press(Qt::Key_Return);
        QVERIFY(waitForDialog(QStringLiteral("Manage identities")));
        QTRY_VERIFY(focusedText().startsWith(QStringLiteral("Alice at work")));
        QTRY_VERIFY(app.identityShown().startsWith(QStringLiteral("Alice at work")));

        press(Qt::Key_Delete);
        QDialog *question = waitForDialog(QStringLiteral("Remove identity"));
        QVERIFY(question);
        QVERIFY(showsText(question, QStringLiteral("Alice at work")));
        press(Qt::Key_Escape); // keeps it
        QVERIFY(waitForDialog(QStringLiteral("Manage identities")));
        QVERIFY(app.identityShown().startsWith(QStringLiteral("Alice at work")));
        press(Qt::Key_Delete);
        QVERIFY(waitForDialog(QStringLiteral("Remove identity")));
        press(Qt::Key_Return); // Remove
        QVERIFY(waitForDialog(QStringLiteral("Manage identities")));
        QTRY_VERIFY(showsText(manage, QStringLiteral("was removed")));
        QTRY_VERIFY(app.identityShown().contains(QStringLiteral("Demo")));
        QVERIFY(app.bannerShown().contains(QStringLiteral("removed")));
        QVERIFY(waitUntilKeychainForgets(aliceId));

        press(Qt::Key_Return); // Close
        QVERIFY(waitForDialogGone(QStringLiteral("Manage identities")));
        QVERIFY(waitForKeyboard());
        QVERIFY(useMenu(Qt::Key_I, Qt::Key_M));
        manage = waitForDialog(QStringLiteral("Manage identities"));
        QVERIFY(manage);
        QVERIFY(!showsText(manage, QStringLiteral("was removed"))); // a clean dialog
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("Manage identities")));
    }

    void signIn_EnterOpensTheBrowserAgain_EscapeCancels_andAddStaysUsable()
    {
        int opened = 0;
        ui::Browser::setOpener([&opened](const QUrl &) {
            ++opened; // the person has not signed in yet
            return true;
        });
        app::Options options;
        options.oauthClientId = QLatin1String(sandbox::SandboxServer::OAuthClientId);
        JourneyApp app(options);
        QVERIFY(app.waitUntilReady());
        QVERIFY(useMenu(Qt::Key_I, Qt::Key_A));
        QDialog *add = waitForDialog(QStringLiteral("Add an identity"));
        QVERIFY(add);
        press(Qt::Key_E, Qt::AltModifier);
        QVERIFY(chooseInFocusedCombo(QStringLiteral("Custom base URL")));
        press(Qt::Key_B, Qt::AltModifier);
        type(whop->baseUrl().toString());
        press(Qt::Key_W, Qt::AltModifier); // Sign in with &Whop…
        QDialog *signIn = waitForDialog(QStringLiteral("Sign in with Whop"));
        QVERIFY(signIn);
        QCOMPARE(opened, 1);
        press(Qt::Key_Return); // Open browser again
        QCOMPARE(opened, 2);
        QVERIFY(signIn->isVisible());
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("Sign in with Whop")));
        QVERIFY(waitForDialog(QStringLiteral("Add an identity")));
        QVERIFY(!showsText(add, QStringLiteral("Waiting for the browser")));
        for (QWidget *w : add->findChildren<QWidget *>()) {
            if (isOnScreen(w) && qobject_cast<QAbstractButton *>(w))
                QVERIFY2(w->isEnabled(), qPrintable(w->objectName()));
        }
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("Add an identity")));
        ui::Browser::setOpener({});
        QVERIFY(app.identityShown().contains(QStringLiteral("Demo")));
    }

    void addIdentity_EnterBeforePasting_saysWhereTheTokenGoes()
    {
        JourneyApp app(demo());
        QVERIFY(app.waitUntilReady());
        QVERIFY(useMenu(Qt::Key_I, Qt::Key_A));
        QDialog *add = waitForDialog(QStringLiteral("Add an identity"));
        QVERIFY(add);
        press(Qt::Key_Return); // from the environment list, before anything is pasted
        QVERIFY(add->isVisible());
        QVERIFY(waitForText(add, QStringLiteral("Paste a token or key first")));
        QCOMPARE(keyTarget(), add->findChild<QWidget *>(QStringLiteral("token")));
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("Add an identity")));
    }

    void accountPicker_EscapeLeavesTheProfile_andReopensClean()
    {
        JourneyApp app(demo());
        QVERIFY(app.waitUntilReady());
        for (int round = 0; round < 2; ++round) {
            press(Qt::Key_O, Qt::AltModifier);
            press(Qt::Key_End);
            QDialog *picker = waitForDialog(QStringLiteral("Choose an account"));
            QVERIFY(picker);
            QCOMPARE(focusedText(), QString()); // the filter, empty
            type(QStringLiteral("no such account"));
            press(Qt::Key_Escape);
            QVERIFY(waitForDialogGone(QStringLiteral("Choose an account")));
            QCOMPARE(app.profileModeShown(), QStringLiteral("Global profile"));
            QVERIFY(waitForKeyboard());
        }
    }

    void pictureDialogs_EscapeCancelsEach()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.png"));
        QVERIFY(test::photoLikeImage(600, 600).save(path));
        JourneyApp app(demo());
        QVERIFY(app.waitUntilReady());
        const QKeySequence choose(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
        press(choose);
        QVERIFY(waitForDialog(QStringLiteral("Choose a Profile Picture")));
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("Choose a Profile Picture")));

        QVERIFY(waitForKeyboard());
        press(choose);
        QVERIFY(waitForDialog(QStringLiteral("Choose a Profile Picture")));
        type(path);
        press(Qt::Key_Return);
        QVERIFY(waitForDialog(QStringLiteral("Frame Your Picture")));
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("Frame Your Picture")));
        QVERIFY(!app.field<QWidget>("saveButton")->isEnabled()); // no picture was taken
        QVERIFY(!app.status().contains(QStringLiteral("uploaded when you save")));
    }

    void allAccounts_EscapeCloses_andReopensClean()
    {
        JourneyApp app(demo());
        QVERIFY(app.waitUntilReady());
        for (int round = 0; round < 2; ++round) {
            press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
            QDialog *all = waitForDialog(QStringLiteral("All Accounts"));
            QVERIFY(all);
            QVERIFY(shownText(all->findChild<QLineEdit *>(QStringLiteral("filterEdit"))).isEmpty());
            press(QKeySequence::Find); // the filter
            type(QStringLiteral("studio"));
            press(Qt::Key_Escape);
            QVERIFY(waitForDialogGone(QStringLiteral("All Accounts")));
            QVERIFY(waitForKeyboard());
        }
    }

    void mainWindow_noTwoControlsShareAMnemonic()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        QCOMPARE(repeatedMnemonics(app.window.get()), QStringList());
        // With an API key the user field shows too.
        QVERIFY(addIdentityByKeys(whop->baseUrl(),
                                  QLatin1String(sandbox::SandboxServer::DemoApiKey),
                                  QStringLiteral("Account API key")));
        QTRY_VERIFY_WITH_TIMEOUT(isOnScreen(app.field<QWidget>("userToEdit")), WaitMs);
        QCOMPARE(repeatedMnemonics(app.window.get()), QStringList());
    }
};

int main(int argc, char **argv)
{
    return runJourney<DialogsJourney>(argc, argv);
}
// moc of the shared base class (JourneyApp.h), here rather than in a file of its own.
#include "moc_JourneyApp.cpp"
#include "tst_journey_dialogs.moc"
