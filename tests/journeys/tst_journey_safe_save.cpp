// Keyboard-only journeys through the live username check and the conflict-aware save, in the
// demo: keys go only where the keyboard is (Journey.h), checks read what is on screen. The
// sandbox is touched only to stand for "someone elsewhere" (changeElsewhere) and to read what
// Whop ended up with.
//
// With WHOP_SCREENSHOT_DIR set, the window with the availability line and the conflict dialog
// are also saved there as PNG files.
#include "journeys/JourneyApp.h"
#include "ui/DemoActions.h"
#include "ui/dialogs/SaveConflictDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace whop;
using namespace whop::journey;
using sandbox::SandboxServer;

class SafeSaveJourney : public JourneyTest
{
    Q_OBJECT
    template <typename T> T *child(const char *name) const
    {
        auto *w = demoApp->field<T>(name);
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QLineEdit *nameEdit() const { return child<QLineEdit>("nameEdit"); }
    QLineEdit *usernameEdit() const { return child<QLineEdit>("usernameEdit"); }
    QLabel *availability() const { return child<QLabel>("usernameAvailability"); }
    QString status() const { return demoApp->status(); }
    SandboxServer *server() const { return demoApp->demoServer(); }
    QJsonObject onWhop() const
    {
        return server()->storedUser(QLatin1String(SandboxServer::DemoUserId));
    }
    int patches() const
    {
        int n = 0;
        for (const auto &r : server()->requests())
            n += r.method == "PATCH";
        return n;
    }

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("WHOP_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    // Selects all of the focused field and types `text` over it.
    static void retype(const QString &text)
    {
        press(QKeySequence::SelectAll);
        type(text);
    }
    // What `label` shows, when it is on screen.
    static QString shownOnScreen(const QLabel *label)
    {
        return isOnScreen(label) ? shownText(label) : QString();
    }

private Q_SLOTS:
    void init()
    {
        JourneyTest::init();
        QVERIFY(openDemo());
    }

    void takenName_saveStillPossible_409AtTheField_thenAFreeName()
    {
        const QRect bioBefore = child<QWidget>("bioEdit")->geometry();
        press(Qt::Key_U, Qt::AltModifier); // the field's mnemonic
        QCOMPARE(keyTarget(), usernameEdit());
        retype(QStringLiteral("alice"));
        QTRY_COMPARE_WITH_TIMEOUT(shownOnScreen(availability()),
                                  QStringLiteral("“alice” is taken."), WaitMs);
        // Announced with the field, and nothing below it moved.
        QCOMPARE(usernameEdit()->accessibleDescription(), QStringLiteral("“alice” is taken."));
        QCOMPARE(child<QWidget>("bioEdit")->geometry(), bioBefore);
        QVERIFY(child<QPushButton>("saveButton")->isEnabled()); // advice, not a block
        screenshot(demoApp->window.get(), QStringLiteral("availability-taken"));

        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            shownOnScreen(child<QLabel>("usernameError")).contains(QStringLiteral("already taken")),
            WaitMs);
        QCOMPARE(keyTarget(), usernameEdit()); // the 409 landed at the field
        QCOMPARE(shownOnScreen(availability()), QStringLiteral("“alice” is taken."));

        retype(QStringLiteral("a-free-name")); // the field's text was selected for this
        QTRY_COMPARE_WITH_TIMEOUT(shownOnScreen(availability()),
                                  QStringLiteral("“a-free-name” is available."), WaitMs);
        QVERIFY(shownOnScreen(child<QLabel>("usernameError")).isEmpty());
        screenshot(demoApp->window.get(), QStringLiteral("availability-available"));
        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Saved at")), WaitMs);
        QCOMPARE(onWhop().value(QStringLiteral("username")).toString(),
                 QStringLiteral("a-free-name"));
        // Now it is the username: nothing to say, and nothing announced.
        QVERIFY(shownOnScreen(availability()).isEmpty());
        QVERIFY(usernameEdit()->accessibleDescription().isEmpty());
        QCOMPARE(child<QWidget>("bioEdit")->geometry(), bioBefore);
    }

    void conflict_escapeKeepsEverything_thenEnterSavesTheChoice()
    {
        QVERIFY(server()->changeElsewhere(
            QLatin1String(SandboxServer::DemoUserId),
            {{"name", "Name From The Web"}, {"bio", "Bio written on the web."}}));
        press(Qt::Key_N, Qt::AltModifier);
        QCOMPARE(keyTarget(), nameEdit());
        retype(QStringLiteral("Name Typed Here"));
        press(Qt::Key_S, Qt::ControlModifier);

        QPointer dialog = qobject_cast<ui::SaveConflictDialog *>(
            waitForDialog(QStringLiteral("Changed on Whop meanwhile")));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel *>("original_name")->text(),
                 QStringLiteral("Demo Creator"));
        QCOMPARE(dialog->findChild<QLabel *>("theirs_name")->text(),
                 QStringLiteral("Name From The Web"));
        QCOMPARE(dialog->findChild<QLabel *>("yours_name")->text(),
                 QStringLiteral("Name Typed Here"));
        QVERIFY(shownOnScreen(dialog->findChild<QLabel *>("takenNote")).contains("Bio"));
        QVERIFY(!dialog->findChild<QLabel *>("original_bio")); // not a conflict: not asked
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("choice_name"));
        QCOMPARE(qobject_cast<QComboBox *>(keyTarget())->currentText(), QStringLiteral("Yours"));
        screenshot(dialog, QStringLiteral("conflict-dialog"));

