// Saving safely, against the sandbox, for each kind of credential and profile (SafeSaveRig.h):
// the re-read before the PATCH and its three outcomes (nothing changed elsewhere; a field changed
// only elsewhere; a field changed in both places), the picture as a field, and a failed re-read.
// Nothing typed is ever lost (the editor and the draft on disk), whatever the branch.
#include "integration/SafeSaveRig.h"

using namespace whop;
using namespace whop::test;
using profile::ConflictChoice;
using profile::Field;
using profile::ProfileEditor;
using profile::SaveConflict;
using sandbox::Fault;
using sandbox::SandboxServer;

namespace {
const QString DemoUser = SafeSaveRig::DemoUser;
const QString Studio = SafeSaveRig::Studio;
} // namespace

class SafeSaveTest : public SafeSaveRigTest
{
    Q_OBJECT

private Q_SLOTS:
    void nothingChangedElsewhere_oneReadThenOnePatch_data() { addModes(); }
    void nothingChangedElsewhere_oneReadThenOnePatch()
    {
        QFETCH(Mode, mode);
        rig.start(mode);
        rig.editor->setValue(Field::Name, QStringLiteral("Nobody Else Touched It"));
        QSignalSpy elsewhere(rig.editor.get(), &ProfileEditor::changedElsewhere);
        QVERIFY(rig.saveAndWait());
        QCOMPARE(rig.sent("GET").size(), 1);
        QCOMPARE(rig.sent("PATCH").size(), 1);
        QCOMPARE(jsonOf(rig.sent("PATCH").first().body),
                 QJsonObject({{"name", "Nobody Else Touched It"}}));
        // The read came first, then the PATCH.
        QCOMPARE(rig.f.server->requests().first().method, QByteArray("GET"));
        rig.checkRouting();
        QCOMPARE(elsewhere.size(), 0);
        QVERIFY(!rig.editor->lastCheck().changedElsewhere());
        QCOMPARE(rig.onWhop().displayName(), QStringLiteral("Nobody Else Touched It"));
    }

    void changedOnlyElsewhere_takesWhopsValue_andSendsNothingForIt_data() { addModes(); }
    void changedOnlyElsewhere_takesWhopsValue_andSendsNothingForIt()
    {
        QFETCH(Mode, mode);
        rig.start(mode);
        const QUrl pictureBefore = rig.editor->snapshot().pictureUrl;
        rig.editor->setValue(Field::Name, QStringLiteral("My New Name"));
        rig.changeElsewhere({{"bio", "Written on the web."}, {"profile_picture", true}});
        QSignalSpy elsewhere(rig.editor.get(), &ProfileEditor::changedElsewhere);
        QVERIFY(rig.saveAndWait());

        QCOMPARE(elsewhere.size(), 1);
        const SaveConflict check = rig.editor->lastCheck();
        QCOMPARE(check.taken, QList<Field>{Field::Bio});
        QVERIFY(check.pictureTaken);
        QVERIFY(!check.hasConflicts());
        // Only the person's field went out; Whop's bio and picture stay.
        QCOMPARE(rig.sent("PATCH").size(), 1);
        QCOMPARE(jsonOf(rig.sent("PATCH").first().body), QJsonObject({{"name", "My New Name"}}));
        rig.checkRouting();
        const api::User now = rig.onWhop();
        QCOMPARE(now.displayName(), QStringLiteral("My New Name"));
        QCOMPARE(now.bioText(), QStringLiteral("Written on the web."));
        QVERIFY(now.pictureUrl != pictureBefore);
        // The form shows Whop's values for them.
        QCOMPARE(rig.editor->value(Field::Bio), QStringLiteral("Written on the web."));
        QCOMPARE(rig.editor->snapshot().pictureUrl, now.pictureUrl);
        QVERIFY(!rig.editor->isDirty());
    }

