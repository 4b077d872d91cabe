// Saving safely, against the sandbox, for each kind of credential and profile: a user token on
// the global profile, a user token on an account's override, and an account API key:
//  - the re-read before the PATCH and its three outcomes (nothing changed elsewhere; a field
//    changed only elsewhere; a field changed in both places) and the picture as a field;
//  - nothing typed is ever lost (the editor and the draft on disk), whatever the branch;
//  - the live username check routed like the profile (same credential, account_id).
#include "DraftKeeper.h"
#include "ProfileEditor.h"
#include "SandboxFiles.h"
#include "SandboxFixture.h"
#include "TestImages.h"
#include "TestSupport.h"

#include <QTemporaryDir>

using namespace whop;
using namespace whop::test;
using profile::ConflictChoice;
using profile::Field;
using profile::ProfileEditor;
using profile::SaveConflict;
using profile::UsernameAvailability;
using profile::UsernameChecker;
using sandbox::Fault;
using sandbox::RecordedRequest;
using sandbox::SandboxServer;

namespace {

enum class Mode
{
    UserToken,
    Override,
    ApiKey
};

const QString DemoUser = QLatin1String(SandboxServer::DemoUserId);
const QString Studio = QLatin1String(SandboxServer::DemoAccountId);

} // namespace

class SafeSaveTest : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    Mode current = Mode::UserToken;
    std::unique_ptr<QTemporaryDir> dataDir;
    std::unique_ptr<ProfileEditor> editor;
    std::unique_ptr<profile::DraftKeeper> keeper;

    QString account() const { return current == Mode::UserToken ? QString() : Studio; }

    void addModes()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("user token") << Mode::UserToken;
        QTest::newRow("override mode") << Mode::Override;
        QTest::newRow("API key") << Mode::ApiKey;
    }

    // The editor of this mode's profile, loaded, with a draft keeper writing to a fresh folder.
    void start()
    {
        QFETCH(Mode, mode);
        current = mode;
        if (mode == Mode::ApiKey) {
            f.client->setToken(SandboxServer::DemoApiKey);
            f.client->setRequiresAccount(true);
        }
        dataDir = std::make_unique<QTemporaryDir>();
        editor = std::make_unique<ProfileEditor>(f.client.get());
        api::UserTarget target;
        target.user = mode == Mode::ApiKey ? DemoUser : QStringLiteral("me");
        target.accountId = account();
        editor->setTarget(target);
        keeper = std::make_unique<profile::DraftKeeper>(editor.get(),
                                                        profile::DraftStore(dataDir->path()));
        keeper->setIdentityKeyProvider([] { return QStringLiteral("tests"); });
        keeper->setDebounceMs(10);
        QSignalSpy loaded(editor.get(), &ProfileEditor::loaded);
        editor->load();
        QVERIFY(loaded.wait(5000));
        f.server->clearRequests();
    }

    // Someone elsewhere changes this profile (the global one, or the account's override).
    void changeElsewhere(const QJsonObject &fields)
    {
        QVERIFY(f.server->changeElsewhere(DemoUser, fields, account()));
    }
    // The profile as Whop shows it in this mode, read the way the editor reads it.
    api::User onWhop()
    {
        const auto got = waitFor(f.client->retrieveUser(editor->target()));
        return got.value.value<api::User>();
    }

    QList<RecordedRequest> sent(const QByteArray &method) const
    {
        QList<RecordedRequest> out;
        for (const auto &r : f.server->requests()) {
            if (r.method == method && r.path.contains(QStringLiteral("/users/")))
                out << r;
        }
        return out;
    }

    // Every users request of the save goes where the load went: same path and account.
    void checkRouting()
    {
        const QString path = QStringLiteral("/api/v1/users/") + editor->target().user;
        for (const auto &r : f.server->requests()) {
            if (!r.path.contains(QStringLiteral("/users/")))
                continue;
            QCOMPARE(r.path, path);
            QCOMPARE(r.query.queryItemValue(QStringLiteral("account_id")), account());
        }
    }

    profile::Draft draftOnDisk()
    {
        keeper->flush();
        QFile file(keeper->currentPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return profile::parseDraft(file.readAll()).value_or(profile::Draft{});
    }

    bool saveAndWait()
    {
        QSignalSpy saved(editor.get(), &ProfileEditor::saved);
        return editor->save() && saved.wait(10000);
    }

    // Saves and waits until the save stopped at a conflict; returns it.
    SaveConflict saveIntoConflict()
    {
        QSignalSpy conflicts(editor.get(), &ProfileEditor::conflictFound);
        if (!editor->save() || !conflicts.wait(10000))
            return {};
        return conflicts.first().at(0).value<SaveConflict>();
    }

    avatar::EncodedPicture picture()
    {
        const auto loaded = avatar::loadPicture(
            avatar::PictureInput::fromImage(photoLikeImage(400, 300), QStringLiteral("me.jpg")));
        return avatar::renderPicture(loaded, avatar::centeredSquare(loaded.fullSize));
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init()
    {
        f.setUp();
        f.server->files()->setProcessingDelayMs(0);
    }
    void cleanup()
    {
        keeper.reset();
        editor.reset();
        f.tearDown();
    }

    void nothingChangedElsewhere_oneReadThenOnePatch_data() { addModes(); }
    void nothingChangedElsewhere_oneReadThenOnePatch()
    {
        start();
        editor->setValue(Field::Name, QStringLiteral("Nobody Else Touched It"));
        QSignalSpy elsewhere(editor.get(), &ProfileEditor::changedElsewhere);
        QVERIFY(saveAndWait());
        QCOMPARE(sent("GET").size(), 1);
        QCOMPARE(sent("PATCH").size(), 1);
        QCOMPARE(jsonOf(sent("PATCH").first().body),
                 QJsonObject({{"name", "Nobody Else Touched It"}}));
        // The read came first, then the PATCH.
        QCOMPARE(f.server->requests().first().method, QByteArray("GET"));
        checkRouting();
        QCOMPARE(elsewhere.size(), 0);
        QVERIFY(!editor->lastCheck().changedElsewhere());
        QCOMPARE(onWhop().displayName(), QStringLiteral("Nobody Else Touched It"));
    }

    void changedOnlyElsewhere_takesWhopsValue_andSendsNothingForIt_data() { addModes(); }
    void changedOnlyElsewhere_takesWhopsValue_andSendsNothingForIt()
    {
        start();
        const QUrl pictureBefore = editor->snapshot().pictureUrl;
        editor->setValue(Field::Name, QStringLiteral("My New Name"));
        changeElsewhere({{"bio", "Written on the web."}, {"profile_picture", true}});
        QSignalSpy elsewhere(editor.get(), &ProfileEditor::changedElsewhere);
        QVERIFY(saveAndWait());

        QCOMPARE(elsewhere.size(), 1);
        const SaveConflict check = editor->lastCheck();
        QCOMPARE(check.taken, QList<Field>{Field::Bio});
        QVERIFY(check.pictureTaken);
        QVERIFY(!check.hasConflicts());
        // Only the person's field went out; Whop's bio and picture stay.
        QCOMPARE(sent("PATCH").size(), 1);
        QCOMPARE(jsonOf(sent("PATCH").first().body), QJsonObject({{"name", "My New Name"}}));
        checkRouting();
        const api::User now = onWhop();
        QCOMPARE(now.displayName(), QStringLiteral("My New Name"));
        QCOMPARE(now.bioText(), QStringLiteral("Written on the web."));
        QVERIFY(now.pictureUrl != pictureBefore);
        // The form shows Whop's values for them.
        QCOMPARE(editor->value(Field::Bio), QStringLiteral("Written on the web."));
        QCOMPARE(editor->snapshot().pictureUrl, now.pictureUrl);
        QVERIFY(!editor->isDirty());
    }

    void changedInBothPlaces_sendsNothing_keepsTheDraft_thenSavesTheChoice_data() { addModes(); }
    void changedInBothPlaces_sendsNothing_keepsTheDraft_thenSavesTheChoice()
    {
        start();
        const QString original = editor->value(Field::Name);
        editor->setValue(Field::Name, QStringLiteral("Typed Here"));
        editor->setValue(Field::Bio, QStringLiteral("Also typed here."));
        changeElsewhere({{"name", "Typed Elsewhere"}, {"username", "renamed-on-the-web"}});
        const SaveConflict conflict = saveIntoConflict();
        QVERIFY(conflict.hasConflicts());
        QCOMPARE(conflict.fields.size(), 1);
        QCOMPARE(conflict.fields.first().field, Field::Name);
        QCOMPARE(conflict.fields.first().original, original);
        QCOMPARE(conflict.fields.first().theirs, QStringLiteral("Typed Elsewhere"));
        QCOMPARE(conflict.fields.first().yours, QStringLiteral("Typed Here"));
        QCOMPARE(conflict.taken, QList<Field>{Field::Username}); // untouched here: taken as is
        QVERIFY(!conflict.picture);

        // Nothing was sent, nothing typed is lost, and the form is editable again.
        QCOMPARE(sent("PATCH").size(), 0);
        QCOMPARE(editor->state(), ProfileEditor::State::Ready);
        QVERIFY(editor->hasUnresolvedConflict());
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Typed Here"));
        QCOMPARE(editor->value(Field::Bio), QStringLiteral("Also typed here."));
        QCOMPARE(editor->value(Field::Username), QStringLiteral("renamed-on-the-web"));
        QVERIFY(editor->canSave());
        // On disk too, with the name's base still the original: after a restart the recovery
        // would flag it as changed on Whop.
        const profile::Draft kept = draftOnDisk();
        QCOMPARE(kept.edits.value(Field::Name), QStringLiteral("Typed Here"));
        QCOMPARE(kept.edits.value(Field::Bio), QStringLiteral("Also typed here."));
        QCOMPARE(kept.base.name, original);
        QVERIFY(!kept.edits.contains(Field::Username));

        // One click: keep mine for the name.
        QSignalSpy saved(editor.get(), &ProfileEditor::saved);
        QVERIFY(editor->resolveConflicts({{Field::Name, ConflictChoice::Yours}}));
        QVERIFY(saved.wait(10000));
        QCOMPARE(sent("PATCH").size(), 1);
        QCOMPARE(jsonOf(sent("PATCH").first().body),
                 QJsonObject({{"name", "Typed Here"}, {"bio", "Also typed here."}}));
        checkRouting();
        const api::User now = onWhop();
        QCOMPARE(now.displayName(), QStringLiteral("Typed Here"));
        QCOMPARE(now.bioText(), QStringLiteral("Also typed here."));
        QCOMPARE(now.username, QStringLiteral("renamed-on-the-web"));
        QVERIFY(!editor->hasUnresolvedConflict());
        QVERIFY(!editor->isDirty());
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
        start();
        const QString original = editor->value(Field::Bio);
        if (expected.isEmpty())
            expected = original;
        editor->setValue(Field::Bio, QStringLiteral("Mine"));
        editor->setValue(Field::Name, QStringLiteral("Name Too"));
        changeElsewhere({{"bio", "From the web"}});
        QVERIFY(saveIntoConflict().hasConflicts());
        QSignalSpy saved(editor.get(), &ProfileEditor::saved);
        QVERIFY(editor->resolveConflicts({{Field::Bio, choice}}));
        QVERIFY(saved.wait(10000));
        QJsonObject patch{{"name", "Name Too"}};
        if (choice == ConflictChoice::Original)
            patch.insert("bio", original); // puts back the value before both changes
        QCOMPARE(jsonOf(sent("PATCH").last().body), patch);
        QCOMPARE(onWhop().bioText(), expected);
        QCOMPARE(editor->value(Field::Bio), expected);
    }

    void sameChangeInBothPlaces_isNoConflict_andNeedsNoPatch_data() { addModes(); }
    void sameChangeInBothPlaces_isNoConflict_andNeedsNoPatch()
    {
        start();
        editor->setValue(Field::Bio, QStringLiteral("Great minds"));
        changeElsewhere({{"bio", "Great minds"}});
        QVERIFY(saveAndWait());
        QCOMPARE(sent("PATCH").size(), 0);
        QVERIFY(!editor->isDirty());
    }

    void backToEditing_losesNothing_andTheNextSaveAsksAgain_data() { addModes(); }
    void backToEditing_losesNothing_andTheNextSaveAsksAgain()
    {
        start();
        editor->setValue(Field::Name, QStringLiteral("Still Mine"));
        changeElsewhere({{"name", "Not Mine"}});
        QVERIFY(saveIntoConflict().hasConflicts());
        // The person goes back to editing (no answer) and types more.
        editor->setValue(Field::Bio, QStringLiteral("More typing"));
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Still Mine"));
        QCOMPARE(draftOnDisk().edits.value(Field::Name), QStringLiteral("Still Mine"));
        QCOMPARE(draftOnDisk().edits.value(Field::Bio), QStringLiteral("More typing"));
        // A reload does not make the conflict go away silently either.
        QSignalSpy loaded(editor.get(), &ProfileEditor::loaded);
        editor->load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Still Mine"));
        const SaveConflict again = saveIntoConflict();
        QCOMPARE(again.fields.size(), 1);
        QCOMPARE(again.fields.first().theirs, QStringLiteral("Not Mine"));
        QCOMPARE(sent("PATCH").size(), 0);
    }

    void pictureChangedInBothPlaces_isAConflict_data() { addModes(); }
    void pictureChangedInBothPlaces_isAConflict()
    {
        start();
        const QUrl before = editor->snapshot().pictureUrl;
        editor->setPicture(picture());
        changeElsewhere({{"profile_picture", true}});
        const SaveConflict conflict = saveIntoConflict();
        QVERIFY(conflict.picture.has_value());
        QCOMPARE(conflict.picture->original, before);
        QVERIFY(!conflict.picture->theirs.isEmpty() && conflict.picture->theirs != before);
        QVERIFY(conflict.fields.isEmpty());
        // Uploaded before the re-read (it is the slow part), but not attached.
        QCOMPARE(sent("PATCH").size(), 0);
        QVERIFY(editor->hasPendingPicture());
        QVERIFY(editor->uploader()->isReady());

        // Keep theirs: the new picture is dropped and there is nothing left to send.
        QSignalSpy saved(editor.get(), &ProfileEditor::saved);
        QVERIFY(editor->resolveConflicts({}, ConflictChoice::Theirs));
        QCOMPARE(saved.size(), 1);
        QVERIFY(!editor->hasPendingPicture());
        QCOMPARE(sent("PATCH").size(), 0);
        QCOMPARE(onWhop().pictureUrl, conflict.picture->theirs);
    }

    void pictureConflict_keepingYours_attachesTheUploadedFile_once_data() { addModes(); }
    void pictureConflict_keepingYours_attachesTheUploadedFile_once()
    {
        start();
        editor->setPicture(picture());
        changeElsewhere({{"profile_picture", true}});
        QVERIFY(saveIntoConflict().picture.has_value());
        QSignalSpy saved(editor.get(), &ProfileEditor::saved);
        QVERIFY(editor->resolveConflicts({}, ConflictChoice::Yours));
        QVERIFY(saved.wait(10000));
        QCOMPARE(f.server->files()->fileIds().size(), 1); // not uploaded again
        QCOMPARE(sent("PATCH").size(), 1);
        QCOMPARE(jsonOf(sent("PATCH").first().body).value("profile_picture").toObject(),
                 QJsonObject({{"id", f.server->files()->fileIds().first()}}));
    }

    void failedReRead_sendsNothing_keepsTheDraft_andRetryWorks_data() { addModes(); }
    void failedReRead_sendsNothing_keepsTheDraft_andRetryWorks()
    {
        start();
        f.client->setConfig([c = f.client->config()]() mutable {
            c.retry.maxRetries = 0;
            return c;
        }());
        editor->setValue(Field::Name, QStringLiteral("Survives Outages"));
        Fault down = makeFault(Fault::Kind::Status, 503);
        down.method = "GET";
        f.server->injectFault(down, 1);
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(editor->state() == ProfileEditor::State::Ready, 10000);
        QCOMPARE(editor->failedStep(), avatar::SaveStep::Check);
        QCOMPARE(editor->lastError().kind, api::ErrorKind::Server);
        QVERIFY2(editor->errorText().contains(QStringLiteral("nothing was sent")),
                 qPrintable(editor->errorText()));
        QVERIFY(editor->canRetry());
        QCOMPARE(sent("PATCH").size(), 0);
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Survives Outages"));
        QCOMPARE(draftOnDisk().edits.value(Field::Name), QStringLiteral("Survives Outages"));
        QVERIFY(saveAndWait()); // Retry
        QCOMPARE(onWhop().displayName(), QStringLiteral("Survives Outages"));
    }

    void targetNowNamingSomeoneElse_isRefused()
    {
        // An API key addressing the user by username: the name moves to someone else meanwhile.
        f.client->setToken(SandboxServer::DemoApiKey);
        f.client->setRequiresAccount(true);
        dataDir = std::make_unique<QTemporaryDir>();
        editor = std::make_unique<ProfileEditor>(f.client.get());
        editor->setTarget({QStringLiteral("demo-creator"), Studio});
        QSignalSpy loaded(editor.get(), &ProfileEditor::loaded);
        editor->load();
        QVERIFY(loaded.wait(5000));
        editor->setValue(Field::Bio, QStringLiteral("For the demo creator only"));
        QVERIFY(f.server->changeElsewhere(DemoUser, {{"username", "demo-creator-2"}}));
        QVERIFY(f.server->changeElsewhere(QStringLiteral("user_Alice0000001"),
                                          {{"username", "demo-creator"}}));
        f.server->clearRequests();
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(editor->state() == ProfileEditor::State::Ready, 10000);
        QCOMPARE(editor->failedStep(), avatar::SaveStep::Check);
        QVERIFY(editor->lastError().isError());
        QCOMPARE(sent("PATCH").size(), 0); // Alice's profile is never written
        QCOMPARE(editor->value(Field::Bio), QStringLiteral("For the demo creator only"));
    }

    void usernameCheck_routedLikeTheProfile_data() { addModes(); }
    void usernameCheck_routedLikeTheProfile()
    {
        start();
        auto *checker = editor->usernameChecker();
        UsernameChecker::Settings fast = checker->settings();
        fast.debounceMs = 60'000; // checkNow() stands for the pause in typing
        checker->setSettings(fast);
        const auto checkFor = [&](const QString &typed) {
            editor->setValue(Field::Username, typed);
            checker->checkNow();
            (void)QTest::qWaitFor(
                [&] {
                    const auto a = checker->status().availability;
                    return a != UsernameAvailability::Checking &&
                           a != UsernameAvailability::Waiting;
                },
                10000);
            return checker->status().availability;
        };
        QCOMPARE(checkFor(QStringLiteral("alice")), UsernameAvailability::Taken);
        QCOMPARE(checkFor(QStringLiteral("SAM-RIVERA")), UsernameAvailability::Taken);
        QCOMPARE(checkFor(QStringLiteral("nobody-has-this-one")), UsernameAvailability::Available);
        const QString own = editor->snapshot().username;
        // The profile's own name in another case: usernames match ignoring case in the sandbox.
        QCOMPARE(checkFor(own.toUpper()), UsernameAvailability::Yours);
        // Nothing to ask: unchanged, or not a valid username.
        editor->setValue(Field::Username, own);
        QCOMPARE(checker->status().availability, UsernameAvailability::None);
        editor->setValue(Field::Username, QStringLiteral("not valid!"));
        checker->checkNow();
        QCOMPARE(checker->status().availability, UsernameAvailability::None);

        const auto checks = sent("GET");
        QCOMPARE(checks.size(), 4);
        QCOMPARE(checks.first().path, QStringLiteral("/api/v1/users/alice"));
        for (const RecordedRequest &r : checks) {
            QCOMPARE(r.query.queryItemValue(QStringLiteral("account_id")), account());
            QCOMPARE(r.header("Authorization"),
                     QByteArray("Bearer ") + (current == Mode::ApiKey ? SandboxServer::DemoApiKey
                                                                      : SandboxServer::DemoToken));
        }
        // Asked once per session: typing "alice" again sends nothing.
        QCOMPARE(checkFor(QStringLiteral("alice")), UsernameAvailability::Taken);
        QCOMPARE(sent("GET").size(), checks.size());
    }

    void usernameTakenOnSave_landsAtTheField_andIsRemembered_data() { addModes(); }
    void usernameTakenOnSave_landsAtTheField_andIsRemembered()
    {
        start();
        auto *checker = editor->usernameChecker();
        // Checked as free, then taken elsewhere before the save: the server still decides.
        editor->setValue(Field::Username, QStringLiteral("grab-it-first"));
        checker->checkNow();
        QTRY_COMPARE(checker->status().availability, UsernameAvailability::Available);
        QVERIFY(f.server->changeElsewhere(QStringLiteral("user_Alice0000001"),
                                          {{"username", "grab-it-first"}}));
        QSignalSpy fieldError(editor.get(), &ProfileEditor::serverFieldError);
        QVERIFY(editor->save());
        QVERIFY(fieldError.wait(10000));
        QCOMPARE(fieldError.first().at(0).value<Field>(), Field::Username);
        QVERIFY(!editor->fieldError(Field::Username).isEmpty());
        QCOMPARE(checker->status().availability, UsernameAvailability::Taken);
        QCOMPARE(editor->value(Field::Username), QStringLiteral("grab-it-first"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SafeSaveTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_safe_save.moc"
