// The profile editor's saves in the change journal (app/core/journal), against the sandbox on
// 127.0.0.1: each PATCH is recorded before it is sent and completed with what became of it,
// including an answer lost on the way (unknown, later decided by a read), and nothing is sent
// when it cannot be recorded.
#include "integration/SafeSaveRig.h"
#include "journal/ChangeJournal.h"
#include "journal/JournalReader.h"

#include <QCoreApplication>
#include <QFile>

using namespace whop;
using namespace whop::test;
using journal::ChangeStatus;
using profile::Field;
using sandbox::Fault;

class TestJournalSave : public SafeSaveRigTest
{
    Q_OBJECT

    QList<journal::JournalChange> changes() const
    {
        return journal::listChanges(rig.journal->read());
    }
    QString failedSave()
    {
        if (!rig.editor->save())
            return {};
        (void)QTest::qWaitFor([&] { return rig.editor->lastError().isError(); }, 20000);
        return rig.editor->errorText();
    }

private Q_SLOTS:
    void aSave_isRecordedBeforeItIsSent_andCompletedWithTheAnswer_data() { addModes(); }
    void aSave_isRecordedBeforeItIsSent_andCompletedWithTheAnswer()
    {
        QFETCH(Mode, mode);
        rig.startWithJournal(mode, QStringLiteral("idn_test"));
        const QString before = rig.editor->snapshot().displayName();
        rig.editor->setValue(Field::Name, QStringLiteral("Journal Person"));
        // Whop holds the PATCH a while: meanwhile the intent is there, without an outcome.
        Fault slow = makeFault(Fault::Kind::Delay, 200, 800);
        slow.method = "PATCH";
        rig.f.server->injectFault(slow);
        QSignalSpy saved(rig.editor.get(), &profile::ProfileEditor::saved);
        QVERIFY(rig.editor->save());
        QTRY_COMPARE_WITH_TIMEOUT(rig.editor->saveStep(), avatar::SaveStep::Update, 10000);
        QCOMPARE(changes().size(), 1);
        QCOMPARE(changes().first().status(), ChangeStatus::Pending);
        QVERIFY(saved.wait(10000));

        const journal::JournalChange c = changes().first();
        QCOMPARE(c.status(), ChangeStatus::Applied);
        QCOMPARE(c.intent.kind, journal::ChangeKind::Save);
        QCOMPARE(c.intent.identityId, QStringLiteral("idn_test"));
        QCOMPARE(c.intent.origin, journal::originOf(rig.f.server->baseUrl()));
        QCOMPARE(c.intent.userId, SafeSaveRig::DemoUser);
        QCOMPARE(c.intent.accountId, rig.account());
        QCOMPARE(c.intent.sent, api::UserChanges{.name = QStringLiteral("Journal Person")});
        QCOMPARE(c.intent.before, api::UserChanges{.name = before});
        QCOMPARE(c.answer->held, api::UserChanges{.name = QStringLiteral("Journal Person")});
        QCOMPARE(c.answer->userId, SafeSaveRig::DemoUser);
    }

    void anAnswerLostAfterWhopAppliedIt_isUnknown_untilAReadShowsItArrived()
    {
        rig.startWithJournal(Mode::UserToken, QStringLiteral("idn_test"));
        rig.editor->setValue(Field::Bio, QStringLiteral("Applied, answer lost."));
        Fault cut = makeFault(Fault::Kind::DropMidResponse, 200);
        cut.method = "PATCH";
        rig.f.server->injectFault(cut, 3); // the first attempt and both retries
        QVERIFY(!failedSave().isEmpty());
        QCOMPARE(changes().first().status(), ChangeStatus::Unknown);
        QCOMPARE(rig.onWhop().bioText(), QStringLiteral("Applied, answer lost."));

        QSignalSpy loaded(rig.editor.get(), &profile::ProfileEditor::loaded);
        rig.editor->load(); // F5: the read decides it
        QVERIFY(loaded.wait(10000));
        const journal::JournalChange c = changes().first();
        QCOMPARE(c.status(), ChangeStatus::Arrived);
        QCOMPARE(c.answer->result, journal::Outcome::Result::Unknown);
        QCOMPARE(c.resolution->held.bio, std::optional<QString>("Applied, answer lost."));
    }