    void changedInBothPlaces_sendsNothing_keepsTheDraft_thenSavesTheChoice_data() { addModes(); }
    void changedInBothPlaces_sendsNothing_keepsTheDraft_thenSavesTheChoice()
    {
        QFETCH(Mode, mode);
        rig.start(mode);
        const QString original = rig.editor->value(Field::Name);
        rig.editor->setValue(Field::Name, QStringLiteral("Typed Here"));
        rig.editor->setValue(Field::Bio, QStringLiteral("Also typed here."));
        rig.changeElsewhere({{"name", "Typed Elsewhere"}, {"username", "renamed-on-the-web"}});
        const SaveConflict conflict = rig.saveIntoConflict();
        QVERIFY(conflict.hasConflicts());
        QCOMPARE(conflict.fields.size(), 1);
        QCOMPARE(conflict.fields.first().field, Field::Name);
        QCOMPARE(conflict.fields.first().original, original);
        QCOMPARE(conflict.fields.first().theirs, QStringLiteral("Typed Elsewhere"));
        QCOMPARE(conflict.fields.first().yours, QStringLiteral("Typed Here"));
        QCOMPARE(conflict.taken, QList<Field>{Field::Username}); // untouched here: taken as is
        QVERIFY(!conflict.picture);

        // Nothing was sent, nothing typed is lost, and the form is editable again.
        QCOMPARE(rig.sent("PATCH").size(), 0);
        QCOMPARE(rig.editor->state(), ProfileEditor::State::Ready);
        QVERIFY(rig.editor->hasUnresolvedConflict());
        QCOMPARE(rig.editor->value(Field::Name), QStringLiteral("Typed Here"));
        QCOMPARE(rig.editor->value(Field::Bio), QStringLiteral("Also typed here."));
        QCOMPARE(rig.editor->value(Field::Username), QStringLiteral("renamed-on-the-web"));
        QVERIFY(rig.editor->canSave());
        // On disk too, with the name's base still the original: after a restart the recovery
        // would flag it as changed on Whop.
        const profile::Draft kept = rig.draftOnDisk();
        QCOMPARE(kept.edits.value(Field::Name), QStringLiteral("Typed Here"));
        QCOMPARE(kept.edits.value(Field::Bio), QStringLiteral("Also typed here."));
        QCOMPARE(kept.base.name, original);
        QVERIFY(!kept.edits.contains(Field::Username));

        // One click: keep mine for the name.
        QSignalSpy saved(rig.editor.get(), &ProfileEditor::saved);
        QVERIFY(rig.editor->resolveConflicts({{Field::Name, ConflictChoice::Yours}}));
        QVERIFY(saved.wait(10000));
        QCOMPARE(rig.sent("PATCH").size(), 1);
        QCOMPARE(jsonOf(rig.sent("PATCH").first().body),
                 QJsonObject({{"name", "Typed Here"}, {"bio", "Also typed here."}}));
        rig.checkRouting();
        const api::User now = rig.onWhop();
        QCOMPARE(now.displayName(), QStringLiteral("Typed Here"));
        QCOMPARE(now.bioText(), QStringLiteral("Also typed here."));
        QCOMPARE(now.username, QStringLiteral("renamed-on-the-web"));
        QVERIFY(!rig.editor->hasUnresolvedConflict());
        QVERIFY(!rig.editor->isDirty());
    }

