// The fault matrix of the safe-save features, against the real session and window:
//  - usernameCheck: each CheckScenario (slow, failing, rate-limited, capped check). The line under
//    the username says what happened in plain words, the event loop never stalls, and Save works
//    all the same (the server decides).
//  - conflict: each ConflictScenario (a save that meets a change made elsewhere while the re-read
//    or the PATCH after the choice fails). The person sees why, nothing typed is lost (editor and
//    disk), nothing of Whop's is overwritten, and once the fault is gone the save goes through.
#include "common/TestSupport.h"
#include "integration/FaultScenarios.h"
#include "profile/DraftKeeper.h"
#include "ui/dialogs/SaveConflictDialog.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using namespace whop::test::faults;
using profile::Field;
using profile::ProfileEditor;
using sandbox::SandboxServer;

class FaultMatrixChecksTest : public QObject
{
    Q_OBJECT
    Rig rig;

    QString availabilityLine() const
    {
        const auto *label = rig.window->findChild<QLabel *>(QStringLiteral("usernameAvailability"));
        return label && label->isVisibleTo(rig.window.get()) ? label->text() : QString();
    }
    int requestsTo(const QString &path, const QByteArray &method = {}) const
    {
        int n = 0;
        for (const auto &r : rig.server()->requests())
            n += r.path.endsWith(path) && (method.isEmpty() || r.method == method);
        return n;
    }
    QJsonObject onWhop() const
    {
        return rig.server()->storedUser(QLatin1String(SandboxServer::DemoUserId));
    }
    bool saveNow()
    {
        QSignalSpy saved(rig.editor(), &ProfileEditor::saved);
        return rig.editor()->save() && saved.wait(15000);
    }
    void noteGap(const Heartbeat &heartbeat)
    {
        rig.noteGap(heartbeat);
        QVERIFY2(
            heartbeat.maxGapMs() < MaxBlockedMs,
            qPrintable(QStringLiteral("event loop blocked for %1 ms").arg(heartbeat.maxGapMs())));
    }

private Q_SLOTS:
    void initTestCase() { whop::test::isolateSettings(); }
    void init()
    {
        rig.start();
        // The pause in typing is checkNow() here (leaving the field does the same).
        auto *checker = rig.editor()->usernameChecker();
        auto settings = checker->settings();
        settings.debounceMs = 60'000;
        checker->setSettings(settings);
    }
    void cleanup() { rig.stop(); }
    void cleanupTestCase()
    {
        std::printf("safe-save fault matrix: %d scenarios, %d passed (event loop never blocked "
                    "more than %lld ms)\n",
                    rig.run, rig.passed, rig.longestGapMs);
        std::fflush(stdout);
    }

