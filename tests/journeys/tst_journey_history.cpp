// History with the keyboard only, in the demo: a saved name, then Profile → History by its
// shortcut (Ctrl+H), Tab to the list, the arrows to the name's row, Enter restores it after the
// confirmation (Enter again), and the profile on screen shows it; the filters by text and by
// outcome; Escape closes. Restoring the profile on screen while it has unsaved edits asks first
// (Escape: nothing happens; Enter: the edits are saved, then the value is put back). A field
// changed elsewhere since is asked about, and Enter keeps Whop's value.
#include "history/HistoryModel.h"
#include "journeys/JourneyApp.h"
#include "ui/dialogs/HistoryDialog.h"

#include <QTreeView>

using namespace whop;
using namespace whop::journey;

class HistoryJourney : public JourneyTest
{
    Q_OBJECT
    QString onWhop(const char *field) const
    {
        return demoApp->demoServer()
            ->storedUser(QLatin1String(sandbox::SandboxServer::DemoUserId))
            .value(QLatin1String(field))
            .toString();
    }
    static ui::HistoryDialog *history(QDialog *d) { return qobject_cast<ui::HistoryDialog *>(d); }
    // A name typed and saved with the keys.
    void saveName(const QString &name)
    {
        press(Qt::Key_N, Qt::AltModifier);
        press(QKeySequence::SelectAll);
        type(name);
        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(demoApp->status().startsWith(QStringLiteral("Saved at")), WaitMs);
    }
    // Ctrl+H, then Tab until the list has the keyboard.
    ui::HistoryDialog *openHistoryAndTabToTheList()
    {
        press(Qt::Key_H, Qt::ControlModifier);
        ui::HistoryDialog *dialog = history(waitForDialog(QStringLiteral("History")));
        if (!dialog)
            return nullptr;
        if (!tabUntil([dialog](QWidget *w) { return w == dialog->tree(); }))
            return nullptr;
        return dialog;
    }
    // A question opened by History closed: the window manager gives the keyboard back to History,
    // the window it belonged to (the offscreen platform gives it to nobody; Journey.h's
    // activateWindowBelow would pick the main window).
    static bool backTo(QDialog *dialog)
    {
        if (QApplication::activeWindow() != dialog)
            dialog->activateWindow();
        return QTest::qWaitForWindowActive(dialog);
    }
    static QString cell(ui::HistoryDialog *d, int column)
    {
        return d->tree()->currentIndex().siblingAtColumn(column).data().toString();
    }

private Q_SLOTS:
    void init()
    {
        JourneyTest::init();
        QVERIFY(openDemo());
    }

