// Killed mid-edit, started again: the real binary is killed with SIGKILL once its draft is on
// disk (driven by its --demo test hooks, app/DemoScript.h, as nothing can type into another
// process), then the editor starts again here, in the same folders, and the person answers the
// recovery question with the keyboard: Enter restores, Escape restores too (nothing is lost by
// closing the question), Alt+D discards.
#include "common/TreePath.h"
#include "journeys/JourneyApp.h"
#include "ui/dialogs/DraftRecoveryDialog.h"

#include <QApplication>

#ifndef WHOP_APP_BINARY
#error "WHOP_APP_BINARY must name the application binary"
#endif

using namespace whop;
using namespace whop::journey;

class RecoveryJourney : public JourneyTest
{
    Q_OBJECT

public:
    using JourneyTest::JourneyTest;

private:
    const QString typedName = QStringLiteral("Killed Mid-Edit");
    QString draftPath;

    static QString name(JourneyApp &app) { return shownText(app.field<QLineEdit>("nameEdit")); }

private Q_SLOTS:
    void initTestCase()
    {
        JourneyTest::initTestCase();
        QVERIFY(sharedHome().isValid());
        // The first run: edits its name (as if typed), keeps the draft, and is killed.
        const KilledRun first = runUntilKilled(
            whop::test::treePath(WHOP_APP_BINARY),
            {{QStringLiteral("WHOP_DEMO_SCRIPTED_EDIT"),
              QStringLiteral("{\"name\": \"%1\"}").arg(typedName)}},
            [](const QByteArray &out) { return out.contains("whop-demo: draft-written "); }, 30000);
        QVERIFY2(first.killed, qPrintable(first.problem));
        const QByteArray &out = first.printed;
        const qsizetype at = out.indexOf("\"path\":\"") + 8;
        draftPath = QString::fromUtf8(out.mid(at, out.indexOf('"', at) - at));
        QVERIFY2(draftPath.startsWith(sharedHome().path()), qPrintable(draftPath));
        QVERIFY(QFile::exists(draftPath));
    }

    void restarted_EnterRestores_EscapeRestores_AltDDiscards()
    {
        for (const char *answer : {"enter", "escape", "discard"}) {
            JourneyApp app(demo());
            QDialog *offer = waitForDialog(QStringLiteral("Recover unsaved changes"));
            QVERIFY2(offer, answer);
            QVERIFY(showsText(offer, typedName));
            QVERIFY(showsText(offer, QStringLiteral("Demo Creator"))); // what Whop has now
            if (qstrcmp(answer, "enter") == 0)
                press(Qt::Key_Return);
            else if (qstrcmp(answer, "escape") == 0)
                press(Qt::Key_Escape);
            else
                press(Qt::Key_D, Qt::AltModifier); // &Discard draft
            QVERIFY(waitForDialogGone(QStringLiteral("Recover unsaved changes")));
            if (qstrcmp(answer, "discard") == 0) {
                QTRY_COMPARE_WITH_TIMEOUT(name(app), QStringLiteral("Demo Creator"), WaitMs);
                QTRY_VERIFY(!QFile::exists(draftPath));
                QVERIFY(!app.window->isWindowModified());
            } else {
                QTRY_COMPARE_WITH_TIMEOUT(name(app), typedName, WaitMs);
                QVERIFY(app.window->isWindowModified());
                QVERIFY(app.field<QWidget>("saveButton")->isEnabled());
                QVERIFY(QFile::exists(draftPath)); // still kept until saved or discarded
            }
        }
    }
};

int main(int argc, char **argv)
{
    return runRestartedJourney<RecoveryJourney>(argc, argv);
}
// moc of the shared base class (JourneyApp.h), here rather than in a file of its own.
#include "moc_JourneyApp.cpp"
#include "tst_journey_recovery.moc"