    void usernameCheck_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(checkScenarios().size()); ++i)
            QTest::newRow(qPrintable(checkScenarios().at(i).name)) << i;
    }
    void usernameCheck()
    {
        QFETCH(int, index);
        const CheckScenario &s = checkScenarios().at(index);
        ++rig.run;
        auto *editor = rig.editor();
        auto *checker = editor->usernameChecker();
        s.arm(rig);
        if (QTest::currentTestFailed())
            return;
        const QString candidate = QStringLiteral("check-%1").arg(index);
        const QString path = QStringLiteral("/users/") + candidate;
        Heartbeat heartbeat;
        heartbeat.start();
        editor->setValue(Field::Username, candidate);
        checker->checkNow();
        if (s.saveWhileChecking) {
            QVERIFY(checker->isRunning());
            QVERIFY2(availabilityLine().contains(s.words.first()), qPrintable(availabilityLine()));
            QVERIFY(editor->canSave()); // a check never holds a save back
            QVERIFY(saveNow());
            // The name is the username now: the check is stopped and its line gone.
            QVERIFY(!checker->isRunning());
            QVERIFY(availabilityLine().isEmpty());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!checker->isRunning(), 15000);
            QString missing;
            QVERIFY2(
                containsAll(availabilityLine(), s.words, &missing),
                qPrintable(QStringLiteral("'%1' not in: %2").arg(missing, availabilityLine())));
            // The line is what a screen reader hears with the field.
            QCOMPARE(rig.window->findChild<QWidget *>(QStringLiteral("usernameEdit"))
                         ->accessibleDescription(),
                     availabilityLine());
            QVERIFY(editor->canSave());
            rig.server()->clearFaults();
            QVERIFY2(saveNow(), qPrintable(editor->lastError().userMessage()));
        }
        heartbeat.stop();
        noteGap(heartbeat);
        QVERIFY(requestsTo(path, "GET") <= s.maxRequests);
        QCOMPARE(onWhop().value(QStringLiteral("username")).toString(), candidate);
        QVERIFY(rig.window->bannerText().isEmpty());
        ++rig.passed;
    }

    void conflict_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(conflictScenarios().size()); ++i)
            QTest::newRow(qPrintable(conflictScenarios().at(i).name)) << i;
    }
    void conflict()
    {
        QFETCH(int, index);
        const ConflictScenario &s = conflictScenarios().at(index);
        ++rig.run;
        auto *editor = rig.editor();
        const QString original = editor->value(Field::Name);
        const QString typed = QStringLiteral("Typed In Matrix %1").arg(index);
        const QString theirs = QStringLiteral("Changed Elsewhere %1").arg(index);
        const QString theirBio = QStringLiteral("Bio changed elsewhere %1").arg(index);
        editor->setValue(Field::Name, typed);
        QVERIFY(rig.server()->changeElsewhere(QLatin1String(SandboxServer::DemoUserId),
                                              {{"name", theirs}, {"bio", theirBio}}));
        QSignalSpy conflicts(editor, &ProfileEditor::conflictFound);
        QSignalSpy fieldErrors(editor, &ProfileEditor::serverFieldError);
        Heartbeat heartbeat;
        heartbeat.start();
        // The dialog the window opens for a conflict, answered "keep mine".
        const auto keepMine = [&] {
            QTRY_VERIFY_WITH_TIMEOUT(rig.window->findChild<ui::SaveConflictDialog *>(), 15000);
            rig.window->findChild<ui::SaveConflictDialog *>()->accept();
        };
        if (s.onReRead) {
            s.arm(rig);
            QVERIFY(editor->save());
        } else {
            QVERIFY(editor->save());
            QTRY_COMPARE_WITH_TIMEOUT(conflicts.size(), 1, 15000);
            s.arm(rig); // the PATCH after the choice is the one to fail
            keepMine();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            !editor->isBusy() && (editor->lastError().isError() || !fieldErrors.isEmpty()), 30000);
        heartbeat.stop();
        noteGap(heartbeat);

        // 1. The person sees why, in plain words.
        QString missing;
        if (s.fieldError) {
            QCOMPARE(fieldErrors.first().at(0).value<Field>(), s.field);
            const QString beside = rig.fieldErrorLabel(s.field);
            QVERIFY2(containsAll(beside, s.words, &missing), qPrintable(beside));
        } else {
            QCOMPARE(editor->lastError().kind, s.kind);
            QVERIFY2(containsAll(rig.window->bannerText(), s.words, &missing),
                     qPrintable(rig.window->bannerText()));
        }
        if (s.onReRead) {
            QCOMPARE(editor->failedStep(), avatar::SaveStep::Check);
            QCOMPARE(conflicts.size(), 0); // never mistaken for (or hiding) a conflict
        }
        // 2. Nothing of Whop's was overwritten before the person chose (a PATCH that timed out
        //    after the choice may have been applied), nothing typed is lost (here and on disk).
        if (s.onReRead)
            QCOMPARE(onWhop().value("name").toString(), theirs);
        QCOMPARE(editor->value(Field::Name), typed);
        rig.session->drafts()->flush();
        const auto kept = rig.draftOnDisk();
        QVERIFY(kept.has_value());
        QCOMPARE(kept->edits.value(Field::Name), typed);
        // Until the person has chosen, the draft still stands on the original name.
        if (s.onReRead)
            QCOMPARE(kept->base.name, original);

        // 3. Once the fault is gone the save goes through: asking first if not asked yet.
        rig.server()->clearFaults();
        QVERIFY(rig.client()->setConfig(rig.normal));
        QSignalSpy saved(editor, &ProfileEditor::saved);
        QVERIFY(editor->save());
        if (s.onReRead)
            keepMine();
        QVERIFY2(saved.wait(15000) || !saved.isEmpty(), qPrintable(editor->errorText()));
        QCOMPARE(onWhop().value("name").toString(), typed);
        QCOMPARE(onWhop().value("bio").toString(), theirBio); // changed only there: kept
        QVERIFY(!editor->isDirty());
        QVERIFY(rig.window->bannerText().isEmpty());
        ++rig.passed;
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    FaultMatrixChecksTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_fault_matrix_checks.moc"
