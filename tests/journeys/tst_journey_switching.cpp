// Leaving unsaved edits, with the keyboard: switching identity, switching profile, closing the
// window. Each time the question is answered by a key: Escape cancels (nothing changes), Enter
// saves (then leaves), Discard (reached with Tab) throws the edits away (then leaves).
#include "journeys/JourneyApp.h"

#include <QApplication>
#include <QMessageBox>

using namespace whop;
using namespace whop::journey;

class SwitchingJourney : public JourneyTest
{
    Q_OBJECT

    // Appends `text` to the field reached with Alt+`key`.
    static void appendTo(Qt::Key key, const QString &text)
    {
        press(key, Qt::AltModifier);
        press(Qt::Key_End);
        type(text);
    }
    static QDialog *waitForUnsavedQuestion()
    {
        QDialog *box = waitForDialog(QStringLiteral("Unsaved changes"));
        if (box && !qobject_cast<QMessageBox *>(box))
            return nullptr;
        return box;
    }
    static bool answerDiscard()
    {
        return tabToButton(QStringLiteral("Discard")) && press(Qt::Key_Space);
    }
    static QString name(JourneyApp &app) { return shownText(app.field<QLineEdit>("nameEdit")); }

private Q_SLOTS:
    void switchingIdentity_cancelKeeps_saveSavesFirst_discardDrops()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        QVERIFY(addIdentityByKeys(whop->baseUrl(), QStringLiteral("alice-token")));
        QTRY_COMPARE_WITH_TIMEOUT(name(app), QStringLiteral("Alice Example"), WaitMs);
        QVERIFY(waitForKeyboard());
        appendTo(Qt::Key_N, QStringLiteral(" Jr"));