    void aConnectionDroppedBeforeWhopSawIt_isUnknown_untilTheNextSaveShowsItDidNotArrive()
    {
        rig.startWithJournal(Mode::Override, QStringLiteral("idn_test"));
        rig.editor->setValue(Field::Name, QStringLiteral("Never Arrived"));
        Fault drop = makeFault(Fault::Kind::Drop);
        drop.method = "PATCH";
        rig.f.server->injectFault(drop, 100); // Qt resends on a closed kept-alive connection
        QVERIFY(failedSave().contains(QStringLiteral("Could not reach Whop")));
        QCOMPARE(changes().first().status(), ChangeStatus::Unknown);

        rig.f.server->clearFaults();
        QVERIFY(rig.saveAndWait()); // its re-read decides the lost one, then it is sent again
        const QList<journal::JournalChange> list = changes();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).status(), ChangeStatus::Applied);
        QCOMPARE(list.at(1).status(), ChangeStatus::DidNotArrive);
        QCOMPARE(list.at(1).answer->errorKind, QStringLiteral("offline"));
    }

    void aRefusal_isRecordedWithItsKindAndMessage()
    {
        rig.startWithJournal(Mode::UserToken, QStringLiteral("idn_test"));
        rig.editor->setValue(Field::Username, QStringLiteral("taken-name"));
        QVERIFY(rig.editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.editor->fieldError(Field::Username).isEmpty(), 10000);
        const journal::JournalChange c = changes().first();
        QCOMPARE(c.status(), ChangeStatus::Refused);
        QCOMPARE(c.answer->errorKind, QStringLiteral("conflict"));
        QCOMPARE(c.answer->httpStatus, 409);
        QVERIFY(!c.answer->errorMessage.isEmpty());
    }

    void whenItCannotBeRecorded_nothingIsSent_andTheBannerSaysWhy_data()
    {
        QTest::addColumn<bool>("diskFull");
        QTest::newRow("no space left") << true;
        QTest::newRow("folder cannot be made") << false;
    }
    void whenItCannotBeRecorded_nothingIsSent_andTheBannerSaysWhy()
    {
        QFETCH(bool, diskFull);
        rig.startWithJournal(Mode::UserToken, QStringLiteral("idn_test"));
        const QString folder = rig.journalDir->path() + QStringLiteral("/journal");
        if (diskFull) { // writes to /dev/full fail with ENOSPC, as on a full disk
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::link(QStringLiteral("/dev/full"), folder + QStringLiteral("/x.jsonl")));
        } else { // a file where the folder would be (root may write into read-only folders)
            QFile blocker(folder);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        rig.journal = std::make_shared<journal::ChangeJournal>(QStringLiteral("x"), folder);
        rig.editor->setValue(Field::Name, QStringLiteral("Not Sent"));
        const QString text = failedSave();
        QVERIFY2(text.startsWith(QStringLiteral("Your change was not sent because it could not be "
                                                "recorded first: ")),
                 qPrintable(text));
        if (diskFull)
            QVERIFY2(text.contains(QStringLiteral("No space left"), Qt::CaseInsensitive),
                     qPrintable(text));
        QVERIFY(rig.sent("PATCH").isEmpty());
        QCOMPARE(rig.editor->lastError().kind, api::ErrorKind::NotRecorded);
        QVERIFY(rig.editor->canRetry());
        QVERIFY(rig.editor->isDirty()); // the edit stays
        QCOMPARE(rig.onWhop().displayName() == QStringLiteral("Not Sent"), false);
    }

    void aPictureThisEditorSet_isNamedAsTheBeforeOfTheNext()
    {
        rig.startWithJournal(Mode::UserToken, QStringLiteral("idn_test"));
        rig.editor->setPicture(rig.picture());
        QVERIFY(rig.saveAndWait());
        const journal::JournalChange first = changes().first();
        QVERIFY(first.intent.sent.pictureFileId.has_value());
        QVERIFY(first.intent.pictureUploadedHere);
        QVERIFY(!first.intent.before.pictureFileId); // set elsewhere (the demo data's)

        rig.editor->setPicture(rig.picture());
        QVERIFY(rig.saveAndWait());
        const journal::JournalChange second = changes().first();
        QCOMPARE(second.intent.before.pictureFileId, first.intent.sent.pictureFileId);
        QCOMPARE(second.intent.pictureBefore, first.answer->heldPicture);
        QVERIFY(second.intent.sent.pictureFileId != first.intent.sent.pictureFileId);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestJournalSave test;
    return QTest::qExec(&test, argc, argv);
}
// moc of the shared base class (SafeSaveRig.h), here rather than in a file of its own.
#include "moc_SafeSaveRig.cpp"
#include "tst_journal_save.moc"
