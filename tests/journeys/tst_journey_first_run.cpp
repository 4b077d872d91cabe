// First run, with the keyboard only: the demo opens with its banner, Add identity… → Custom
// base URL → paste a token → Enter adds, selects and loads the identity and the demo banner goes;
// a refused token stays in the dialog to be corrected; Escape closes; reopening starts clean.
#include "journeys/JourneyApp.h"

#include <QApplication>

using namespace whop;
using namespace whop::journey;

class FirstRunJourney : public JourneyTest
{
    Q_OBJECT

    // Identity → Add identity…, then Custom base URL pointing at the stand-in, and the focus
    // in the token field, all by keys. Returns the dialog in front.
    QDialog *openAddForCustomUrl()
    {
        QDialog *dialog = openAddIdentityAt(whop->baseUrl());
        if (dialog)
            press(Qt::Key_T, Qt::AltModifier); // &Token
        return dialog;
    }
    static QLineEdit *tokenField(QDialog *dialog)
    {
        return dialog->findChild<QLineEdit *>(QStringLiteral("token"));
    }

private Q_SLOTS:
    void firstRun_showsTheDemo_andSaysHowToConnect()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        QVERIFY2(app.bannerShown().contains(QStringLiteral("demo sandbox")),
                 qPrintable(app.bannerShown()));
        QVERIFY(app.identityShown().contains(QStringLiteral("Demo")));
        QVERIFY(app.window->windowTitle().contains(QStringLiteral("Demo")));
        // The banner's button says what it does, to the eye and to a screen reader alike.
        auto *action = app.banner()->findChild<QAbstractButton *>(QStringLiteral("bannerAction"));
        QVERIFY(isOnScreen(action));
        QCOMPARE(action->accessibleName(), shownText(action));
    }

    void pasteTokenAndEnter_addsSelectsAndLoadsIt()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        QPointer<QDialog> dialog = openAddForCustomUrl();
        QVERIFY(dialog);
        QCOMPARE(keyTarget(), tokenField(dialog));
        QVERIFY(paste(QStringLiteral("alice-token")));
        QVERIFY(press(Qt::Key_Return));

        // The dialog deletes itself once closed; Qt's QVERIFY2 reads its message either way.
        const bool gone = waitForDialogGone(QStringLiteral("Add an identity"));
        QVERIFY2(gone,
                 qPrintable(dialog ? visibleTexts(dialog).join(QLatin1String(" | ")) : QString()));
        QTRY_VERIFY_WITH_TIMEOUT(app.identityShown().contains(QStringLiteral("@alice")), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(shownText(app.field<QLineEdit>("nameEdit")),
                                  QStringLiteral("Alice Example"), WaitMs);
        QTRY_VERIFY(app.status().contains(QStringLiteral("Loaded.")));
        QVERIFY(app.window->windowTitle().startsWith(QStringLiteral("@alice")));
        QVERIFY(!app.window->windowTitle().contains(QStringLiteral("Demo")));
    }

    void afterAdding_theDemoBannerIsGone()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        QVERIFY(!app.bannerShown().isEmpty());
        QDialog *dialog = openAddForCustomUrl();
        QVERIFY(dialog);
        QVERIFY(paste(QStringLiteral("alice-token")));
        // This time by the button: Tab to it, Space.
        QVERIFY(tabToButton(QStringLiteral("Check and add")));
        QVERIFY(press(Qt::Key_Space));
        QTRY_COMPARE_WITH_TIMEOUT(shownText(app.field<QLineEdit>("nameEdit")),
                                  QStringLiteral("Alice Example"), WaitMs);
        QVERIFY2(app.bannerShown().isEmpty(), qPrintable(app.bannerShown()));
    }

    void refusedToken_staysToBeCorrected_EscapeCloses_andReopeningIsClean()
    {
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        QDialog *dialog = openAddForCustomUrl();
        QVERIFY(dialog);
        QVERIFY(paste(QStringLiteral("not-a-token")));
        QVERIFY(press(Qt::Key_Return));
        QVERIFY2(waitForText(dialog, QStringLiteral("refused")),
                 qPrintable(visibleTexts(dialog).join(QLatin1String(" | "))));
        QVERIFY(showsText(dialog, QStringLiteral("401")));
        QVERIFY(dialog->isVisible());
        // The token is still there (as dots), the focus back in it, every control usable.
        QCOMPARE(shownText(tokenField(dialog)).size(), QStringLiteral("not-a-token").size());
        QCOMPARE(keyTarget(), tokenField(dialog));
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if (isOnScreen(w))
                QVERIFY2(w->isEnabled(), qPrintable(w->objectName()));
        }
        QVERIFY(!showsText(dialog, QStringLiteral("Checking")));

        QVERIFY(press(Qt::Key_Escape));
        QVERIFY(waitForDialogGone(QStringLiteral("Add an identity")));
        QVERIFY(app.identityShown().contains(QStringLiteral("Demo")));
        // The refused token is not kept anywhere in the app's widgets once the dialog is closed.
        for (QWidget *w : QApplication::allWidgets()) {
            if (auto *line = qobject_cast<QLineEdit *>(w))
                QVERIFY2(!line->text().contains(QStringLiteral("not-a-token")),
                         qPrintable(line->objectName()));
        }

        // Opened again: no old status, no old token, nothing disabled.
        QVERIFY(waitForKeyboard());
        QVERIFY(useMenu(Qt::Key_I, Qt::Key_A));
        dialog = waitForDialog(QStringLiteral("Add an identity"));
        QVERIFY(dialog);
        QVERIFY(!showsText(dialog, QStringLiteral("refused")));
        QVERIFY(shownText(tokenField(dialog)).isEmpty());
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if (isOnScreen(w) && w->objectName() != QLatin1String("baseUrl"))
                QVERIFY2(w->isEnabled(), qPrintable(w->objectName()));
        }

        // And it works: the right token this time.
        press(Qt::Key_E, Qt::AltModifier);
        QVERIFY(chooseInFocusedCombo(QStringLiteral("Custom base URL")));
        press(Qt::Key_B, Qt::AltModifier);
        press(QKeySequence::SelectAll);
        type(whop->baseUrl().toString());
        press(Qt::Key_T, Qt::AltModifier);
        paste(QStringLiteral("alice-token"));
        press(Qt::Key_Enter); // the keypad's Enter does the same as Return
        QTRY_VERIFY_WITH_TIMEOUT(app.identityShown().contains(QStringLiteral("@alice")), WaitMs);
    }

    void escapeWhileChecking_cancels_andTheDialogIsNotLeftFrozen()
    {
        sandbox::Fault slow;
        slow.kind = sandbox::Fault::Kind::Delay;
        slow.delayMs = 3000;
        slow.pathContains = QStringLiteral("/users/me");
        whop->injectFault(slow);
        JourneyApp app;
        QVERIFY(app.waitUntilReady());
        QDialog *dialog = openAddForCustomUrl();
        QVERIFY(dialog);
        paste(QStringLiteral("alice-token"));
        press(Qt::Key_Return);
        QVERIFY(waitForText(dialog, QStringLiteral("Checking with Whop")));
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("Add an identity")));

        QVERIFY(useMenu(Qt::Key_I, Qt::Key_A));
        dialog = waitForDialog(QStringLiteral("Add an identity"));
        QVERIFY(dialog);
        QVERIFY(!showsText(dialog, QStringLiteral("Checking")));
        QVERIFY(shownText(tokenField(dialog)).isEmpty());
        QVERIFY(tokenField(dialog)->isEnabled());
        QVERIFY(app.identityShown().contains(QStringLiteral("Demo")));
        press(Qt::Key_Escape);
    }
};

int main(int argc, char **argv)
{
    return runJourney<FirstRunJourney>(argc, argv);
}
// moc of the shared base class (JourneyApp.h), here rather than in a file of its own.
#include "moc_JourneyApp.cpp"
#include "tst_journey_first_run.moc"