    void eachChoice_sendsWhatWasChosen_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<ConflictChoice>("choice");
        QTest::addColumn<QString>("expected");
        for (const auto &[name, m] :
             {std::pair{"user token", Mode::UserToken}, std::pair{"override mode", Mode::Override},
              std::pair{"API key", Mode::ApiKey}}) {
            QTest::addRow("%s, theirs", name) << m << ConflictChoice::Theirs << "From the web";
            QTest::addRow("%s, as before", name) << m << ConflictChoice::Original << "";
        }
    }
    void eachChoice_sendsWhatWasChosen()
    {
        QFETCH(ConflictChoice, choice);
        QFETCH(QString, expected);
        QFETCH(Mode, mode);
        rig.start(mode);
        const QString original = rig.editor->value(Field::Bio);
        if (expected.isEmpty())
            expected = original;
        rig.editor->setValue(Field::Bio, QStringLiteral("Mine"));
        rig.editor->setValue(Field::Name, QStringLiteral("Name Too"));
        rig.changeElsewhere({{"bio", "From the web"}});
        QVERIFY(rig.saveIntoConflict().hasConflicts());
        QSignalSpy saved(rig.editor.get(), &ProfileEditor::saved);
        QVERIFY(rig.editor->resolveConflicts({{Field::Bio, choice}}));
        QVERIFY(saved.wait(10000));
        QJsonObject patch{{"name", "Name Too"}};
        if (choice == ConflictChoice::Original)
            patch.insert("bio", original); // puts back the value before both changes
        QCOMPARE(jsonOf(rig.sent("PATCH").last().body), patch);
        QCOMPARE(rig.onWhop().bioText(), expected);
        QCOMPARE(rig.editor->value(Field::Bio), expected);
    }

    void sameChangeInBothPlaces_isNoConflict_andNeedsNoPatch_data() { addModes(); }
    void sameChangeInBothPlaces_isNoConflict_andNeedsNoPatch()
    {
        QFETCH(Mode, mode);
        rig.start(mode);
        rig.editor->setValue(Field::Bio, QStringLiteral("Great minds"));
        rig.changeElsewhere({{"bio", "Great minds"}});
        QVERIFY(rig.saveAndWait());
        QCOMPARE(rig.sent("PATCH").size(), 0);
        QVERIFY(!rig.editor->isDirty());
    }

    void backToEditing_losesNothing_andTheNextSaveAsksAgain_data() { addModes(); }
    void backToEditing_losesNothing_andTheNextSaveAsksAgain()
    {
        QFETCH(Mode, mode);
        rig.start(mode);
        rig.editor->setValue(Field::Name, QStringLiteral("Still Mine"));
        rig.changeElsewhere({{"name", "Not Mine"}});
        QVERIFY(rig.saveIntoConflict().hasConflicts());
        // The person goes back to editing (no answer) and types more.
        rig.editor->setValue(Field::Bio, QStringLiteral("More typing"));
        QCOMPARE(rig.editor->value(Field::Name), QStringLiteral("Still Mine"));
        QCOMPARE(rig.draftOnDisk().edits.value(Field::Name), QStringLiteral("Still Mine"));
        QCOMPARE(rig.draftOnDisk().edits.value(Field::Bio), QStringLiteral("More typing"));
        // A reload does not make the conflict go away silently either.
        QSignalSpy loaded(rig.editor.get(), &ProfileEditor::loaded);
        rig.editor->load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(rig.editor->value(Field::Name), QStringLiteral("Still Mine"));
        const SaveConflict again = rig.saveIntoConflict();
        QCOMPARE(again.fields.size(), 1);
        QCOMPARE(again.fields.first().theirs, QStringLiteral("Not Mine"));
        QCOMPARE(rig.sent("PATCH").size(), 0);
    }

    void pictureChangedInBothPlaces_isAConflict_data() { addModes(); }
    void pictureChangedInBothPlaces_isAConflict()
    {
        QFETCH(Mode, mode);
        rig.start(mode);
        const QUrl before = rig.editor->snapshot().pictureUrl;
        rig.editor->setPicture(rig.picture());
        rig.changeElsewhere({{"profile_picture", true}});
        const SaveConflict conflict = rig.saveIntoConflict();
        QVERIFY(conflict.picture.has_value());
        QCOMPARE(conflict.picture->original, before);
        QVERIFY(!conflict.picture->theirs.isEmpty() && conflict.picture->theirs != before);
        QVERIFY(conflict.fields.isEmpty());
        // Uploaded before the re-read (it is the slow part), but not attached.
        QCOMPARE(rig.sent("PATCH").size(), 0);
        QVERIFY(rig.editor->hasPendingPicture());
        QVERIFY(rig.editor->uploader()->isReady());

        // Keep theirs: the new picture is dropped and there is nothing left to send.
        QSignalSpy saved(rig.editor.get(), &ProfileEditor::saved);
        QVERIFY(rig.editor->resolveConflicts({}, ConflictChoice::Theirs));
        QCOMPARE(saved.size(), 1);
        QVERIFY(!rig.editor->hasPendingPicture());
        QCOMPARE(rig.sent("PATCH").size(), 0);
        QCOMPARE(rig.onWhop().pictureUrl, conflict.picture->theirs);
    }

    void pictureConflict_keepingYours_attachesTheUploadedFile_once_data() { addModes(); }
    void pictureConflict_keepingYours_attachesTheUploadedFile_once()
    {
        QFETCH(Mode, mode);
        rig.start(mode);
        rig.editor->setPicture(rig.picture());
        rig.changeElsewhere({{"profile_picture", true}});
        QVERIFY(rig.saveIntoConflict().picture.has_value());
        QSignalSpy saved(rig.editor.get(), &ProfileEditor::saved);
        QVERIFY(rig.editor->resolveConflicts({}, ConflictChoice::Yours));
        QVERIFY(saved.wait(10000));
        QCOMPARE(rig.f.server->files()->fileIds().size(), 1); // not uploaded again
        QCOMPARE(rig.sent("PATCH").size(), 1);
        QCOMPARE(jsonOf(rig.sent("PATCH").first().body).value("profile_picture").toObject(),
                 QJsonObject({{"id", rig.f.server->files()->fileIds().first()}}));
    }

    void failedReRead_sendsNothing_keepsTheDraft_andRetryWorks_data() { addModes(); }
    void failedReRead_sendsNothing_keepsTheDraft_andRetryWorks()
    {
        QFETCH(Mode, mode);
        rig.start(mode);
        rig.f.client->setConfig([c = rig.f.client->config()]() mutable {
            c.retry.maxRetries = 0;
            return c;
        }());
        rig.editor->setValue(Field::Name, QStringLiteral("Survives Outages"));
        Fault down = makeFault(Fault::Kind::Status, 503);
        down.method = "GET";
        rig.f.server->injectFault(down, 1);
        QVERIFY(rig.editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(rig.editor->state() == ProfileEditor::State::Ready, 10000);
        QCOMPARE(rig.editor->failedStep(), avatar::SaveStep::Check);
        QCOMPARE(rig.editor->lastError().kind, api::ErrorKind::Server);
        QVERIFY2(rig.editor->errorText().contains(QStringLiteral("nothing was sent")),
                 qPrintable(rig.editor->errorText()));
        QVERIFY(rig.editor->canRetry());
        QCOMPARE(rig.sent("PATCH").size(), 0);
        QCOMPARE(rig.editor->value(Field::Name), QStringLiteral("Survives Outages"));
        QCOMPARE(rig.draftOnDisk().edits.value(Field::Name), QStringLiteral("Survives Outages"));
        QVERIFY(rig.saveAndWait()); // Retry
        QCOMPARE(rig.onWhop().displayName(), QStringLiteral("Survives Outages"));
    }

    void targetNowNamingSomeoneElse_isRefused()
    {
        // An API key addressing the user by username: the name moves to someone else meanwhile.
        rig.f.client->setToken(SandboxServer::DemoApiKey);
        rig.f.client->setRequiresAccount(true);
        rig.dataDir = std::make_unique<QTemporaryDir>();
        rig.editor = std::make_unique<ProfileEditor>(rig.f.client.get());
        rig.editor->setTarget({QStringLiteral("demo-creator"), Studio});
        QSignalSpy loaded(rig.editor.get(), &ProfileEditor::loaded);
        rig.editor->load();
        QVERIFY(loaded.wait(5000));
        rig.editor->setValue(Field::Bio, QStringLiteral("For the demo creator only"));
        QVERIFY(rig.f.server->changeElsewhere(DemoUser, {{"username", "demo-creator-2"}}));
        QVERIFY(rig.f.server->changeElsewhere(QStringLiteral("user_Alice0000001"),
                                              {{"username", "demo-creator"}}));
        rig.f.server->clearRequests();
        QVERIFY(rig.editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(rig.editor->state() == ProfileEditor::State::Ready, 10000);
        QCOMPARE(rig.editor->failedStep(), avatar::SaveStep::Check);
        QVERIFY(rig.editor->lastError().isError());
        QCOMPARE(rig.sent("PATCH").size(), 0); // Alice's profile is never written
        QCOMPARE(rig.editor->value(Field::Bio), QStringLiteral("For the demo creator only"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SafeSaveTest test;
    return QTest::qExec(&test, argc, argv);
}
// moc of the shared base class (SafeSaveRig.h), here rather than in a file of its own.
#include "moc_SafeSaveRig.cpp"
#include "tst_safe_save.moc"