        // Escape: stay, with the edit.
        press(Qt::Key_D, Qt::AltModifier); // I&dentity
        press(Qt::Key_Up);                 // the demo, above
        QVERIFY(waitForUnsavedQuestion());
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("Unsaved changes")));
        QVERIFY(app.identityShown().contains(QStringLiteral("@alice")));
        QCOMPARE(name(app), QStringLiteral("Alice Example Jr"));
        QCOMPARE(requestsWith(*whop, "PATCH").size(), 0);

        // Enter: saved at Whop, then switched.
        QVERIFY(waitForKeyboard());
        press(Qt::Key_D, Qt::AltModifier);
        press(Qt::Key_Up);
        QVERIFY(waitForUnsavedQuestion());
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.identityShown().contains(QStringLiteral("Demo")), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(name(app), QStringLiteral("Demo Creator"), WaitMs);
        QCOMPARE(requestsWith(*whop, "PATCH").size(), 1);
        QCOMPARE(whop->storedUser(QStringLiteral("alice")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Alice Example Jr"));

        // Discard: the demo's edit goes, and so does the demo.
        QVERIFY(waitForKeyboard());
        appendTo(Qt::Key_N, QStringLiteral(" (draft)"));
        press(Qt::Key_D, Qt::AltModifier);
        press(Qt::Key_Down);
        QVERIFY(waitForUnsavedQuestion());
        QVERIFY(answerDiscard());
        QTRY_VERIFY_WITH_TIMEOUT(app.identityShown().contains(QStringLiteral("@alice")), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(name(app), QStringLiteral("Alice Example Jr"), WaitMs);
        QCOMPARE(requestsWith(*app.demoServer(), "PATCH").size(), 0);
        QVERIFY(app.bannerShown().isEmpty());
    }

    void switchingProfile_cancelKeeps_saveSavesFirst_discardDrops()
    {
        app::Options options;
        options.demo = true;
        JourneyApp app(options);
        QVERIFY(app.waitUntilReady());
        sandbox::SandboxServer *server = app.demoServer();
        appendTo(Qt::Key_N, QStringLiteral(" II"));

        auto toStudio = [&] {
            press(Qt::Key_O, Qt::AltModifier); // Pr&ofile
            press(Qt::Key_End);                // "Profile in another account…"
            QDialog *picker = waitForDialog(QStringLiteral("Choose an account"));
            if (!picker || !waitForText(picker, QStringLiteral("accounts.")))
                return false;
            type(QStringLiteral("Demo Studio"));
            return press(Qt::Key_Return);
        };
        QVERIFY(toStudio());
        QVERIFY(waitForUnsavedQuestion());
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("Unsaved changes")));
        QCOMPARE(app.profileModeShown(), QStringLiteral("Global profile"));
        QCOMPARE(name(app), QStringLiteral("Demo Creator II"));

        QVERIFY(waitForKeyboard());
        QVERIFY(toStudio());
        QVERIFY(waitForUnsavedQuestion());
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.profileModeShown().contains(QStringLiteral("Demo Studio")),
                                 WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(name(app), QStringLiteral("Demo at Studio"), WaitMs);
        QCOMPARE(
            server->storedUser(QLatin1String(sandbox::SandboxServer::DemoUserId)).value("name"),
            QStringLiteral("Demo Creator II"));

        QVERIFY(waitForKeyboard());
        appendTo(Qt::Key_N, QStringLiteral(" (draft)"));
        const int patchesBefore = int(requestsWith(*server, "PATCH").size());
        press(Qt::Key_O, Qt::AltModifier);
        press(Qt::Key_Home); // Global profile
        QVERIFY(waitForUnsavedQuestion());
        QVERIFY(answerDiscard());
        QTRY_COMPARE_WITH_TIMEOUT(app.profileModeShown(), QStringLiteral("Global profile"), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(name(app), QStringLiteral("Demo Creator II"), WaitMs);
        QCOMPARE(requestsWith(*server, "PATCH").size(), patchesBefore);
        QCOMPARE(server
                     ->storedOverride(QLatin1String(sandbox::SandboxServer::DemoAccountId),
                                      QLatin1String(sandbox::SandboxServer::DemoUserId))
                     .value(QStringLiteral("name")),
                 QStringLiteral("Demo at Studio"));
    }

    void closing_withUnsavedEdits_asksAndDoesWhatIsChosen()
    {
        app::Options options;
        options.demo = true;
        for (const char *answer : {"cancel", "discard", "save"}) {
            test::removeAppData(); // no draft of the previous round is offered back
            JourneyApp app(options);
            QVERIFY(app.waitUntilReady());
            sandbox::SandboxServer *server = app.demoServer();
            appendTo(Qt::Key_N, QStringLiteral(" Closing"));
            press(QKeySequence(Qt::CTRL | Qt::Key_Q));
            QVERIFY(waitForUnsavedQuestion());
            if (qstrcmp(answer, "cancel") == 0) {
                press(Qt::Key_Escape);
                QVERIFY(waitForDialogGone(QStringLiteral("Unsaved changes")));
                QVERIFY(app.window->isVisible());
                QCOMPARE(name(app), QStringLiteral("Demo Creator Closing"));
            } else if (qstrcmp(answer, "discard") == 0) {
                QVERIFY(answerDiscard());
                QTRY_VERIFY(!app.window->isVisible());
                QCOMPARE(requestsWith(*server, "PATCH").size(), 0);
            } else {
                press(Qt::Key_Return);
                QTRY_VERIFY_WITH_TIMEOUT(!app.window->isVisible(), WaitMs);
                QCOMPARE(requestsWith(*server, "PATCH").size(), 1);
                QCOMPARE(jsonBody(requestsWith(*server, "PATCH").first()).value("name"),
                         QStringLiteral("Demo Creator Closing"));
            }
        }
    }
};

int main(int argc, char **argv)
{
    return runJourney<SwitchingJourney>(argc, argv);
}
// moc of the shared base class (JourneyApp.h), here rather than in a file of its own.
#include "moc_JourneyApp.cpp"
#include "tst_journey_switching.moc"