    void keysOnly_openTabArrowsEnterRestores_filtersNarrow_EscapeCloses()
    {
        saveName(QStringLiteral("Named For History"));
        ui::HistoryDialog *dialog = openHistoryAndTabToTheList();
        QVERIFY(dialog);
        // The save, newest first, with its field before → after and its outcome.
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(cell(dialog, history::HistoryModel::ChangeColumn), QStringLiteral("Save"));
        QCOMPARE(cell(dialog, history::HistoryModel::FieldsColumn),
                 QStringLiteral("Name: “Demo Creator” → “Named For History”"));
        QCOMPARE(cell(dialog, history::HistoryModel::OutcomeColumn), QStringLiteral("Applied"));
        QVERIFY(showsText(dialog, QStringLiteral("Restore This Change…")));
        // Right opens it, Down reaches its name.
        press(Qt::Key_Right);
        press(Qt::Key_Down);
        QCOMPARE(cell(dialog, history::HistoryModel::ChangeColumn), QStringLiteral("Name"));
        QVERIFY(showsText(dialog, QStringLiteral("Restore This Field…")));
        // Enter restores it, after the confirmation (Enter again).
        press(Qt::Key_Return);
        QDialog *confirm = waitForDialog(QStringLiteral("Restore"));
        QVERIFY(confirm && confirm != dialog);
        QVERIFY(showsText(confirm, QStringLiteral("• Name → “Demo Creator”")));
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(onWhop("name"), QStringLiteral("Demo Creator"), WaitMs);
        // The profile on screen shows it, and the restore is in the list, newest first.
        QTRY_COMPARE_WITH_TIMEOUT(shownText(demoApp->field<QLineEdit>("nameEdit")),
                                  QStringLiteral("Demo Creator"), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 2, WaitMs);
        QCOMPARE(dialog->model()->index(0, history::HistoryModel::ChangeColumn).data().toString(),
                 QStringLiteral("Restore"));
        QVERIFY(dialog->statusText().contains(QStringLiteral("1 account restored")));
        QVERIFY(backTo(dialog));

        // The text filter: a value narrows, something else empties the list.
        press(Qt::Key_F, Qt::AltModifier);
        type(QStringLiteral("named for"));
        QCOMPARE(dialog->model()->rowCount(), 2); // both changes have that value
        press(QKeySequence::SelectAll);
        type(QStringLiteral("nowhere-to-be-found"));
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(dialog->statusText().contains(QStringLiteral("0 of 2 changes shown.")));
        press(QKeySequence::SelectAll);
        press(Qt::Key_Backspace);
        QCOMPARE(dialog->model()->rowCount(), 2);
        // The outcome filter.
        press(Qt::Key_O, Qt::AltModifier);
        QVERIFY(chooseInFocusedCombo(QStringLiteral("Refused")));
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(chooseInFocusedCombo(QStringLiteral("Applied")));
        QCOMPARE(dialog->model()->rowCount(), 2);

        // Escape closes it.
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("History")));
    }

    void theProfileOnScreenWithUnsavedEdits_isAskedAbout_beforeAnythingIsPutBack()
    {
        saveName(QStringLiteral("Saved Name"));
        press(Qt::Key_B, Qt::AltModifier);
        press(Qt::Key_End, Qt::ControlModifier);
        type(QStringLiteral(" Typed, not saved."));
        const QString typedBio = shownText(demoApp->field<QPlainTextEdit>("bioEdit"));
        QVERIFY(typedBio.endsWith(QStringLiteral("Typed, not saved.")));

        ui::HistoryDialog *dialog = openHistoryAndTabToTheList();
        QVERIFY(dialog);
        press(Qt::Key_Return); // the whole change
        QVERIFY(waitForDialog(QStringLiteral("Restore")));
        press(Qt::Key_Return);
        // The unsaved edits are not lost: Escape (Cancel) puts nothing back.
        QVERIFY(waitForDialog(QStringLiteral("Unsaved changes")));
        press(Qt::Key_Escape);
        QVERIFY(waitForDialogGone(QStringLiteral("Unsaved changes")));
        QTest::qWait(300);
        QCOMPARE(onWhop("name"), QStringLiteral("Saved Name"));
        QCOMPARE(shownText(demoApp->field<QPlainTextEdit>("bioEdit")), typedBio);

        // Again, and Enter (Save): the edits are saved first, then the name is put back.
        QVERIFY(backTo(dialog));
        press(Qt::Key_Return);
        QVERIFY(waitForDialog(QStringLiteral("Restore")));
        press(Qt::Key_Return);
        QVERIFY(waitForDialog(QStringLiteral("Unsaved changes")));
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(onWhop("name"), QStringLiteral("Demo Creator"), WaitMs);
        QCOMPARE(onWhop("bio"), typedBio);
        QTRY_COMPARE_WITH_TIMEOUT(shownText(demoApp->field<QLineEdit>("nameEdit")),
                                  QStringLiteral("Demo Creator"), WaitMs);
        QCOMPARE(shownText(demoApp->field<QPlainTextEdit>("bioEdit")), typedBio);
    }

    void aNameChangedElsewhereSince_isAskedAbout_andEnterKeepsWhops()
    {
        saveName(QStringLiteral("Written Here"));
        QVERIFY(demoApp->session->changeProfileElsewhere()); // as the web would
        const QString elsewhere = onWhop("name");
        QVERIFY(elsewhere.startsWith(QStringLiteral("Changed Elsewhere")));
        ui::HistoryDialog *dialog = openHistoryAndTabToTheList();
        QVERIFY(dialog);
        press(Qt::Key_Return);
        QVERIFY(waitForDialog(QStringLiteral("Restore")));
        press(Qt::Key_Return);
        QDialog *question = waitForDialog(QStringLiteral("Changed on Whop since"));
        QVERIFY(question);
        QVERIFY(showsText(question, QStringLiteral("Written Here")));
        QVERIFY(showsText(question, elsewhere));
        QCOMPARE(focusedText(), QStringLiteral("The one on Whop now")); // Whop's, unless chosen
        press(Qt::Key_Return);
        QVERIFY(waitForDialogGone(QStringLiteral("Changed on Whop since")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral("kept as changed")),
                                 WaitMs);
        QCOMPARE(onWhop("name"), elsewhere);
    }
};

int main(int argc, char **argv)
{
    return runJourney<HistoryJourney>(argc, argv);
}
// moc of the shared base class (JourneyApp.h), here rather than in a file of its own.
#include "moc_JourneyApp.cpp"
#include "tst_journey_history.moc"
