// The live username check inside the editor, against the sandbox, for each kind of credential
// and profile (SafeSaveRig.h): routed like the profile (same credential, account_id), nothing
// asked for an unchanged or invalid name, each name asked once; and a name taken between the
// check and the save still ends at the field (the server decides).
#include "integration/SafeSaveRig.h"

using namespace whop;
using namespace whop::test;
using profile::Field;
using profile::ProfileEditor;
using profile::UsernameAvailability;
using profile::UsernameChecker;
using sandbox::RecordedRequest;
using sandbox::SandboxServer;

class UsernameCheckTest : public SafeSaveRigTest
{
    Q_OBJECT

private Q_SLOTS:
    void usernameCheck_routedLikeTheProfile_data() { addModes(); }
    void usernameCheck_routedLikeTheProfile()
    {
        QFETCH(Mode, mode);
        rig.start(mode);
        auto *checker = rig.editor->usernameChecker();
        UsernameChecker::Settings fast = checker->settings();
        fast.debounceMs = 60'000; // checkNow() stands for the pause in typing
        checker->setSettings(fast);
        const auto checkFor = [&](const QString &typed) {
            rig.editor->setValue(Field::Username, typed);
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
        const QString own = rig.editor->snapshot().username;
        // The profile's own name in another case: usernames match ignoring case in the sandbox.
        QCOMPARE(checkFor(own.toUpper()), UsernameAvailability::Yours);
        // Nothing to ask: unchanged, or not a valid username.
        rig.editor->setValue(Field::Username, own);
        QCOMPARE(checker->status().availability, UsernameAvailability::None);
        rig.editor->setValue(Field::Username, QStringLiteral("not valid!"));
        checker->checkNow();
        QCOMPARE(checker->status().availability, UsernameAvailability::None);

        const auto checks = rig.sent("GET");
        QCOMPARE(checks.size(), 4);
        QCOMPARE(checks.first().path, QStringLiteral("/api/v1/users/alice"));
        for (const RecordedRequest &r : checks) {
            QCOMPARE(r.query.queryItemValue(QStringLiteral("account_id")), rig.account());
            QCOMPARE(r.header("Authorization"),
                     QByteArray("Bearer ") + (rig.current == Mode::ApiKey
                                                  ? SandboxServer::DemoApiKey
                                                  : SandboxServer::DemoToken));
        }
        // Asked once per session: typing "alice" again sends nothing.
        QCOMPARE(checkFor(QStringLiteral("alice")), UsernameAvailability::Taken);
        QCOMPARE(rig.sent("GET").size(), checks.size());
    }

    void usernameTakenOnSave_landsAtTheField_andIsRemembered_data() { addModes(); }
    void usernameTakenOnSave_landsAtTheField_andIsRemembered()
    {
        QFETCH(Mode, mode);
        rig.start(mode);
        auto *checker = rig.editor->usernameChecker();
        // Checked as free, then taken elsewhere before the save: the server still decides.
        rig.editor->setValue(Field::Username, QStringLiteral("grab-it-first"));
        checker->checkNow();
        QTRY_COMPARE(checker->status().availability, UsernameAvailability::Available);
        QVERIFY(rig.f.server->changeElsewhere(QStringLiteral("user_Alice0000001"),
                                              {{"username", "grab-it-first"}}));
        QSignalSpy fieldError(rig.editor.get(), &ProfileEditor::serverFieldError);
        QVERIFY(rig.editor->save());
        QVERIFY(fieldError.wait(10000));
        QCOMPARE(fieldError.first().at(0).value<Field>(), Field::Username);
        QVERIFY(!rig.editor->fieldError(Field::Username).isEmpty());
        QCOMPARE(checker->status().availability, UsernameAvailability::Taken);
        QCOMPARE(rig.editor->value(Field::Username), QStringLiteral("grab-it-first"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    UsernameCheckTest test;
    return QTest::qExec(&test, argc, argv);
}
// moc of the shared base class (SafeSaveRig.h), here rather than in a file of its own.
#include "moc_SafeSaveRig.cpp"
#include "tst_username_check.moc"