        // Escape: back to editing, nothing sent, nothing lost.
        press(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, WaitMs);
        QVERIFY(status().contains(QStringLiteral("Nothing was saved")));
        QCOMPARE(nameEdit()->text(), QStringLiteral("Name Typed Here"));
        QCOMPARE(child<QPlainTextEdit>("bioEdit")->toPlainText(),
                 QStringLiteral("Bio written on the web.")); // changed only there: taken
        QCOMPARE(patches(), 0);
        QCOMPARE(onWhop().value("name").toString(), QStringLiteral("Name From The Web"));

        // Save again: asked again, starting clean; Down picks Whop's version, Enter saves.
        press(Qt::Key_S, Qt::ControlModifier);
        dialog = qobject_cast<ui::SaveConflictDialog *>(
            waitForDialog(QStringLiteral("Changed on Whop meanwhile")));
        QVERIFY(dialog);
        auto *choice = qobject_cast<QComboBox *>(keyTarget());
        QVERIFY(choice);
        QCOMPARE(choice->currentText(), QStringLiteral("Yours"));
        press(Qt::Key_Down);
        QCOMPARE(choice->currentText(), QStringLiteral("The one on Whop now"));
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Saved at")), WaitMs);
        QCOMPARE(nameEdit()->text(), QStringLiteral("Name From The Web"));
        QCOMPARE(patches(), 0); // Whop has it all already
        QVERIFY(!demoApp->window->isWindowModified());
    }

    void conflict_enterRightAway_keepsYours()
    {
        QVERIFY(server()->changeElsewhere(QLatin1String(SandboxServer::DemoUserId),
                                          {{"name", "Someone Else"}}));
        press(Qt::Key_N, Qt::AltModifier);
        retype(QStringLiteral("Mine After All"));
        press(Qt::Key_S, Qt::ControlModifier);
        QPointer dialog = qobject_cast<ui::SaveConflictDialog *>(
            waitForDialog(QStringLiteral("Changed on Whop meanwhile")));
        QVERIFY(dialog);
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Saved at")), WaitMs);
        QVERIFY(!dialog);
        QCOMPARE(onWhop().value("name").toString(), QStringLiteral("Mine After All"));
        QCOMPARE(patches(), 1);
    }

    void demoSwitches_changeTheProfileElsewhere()
    {
        // --demo-changed-elsewhere: the first edit has the sandbox change the profile, so that
        // the first save meets it; Ctrl+Alt+Shift+E does it again whenever pressed.
        app::Options options;
        options.demo = true;
        options.demoChangedElsewhere = true;
        ui::installDemoActions(demoApp->window.get(), demoApp->session.get(), options);
        press(Qt::Key_N, Qt::AltModifier);
        retype(QStringLiteral("My Demo Name"));
        QCOMPARE(onWhop().value("name").toString(), QStringLiteral("Changed Elsewhere 1"));
        press(Qt::Key_S, Qt::ControlModifier);
        QPointer dialog = qobject_cast<ui::SaveConflictDialog *>(
            waitForDialog(QStringLiteral("Changed on Whop meanwhile")));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel *>("theirs_name")->text(),
                 QStringLiteral("Changed Elsewhere 1"));
        QVERIFY(shownOnScreen(dialog->findChild<QLabel *>("takenNote"))
                    .contains(QStringLiteral("Picture")));
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Saved at")), WaitMs);
        QCOMPARE(onWhop().value("name").toString(), QStringLiteral("My Demo Name"));
        // Once only; the hidden action does it on demand.
        retype(QStringLiteral("My Demo Name Again"));
        QCOMPARE(onWhop().value("name").toString(), QStringLiteral("My Demo Name"));
        press(Qt::Key_E, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(onWhop().value("name").toString(), QStringLiteral("Changed Elsewhere 2"));
    }

    void changedOnlyElsewhere_saysSoAfterSaving()
    {
        QVERIFY(server()->changeElsewhere(QLatin1String(SandboxServer::DemoUserId),
                                          {{"bio", "Changed on my phone."}}));
        press(Qt::Key_N, Qt::AltModifier);
        retype(QStringLiteral("Only The Name"));
        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Saved at")), WaitMs);
        QVERIFY2(status().contains(QStringLiteral("Changed elsewhere meanwhile")) &&
                     status().contains(QStringLiteral("Bio")),
                 qPrintable(status()));
        QCOMPARE(child<QPlainTextEdit>("bioEdit")->toPlainText(),
                 QStringLiteral("Changed on my phone."));
        QCOMPARE(onWhop().value("bio").toString(), QStringLiteral("Changed on my phone."));
    }
};

int main(int argc, char **argv)
{
    return runJourney<SafeSaveJourney>(argc, argv);
}
// moc of the shared base class (JourneyApp.h), here rather than in a file of its own.
#include "moc_JourneyApp.cpp"
#include "tst_journey_safe_save.moc"
