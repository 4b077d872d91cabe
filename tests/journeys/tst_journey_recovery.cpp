// Killed mid-edit, started again: the real binary is killed with SIGKILL once its draft is on
// disk (driven by its --demo test hooks, app/DemoScript.h, as nothing can type into another
// process), then the editor starts again here, in the same folders, and the person answers the
// recovery question with the keyboard: Enter restores, Escape restores too (nothing is lost by
// closing the question), Alt+D discards.
#include "AppInfo.h"
#include "DraftRecoveryDialog.h"
#include "JourneyApp.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>

#ifndef WHOP_APP_BINARY
#error "WHOP_APP_BINARY must name the application binary"
#endif

using namespace whop;
using namespace whop::journey;

namespace {

// HOME and the XDG folders of both runs: the killed one and this one.
QTemporaryDir &home()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

class RecoveryJourney : public QObject
{
    Q_OBJECT
    const QString typedName = QStringLiteral("Killed Mid-Edit");
    QString draftPath;

    static app::Options demo()
    {
        app::Options options;
        options.demo = true;
        return options;
    }
    static QString name(JourneyApp &app) { return shownText(app.field<QLineEdit>("nameEdit")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home().isValid());
        // The first run: edits its name (as if typed), keeps the draft, and is killed.
        QProcess first;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("WHOP_DEMO_RECOVERY_ANSWER"));
        env.insert(QStringLiteral("WHOP_DEMO_EVENTS"), QStringLiteral("1"));
        env.insert(QStringLiteral("WHOP_DEMO_SCRIPTED_EDIT"),
                   QStringLiteral("{\"name\": \"%1\"}").arg(typedName));
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(WHOP_APP_BINARY), {QStringLiteral("--demo")});
        QVERIFY2(first.waitForStarted(10000), qPrintable(first.errorString()));
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += first.readAllStandardOutput();
                return out.contains("whop-demo: draft-written ");
            },
            30000));
        first.kill(); // SIGKILL: no handler, no cleanup
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const qsizetype at = out.indexOf("\"path\":\"") + 8;
        draftPath = QString::fromUtf8(out.mid(at, out.indexOf('"', at) - at));
        QVERIFY2(draftPath.startsWith(home().path()), qPrintable(draftPath));
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
    // Both runs use the same throw-away folders, and the app's own names, so this run finds
    // what the killed one left.
    const QString root = home().path();
    qputenv("HOME", root.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (root + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (root + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (root + QStringLiteral("/cache")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QLatin1String(whop::AppName));
    QApplication::setOrganizationName(QLatin1String(whop::OrganizationName));
    RecoveryJourney test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_journey_recovery.moc"
